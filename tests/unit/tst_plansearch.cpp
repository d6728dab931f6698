// PlanSearch against the FakeApiServer: it reads what an operation needs (rules, users, managed ranges) and nothing
// more; a plan without user management is not a failure; a database that cannot be read is reported with why, and
// the planners make that visible (OffboardPlanner::unreadable(), CopyRulesPlanner's impossible items); Stop ends it.
#include "apiclientfixture.h"
#include "models/offboardplanner.h"
#include "models/plansearch.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ApiTest;
using Response = FakeApiServer::Response;

class TestPlanSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsWhatIsAsked();
    void userManagementRefusedIsNotAFailure();
    void unreadableDatabaseIsReported();
    void cancelStops();

private:
    QList<PlanSearch::Found> run(PlanSearch::Needs needs);

    ApiClientFixture m_fixture;
    Database m_db;
};

void TestPlanSearch::init()
{
    QVERIFY(m_fixture.start());
    FakeApiServer *server = m_fixture.m_server.get();
    server->users = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("mydb_owner")},
                                           {QStringLiteral("protected"), true}},
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("alice_ro")}}};
    server->rules = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fw-a")},
                                           {QStringLiteral("type"), QStringLiteral("custom_range")},
                                           {QStringLiteral("cidr"), QStringLiteral("203.0.113.7/32")},
                                           {QStringLiteral("label"), QStringLiteral("Alice laptop")}}};
    server->ranges = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("mr-x")},
                                            {QStringLiteral("name"), QStringLiteral("Range X")}}};
    m_db.id = server->appId();
    m_db.name = server->appName();
    m_db.region = QStringLiteral("local");
}

void TestPlanSearch::cleanup()
{
    m_fixture.reset();
}

QList<PlanSearch::Found> TestPlanSearch::run(PlanSearch::Needs needs)
{
    PlanSearch search(m_fixture.m_client.get());
    QSignalSpy finished(&search, &PlanSearch::finished);
    QSignalSpy progress(&search, &PlanSearch::progress);
    search.start({m_db}, needs);
    if (!finished.wait(10000) || finished.count() != 1 || progress.last().at(0).toInt() != 1)
        return {};
    return search.results();
}

void TestPlanSearch::readsWhatIsAsked()
{
    QList<PlanSearch::Found> found = run(PlanSearch::Rules | PlanSearch::Users | PlanSearch::Ranges);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.at(0).ok, qPrintable(found.at(0).error));
    QCOMPARE(found.at(0).ref.addonId, m_fixture.m_server->addonId());
    QCOMPARE(found.at(0).rules.size(), 1);
    QVERIFY(found.at(0).rulesAvailable);
    QCOMPARE(found.at(0).users.size(), 2);
    QVERIFY(found.at(0).usersAvailable);
    QCOMPARE(found.at(0).rangeIds, std::optional<QStringList>(QStringList{QStringLiteral("mr-x")}));
    const BatchPlan plan = OffboardPlanner::plan(OffboardQuery(QStringLiteral("alice")), found);
    QCOMPARE(plan.toApply(), 2); // the rule and alice_ro
    QCOMPARE(OffboardPlanner::ruleOf(found, m_fixture.m_server->addonId(), QStringLiteral("fw-a"))->label,
             QStringLiteral("Alice laptop"));

    // Users only: the firewall and the ranges are not read.
    m_fixture.m_server->clearRequests();
    found = run(PlanSearch::Users);
    QCOMPARE(found.size(), 1);
    QVERIFY(!found.at(0).rulesAvailable);
    QVERIFY(!found.at(0).rangeIds);
    QCOMPARE(m_fixture.m_server->count("GET", QStringLiteral(".*/firewall.*")), 0);
}

void TestPlanSearch::userManagementRefusedIsNotAFailure()
{
    m_fixture.m_server->respondOnce("GET", QStringLiteral(".*/users"),
                                    Response::error(403, QStringLiteral("user management is not available")));
    const QList<PlanSearch::Found> found = run(PlanSearch::Rules | PlanSearch::Users);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.at(0).ok);
    QVERIFY(!found.at(0).usersAvailable);
    QCOMPARE(found.at(0).rules.size(), 1);
}

void TestPlanSearch::unreadableDatabaseIsReported()
{
    m_fixture.m_server->respondOnce("GET", QStringLiteral(".*/firewall_rules"),
                                    Response::error(404, QStringLiteral("no such database")));
    const QList<PlanSearch::Found> found = run(PlanSearch::Rules | PlanSearch::Users);
    QCOMPARE(found.size(), 1);
    QVERIFY(!found.at(0).ok);
    QVERIFY(!found.at(0).error.isEmpty());
    QCOMPARE(OffboardPlanner::plan(OffboardQuery(QStringLiteral("alice")), found).targets.size(), 0);
    QCOMPARE(OffboardPlanner::unreadable(found).size(), 1);
    QVERIFY(OffboardPlanner::unreadable(found).at(0).startsWith(QStringLiteral("mydb: ")));
    // Copying to it: every rule impossible, with the reason.
    FirewallRule rule;
    rule.id = QStringLiteral("src");
    rule.cidr = QStringLiteral("10.0.0.0/8");
    const BatchPlan copy = CopyRulesPlanner::plan({rule}, found, QDateTime::currentDateTimeUtc());
    QCOMPARE(copy.targets.size(), 1);
    QCOMPARE(copy.targets.at(0).items.at(0).verdict, BatchItem::Verdict::Impossible);
    QVERIFY(copy.targets.at(0).items.at(0).reason.contains(found.at(0).error));
}

void TestPlanSearch::cancelStops()
{
    PlanSearch search(m_fixture.m_client.get());
    QSignalSpy finished(&search, &PlanSearch::finished);
    QSignalSpy found(&search, &PlanSearch::found);
    search.start({m_db, m_db}, PlanSearch::Rules);
    QVERIFY(search.isRunning());
    search.cancel();
    QVERIFY(!search.isRunning());
    QCOMPARE(finished.count(), 1);
    QTest::qWait(300); // late replies are dropped
    QCOMPARE(found.count(), 0);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestPlanSearch)
#include "tst_plansearch.moc"
