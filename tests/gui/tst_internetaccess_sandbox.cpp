// Settings → Internet Access against the real gatehouse-sandbox: New rule (custom and managed), Allow my current IP,
// delete with confirmation, the 30-rule quota and the server's refusals shown in the dialog. Each change is checked
// in PostgreSQL: a TLS login with the default user's URI from 127.0.0.1 is admitted only while a rule lets it in.
// (The CIDR assistance of the dialog itself is covered by tst_newruledialog.)
#include "api/apiclient.h"
#include "confirmdialog.h"
#include "domain/ruleexpiry.h"
#include "durationpicker.h"
#include "guisandbox.h"
#include "internetaccesspage.h"
#include "models/databasesession.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"
#include "models/propagationwatcher.h"
#include "newruledialog.h"
#include "system/tokenstore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDate>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace GuiSandbox;

class TestInternetAccessSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deniedWithoutRules();
    void customRuleAdmitsThisComputer();
    void managedSandboxRangeAdmitsThisComputer();
    void allowMyIpThenDeleteTheLastRuleForThisComputer();
    void deleteAsksAndNamesTheRule();
    void serverRefusalStaysInTheDialog();
    void quotaOf30Rules();
    void watchedRuleDeletedElsewhere();

    void cleanupTestCase();

private:
    QString rulesPath() const { return QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId); }
    QJsonArray serverRules();
    QString addRuleThroughApi(const QJsonObject &rule);
    /// Reloads the page's model and waits until it shows `count` rules.
    bool reloadAndWait(int count);
    /// Clicks "New rule" and returns the dialog it opened.
    NewRuleDialog *openNewRule();
    bool waitClosed(QPointer<QDialog> dialog);
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
    InternetAccessPage *m_page = nullptr;
    FirewallRulesModel *m_rules = nullptr;
};

void TestInternetAccessSandbox::initTestCase()
{
    useTestSettings(QStringLiteral("GatehouseGuiTest-internetaccess"));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    QVERIFY(m_db.uri.contains(QStringLiteral("sslmode=require")));

    m_window = std::make_unique<MainWindow>(optionsFor(m_sandbox, &m_store));
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(typeTokenAndSignIn(m_window.get(), m_sandbox.apiToken(), false));
    QVERIFY(waitUntilOpen(m_window.get()));
    showSettingsPage(m_window.get(), 0);
    m_page = m_window->findChild<InternetAccessPage *>();
    QVERIFY(m_page && m_page->isVisible());
    // As the window does for its own sandbox: the sandbox applies rules at once and tells our address.
    m_page->setPropagationDelay(0);
    m_page->setWhatIsMyIpUrl(m_sandbox.url().resolved(QUrl(QStringLiteral("/whatismyip"))));
    m_rules = m_window->session()->rules();
}

void TestInternetAccessSandbox::init()
{
    // Every test starts from a database without rules.
    ConfirmDialog::setNextAnswer(std::nullopt);
    for (const QJsonValue &rule : serverRules())
        QCOMPARE(m_sandbox.del(rulesPath() + QLatin1Char('/') + rule[QStringLiteral("id")].toString(), m_db.addonToken)
                                 .status
                         / 100,
                 2);
    QVERIFY(reloadAndWait(0));
}

void TestInternetAccessSandbox::cleanup()
{
    ConfirmDialog::setNextAnswer(std::nullopt);
    for (NewRuleDialog *dialog : m_page->findChildren<NewRuleDialog *>())
        dialog->reject();
    QTRY_VERIFY(m_page->findChildren<NewRuleDialog *>().isEmpty());
}

QJsonArray TestInternetAccessSandbox::serverRules()
{
    const SandboxProcess::Reply reply = m_sandbox.get(rulesPath(), m_db.addonToken);
    if (reply.status != 200)
        qWarning() << "listing rules failed" << reply.status << reply.body;
    return reply.json.value(QStringLiteral("rules")).toArray();
}

QString TestInternetAccessSandbox::addRuleThroughApi(const QJsonObject &rule)
{
    const SandboxProcess::Reply reply = m_sandbox.post(rulesPath(), m_db.addonToken, rule);
    if (reply.status != 201)
        qWarning() << "creating a rule failed" << reply.status << reply.body;
    return reply.json.value(QStringLiteral("rule")).toObject().value(QStringLiteral("id")).toString();
}

bool TestInternetAccessSandbox::reloadAndWait(int count)
{
    m_rules->reload();
    return QTest::qWaitFor([&] { return !m_rules->isLoading() && m_rules->hasData() && m_rules->rowCount() == count; },
                           30000);
}

NewRuleDialog *TestInternetAccessSandbox::openNewRule()
{
    if (!click(child<QAbstractButton>("newRuleButton")))
        return nullptr;
    NewRuleDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_page->findChild<NewRuleDialog *>()) && dialog->isVisible(); }, 5000))
        return nullptr;
    return dialog;
}

bool TestInternetAccessSandbox::waitClosed(QPointer<QDialog> dialog)
{
    return QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 30000);
}

void TestInternetAccessSandbox::deniedWithoutRules()
{
    QCOMPARE(m_rules->rowCount(), 0);
    auto *stack = child<QStackedWidget>("viewStack");
    auto *empty = child<QLabel>("emptyLabel");
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY(empty->text().contains(QStringLiteral("nobody can reach this database")));
    QCOMPARE(child<QLabel>("quotaLabel")->text(), QStringLiteral("0 / 30 rules"));
    QVERIFY(child<QAbstractButton>("newRuleButton")->isEnabled());
    QVERIFY(!child<QAbstractButton>("deleteButton")->isEnabled());

    // Deny by default, in PostgreSQL too.
    PgLogin login(m_db.uri);
    QVERIFY(!login.ok());
    QVERIFY2(login.error().contains(QStringLiteral("no pg_hba.conf entry")), qPrintable(login.error()));
}

void TestInternetAccessSandbox::customRuleAdmitsThisComputer()
{
    QPointer<NewRuleDialog> dialog = openNewRule();
    QVERIFY(dialog);
    // Issue 17: a rule made with New rule is permanent unless the user chooses a duration.
    auto *picker = dialog->findChild<DurationPicker *>(QStringLiteral("durationPicker"));
    QVERIFY(picker);
    QCOMPARE(picker->duration(), RuleExpiry::Duration::Permanent);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit")), QStringLiteral("127.0.0.1"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), QStringLiteral("GUI loopback"));
    QVERIFY(click(dialog->findChild<QPushButton *>(QStringLiteral("addRuleButton"))));
    QVERIFY(waitClosed(dialog.data()));

    // The table shows the created rule (bare address completed to /32) ...
    QCOMPARE(m_rules->rowCount(), 1);
    const FirewallRule rule = m_rules->ruleAt(0);
    QCOMPARE(rule.type, FirewallRule::Type::Custom);
    QCOMPARE(rule.cidr, QStringLiteral("127.0.0.1/32"));
    QCOMPARE(rule.label, QStringLiteral("GUI loopback"));
    QCOMPARE(child<QStackedWidget>("viewStack")->currentWidget(), child<QTableView>("rulesView"));
    QCOMPARE(child<QLabel>("quotaLabel")->text(), QStringLiteral("1 / 30 rules"));
    QTRY_VERIFY(child<QLabel>("messageLabel")->text().contains(QStringLiteral("127.0.0.1/32")));
    // ... the server has it ...
    const QJsonArray onServer = serverRules();
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer[0][QStringLiteral("id")].toString(), rule.id);
    QCOMPARE(onServer[0][QStringLiteral("cidr")].toString(), QStringLiteral("127.0.0.1/32"));
    QCOMPARE(onServer[0][QStringLiteral("label")].toString(), QStringLiteral("GUI loopback"));
    // ... and PostgreSQL now admits this computer over TLS with the default user's URI.
    PgLogin login(m_window->session()->connectionUri());
    QVERIFY2(login.ok(), qPrintable(login.error()));
    QVERIFY(login.tls());
    QCOMPARE(login.value(QStringLiteral("SELECT inet_client_addr()::text")).value_or(QString()),
             QStringLiteral("127.0.0.1/32"));
}

void TestInternetAccessSandbox::managedSandboxRangeAdmitsThisComputer()
{
    QPointer<NewRuleDialog> dialog = openNewRule();
    QVERIFY(dialog);
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
    const int local = type->findData(QStringLiteral("mr-sandbox-local"));
    QVERIFY(local > 0);
    type->setCurrentIndex(local);
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"))->isVisible());
    QVERIFY(click(dialog->findChild<QPushButton *>(QStringLiteral("addRuleButton"))));
    QVERIFY(waitClosed(dialog.data()));

    QCOMPARE(m_rules->rowCount(), 1);
    const FirewallRule rule = m_rules->ruleAt(0);
    QCOMPARE(rule.type, FirewallRule::Type::Managed);
    QCOMPARE(rule.rangeId, QStringLiteral("mr-sandbox-local"));
    QCOMPARE(m_rules->index(0, FirewallRulesModel::TargetColumn).data().toString(),
             QStringLiteral("Scalingo sandbox region (this computer)"));
    const QJsonArray onServer = serverRules();
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer[0][QStringLiteral("range_id")].toString(), QStringLiteral("mr-sandbox-local"));
    // The API does not say which addresses a managed range holds, so the page does not claim it admits this
    // computer (no test connection: that would be knowledge of the sandbox) ...
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("messageLabel")->text().contains(QStringLiteral("is applied")), 30000);
    // (the test connection would start at once, in the same call: with no propagation delay nothing comes later)
    QVERIFY2(!child<QLabel>("messageLabel")->text().contains(QStringLiteral("reach")),
             qPrintable(child<QLabel>("messageLabel")->text()));
    // ... but the sandbox's range does let 127.0.0.1 in, as the test checks.
    {
        PgLogin login(m_db.uri);
        QVERIFY2(login.ok(), qPrintable(login.error()));
        QVERIFY(login.tls());
    }

    // Deleting it through the page shuts the door again.
    QVERIFY(selectRow(child<QTableView>("rulesView"), rule.id));
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(child<QAbstractButton>("deleteButton")));
    QVERIFY(ConfirmDialog::lastRequest().headline.contains(QStringLiteral("Scalingo sandbox region (this computer)")));
    QTRY_COMPARE_WITH_TIMEOUT(m_rules->rowCount(), 0, 30000);
    QVERIFY(serverRules().isEmpty());
    PgLogin refused(m_db.uri);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("no pg_hba.conf entry")), qPrintable(refused.error()));
}

void TestInternetAccessSandbox::allowMyIpThenDeleteTheLastRuleForThisComputer()
{
    QVERIFY(click(child<QAbstractButton>("allowMyIpButton")));
    NewRuleDialog *found = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((found = m_page->findChild<NewRuleDialog *>()) && found->isVisible(), 30000);
    QPointer<NewRuleDialog> dialog = found;
    // Pre-filled with the address the sandbox saw and a label naming this computer and today.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"))->text(), QStringLiteral("127.0.0.1/32"));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"))
                    ->text()
                    .endsWith(QDate::currentDate().toString(Qt::ISODate)));
    // Issue 17: this computer's address is let in for 8 hours by default, not forever.
    auto *picker = dialog->findChild<DurationPicker *>(QStringLiteral("durationPicker"));
    QVERIFY(picker);
    QCOMPARE(picker->duration(), RuleExpiry::Duration::EightHours);
    QVERIFY(click(dialog->findChild<QPushButton *>(QStringLiteral("addRuleButton"))));
    QVERIFY(waitClosed(dialog.data()));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("messageLabel")
                                     ->text()
                                     .contains(QStringLiteral("this computer reaches the database over TLS")),
                             30000);
    QCOMPARE(serverRules().size(), 1);
    {
        PgLogin login(m_db.uri);
        QVERIFY2(login.ok(), qPrintable(login.error()));
    }

    // The page knows this rule is the only one admitting this computer: the confirmation says so and needs a tick.
    const FirewallRule rule = m_rules->ruleAt(0);
    QVERIFY(selectRow(child<QTableView>("rulesView"), rule.id));
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(child<QAbstractButton>("deleteButton")));
    const ConfirmRequest request = ConfirmDialog::lastRequest();
    QVERIFY(request.headline.contains(QStringLiteral("127.0.0.1/32")));
    QVERIFY(request.headline.contains(rule.label));
    QVERIFY(request.message.contains(QStringLiteral("last rule that admits this computer (127.0.0.1)")));
    QVERIFY(request.message.contains(QStringLiteral("It is the last rule")));
    QVERIFY(!request.acknowledgement.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_rules->rowCount(), 0, 30000);
    QTRY_VERIFY(child<QLabel>("messageLabel")->text().contains(QStringLiteral("removal")));
    QVERIFY(serverRules().isEmpty());
    PgLogin refused(m_db.uri);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("no pg_hba.conf entry")), qPrintable(refused.error()));
}

void TestInternetAccessSandbox::deleteAsksAndNamesTheRule()
{
    const QString office = addRuleThroughApi({{QStringLiteral("type"), QStringLiteral("custom_range")},
                                              {QStringLiteral("cidr"), QStringLiteral("203.0.113.0/24")},
                                              {QStringLiteral("label"), QStringLiteral("Office")}});
    const QString local = addRuleThroughApi({{QStringLiteral("type"), QStringLiteral("custom_range")},
                                             {QStringLiteral("cidr"), QStringLiteral("127.0.0.1/32")},
                                             {QStringLiteral("label"), QStringLiteral("Loopback")}});
    QVERIFY(!office.isEmpty() && !local.isEmpty());
    QVERIFY(reloadAndWait(2));
    auto *view = child<QTableView>("rulesView");
    auto *deleteButton = child<QAbstractButton>("deleteButton");
    QVERIFY(!deleteButton->isEnabled()); // nothing selected

    // Declined: the request names the rule; nothing changes anywhere.
    QVERIFY(selectRow(view, local));
    ConfirmDialog::setNextAnswer(false);
    QVERIFY(click(deleteButton));
    ConfirmRequest request = ConfirmDialog::lastRequest();
    QCOMPARE(request.headline, QStringLiteral("Delete the rule for 127.0.0.1/32 (Loopback)?"));
    QCOMPARE(request.confirmText, QStringLiteral("Delete rule"));
    QVERIFY(!request.message.contains(QStringLiteral("It is the last rule")));
    QTest::qWait(200);
    QCOMPARE(m_rules->rowCount(), 2);
    QCOMPARE(serverRules().size(), 2);
    {
        PgLogin login(m_db.uri);
        QVERIFY2(login.ok(), qPrintable(login.error()));
    }

    // Confirmed: only that rule goes, and PostgreSQL refuses this computer again.
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(deleteButton));
    QCOMPARE(ConfirmDialog::lastRequest().headline, QStringLiteral("Delete the rule for 127.0.0.1/32 (Loopback)?"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rules->rowCount(), 1, 30000);
    QCOMPARE(m_rules->ruleAt(0).id, office);
    const QJsonArray left = serverRules();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0][QStringLiteral("id")].toString(), office);
    PgLogin refused(m_db.uri);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("no pg_hba.conf entry")), qPrintable(refused.error()));

    // The last rule: the confirmation warns that nobody will reach the database.
    QVERIFY(selectRow(view, office));
    ConfirmDialog::setNextAnswer(false);
    QVERIFY(click(deleteButton));
    QCOMPARE(ConfirmDialog::lastRequest().headline, QStringLiteral("Delete the rule for 203.0.113.0/24 (Office)?"));
    QVERIFY(ConfirmDialog::lastRequest().message.contains(QStringLiteral("It is the last rule")));
    QCOMPARE(serverRules().size(), 1);
}

void TestInternetAccessSandbox::serverRefusalStaysInTheDialog()
{
    QPointer<NewRuleDialog> dialog = openNewRule();
    QVERIFY(dialog);
    auto *cidr = dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"));
    auto *label = dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
    auto *help = dialog->findChild<QLabel *>(QStringLiteral("cidrHelpLabel"));
    QTest::keyClicks(cidr, QStringLiteral("198.51.100.0/24"));
    QTest::keyClicks(label, QStringLiteral("Partner"));
    // Meanwhile someone else adds the same network (the dialog's list of existing rules is stale).
    QVERIFY(!addRuleThroughApi({{QStringLiteral("type"), QStringLiteral("custom_range")},
                                {QStringLiteral("cidr"), QStringLiteral("198.51.100.0/24")}})
                     .isEmpty());
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addRuleButton"));
    QVERIFY(click(add));
    // The server's own message, next to the field; the dialog stays open with what was typed.
    QTRY_COMPARE_WITH_TIMEOUT(help->text(), QStringLiteral("is already allowed by another rule"), 30000);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
    QCOMPARE(cidr->text(), QStringLiteral("198.51.100.0/24"));
    QCOMPARE(label->text(), QStringLiteral("Partner"));
    QVERIFY(!cidr->isReadOnly());
    QCOMPARE(serverRules().size(), 1);
    dialog->reject();
    QVERIFY(waitClosed(dialog.data()));
}

void TestInternetAccessSandbox::quotaOf30Rules()
{
    // 30 rules through the API, in parallel, with the application's own client.
    int finished = 0;
    QStringList failures;
    for (int i = 0; i < FirewallRulesModel::MaxRules; ++i) {
        NewFirewallRule rule;
        rule.type = FirewallRule::Type::Custom;
        rule.cidr = QStringLiteral("10.%1.0.0/16").arg(i);
        rule.label = QStringLiteral("bulk %1").arg(i);
        ApiReply *reply = m_window->client()->createFirewallRule(m_window->session()->ref(), rule);
        connect(reply, &ApiReply::finished, this, [&finished, &failures, reply] {
            ++finished;
            if (!reply->isSuccess())
                failures << reply->error().message();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, FirewallRulesModel::MaxRules, 60000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(serverRules().size(), 30);
    QVERIFY(reloadAndWait(30));

    auto *newRule = child<QAbstractButton>("newRuleButton");
    auto *allowMyIp = child<QAbstractButton>("allowMyIpButton");
    const QString reason
            = QStringLiteral("This database already has 30 rules, the maximum. Delete one to add another.");
    QCOMPARE(child<QLabel>("quotaLabel")->text(), QStringLiteral("30 / 30 rules"));
    QVERIFY(!newRule->isEnabled());
    QCOMPARE(newRule->toolTip(), reason);
    QVERIFY(!allowMyIp->isEnabled());
    QCOMPARE(allowMyIp->toolTip(), reason);
    // The keyboard shortcut's path does not open a dialog either.
    m_page->newRule();
    QTest::qWait(100);
    QVERIFY(!m_page->findChild<NewRuleDialog *>());

    // Deleting one through the page frees a place.
    const QString victim = m_rules->ruleAt(0).id;
    QVERIFY(selectRow(child<QTableView>("rulesView"), victim));
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(child<QAbstractButton>("deleteButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_rules->rowCount(), 29, 30000);
    QVERIFY(newRule->isEnabled());
    QCOMPARE(newRule->toolTip(), QStringLiteral("Add a firewall rule (Ctrl+N)"));
    QCOMPARE(child<QLabel>("quotaLabel")->text(), QStringLiteral("29 / 30 rules"));

    // The 30th place is taken meanwhile: the 31st rule is refused by the server and the dialog says why.
    QPointer<NewRuleDialog> dialog = openNewRule();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit")), QStringLiteral("192.0.2.0/24"));
    QVERIFY(!addRuleThroughApi({{QStringLiteral("type"), QStringLiteral("custom_range")},
                                {QStringLiteral("cidr"), QStringLiteral("172.16.0.0/12")}})
                     .isEmpty());
    QVERIFY(click(dialog->findChild<QPushButton *>(QStringLiteral("addRuleButton"))));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QCOMPARE(error->text(), QStringLiteral("A database can have at most 30 firewall rules"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"))->text(), QStringLiteral("192.0.2.0/24"));
    QCOMPARE(serverRules().size(), 30);
    dialog->reject();
    QVERIFY(waitClosed(dialog.data()));
    QVERIFY(reloadAndWait(30));
    QVERIFY(!newRule->isEnabled());
}

void TestInternetAccessSandbox::watchedRuleDeletedElsewhere()
{
    // Issue 17: while "applying…" is shown for a rule added here, another client deletes it; the next refresh ends the
    // wait and says so instead of counting down for a rule that no longer exists.
    m_page->setPropagationDelay(120); // the sandbox is instant; this rule must still be "applying" when deleted
    QPointer<NewRuleDialog> dialog = openNewRule();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit")), QStringLiteral("198.51.100.0/24"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), QStringLiteral("partner"));
    QVERIFY(click(dialog->findChild<QPushButton *>(QStringLiteral("addRuleButton"))));
    QVERIFY(waitClosed(dialog.data()));
    QCOMPARE(m_page->propagation()->state(), PropagationWatcher::State::Applying);
    QVERIFY(child<QLabel>("messageLabel")->text().contains(QStringLiteral("applying")));
    const QJsonArray onServer = serverRules();
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(m_sandbox.del(rulesPath() + QLatin1Char('/') + onServer[0][QStringLiteral("id")].toString(),
                           m_db.addonToken)
                             .status
                     / 100,
             2);
    const bool reloaded = reloadAndWait(0);
    m_page->setPropagationDelay(0);
    QVERIFY(reloaded);
    QCOMPARE(m_page->propagation()->state(), PropagationWatcher::State::Idle);
    const QString text = child<QLabel>("messageLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("198.51.100.0/24")) && text.contains(QStringLiteral("no longer exists")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("applying")));
    // A tick later it still says so (the countdown no longer rewrites the banner).
    QTest::qWait(1200);
    QCOMPARE(child<QLabel>("messageLabel")->text(), text);
}

void TestInternetAccessSandbox::cleanupTestCase()
{
    m_window.reset();
    QCOMPARE(m_sandbox.stop(), 0);
    QSettings().clear();
}

QTEST_MAIN(TestInternetAccessSandbox)
#include "tst_internetaccess_sandbox.moc"
