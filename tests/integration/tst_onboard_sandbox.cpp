// "Onboard a person" (issue 18) against the real sandbox: the plan's verdicts and the apply with mixed outcomes (one
// database at the quota of 30 rules, one where the user name is taken, a classic addon refusing user management),
// a user and a rule that really let the person into PostgreSQL, and a connection drop in the middle of the apply
// (through a proxy that forwards a write, swallows its answer and refuses connections for a while): nothing is
// created twice and a retry completes.
//
// Known limit of the sandbox: its databases share one PostgreSQL cluster, so a user name is taken in all of them at
// once (sandbox/README.md); the tests expect the API's "has already been taken" there.
#include "api/apiclient.h"
#include "api/apireply.h"
#include "domain/ruleexpiry.h"
#include "fakeapiserver.h"
#include "models/addondiscovery.h"
#include "models/alldatabasesmodel.h"
#include "models/batchapplier.h"
#include "models/databasesmodel.h"
#include "models/onboardplanner.h"
#include "sandboxprocess.h"
#include "sandboxstate.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using Reply = SandboxProcess::Reply;

namespace {

/// A TCP relay to the sandbox that can cut the line: armDrop() makes it forward the next request whose first line
/// contains a marker, swallow the server's answer, close every connection and refuse new ones for \a outageMs.
class DroppingProxy : public QObject
{
public:
    explicit DroppingProxy(quint16 upstreamPort) : m_upstreamPort(upstreamPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &DroppingProxy::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    void armDrop(const QByteArray &marker, int outageMs)
    {
        m_marker = marker;
        m_outageMs = outageMs;
    }
    bool dropped() const { return m_dropped; }
    int forwardedMatching(const QByteArray &needle) const { return int(m_log.count(needle)); }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            if (m_outage) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            auto armed = std::make_shared<bool>(false);
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, armed] {
                const QByteArray bytes = client->readAll();
                m_log += bytes;
                if (!m_marker.isEmpty() && bytes.left(bytes.indexOf('\n')).contains(m_marker)) {
                    m_marker.clear();
                    *armed = true; // the request goes through; its answer will not
                }
                upstream->write(bytes);
            });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, armed] {
                const QByteArray bytes = upstream->readAll();
                if (*armed) {
                    cut();
                    return;
                }
                client->write(bytes);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            m_clients << client;
        }
    }
    void cut()
    {
        m_dropped = true;
        m_outage = true;
        for (const QPointer<QTcpSocket> &c : std::as_const(m_clients)) {
            if (c)
                c->abort();
        }
        m_clients.clear();
        QTimer::singleShot(m_outageMs, this, [this] { m_outage = false; });
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QByteArray m_marker;
    QByteArray m_log;
    int m_outageMs = 0;
    bool m_outage = false;
    bool m_dropped = false;
    QList<QPointer<QTcpSocket>> m_clients;
};

} // namespace

class TestOnboardSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mixedOutcomes();
    void usersAndRulesReachPostgres();
    void connectionDropMidApply();

private:
    const AllDatabasesModel::Row &row(const QString &name) const;
    QList<AllDatabasesModel::Row> rows(const QStringList &names) const;
    bool survey();
    bool apply(BatchApplier &applier, const BatchPlan &plan);
    QJsonArray list(const QString &name, const QString &collection);

    SandboxProcess m_sandbox{{QStringLiteral("--seed-databases"), QStringLiteral("9"),
                              QStringLiteral("--refuse-addon-users"), QStringLiteral("--feature-delay"),
                              QStringLiteral("0")}};
    std::unique_ptr<DroppingProxy> m_proxy;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DatabasesModel> m_databases;
    std::unique_ptr<AllDatabasesModel> m_model;
    QStringList m_dedicated; ///< names of the Dedicated Resources databases
};

void TestOnboardSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    // The database API through the proxy, the rest directly.
    m_proxy = std::make_unique<DroppingProxy>(quint16(m_sandbox.url().port()));
    QVERIFY(m_proxy->listen());
    m_client = std::make_unique<ApiClient>(&m_nam);
    ApiEndpoints endpoints = ApiEndpoints::single(m_sandbox.url());
    QUrl db = m_sandbox.url();
    db.setPort(m_proxy->port());
    endpoints.databaseApi = db;
    m_client->setEndpoints(endpoints);
    RequestPolicy policy;
    policy.timeoutMs = 5000;
    policy.retryBaseDelayMs = 50;
    policy.maxRetryDelayMs = 200;
    m_client->setPolicy(policy);
    m_client->setApiToken(m_sandbox.apiToken());
    QVERIFY(ApiTest::awaitReply(m_client->signIn())->isSuccess());

    m_databases = std::make_unique<DatabasesModel>();
    m_databases->bind(m_client.get());
    QSignalSpy loaded(m_databases.get(), &ResourceModel::loaded);
    m_databases->reload();
    QVERIFY(loaded.wait(30000));
    AddonDiscovery discovery(m_client.get());
    QSignalSpy discovered(&discovery, &AddonDiscovery::finished);
    connect(&discovery, &AddonDiscovery::found, m_databases.get(), &DatabasesModel::addDiscovered);
    discovery.start();
    QVERIFY(discovered.wait(60000));
    for (const Database &d : m_databases->databases()) {
        if (!d.isAddon())
            m_dedicated << d.name;
    }
    m_dedicated.sort();
    QVERIFY2(m_dedicated.size() >= 4, qPrintable(m_dedicated.join(QLatin1Char(','))));
    m_dedicated.removeAll(QStringLiteral("my-postgres-db"));
    m_dedicated.prepend(QStringLiteral("my-postgres-db"));

    // Database 0 at the quota of 30 rules; in database 1, the user name alice_martin taken.
    SandboxProcess::Database full;
    QVERIFY(m_sandbox.discoverApp(m_dedicated.at(0), &full));
    for (int i = 0; i < 30; ++i) {
        const Reply r = m_sandbox.post(full.path(QStringLiteral("/firewall_rules")), full.addonToken,
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("custom_range")},
                                                   {QStringLiteral("cidr"), QStringLiteral("10.9.%1.0/24").arg(i)},
                                                   {QStringLiteral("label"), QStringLiteral("filler")}});
        QCOMPARE(r.status, 201);
    }
    SandboxProcess::Database taken;
    QVERIFY(m_sandbox.discoverApp(m_dedicated.at(1), &taken));
    const Reply user = m_sandbox.post(taken.path(QStringLiteral("/users")), taken.addonToken,
                                      QJsonObject{{QStringLiteral("database_user"),
                                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("alice_martin")},
                                                               {QStringLiteral("read_only"), true}}}});
    QCOMPARE(user.status, 201);

    m_model = std::make_unique<AllDatabasesModel>(m_client.get());
    m_model->setDatabases(m_databases->databases());
    QVERIFY(survey());
}

bool TestOnboardSandbox::survey()
{
    QSignalSpy finished(m_model.get(), &AllDatabasesModel::finished);
    m_model->refresh(true);
    return finished.wait(120000);
}

const AllDatabasesModel::Row &TestOnboardSandbox::row(const QString &name) const
{
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Database &db = m_model->rowAt(i).database;
        if ((db.isAddon() ? db.appName : db.name) == name)
            return m_model->rowAt(i);
    }
    static const AllDatabasesModel::Row none;
    return none;
}

QList<AllDatabasesModel::Row> TestOnboardSandbox::rows(const QStringList &names) const
{
    QList<AllDatabasesModel::Row> out;
    for (const QString &name : names)
        out << row(name);
    return out;
}

bool TestOnboardSandbox::apply(BatchApplier &applier, const BatchPlan &plan)
{
    QSignalSpy finished(&applier, &BatchApplier::finished);
    return applier.start(plan) && (finished.size() > 0 || finished.wait(60000));
}

QJsonArray TestOnboardSandbox::list(const QString &name, const QString &collection)
{
    SandboxProcess::Database db;
    if (!m_sandbox.discoverApp(name, &db))
        return {};
    const Reply r = m_sandbox.get(db.path(QLatin1Char('/') + collection), db.addonToken);
    return r.json
            .value(collection == QLatin1String("users") ? QStringLiteral("database-users") : QStringLiteral("rules"))
            .toArray();
}

void TestOnboardSandbox::mixedOutcomes()
{
    OnboardRequest request;
    request.who = QStringLiteral("Alice Martin");
    request.cidr = QStringLiteral("198.51.100.7/32");
    request.createUser = true;
    request.userName = OnboardPlanner::defaultUserName(request.who);
    QCOMPARE(request.userName, QStringLiteral("alice_martin"));
    const QStringList names{m_dedicated.at(0), m_dedicated.at(1), QStringLiteral("my-app")};
    QCOMPARE(row(QStringLiteral("my-app")).database.isAddon(), true);
    QCOMPARE(row(QStringLiteral("my-app")).usersAvailable, false);
    const BatchPlan plan = OnboardPlanner::plan(request, rows(names), m_model->addonCache());
    using V = BatchItem::Verdict;
    const auto item = [&plan](int t, int i) { return plan.targets.at(t).items.at(i); };
    QCOMPARE(item(0, 0).verdict, V::Impossible); // quota
    QVERIFY2(item(0, 0).reason.contains(QStringLiteral("30")), qPrintable(item(0, 0).reason));
    QCOMPARE(item(0, 1).verdict, V::Apply);
    QCOMPARE(item(1, 0).verdict, V::Apply);
    QCOMPARE(item(1, 1).verdict, V::Impossible); // taken
    QVERIFY(item(1, 1).reason.contains(QStringLiteral("alice_martin")));
    QCOMPARE(item(2, 0).verdict, V::Impossible); // classic addon: no firewall rules
    QCOMPARE(item(2, 1).verdict, V::Impossible); // user management refused
    QVERIFY(item(2, 1).reason.contains(QStringLiteral("not available")));

    BatchApplier applier(m_client.get());
    QVERIFY(apply(applier, plan));
    const BatchPlan &result = applier.plan();
    QCOMPARE(result.targets.at(1).items.at(0).status, BatchItem::Status::Done);
    // The sandbox's shared cluster: the name taken in database 1 is taken in database 0 too (real Scalingo: created).
    const BatchItem &user = result.targets.at(0).items.at(1);
    QCOMPARE(user.status, BatchItem::Status::Failed);
    QVERIFY2(user.error.contains(QStringLiteral("taken")), qPrintable(user.error));
    QCOMPARE(result.count(BatchItem::Status::Impossible), 4);

    // In the API: the rule with its label on database 1, nothing more on database 0.
    const QJsonArray rules = list(m_dedicated.at(1), QStringLiteral("firewall_rules"));
    int found = 0;
    for (const QJsonValue v : rules) {
        if (v.toObject().value(QStringLiteral("cidr")).toString() == QLatin1String("198.51.100.7/32")) {
            ++found;
            QCOMPARE(v.toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Alice Martin"));
        }
    }
    QCOMPARE(found, 1);
    QCOMPARE(list(m_dedicated.at(0), QStringLiteral("firewall_rules")).size(), 30);
}

void TestOnboardSandbox::usersAndRulesReachPostgres()
{
    // This computer (loopback) let in on database 2 with a read-write user: the generated password logs in.
    SandboxProcess::Database target;
    QVERIFY(m_sandbox.discoverApp(m_dedicated.at(2), &target));
    {
        sandboxstate::PgSession before(QStringLiteral("127.0.0.1"), target.port, target.pgDatabase, target.ownerUser,
                                       target.ownerPassword);
        QVERIFY(!before.ok()); // no rule yet
    }
    OnboardRequest request;
    request.who = QStringLiteral("Bob Smith");
    request.cidr = QStringLiteral("127.0.0.1");
    request.createUser = true;
    request.userName = QStringLiteral("bob_smith");
    request.readOnly = false;
    request.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    const BatchPlan plan = OnboardPlanner::plan(request, rows({m_dedicated.at(2)}), m_model->addonCache());
    QCOMPARE(plan.toApply(), 2);
    BatchApplier applier(m_client.get());
    QVERIFY(apply(applier, plan));
    QCOMPARE(applier.plan().count(BatchItem::Status::Done), 2);
    const QString password = applier.plan().targets.at(0).items.at(1).password;
    QVERIFY(password.size() >= 16);
    QVERIFY(RuleExpiry::isTemporary(applier.plan().targets.at(0).items.at(0).rule.label));

    QTRY_VERIFY_WITH_TIMEOUT(sandboxstate::PgSession(QStringLiteral("127.0.0.1"), target.port, target.pgDatabase,
                                                     QStringLiteral("bob_smith"), password)
                                     .ok(),
                             10000);
    sandboxstate::PgSession bob(QStringLiteral("127.0.0.1"), target.port, target.pgDatabase,
                                QStringLiteral("bob_smith"), password);
    QVERIFY2(bob.ok(), qPrintable(bob.error()));
    QVERIFY(bob.tls());
}

void TestOnboardSandbox::connectionDropMidApply()
{
    // Three databases get a rule, database 3 a user too; the user's creation reaches PostgreSQL but its answer is
    // lost and the line stays down long enough that the client cannot settle it by listing.
    const QStringList names{m_dedicated.at(1), m_dedicated.at(2), m_dedicated.at(3)};
    OnboardRequest request;
    request.who = QStringLiteral("Carol Jones");
    request.cidr = QStringLiteral("192.0.2.0/24");
    request.createUser = true;
    request.userName = QStringLiteral("carol_jones");
    BatchPlan plan = OnboardPlanner::plan(request, rows(names), m_model->addonCache());
    plan.targets[0].items.removeLast(); // the user only on database 3
    plan.targets[1].items.removeLast();
    QCOMPARE(plan.toApply(), 4);
    m_proxy->armDrop("/users ", 3000);
    BatchApplier applier(m_client.get());
    applier.setMaxInFlight(1); // one database after the other: the drop lands in the middle
    QVERIFY(apply(applier, plan));
    QVERIFY(m_proxy->dropped());
    const int afterFirst = applier.plan().count(BatchItem::Status::Done);
    qInfo() << "after the drop:" << afterFirst << "done," << applier.plan().count(BatchItem::Status::Failed)
            << "failed";
    if (applier.plan().count(BatchItem::Status::Failed) > 0) {
        QTest::qWait(3500); // the line is back
        QSignalSpy finished(&applier, &BatchApplier::finished);
        QVERIFY(applier.retryFailed());
        QVERIFY(finished.wait(60000));
    }
    for (const BatchTarget &t : applier.plan().targets) {
        for (const BatchItem &i : t.items)
            QVERIFY2(i.status == BatchItem::Status::Done,
                     qPrintable(t.database.name + QLatin1Char(' ') + i.statusText()));
    }
    // Nothing twice: one rule per database, one user, one POST of the user through the line.
    for (const QString &name : names) {
        int rules = 0;
        for (const QJsonValue v : list(name, QStringLiteral("firewall_rules")))
            rules += v.toObject().value(QStringLiteral("cidr")).toString() == QLatin1String("192.0.2.0/24") ? 1 : 0;
        QCOMPARE(rules, 1);
    }
    int carol = 0;
    for (const QJsonValue v : list(m_dedicated.at(3), QStringLiteral("users")))
        carol += v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("carol_jones") ? 1 : 0;
    QCOMPARE(carol, 1);
    QVERIFY(applier.plan().targets.at(2).items.at(1).confirmed); // its answer was lost: established by listing
    const QString addon = applier.plan().targets.at(2).addonId;
    QCOMPARE(m_proxy->forwardedMatching("POST /api/databases/" + addon.toUtf8() + "/users HTTP"), 1);
}

QTEST_GUILESS_MAIN(TestOnboardSandbox)
#include "tst_onboard_sandbox.moc"
