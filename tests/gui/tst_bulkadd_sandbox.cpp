// Issue 16 item 3, bulk add against the real gatehouse-sandbox: the rules are listed again before anything is sent,
// so the 30-rule quota and the duplicates are judged on the database as it is then, not as it was when the dialog
// opened (another client adds rules meanwhile). Nothing over the quota and nothing twice reaches the server.
#include "bulkrulesdialog.h"
#include "domain/bulkrules.h"
#include "guisandbox.h"
#include "internetaccesspage.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/firewallrulesmodel.h"
#include "system/tokenstore.h"
#include "translator.h"

#include <QJsonArray>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace GuiSandbox;
using Verdict = BulkRuleLine::Verdict;

class TestBulkAddSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overQuotaAfterAnotherClientAddedRules();
    void duplicatesAgainstTheFreshList();

private:
    QString rulesPath() const { return QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId); }
    /// The rules on the server (not the window's model): what really exists.
    QStringList serverCidrs();
    void addOnServer(const QString &cidr);
    BulkRulesDialog *openDialog();
    QPushButton *addButton(BulkRulesDialog *dialog) const
    {
        return dialog->findChild<QPushButton *>(QStringLiteral("addRulesButton"));
    }
    QString verdictText(BulkRulesDialog *dialog, int row) const
    {
        return dialog->findChild<QTableWidget *>(QStringLiteral("reviewTable"))
                ->item(row, BulkRulesDialog::VerdictColumn)
                ->text();
    }

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
    InternetAccessPage *m_page = nullptr;
};

void TestBulkAddSandbox::initTestCase()
{
    useTestSettings(QStringLiteral("GatehouseGuiTest-bulkadd"));
    QVERIFY(Translator::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    QVERIFY(openSignedIn(&m_window, m_sandbox, &m_store));
    showSettingsPage(m_window.get(), 0);
    m_page = m_window->findChild<InternetAccessPage *>();
    QVERIFY(m_page);
}

void TestBulkAddSandbox::init()
{
    for (const QJsonValue &rule : m_sandbox.get(rulesPath(), m_db.addonToken).json[QStringLiteral("rules")].toArray())
        m_sandbox.del(rulesPath() + QLatin1Char('/') + rule[QStringLiteral("id")].toString(), m_db.addonToken);
    FirewallRulesModel *rules = m_window->session()->rules();
    rules->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isLoading() && rules->rowCount() == 0, 30000);
}

void TestBulkAddSandbox::cleanup()
{
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    QCoreApplication::processEvents();
}

QStringList TestBulkAddSandbox::serverCidrs()
{
    QStringList cidrs;
    for (const QJsonValue &rule : m_sandbox.get(rulesPath(), m_db.addonToken).json[QStringLiteral("rules")].toArray())
        cidrs << rule[QStringLiteral("cidr")].toString();
    cidrs.sort();
    return cidrs;
}

void TestBulkAddSandbox::addOnServer(const QString &cidr)
{
    const SandboxProcess::Reply added = m_sandbox.post(rulesPath(), m_db.addonToken,
                                                       {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                                        {QStringLiteral("cidr"), cidr},
                                                        {QStringLiteral("label"), QStringLiteral("colleague")}});
    QVERIFY2(added.status == 201, added.body.constData());
}

BulkRulesDialog *TestBulkAddSandbox::openDialog()
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("addSeveralButton"));
    if (!button || !click(button))
        return nullptr;
    auto *dialog = m_page->findChild<BulkRulesDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestBulkAddSandbox::overQuotaAfterAnotherClientAddedRules()
{
    for (int i = 0; i < 27; ++i)
        addOnServer(QStringLiteral("198.18.%1.0/24").arg(i));
    FirewallRulesModel *rules = m_window->session()->rules();
    rules->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isLoading() && rules->rowCount() == 27, 30000);

    BulkRulesDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setText(QStringLiteral("192.0.2.1, 192.0.2.2, 192.0.2.3"));
    QCOMPARE(dialog->linesToSend().size(), 3); // 27 + 3 = 30: allowed as far as the window knows
    QVERIFY(addButton(dialog)->isEnabled());

    // Meanwhile a colleague adds two rules: the database has 29.
    addOnServer(QStringLiteral("198.18.100.0/24"));
    addOnServer(QStringLiteral("198.18.101.0/24"));
    QCOMPARE(serverCidrs().size(), 29);

    QVERIFY(click(addButton(dialog)));
    auto *error = dialog->findChild<MessageBanner *>(QStringLiteral("errorLabel"));
    // Listed again, reviewed: two lines are over the quota and nothing was sent.
    QTRY_VERIFY_WITH_TIMEOUT(rules->rowCount() == 29, 30000);
    QTRY_VERIFY(error->isVisible() && error->kind() == MessageBanner::Kind::Error);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->lines().at(1).verdict, Verdict::OverQuota);
    QCOMPARE(dialog->lines().at(2).verdict, Verdict::OverQuota);
    QVERIFY(verdictText(dialog, 2).startsWith(QStringLiteral("Over quota")));
    QVERIFY(!addButton(dialog)->isEnabled());
    QTest::qWait(300);
    QCOMPARE(serverCidrs().size(), 29);
    QVERIFY(!serverCidrs().contains(QStringLiteral("192.0.2.1/32")));

    // Unticking two lines leaves one, which fills the quota exactly.
    dialog->setLineSelected(1, false);
    dialog->setLineSelected(2, false);
    QVERIFY(addButton(dialog)->isEnabled());
    QPointer<BulkRulesDialog> guard(dialog); // deleted once closed
    QVERIFY(click(addButton(dialog)));
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 30000); // everything ticked was added: it closes
    QCOMPARE(serverCidrs().size(), 30);
    QVERIFY(serverCidrs().contains(QStringLiteral("192.0.2.1/32")));
    QTRY_COMPARE(rules->rowCount(), 30);
}

void TestBulkAddSandbox::duplicatesAgainstTheFreshList()
{
    BulkRulesDialog *dialog = openDialog();
    QVERIFY(dialog);
    // A copied table with a repeated line: the repetition is a duplicate from the start.
    dialog->setText(QStringLiteral("Ana\t198.51.100.7\nBen\t198.51.100.8\nAna again\t198.51.100.7\n"));
    QCOMPARE(dialog->lines().size(), 3);
    QCOMPARE(dialog->lines().at(2).verdict, Verdict::Duplicate);
    QCOMPARE(dialog->linesToSend(), (QList<int>{0, 1}));

    // A colleague allows Ana meanwhile.
    addOnServer(QStringLiteral("198.51.100.7/32"));
    QVERIFY(click(addButton(dialog)));
    auto *error = dialog->findChild<MessageBanner *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QVERIFY2(error->message().contains(QStringLiteral("rules changed")), qPrintable(error->message()));
    QCOMPARE(dialog->lines().at(0).verdict, Verdict::Exists);
    QVERIFY(verdictText(dialog, 0).startsWith(QStringLiteral("Already allowed")));
    QCOMPARE(dialog->linesToSend(), (QList<int>{1}));
    QCOMPARE(serverCidrs(), (QStringList{QStringLiteral("198.51.100.7/32")})); // nothing sent yet

    QPointer<BulkRulesDialog> guard(dialog);
    QVERIFY(click(addButton(dialog)));
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 30000);
    // Each address once: Ana's rule is the colleague's, Ben's was added.
    QCOMPARE(serverCidrs(), (QStringList{QStringLiteral("198.51.100.7/32"), QStringLiteral("198.51.100.8/32")}));
}

QTEST_MAIN(TestBulkAddSandbox)
#include "tst_bulkadd_sandbox.moc"
