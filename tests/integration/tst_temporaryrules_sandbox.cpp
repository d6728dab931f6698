// Issue 17 against the real gatehouse-sandbox and its PostgreSQL: a temporary rule admits 127.0.0.2 (through
// SourceProxy) until it expires, then the ExpirySweeper deletes it and pg_hba.conf no longer admits the address;
// opening a database after expiry deletes its expired rules (catch-up); extending and making permanent go through
// PATCH; and "since you last looked" marks a rule another client added between two openings. Time is a TestClock.
#include "api/apiclient.h"
#include "common/clock.h"
#include "domain/ruleexpiry.h"
#include "fakeapiserver.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/expirysweeper.h"
#include "models/firewallrulesmodel.h"
#include "models/lastseentracker.h"
#include "models/modelroles.h"
#include "sandboxprocess.h"
#include "sandboxstate.h"
#include "sourceproxy.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sandboxstate::PgSession;

class TestTemporaryRulesSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void expiryDeletesTheRuleInPostgres();
    void openingAfterExpiryDeletesExpiredRules();
    void extendThenMakePermanent();
    void sinceYouLastLookedMarksOthersChanges();

private:
    /// A fresh session (another "run" of Gatehouse) on the sandbox's database, opened and loaded.
    std::unique_ptr<DatabaseSession> openSession(const QString &store = QStringLiteral("last-seen.json"));
    QString addRuleElsewhere(const QString &cidr, const QString &label);
    int hbaRulesFor(const QString &address);
    bool admitted();

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<SourceProxy> m_proxy;
    QTemporaryDir m_store;
    Database m_database;
};

void TestTemporaryRulesSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    m_client = std::make_unique<ApiClient>(&m_nam);
    m_client->setEndpoints(ApiEndpoints::single(m_sandbox.url()));
    m_client->setApiToken(m_sandbox.apiToken());
    ApiReply *list = ApiTest::awaitReply(m_client->listDatabasesInAllRegions());
    QVERIFY(list->isSuccess());
    m_database = list->value<QList<Database>>().value(0);
    // On a whole minute: labels keep minutes only, so "now + 1 h" read back from a label must still be 1 h away.
    QDateTime start = QDateTime::currentDateTimeUtc();
    start.setTime(QTime(start.time().hour(), start.time().minute()));
    m_clock = std::make_unique<TestClock>(start);
    m_proxy = std::make_unique<SourceProxy>(QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress::LocalHost,
                                            quint16(m_db.port));
    QString error;
    QVERIFY2(m_proxy->start(&error), qPrintable(error));
    QVERIFY(!admitted()); // deny by default
}

void TestTemporaryRulesSandbox::cleanup()
{
    // Every test starts without rules.
    const auto rules = m_sandbox.get(m_db.path(QStringLiteral("/firewall_rules")), m_db.addonToken);
    for (const QJsonValue &rule : rules.json.value(QStringLiteral("rules")).toArray())
        m_sandbox.del(m_db.path(QStringLiteral("/firewall_rules/"))
                              + rule.toObject().value(QStringLiteral("id")).toString(),
                      m_db.addonToken);
}

std::unique_ptr<DatabaseSession> TestTemporaryRulesSandbox::openSession(const QString &store)
{
    auto session = std::make_unique<DatabaseSession>(m_client.get());
    session->setClock(m_clock.get());
    session->sweeper()->setRetryDelays({100});
    session->lastSeen()->setStorePath(m_store.filePath(store));
    QSignalSpy rules(session->rules(), &ResourceModel::loaded);
    QSignalSpy users(session->users(), &ResourceModel::loaded);
    session->open(m_database);
    if (!rules.wait(30000) || (users.isEmpty() && !users.wait(30000)))
        qWarning("the session did not load");
    return session;
}

QString TestTemporaryRulesSandbox::addRuleElsewhere(const QString &cidr, const QString &label)
{
    const auto reply = m_sandbox.post(m_db.path(QStringLiteral("/firewall_rules")), m_db.addonToken,
                                      {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                       {QStringLiteral("cidr"), cidr},
                                       {QStringLiteral("label"), label}});
    return reply.json.value(QStringLiteral("rule")).toObject().value(QStringLiteral("id")).toString();
}

int TestTemporaryRulesSandbox::hbaRulesFor(const QString &address)
{
    const auto su = sandboxstate::superuser(m_sandbox, QStringLiteral("postgres"));
    return su->value(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE address = '%1'").arg(address))
            .toInt();
}

bool TestTemporaryRulesSandbox::admitted()
{
    PgSession session(QStringLiteral("127.0.0.1"), m_proxy->port(), m_db.pgDatabase, m_db.ownerUser,
                      m_db.ownerPassword);
    return session.ok();
}

void TestTemporaryRulesSandbox::expiryDeletesTheRuleInPostgres()
{
    auto session = openSession();
    const QString label = RuleExpiry::compose(QStringLiteral("Proxy laptop"), m_clock->nowUtc().addSecs(3600));
    ApiReply *created = ApiTest::awaitReply(session->rules()->createRule(
            NewFirewallRule{FirewallRule::Type::Custom, QStringLiteral("127.0.0.2/32"), label, QString()}));
    QVERIFY2(created->isSuccess(), qPrintable(created->error().message()));
    QCOMPARE(hbaRulesFor(QStringLiteral("127.0.0.2")), 1);
    QVERIFY(admitted());
    QCOMPARE(session->sweeper()->nextExpiry(), RuleExpiry::parse(label)->until);
    const QModelIndex cell = session->rules()->index(0, FirewallRulesModel::ExpiresColumn);
    QVERIFY2(cell.data().toString().startsWith(QStringLiteral("expires in 1 h")), qPrintable(cell.data().toString()));

    QSignalSpy removed(session->sweeper(), &ExpirySweeper::expiredRuleRemoved);
    m_clock->advance(30 * 60);
    QVERIFY(!removed.wait(300)); // half-way: still there
    QVERIFY(admitted());
    m_clock->advance(30 * 60);
    QVERIFY(removed.wait(30000));
    QCOMPARE(session->rules()->rowCount(), 0);
    QCOMPARE(hbaRulesFor(QStringLiteral("127.0.0.2")), 0);
    QVERIFY(!admitted());
}

void TestTemporaryRulesSandbox::openingAfterExpiryDeletesExpiredRules()
{
    // Two rules expired while no Gatehouse ran (written by another copy), one permanent, one still valid.
    addRuleElsewhere(QStringLiteral("127.0.0.2/32"),
                     RuleExpiry::compose(QStringLiteral("Bob"), m_clock->nowUtc().addSecs(-120)));
    addRuleElsewhere(QStringLiteral("198.51.100.0/24"), RuleExpiry::compose(QString(), m_clock->nowUtc().addDays(-3)));
    addRuleElsewhere(QStringLiteral("203.0.113.0/24"), QStringLiteral("Office \u00B7 until the move"));
    const QString valid = addRuleElsewhere(QStringLiteral("192.0.2.0/24"),
                                           RuleExpiry::compose(QStringLiteral("Carol"), m_clock->nowUtc().addDays(1)));
    QVERIFY(admitted());

    auto session = std::make_unique<DatabaseSession>(m_client.get());
    session->setClock(m_clock.get());
    session->lastSeen()->setStorePath(m_store.filePath(QStringLiteral("catch-up.json")));
    QSignalSpy finished(session->sweeper(), &ExpirySweeper::sweepFinished);
    session->open(m_database);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).toInt(), 2);
    QCOMPARE(finished.first().at(2).toInt(), 0);
    QCOMPARE(session->rules()->rowCount(), 2);
    QVERIFY(session->rules()->rowOf(valid) >= 0);
    QCOMPARE(hbaRulesFor(QStringLiteral("127.0.0.2")), 0);
    QVERIFY(!admitted());
    const auto listed = m_sandbox.get(m_db.path(QStringLiteral("/firewall_rules")), m_db.addonToken);
    QCOMPARE(listed.json.value(QStringLiteral("rules")).toArray().size(), 2);
}

void TestTemporaryRulesSandbox::extendThenMakePermanent()
{
    const QString id = addRuleElsewhere(QStringLiteral("127.0.0.2/32"),
                                        RuleExpiry::compose(QStringLiteral("Dave"), m_clock->nowUtc().addSecs(600)));
    auto session = openSession();
    FirewallRulesModel *rules = session->rules();
    QCOMPARE(rules->rowCount(), 1);

    // Extend by a day: PATCH, the sandbox stores it, the sweeper follows.
    const QDateTime later = RuleExpiry::ceilToMinute(m_clock->nowUtc().addDays(1));
    ApiReply *extended
            = ApiTest::awaitReply(rules->updateLabel(id, RuleExpiry::withExpiry(rules->rules().first().label, later)));
    QVERIFY2(extended->isSuccess(), qPrintable(extended->error().message()));
    const auto stored = [this] {
        return m_sandbox.get(m_db.path(QStringLiteral("/firewall_rules")), m_db.addonToken)
                .json.value(QStringLiteral("rules"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("label"))
                .toString();
    };
    QCOMPARE(RuleExpiry::parse(stored())->until, later);
    QCOMPARE(session->sweeper()->nextExpiry(), later);
    QSignalSpy removed(session->sweeper(), &ExpirySweeper::expiredRuleRemoved);
    m_clock->advance(3600); // past the old expiry
    QVERIFY(!removed.wait(500));
    QVERIFY(admitted());

    // Make it permanent: the suffix goes, the person's part stays, nothing expires any more.
    ApiReply *permanent
            = ApiTest::awaitReply(rules->updateLabel(id, RuleExpiry::personPart(rules->rules().first().label)));
    QVERIFY2(permanent->isSuccess(), qPrintable(permanent->error().message()));
    QCOMPARE(stored(), QStringLiteral("Dave"));
    QVERIFY(!session->sweeper()->nextExpiry().isValid());
    QVERIFY(rules->index(0, FirewallRulesModel::ExpiresColumn).data().toString().isEmpty());
    m_clock->advance(3 * 24 * 3600);
    QVERIFY(!removed.wait(500));
    QVERIFY(admitted());
    m_clock->advance(-(3 * 24 * 3600 + 3600));
}

void TestTemporaryRulesSandbox::sinceYouLastLookedMarksOthersChanges()
{
    const QString gone = addRuleElsewhere(QStringLiteral("198.51.100.0/24"), QStringLiteral("Old office"));
    const QString stays = addRuleElsewhere(QStringLiteral("192.0.2.0/24"), QStringLiteral("Office"));
    {
        auto first = openSession(QStringLiteral("since.json"));
        QCOMPARE(first->rules()->rowCount(), 2);
        QVERIFY(first->lastSeen()->changes().isEmpty()); // nothing to compare with yet
        first->close();
    }
    // Meanwhile another client changes the rules and users.
    m_clock->advance(3600);
    QCOMPARE(m_sandbox.del(m_db.path(QStringLiteral("/firewall_rules/")) + gone, m_db.addonToken).status, 204);
    const QString added = addRuleElsewhere(QStringLiteral("203.0.113.7/32"), QStringLiteral("Eve laptop"));
    const auto user = m_sandbox.post(m_db.path(QStringLiteral("/users")), m_db.addonToken,
                                     {{QStringLiteral("database_user"),
                                       QJsonObject{{QStringLiteral("database_id"), m_db.addonId},
                                                   {QStringLiteral("name"), QStringLiteral("eve_reader")},
                                                   {QStringLiteral("read_only"), true}}}});
    QCOMPARE(user.status, 201);

    auto second = openSession(QStringLiteral("since.json"));
    QTRY_VERIFY_WITH_TIMEOUT(!second->lastSeen()->changes().isEmpty(), 5000);
    const SeenChanges &changes = second->lastSeen()->changes();
    QCOMPARE(changes.addedRules, QStringList{added});
    QCOMPARE(changes.removedRules, QStringList{QStringLiteral("198.51.100.0/24 (Old office)")});
    QCOMPARE(changes.addedUsers, QStringList{QStringLiteral("eve_reader")});
    QVERIFY(changes.removedUsers.isEmpty());
    FirewallRulesModel *rules = second->rules();
    QVERIFY(rules->index(rules->rowOf(added), 0).data(ModelRoles::ChangedRole).toBool());
    QVERIFY(!rules->index(rules->rowOf(stays), 0).data(ModelRoles::ChangedRole).toBool());
    DatabaseUsersModel *users = second->users();
    QVERIFY(users->index(users->rowOf(QStringLiteral("eve_reader")), 0).data(ModelRoles::ChangedRole).toBool());
    const QString summary = second->lastSeen()->summary();
    QVERIFY2(summary.startsWith(QStringLiteral("Since ")), qPrintable(summary));
    // Without a catalogue loaded, plural forms read "rule(s)"; the app installs English or French ones.
    static const QRegularExpression counts(
            QStringLiteral(": 1 rule(\\(s\\))? added, 1 rule(\\(s\\))? removed, 1 user(\\(s\\))? added$"));
    QVERIFY2(counts.match(summary).hasMatch(), qPrintable(summary));
    QVERIFY2(second->lastSeen()->removedText().contains(QStringLiteral("198.51.100.0/24 (Old office)")),
             qPrintable(second->lastSeen()->removedText()));

    // Clearable; and a third opening with no change in between shows nothing.
    second->lastSeen()->clear();
    QVERIFY(second->lastSeen()->summary().isEmpty());
    QVERIFY(!rules->index(rules->rowOf(added), 0).data(ModelRoles::ChangedRole).toBool());
    second->close();
    auto third = openSession(QStringLiteral("since.json"));
    QTest::qWait(200);
    QVERIFY(third->lastSeen()->changes().isEmpty());
    QCOMPARE(m_sandbox.del(m_db.path(QStringLiteral("/users/eve_reader")), m_db.addonToken).status, 204);
}

QTEST_GUILESS_MAIN(TestTemporaryRulesSandbox)
#include "tst_temporaryrules_sandbox.moc"
