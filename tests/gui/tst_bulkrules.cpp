// Issue 16 item 3, bulk add: the review dialog (verdict per line, ticks, quota) and the whole flow through the
// Internet Access page against the in-process FakeApiServer: rules sent one by one through
// ApiClient::createFirewallRule, per-line results, a partial failure retried for the failed lines only, a lost
// reply reconciled without a second rule, and nothing sent over the quota.
#include "api/apiclient.h"
#include "bulkrulesdialog.h"
#include "internetaccesspage.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"
#include "sessionfixture.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using Response = FakeApiServer::Response;
using Verdict = BulkRuleLine::Verdict;

namespace {
const QString kRules = QStringLiteral("/api/databases/ad-1111/firewall_rules");

QJsonObject ruleJson(const QString &id, const QString &cidr, const QString &label = {})
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("custom_range")},
            {QStringLiteral("cidr"), cidr},
            {QStringLiteral("label"), label}};
}

QStringList postedCidrs(const FakeApiServer &server)
{
    QStringList cidrs;
    for (const FakeApiServer::Request &request : server.requests()) {
        if (request.method == "POST" && request.path == kRules) {
            QJsonObject body = request.json();
            if (body.contains(QStringLiteral("firewall_rule")))
                body = body.value(QStringLiteral("firewall_rule")).toObject();
            cidrs << body.value(QStringLiteral("cidr")).toString();
        }
    }
    return cidrs;
}

int serverRulesWith(const FakeApiServer &server, const QString &cidr)
{
    int count = 0;
    for (const QJsonValue &rule : server.rules)
        count += rule.toObject().value(QStringLiteral("cidr")).toString() == cidr ? 1 : 0;
    return count;
}
} // namespace

class TestBulkRules : public QObject, private ApiTest::SessionFixture
{
    Q_OBJECT

private:
    std::unique_ptr<InternetAccessPage> m_page;

    bool openPage(const QJsonArray &rules)
    {
        createServer()->rules = rules;
        if (!startSession())
            return false;
        RequestPolicy policy = m_client->policy();
        policy.retryBaseDelayMs = 50;
        policy.timeoutMs = 2000;
        m_client->setPolicy(policy);
        m_page = std::make_unique<InternetAccessPage>();
        m_page->setSession(m_client.get(), m_session.get());
        m_page->setPropagationDelay(0);
        m_page->resize(900, 600);
        m_page->show();
        openDatabase();
        if (!QTest::qWaitFor([this] { return m_session->rules()->hasData() && m_session->ranges()->hasData(); }, 10000))
            return false;
        m_server->clearRequests();
        return true;
    }

    BulkRulesDialog *openDialog()
    {
        auto *button = m_page->findChild<QPushButton *>(QStringLiteral("addSeveralButton"));
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        return m_page->findChild<BulkRulesDialog *>();
    }

    static QPushButton *addButton(BulkRulesDialog *dialog)
    {
        return dialog->findChild<QPushButton *>(QStringLiteral("addRulesButton"));
    }

    static QString verdictText(BulkRulesDialog *dialog, int row)
    {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("reviewTable"));
        return table->item(row, BulkRulesDialog::VerdictColumn)->text();
    }

private slots:
    void cleanup()
    {
        m_page.reset();
        resetSession();
    }

    void reviewShowsAVerdictPerLine()
    {
        BulkRulesDialog dialog;
        dialog.setExistingRules({[] {
            FirewallRule rule;
            rule.id = QStringLiteral("a");
            rule.cidr = QStringLiteral("203.0.113.0/24");
            rule.label = QStringLiteral("Office");
            return rule;
        }()});
        dialog.show();
        auto *paste = dialog.findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"));
        QVERIFY(paste);
        QVERIFY(!addButton(&dialog)->isEnabled()); // nothing pasted, nothing to send
        paste->setPlainText(QStringLiteral("Label\tCIDR\nParis\t192.0.2.1\nbad\t300.1.1.1\nagain\t192.0.2.1\n"
                                           "office\t203.0.113.4\nlan\t192.168.1.0/24\n"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("reviewTable"));
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(table->item(0, BulkRulesDialog::LabelColumn)->text(), QStringLiteral("Paris"));
        QVERIFY2(verdictText(&dialog, 0).startsWith(QLatin1String("OK")), qPrintable(verdictText(&dialog, 0)));
        QVERIFY(verdictText(&dialog, 1).startsWith(QLatin1String("Invalid")));
        QVERIFY(verdictText(&dialog, 2).startsWith(QLatin1String("Duplicate")));
        QVERIFY(verdictText(&dialog, 3).contains(QLatin1String("Office")));
        QVERIFY(verdictText(&dialog, 4).contains(QLatin1String("private network")));
        // An invalid line has no box to tick; the private one is ticked (a warning, not a block).
        QVERIFY(!(table->item(1, 0)->flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(table->item(4, 0)->checkState(), Qt::Checked);
        QCOMPARE(dialog.linesToSend(), (QList<int>{0, 4}));
        QVERIFY(addButton(&dialog)->isEnabled());
        QVERIFY(addButton(&dialog)->text().contains(QLatin1Char('2')));
        // Unticking a line by its box leaves it out.
        table->item(4, 0)->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog.linesToSend(), QList<int>{0});
    }

    void addsEachLineAndRetriesOnlyTheFailedOnes()
    {
        QVERIFY(openPage(
                {ruleJson(QStringLiteral("fw-seed"), QStringLiteral("198.51.100.0/24"), QStringLiteral("Seed"))}));
        // The second rule is refused once by the server; the first one's reply is lost after it was applied.
        m_server->faultOnce("POST", kRules, FakeApiServer::Fault::DropReply);
        BulkRulesDialog *dialog = openDialog();
        QVERIFY(dialog);
        QPointer<BulkRulesDialog> guard(dialog);
        dialog->setText(QStringLiteral("192.0.2.1 first\n192.0.2.2 second\n192.0.2.3 third\n198.51.100.7 seeded"));
        QCOMPARE(dialog->linesToSend(), (QList<int>{0, 1, 2})); // the last one is covered by the seed rule
        // FIFO scripts: the first POST loses its reply, the second gets a 500.
        m_server->respondOnce("POST", kRules, Response::error(500, QStringLiteral("Internal error")));
        QTest::mouseClick(addButton(dialog), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return guard && addButton(dialog)->isEnabled(); }, 15000));

        QVERIFY2(verdictText(dialog, 0).startsWith(QLatin1String("Added")), qPrintable(verdictText(dialog, 0)));
        QVERIFY(verdictText(dialog, 0).contains(QLatin1String("connection dropped")));
        QVERIFY2(verdictText(dialog, 1).startsWith(QLatin1String("Not added")), qPrintable(verdictText(dialog, 1)));
        QVERIFY(verdictText(dialog, 1).contains(QLatin1String("Internal error")));
        QVERIFY(verdictText(dialog, 2).startsWith(QLatin1String("Added")));
        QCOMPARE(serverRulesWith(*m_server, QStringLiteral("192.0.2.1/32")), 1); // reconciled, never created twice
        QVERIFY(addButton(dialog)->text().startsWith(QLatin1String("Retry")));
        QCOMPARE(dialog->linesToSend(), QList<int>{1});

        m_server->clearRequests();
        QTest::mouseClick(addButton(dialog), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, 15000)); // all added: closed
        QCOMPARE(postedCidrs(*m_server), QStringList{QStringLiteral("192.0.2.2/32")});
        for (const QString &cidr :
             {QStringLiteral("192.0.2.1/32"), QStringLiteral("192.0.2.2/32"), QStringLiteral("192.0.2.3/32")})
            QCOMPARE(serverRulesWith(*m_server, cidr), 1);
        QCOMPARE(serverRulesWith(*m_server, QStringLiteral("198.51.100.7/32")), 0);
        QCOMPARE(m_session->rules()->rowCount(), 4);
        auto *banner = m_page->findChild<MessageBanner *>(QStringLiteral("messageLabel"));
        QVERIFY2(banner->message().contains(QLatin1String("3 rule")), qPrintable(banner->message()));
    }

    void nothingIsSentOverTheQuota()
    {
        QJsonArray rules;
        for (int i = 0; i < 28; ++i)
            rules.append(ruleJson(QStringLiteral("seed-%1").arg(i), QStringLiteral("198.51.%1.0/24").arg(i)));
        QVERIFY(openPage(rules));
        BulkRulesDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setText(QStringLiteral("192.0.2.1, 192.0.2.2, 192.0.2.3"));
        QCOMPARE(dialog->lines().at(2).verdict, Verdict::OverQuota);
        QVERIFY(!addButton(dialog)->isEnabled());
        auto *error = dialog->findChild<MessageBanner *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->message().contains(QLatin1String("untick 1 line")), qPrintable(error->message()));
        // Clicking anyway (e.g. Enter) sends nothing.
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTest::qWait(100);
        QCOMPARE(m_server->count("POST", kRules), 0);
        // Unticking one line brings it under the quota; then both are sent.
        dialog->setLineSelected(0, false);
        QVERIFY(addButton(dialog)->isEnabled());
        QVERIFY(!error->isVisible());
        QTest::mouseClick(addButton(dialog), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return m_session->rules()->rowCount() == 30; }, 15000));
        QCOMPARE(postedCidrs(*m_server), (QStringList{QStringLiteral("192.0.2.2/32"), QStringLiteral("192.0.2.3/32")}));
    }
};

QTEST_MAIN(TestBulkRules)
#include "tst_bulkrules.moc"
