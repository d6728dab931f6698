// Issue 18, "Offboard a person" and "Copy rules", against the real gatehouse-sandbox (two regions, Dedicated
// Resources and classic addons, the real rate limit of 60 requests/minute): the search finds a person's rules and
// users in every database, the deletions leave PostgreSQL without them (pg_hba.conf no longer names the address,
// the roles are dropped) and nothing else; copying rules skips what a target has and stops at the quota of 30;
// every write is one history line, grouped by the operation, and a deleted rule can be undone from its line.
#include "api/apiclient.h"
#include "fakeapiserver.h"
#include "history/batchhistory.h"
#include "history/changehistory.h"
#include "history/historystore.h"
#include "models/addondiscovery.h"
#include "models/batchapplier.h"
#include "models/databasesmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/offboardplanner.h"
#include "models/plansearch.h"
#include "sandboxprocess.h"
#include "sandboxstate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString nameOf(const Database &db)
{
    return db.isAddon() ? db.appName : db.name;
}

} // namespace

class TestOffboardSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offboardAcrossRegions();
    void historyGroupsTheOperation();
    void copyRulesWithQuotaAndExisting();

private:
    Database database(const QString &name) const;
    DatabaseRef ref(const QString &name);
    void addRule(const QString &database, const QString &cidr, const QString &label);
    void addUser(const QString &database, const QString &user);
    QList<FirewallRule> rules(const QString &database);
    int hbaLinesFor(const QString &address);
    int rolesLike(const QString &pattern);
    QList<PlanSearch::Found> search(const QList<Database> &databases, PlanSearch::Needs needs);
    bool apply(BatchApplier *applier, const BatchPlan &plan);
    int countInLog(const QByteArray &needle) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChangeHistory> m_history;
    QList<Database> m_databases;
    BatchPlan m_offboarded;
};

void TestOffboardSandbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 6 seeded + the two demo databases: Dedicated my-postgres-db and initech-prod (region sandbox), stark-prod
    // (osc-secnum-fr1); classic addons, among them hooli-prod (sandbox) and globex-prod (osc-secnum-fr1).
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{
            QStringLiteral("--rate-limit"), QStringLiteral("60"), QStringLiteral("--regions"), QStringLiteral("2"),
            QStringLiteral("--seed-databases"), QStringLiteral("6"), QStringLiteral("--feature-delay"),
            QStringLiteral("0"), QStringLiteral("--request-log"), m_dir.filePath(QStringLiteral("requests.log"))});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QVERIFY2(sandboxstate::superuser(*m_sandbox, QStringLiteral("postgres"))->ok(),
             "the superuser socket is needed for pg_hba_file_rules (run as root or postgres)");
    m_client = std::make_unique<ApiClient>(&m_nam);
    ApiEndpoints endpoints;
    endpoints.auth = m_sandbox->url(); // both regions discovered
    m_client->setEndpoints(endpoints);
    m_client->setApiToken(m_sandbox->apiToken());
    QVERIFY(ApiTest::awaitReply(m_client->signIn())->isSuccess());
    m_history = std::make_unique<ChangeHistory>(m_dir.filePath(QStringLiteral("history.sqlite")));
    m_history->watch(m_client.get());

    DatabasesModel databases;
    databases.bind(m_client.get());
    QSignalSpy loaded(&databases, &ResourceModel::loaded);
    databases.reload();
    QVERIFY(loaded.wait(30000));
    AddonDiscovery discovery(m_client.get());
    QSignalSpy finished(&discovery, &AddonDiscovery::finished);
    connect(&discovery, &AddonDiscovery::found, &databases, &DatabasesModel::addDiscovered);
    discovery.start();
    QVERIFY(finished.wait(120000));
    m_databases = databases.databases();
    QCOMPARE(m_databases.size(), 8);
    QCOMPARE(database(QStringLiteral("stark-prod")).region, QStringLiteral("osc-secnum-fr1"));
    QVERIFY(!database(QStringLiteral("stark-prod")).isAddon());
    QVERIFY(database(QStringLiteral("hooli-prod")).isAddon());

    // Alice: a rule in three Dedicated databases of both regions, a user in two of them and in a classic addon
    // (roles are per cluster: each its own name). Bob's rule and user must stay.
    for (const char *name : {"my-postgres-db", "initech-prod", "stark-prod"})
        addRule(QLatin1String(name), QStringLiteral("203.0.113.7/32"), QStringLiteral("Alice laptop"));
    addRule(QStringLiteral("initech-prod"), QStringLiteral("198.51.100.9/32"), QStringLiteral("Bob home"));
    addUser(QStringLiteral("my-postgres-db"), QStringLiteral("alice_main"));
    addUser(QStringLiteral("stark-prod"), QStringLiteral("alice_stark"));
    addUser(QStringLiteral("hooli-prod"), QStringLiteral("alice_hooli"));
    addUser(QStringLiteral("hooli-prod"), QStringLiteral("bob_hooli"));
}

Database TestOffboardSandbox::database(const QString &name) const
{
    for (const Database &db : m_databases) {
        if (nameOf(db) == name)
            return db;
    }
    return {};
}

DatabaseRef TestOffboardSandbox::ref(const QString &name)
{
    ApiReply *reply = ApiTest::awaitReply(m_client->resolveDatabase(database(name)));
    return reply->isSuccess() ? reply->value<DatabaseRef>() : DatabaseRef();
}

void TestOffboardSandbox::addRule(const QString &database, const QString &cidr, const QString &label)
{
    NewFirewallRule rule;
    rule.cidr = cidr;
    rule.label = label;
    ApiReply *reply = ApiTest::awaitReply(m_client->createFirewallRule(ref(database), rule));
    QVERIFY2(reply->isSuccess(), qPrintable(database + QLatin1String(": ") + reply->error().message()));
}

void TestOffboardSandbox::addUser(const QString &database, const QString &user)
{
    NewDatabaseUser request;
    request.name = user;
    request.readOnly = true;
    ApiReply *reply = ApiTest::awaitReply(m_client->createDatabaseUser(ref(database), request));
    QVERIFY2(reply->isSuccess(), qPrintable(database + QLatin1String(": ") + reply->error().message()));
}

QList<FirewallRule> TestOffboardSandbox::rules(const QString &database)
{
    ApiReply *reply = ApiTest::awaitReply(m_client->listFirewallRules(ref(database)));
    return reply->isSuccess() ? reply->value<QList<FirewallRule>>() : QList<FirewallRule>();
}

int TestOffboardSandbox::hbaLinesFor(const QString &address)
{
    const auto su = sandboxstate::superuser(*m_sandbox, QStringLiteral("postgres"));
    return su->value(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE address = '%1'").arg(address))
            .toInt();
}

int TestOffboardSandbox::rolesLike(const QString &pattern)
{
    const auto su = sandboxstate::superuser(*m_sandbox, QStringLiteral("postgres"));
    return su->value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE '%1'").arg(pattern)).toInt();
}

int TestOffboardSandbox::countInLog(const QByteArray &needle) const
{
    QFile log(m_dir.filePath(QStringLiteral("requests.log")));
    return log.open(QIODevice::ReadOnly) ? int(log.readAll().count(needle)) : -1;
}

QList<PlanSearch::Found> TestOffboardSandbox::search(const QList<Database> &databases, PlanSearch::Needs needs)
{
    PlanSearch search(m_client.get());
    QSignalSpy finished(&search, &PlanSearch::finished);
    QSignalSpy found(&search, &PlanSearch::found);
    search.start(databases, needs);
    if (!finished.wait(120000))
        return {};
    if (found.count() != databases.size())
        return {};
    return search.results();
}

bool TestOffboardSandbox::apply(BatchApplier *applier, const BatchPlan &plan)
{
    QSignalSpy finished(applier, &BatchApplier::finished);
    return applier->start(plan) && finished.wait(120000);
}

void TestOffboardSandbox::offboardAcrossRegions()
{
    QCOMPARE(hbaLinesFor(QStringLiteral("203.0.113.7")), 3);
    QCOMPARE(rolesLike(QStringLiteral("alice%")), 3);

    QElapsedTimer timer;
    timer.start();
    int requests = m_client->requestCount();
    const QList<PlanSearch::Found> found = search(m_databases, PlanSearch::Rules | PlanSearch::Users);
    QCOMPARE(found.size(), 8);
    qInfo("search: 8 databases in %lld ms, %d requests", timer.elapsed(), m_client->requestCount() - requests);
    for (const PlanSearch::Found &f : found)
        QVERIFY2(f.ok, qPrintable(nameOf(f.database) + QLatin1String(": ") + f.error));
    const BatchPlan plan = OffboardPlanner::plan(OffboardQuery(QStringLiteral("alice")), found);
    QCOMPARE(plan.title, QStringLiteral("Offboard alice"));
    QVERIFY(!plan.operationId.isEmpty());
    QStringList targets;
    for (const BatchTarget &target : plan.targets)
        targets << nameOf(target.database) + QLatin1Char(':') + QString::number(target.items.size());
    targets.sort();
    QCOMPARE(targets,
             (QStringList{QStringLiteral("hooli-prod:1"), QStringLiteral("initech-prod:1"),
                          QStringLiteral("my-postgres-db:2"), QStringLiteral("stark-prod:2")}));
    QCOMPARE(plan.toApply(), 6);

    // What the flow does before applying: the history learns what each rule admits.
    for (const BatchTarget &target : plan.targets) {
        for (const BatchItem &item : target.items) {
            if (item.action == BatchItem::Action::DeleteRule)
                m_history->describeRule(target.addonId, *OffboardPlanner::ruleOf(found, target.addonId, item.key));
        }
    }
    BatchApplier applier(m_client.get());
    BatchHistory grouping(m_history.get());
    grouping.watch(&applier);
    timer.restart();
    requests = m_client->requestCount();
    QVERIFY(apply(&applier, plan));
    QCOMPARE(applier.plan().count(BatchItem::Status::Done), 6);
    qInfo("offboard: 6 deletions in 4 databases in %lld ms, %d requests", timer.elapsed(),
          m_client->requestCount() - requests);
    m_offboarded = applier.plan();

    // In PostgreSQL: the address is in no pg_hba.conf line any more, Bob's is; Alice's roles are gone, Bob's stays.
    QTRY_COMPARE_WITH_TIMEOUT(hbaLinesFor(QStringLiteral("203.0.113.7")), 0, 10000);
    QCOMPARE(hbaLinesFor(QStringLiteral("198.51.100.9")), 1);
    QCOMPARE(rolesLike(QStringLiteral("alice%")), 0);
    QCOMPARE(rolesLike(QStringLiteral("bob_hooli")), 1);
    QCOMPARE(rules(QStringLiteral("initech-prod")).size(), 1);
    QCOMPARE(countInLog(" 429 "), 0); // within the rate limit, search and writes together
}

void TestOffboardSandbox::historyGroupsTheOperation()
{
    const QList<qint64> ids = m_history->store()->operationEntries(m_offboarded.operationId);
    QCOMPARE(ids.size(), 6);
    int rules = 0;
    for (qint64 id : ids) {
        const HistoryEntry entry = *m_history->entry(id);
        QVERIFY(entry.isSuccess());
        QCOMPARE(m_history->store()->operationOf(id).second, QStringLiteral("Offboard alice"));
        if (entry.kind == WriteEvent::Kind::RuleDeleted) {
            ++rules;
            QCOMPARE(entry.details.value(QLatin1String("cidr")).toString(), QStringLiteral("203.0.113.7/32"));
            QCOMPARE(entry.details.value(QLatin1String("label")).toString(), QStringLiteral("Alice laptop"));
            QVERIFY2(ChangeHistory::undoRefusal(entry).isEmpty(), qPrintable(ChangeHistory::undoRefusal(entry)));
        } else {
            QCOMPARE(entry.kind, WriteEvent::Kind::UserDeleted);
        }
    }
    QCOMPARE(rules, 3);
}

void TestOffboardSandbox::copyRulesWithQuotaAndExisting()
{
    // Source: initech-prod (Bob's rule) plus an office network. my-postgres-db has the office already; stark-prod
    // is two rules from the quota.
    addRule(QStringLiteral("initech-prod"), QStringLiteral("10.20.0.0/16"), QStringLiteral("Office"));
    addRule(QStringLiteral("initech-prod"), QStringLiteral("192.0.2.0/24"), QStringLiteral("VPN"));
    addRule(QStringLiteral("my-postgres-db"), QStringLiteral("10.20.0.0/16"), QStringLiteral("Office (old)"));
    for (int i = int(rules(QStringLiteral("stark-prod")).size()); i < FirewallRulesModel::MaxRules - 2; ++i)
        addRule(QStringLiteral("stark-prod"), QStringLiteral("10.99.%1.0/24").arg(i), QString());
    QCOMPARE(rules(QStringLiteral("stark-prod")).size(), 28);

    const QList<Database> targets{database(QStringLiteral("my-postgres-db")), database(QStringLiteral("stark-prod")),
                                  database(QStringLiteral("hooli-prod"))};
    const QList<PlanSearch::Found> found = search(QList<Database>{database(QStringLiteral("initech-prod"))} + targets,
                                                  PlanSearch::Rules | PlanSearch::Ranges);
    QCOMPARE(found.size(), 4);
    QList<FirewallRule> sourceRules;
    QList<PlanSearch::Found> targetResults;
    for (const PlanSearch::Found &f : found) {
        if (nameOf(f.database) == QLatin1String("initech-prod"))
            sourceRules = f.rules;
        else
            targetResults << f;
        if (!f.database.isAddon()) {
            QVERIFY(f.rangeIds.has_value());
            QVERIFY(f.rangeIds->contains(QStringLiteral("mr-sandbox-local")));
        }
    }
    QCOMPARE(sourceRules.size(), 3);
    const BatchPlan plan = CopyRulesPlanner::plan(sourceRules, targetResults, QDateTime::currentDateTimeUtc());
    QCOMPARE(plan.targets.size(), 3);
    QMap<QString, QStringList> verdicts; // database → per source rule: a (apply), s (skipped), i (impossible)
    for (const BatchTarget &target : plan.targets) {
        for (const BatchItem &item : target.items)
            verdicts[nameOf(target.database)]
                    << (item.verdict == BatchItem::Verdict::Apply                  ? QStringLiteral("a")
                                : item.verdict == BatchItem::Verdict::AlreadyThere ? QStringLiteral("s")
                                                                                   : QStringLiteral("i"));
    }
    // Source order: Bob home, Office, VPN.
    QCOMPARE(verdicts.value(QStringLiteral("my-postgres-db")), QStringLiteral("a s a").split(QLatin1Char(' ')));
    QCOMPARE(verdicts.value(QStringLiteral("stark-prod")), QStringLiteral("a a i").split(QLatin1Char(' ')));
    QCOMPARE(verdicts.value(QStringLiteral("hooli-prod")),
             QStringLiteral("i i i").split(QLatin1Char(' '))); // a classic addon

    const qsizetype mainBefore = rules(QStringLiteral("my-postgres-db")).size();
    BatchApplier applier(m_client.get());
    QVERIFY(apply(&applier, plan));
    QCOMPARE(applier.plan().count(BatchItem::Status::Done), 4);
    QCOMPARE(applier.plan().count(BatchItem::Status::Failed), 0);
    QCOMPARE(rules(QStringLiteral("stark-prod")).size(), FirewallRulesModel::MaxRules);
    QCOMPARE(rules(QStringLiteral("my-postgres-db")).size(), mainBefore + 2); // Bob's and the VPN
    QCOMPARE(hbaLinesFor(QStringLiteral("192.0.2.0")), 2); // initech and my-postgres-db
    QCOMPARE(countInLog(" 429 "), 0);
}

QTEST_GUILESS_MAIN(TestOffboardSandbox)
#include "tst_offboard_sandbox.moc"
