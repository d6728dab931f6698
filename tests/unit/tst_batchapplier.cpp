// The batch engine of issue 18 (onboard, offboard, copy rules): BatchPlan's verdicts and texts, BatchApplier against
// a fault-injecting fake API with several databases (per-database progress, pacing per region, cancel, retry of the
// failed items only, never a write sent twice — including cancel() followed at once by retryFailed()),
// BatchPlanModel (QAbstractItemModelTester, live updates, check boxes), and the history's grouping by operation
// (schema migration v0 → v1, BatchHistory).
#include "api/apiclient.h"
#include "apiclientfixture.h"
#include "history/batchhistory.h"
#include "history/changehistory.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "models/batchapplier.h"
#include "models/batchplanmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ApiTest;
using Fake = FakeApiServer;

namespace {

const QString kAddon = QStringLiteral("ad-[0-9a-z]+");

Database classic(const QString &addonId, const QString &region = QStringLiteral("test-fr1"))
{
    Database db;
    db.kind = Database::Kind::Addon;
    db.id = addonId;
    db.appId = QStringLiteral("app-") + addonId;
    db.appName = QStringLiteral("app-") + addonId;
    db.region = region;
    return db;
}

NewFirewallRule rule(const QString &cidr, const QString &label = QStringLiteral("Alice"))
{
    NewFirewallRule r;
    r.cidr = cidr;
    r.label = label;
    return r;
}

NewDatabaseUser user(const QString &name, bool readOnly = true)
{
    NewDatabaseUser u;
    u.name = name;
    u.readOnly = readOnly;
    return u;
}

/// Onboarding-like plan: on each database, a rule and a user.
BatchPlan onboardPlan(const QStringList &addons, const QString &region = QStringLiteral("test-fr1"))
{
    BatchPlan plan;
    plan.operationId = BatchPlan::newOperationId();
    plan.title = QStringLiteral("Onboard Alice");
    for (const QString &addon : addons) {
        BatchTarget target;
        target.database = classic(addon, region);
        target.items << BatchItem::createRule(rule(QStringLiteral("203.0.113.7/32")))
                     << BatchItem::createUser(user(QStringLiteral("alice")));
        plan.targets << target;
    }
    return plan;
}

} // namespace

class TestBatchApplier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void verdictsSetStatuses();
    void summariesAndStatusTexts();
    void appliesEveryDatabase();
    void skippedAndImpossibleAreNeverSent();
    void progressReachesTotal();
    void failedOnesRetriedOnly();
    void lostReplyIsReconciledNotResent();
    void retryVerifiesWhatMayHaveBeenApplied();
    void cancelStopsSending();
    void cancelThenRetryNeverAppliesTwice();
    void retryWhileRunningRefused();
    void retryWithNothingFailed();
    void startWhileRunningRefused();
    void emptyPlanFinishes();
    void deletionsAndAlreadyGone();
    void unresolvableDatabaseFailsItsItems();
    void pacedPerRegion();
    void maxInFlightPerRegion();
    void rateLimitedWriteWaitsThenResends();
    void cancelWhileWaitingForTheLimit();
    void planModelTester();
    void planModelCheckBoxes();
    void historyMigratesV0ToV1();
    void historyGroupsLinesByOperation();

private:
    void installDatabases();
    /// POSTs to \a collection ("users"/"firewall_rules") of \a addon.
    int posts(const QString &addon, const QString &collection) const
    {
        return m_api.m_server->count("POST", QStringLiteral("/api/databases/%1/%2").arg(addon, collection));
    }
    bool run(BatchApplier &applier, int timeoutMs = 10000)
    {
        QSignalSpy finished(&applier, &BatchApplier::finished);
        return finished.wait(timeoutMs);
    }

    ApiClientFixture m_api;
    QHash<QString, QJsonArray> m_users;
    QHash<QString, QJsonArray> m_rules;
    bool m_failLists = false;
    int m_serial = 0;
};

void TestBatchApplier::init()
{
    QVERIFY(m_api.start(50));
    m_users.clear();
    m_rules.clear();
    m_failLists = false;
    installDatabases();
}

void TestBatchApplier::cleanup()
{
    m_api.reset();
}

void TestBatchApplier::installDatabases()
{
    Fake *server = m_api.m_server.get();
    const auto addonOf = [](const Fake::Request &r) { return r.path.section(QLatin1Char('/'), 3, 3); };
    server->route("POST", QStringLiteral("/v1/apps/[^/]+/addons/%1/token").arg(kAddon), [this](const Fake::Request &r) {
        const QString addon = r.path.section(QLatin1Char('/'), 5, 5);
        return Fake::Response::json(200, {{QStringLiteral("addon"),
                                           QJsonObject{{QStringLiteral("id"), addon},
                                                       {QStringLiteral("token"),
                                                        QStringLiteral("tok-%1").arg(++m_serial)}}}});
    });
    const QString db = QStringLiteral("/api/databases/(%1)").arg(kAddon);
    server->route("GET", db + QStringLiteral("/users"), [this, addonOf](const Fake::Request &r) {
        if (m_failLists)
            return Fake::Response::error(403, QStringLiteral("lists refused"));
        return Fake::Response::json(200, {{QStringLiteral("database-users"), m_users.value(addonOf(r))}});
    });
    server->route("GET", db + QStringLiteral("/firewall_rules"), [this, addonOf](const Fake::Request &r) {
        if (m_failLists)
            return Fake::Response::error(403, QStringLiteral("lists refused"));
        return Fake::Response::json(200, {{QStringLiteral("rules"), m_rules.value(addonOf(r))}});
    });
    server->route("POST", db + QStringLiteral("/users"), [this, addonOf](const Fake::Request &r) {
        const QString name = r.json().value(QStringLiteral("database_user")).toObject().value(QStringLiteral("name")).toString();
        QJsonArray &users = m_users[addonOf(r)];
        for (const QJsonValue &u : std::as_const(users)) {
            if (u.toObject().value(QStringLiteral("name")).toString() == name)
                return Fake::Response::json(
                        422, {{QStringLiteral("errors"),
                               QJsonObject{{QStringLiteral("name"), QJsonArray{QStringLiteral("has already been taken")}}}}});
        }
        const QJsonObject stored{{QStringLiteral("name"), name}, {QStringLiteral("read_only"), true}};
        users.append(stored);
        QJsonObject answer = stored;
        answer.insert(QStringLiteral("password"), QStringLiteral("pw-%1-%2").arg(addonOf(r), name));
        return Fake::Response::json(201, {{QStringLiteral("database_user"), answer}});
    });
    server->route("POST", db + QStringLiteral("/firewall_rules"), [this, addonOf](const Fake::Request &r) {
        QJsonObject rule = r.json();
        if (rule.contains(QStringLiteral("firewall_rule")))
            rule = rule.value(QStringLiteral("firewall_rule")).toObject();
        rule.insert(QStringLiteral("id"), QStringLiteral("fw-%1").arg(++m_serial));
        m_rules[addonOf(r)].append(rule);
        return Fake::Response::json(201, {{QStringLiteral("rule"), rule}});
    });
    const auto remove = [](QJsonArray &array, const QString &key, const QString &value) {
        for (int i = 0; i < array.size(); ++i) {
            if (array.at(i).toObject().value(key).toString() == value) {
                array.removeAt(i);
                return true;
            }
        }
        return false;
    };
    server->route("DELETE", db + QStringLiteral("/users/[^/]+"), [this, addonOf, remove](const Fake::Request &r) {
        return remove(m_users[addonOf(r)], QStringLiteral("name"), r.path.section(QLatin1Char('/'), -1))
                ? Fake::Response{204, {}, {}}
                : Fake::Response::error(404, QStringLiteral("user not found"));
    });
    server->route("DELETE", db + QStringLiteral("/firewall_rules/[^/]+"), [this, addonOf, remove](const Fake::Request &r) {
        return remove(m_rules[addonOf(r)], QStringLiteral("id"), r.path.section(QLatin1Char('/'), -1))
                ? Fake::Response{204, {}, {}}
                : Fake::Response::error(404, QStringLiteral("rule not found"));
    });
}

void TestBatchApplier::verdictsSetStatuses()
{
    BatchItem item = BatchItem::createUser(user(QStringLiteral("bob")));
    QCOMPARE(item.status, BatchItem::Status::Planned);
    item.setVerdict(BatchItem::Verdict::AlreadyThere, QStringLiteral("exists"));
    QCOMPARE(item.status, BatchItem::Status::Skipped);
    item.setVerdict(BatchItem::Verdict::Impossible, QStringLiteral("quota"));
    QCOMPARE(item.status, BatchItem::Status::Impossible);
    QVERIFY(item.isFinished());
    QVERIFY(!item.isRetryable());

    BatchPlan plan = onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b")});
    plan.targets[1].items[0].setVerdict(BatchItem::Verdict::Impossible, QStringLiteral("quota"));
    QCOMPARE(plan.itemCount(), 4);
    QCOMPARE(plan.toApply(), 3);
    QCOMPARE(plan.count(BatchItem::Status::Impossible), 1);
    QVERIFY(BatchPlan::newOperationId() != BatchPlan::newOperationId());
}

void TestBatchApplier::summariesAndStatusTexts()
{
    const BatchItem r = BatchItem::createRule(rule(QStringLiteral("203.0.113.7/32")));
    QVERIFY(r.summary().contains(QStringLiteral("203.0.113.7/32")));
    QVERIFY(r.summary().contains(QStringLiteral("Alice")));
    QCOMPARE(r.object(), QStringLiteral("203.0.113.7/32"));
    BatchItem u = BatchItem::createUser(user(QStringLiteral("alice")));
    QVERIFY(u.summary().contains(QStringLiteral("read-only")));
    u.status = BatchItem::Status::Failed;
    u.error = QStringLiteral("boom");
    QVERIFY(u.statusText().contains(QStringLiteral("boom")));
    QVERIFY(BatchItem::deleteUser(QStringLiteral("bob")).summary().contains(QStringLiteral("bob")));
    QVERIFY(BatchItem::deleteRule(QStringLiteral("fw-1"), QStringLiteral("10.0.0.1/32 (Bob)"))
                    .summary()
                    .contains(QStringLiteral("Bob")));
}

void TestBatchApplier::appliesEveryDatabase()
{
    BatchApplier applier(m_api.m_client.get());
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b"), QStringLiteral("ad-c")})));
    QVERIFY(applier.isRunning());
    QVERIFY(run(applier));
    QCOMPARE(applier.plan().count(BatchItem::Status::Done), 6);
    for (const QString &addon : {QStringLiteral("ad-a"), QStringLiteral("ad-b"), QStringLiteral("ad-c")}) {
        QCOMPARE(posts(addon, QStringLiteral("users")), 1);
        QCOMPARE(posts(addon, QStringLiteral("firewall_rules")), 1);
    }
    const BatchItem &created = applier.plan().targets.at(1).items.at(1);
    QCOMPARE(created.password, QStringLiteral("pw-ad-b-alice"));
    QVERIFY(!created.confirmed);
    QVERIFY(!applier.plan().targets.at(0).items.at(0).resultId.isEmpty());
    QCOMPARE(applier.addonIds().size(), 3);
}

void TestBatchApplier::skippedAndImpossibleAreNeverSent()
{
    BatchPlan plan = onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b")});
    plan.targets[0].items[1].setVerdict(BatchItem::Verdict::AlreadyThere);
    plan.targets[1].items[0].setVerdict(BatchItem::Verdict::Impossible, QStringLiteral("quota"));
    plan.targets[1].items[1].setVerdict(BatchItem::Verdict::Impossible, QStringLiteral("no users"));
    BatchApplier applier(m_api.m_client.get());
    QVERIFY(applier.start(plan));
    QVERIFY(run(applier));
    QCOMPARE(posts(QStringLiteral("ad-a"), QStringLiteral("users")), 0);
    QCOMPARE(posts(QStringLiteral("ad-a"), QStringLiteral("firewall_rules")), 1);
    QCOMPARE(posts(QStringLiteral("ad-b"), QStringLiteral("users")), 0);
    QCOMPARE(posts(QStringLiteral("ad-b"), QStringLiteral("firewall_rules")), 0);
    QCOMPARE(applier.plan().count(BatchItem::Status::Skipped), 1);
    QCOMPARE(applier.plan().count(BatchItem::Status::Impossible), 2);
}

void TestBatchApplier::progressReachesTotal()
{
    BatchApplier applier(m_api.m_client.get());
    QSignalSpy progress(&applier, &BatchApplier::progress);
    QSignalSpy items(&applier, &BatchApplier::itemChanged);
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b")})));
    QVERIFY(run(applier));
    QCOMPARE(progress.last().at(0).toInt(), 4);
    QCOMPARE(progress.last().at(1).toInt(), 4);
    QCOMPARE(applier.done(), applier.total());
    QVERIFY(items.size() >= 8); // running, then done, for each
}

void TestBatchApplier::failedOnesRetriedOnly()
{
    // A definitive refusal (422) of one rule; the retry sends that one only.
    m_api.m_server->respondOnce("POST", QStringLiteral("/api/databases/ad-b/firewall_rules"),
                                Fake::Response::error(422, QStringLiteral("try later")));
    BatchApplier applier(m_api.m_client.get());
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b")})));
    QVERIFY(run(applier));
    QCOMPARE(applier.plan().count(BatchItem::Status::Failed), 1);
    const BatchItem &failed = applier.plan().targets.at(1).items.at(0);
    QCOMPARE(failed.status, BatchItem::Status::Failed);
    QVERIFY(!failed.maybeApplied);
    QVERIFY(!failed.error.isEmpty());
    QVERIFY(applier.retryFailed());
    QCOMPARE(applier.total(), 1);
    QVERIFY(run(applier));
    QCOMPARE(applier.plan().count(BatchItem::Status::Done), 4);
    QCOMPARE(posts(QStringLiteral("ad-a"), QStringLiteral("firewall_rules")), 1);
    QCOMPARE(posts(QStringLiteral("ad-a"), QStringLiteral("users")), 1);
    QCOMPARE(posts(QStringLiteral("ad-b"), QStringLiteral("users")), 1);
    QCOMPARE(posts(QStringLiteral("ad-b"), QStringLiteral("firewall_rules")), 2);
    QCOMPARE(m_rules.value(QStringLiteral("ad-b")).size(), 1);
}

void TestBatchApplier::lostReplyIsReconciledNotResent()
{
    m_api.m_server->faultOnce("POST", QStringLiteral("/api/databases/ad-a/users"), Fake::Fault::DropReply);
    BatchApplier applier(m_api.m_client.get());
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a")})));
    QVERIFY(run(applier));
    const BatchItem &u = applier.plan().targets.at(0).items.at(1);
    QCOMPARE(u.status, BatchItem::Status::Done);
    QVERIFY(u.confirmed);
    QVERIFY(u.password.isEmpty()); // the generated password never reached us
    QCOMPARE(posts(QStringLiteral("ad-a"), QStringLiteral("users")), 1);
    QCOMPARE(m_users.value(QStringLiteral("ad-a")).size(), 1);
}

void TestBatchApplier::retryVerifiesWhatMayHaveBeenApplied()
{
    // The reply is lost and the client cannot settle it (listing refused): Failed, maybe applied. The retry lists
    // again first and finds it: Done (confirmed), never a second POST.
    m_failLists = true;
    m_api.m_server->faultOnce("POST", QStringLiteral("/api/databases/ad-a/firewall_rules"), Fake::Fault::DropReply);
    BatchApplier applier(m_api.m_client.get());
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a")})));
    QVERIFY(run(applier));
    const BatchItem &r = applier.plan().targets.at(0).items.at(0);
    QCOMPARE(r.status, BatchItem::Status::Failed);
    QVERIFY(r.maybeApplied);
    m_failLists = false;
    QVERIFY(applier.retryFailed());
    QVERIFY(run(applier));
    QCOMPARE(applier.plan().targets.at(0).items.at(0).status, BatchItem::Status::Done);
    QVERIFY(applier.plan().targets.at(0).items.at(0).confirmed);
    QVERIFY(!applier.plan().targets.at(0).items.at(0).resultId.isEmpty());
    QCOMPARE(posts(QStringLiteral("ad-a"), QStringLiteral("firewall_rules")), 1);
    QCOMPARE(m_rules.value(QStringLiteral("ad-a")).size(), 1);
}

void TestBatchApplier::cancelStopsSending()
{
    Fake::Script slow;
    slow.delayMs = 300;
    m_api.m_server->script("POST", QStringLiteral("/api/databases/ad-a/firewall_rules"), slow);
    BatchApplier applier(m_api.m_client.get());
    applier.setMaxInFlight(1);
    QSignalSpy finished(&applier, &BatchApplier::finished);
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b")})));
    QTRY_COMPARE(applier.plan().targets.at(0).items.at(0).status, BatchItem::Status::Running);
    applier.cancel();
    QVERIFY(applier.isCancelling());
    QVERIFY(applier.isRunning()); // the write in flight still reports
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(applier.plan().targets.at(0).items.at(0).status, BatchItem::Status::Done);
    QCOMPARE(applier.plan().targets.at(0).items.at(1).status, BatchItem::Status::Cancelled);
    QCOMPARE(applier.plan().targets.at(1).count(BatchItem::Status::Cancelled), 2);
    QCOMPARE(posts(QStringLiteral("ad-b"), QStringLiteral("firewall_rules")), 0);
    QCOMPARE(applier.done(), applier.total());
}

void TestBatchApplier::cancelThenRetryNeverAppliesTwice()
{
    // The race: cancel() while writes are in flight, retryFailed() at once. The writes in flight end first; the
    // retry then sends only what was never sent. Every object reaches the server exactly once.
    for (const QString &addon : {QStringLiteral("ad-a"), QStringLiteral("ad-b")}) {
        Fake::Script slow;
        slow.delayMs = 250;
        m_api.m_server->script("POST", QStringLiteral("/api/databases/%1/firewall_rules").arg(addon), slow);
    }
    BatchApplier applier(m_api.m_client.get());
    QSignalSpy finished(&applier, &BatchApplier::finished);
    QSignalSpy started(&applier, &BatchApplier::started);
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b"), QStringLiteral("ad-c")})));
    QTRY_VERIFY(applier.plan().count(BatchItem::Status::Running) >= 2);
    applier.cancel();
    QVERIFY(applier.retryFailed()); // deferred until the writes in flight have ended
    QVERIFY(applier.retryFailed());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(started.size(), 2);
    QCOMPARE(applier.plan().count(BatchItem::Status::Done), 6);
    for (const QString &addon : {QStringLiteral("ad-a"), QStringLiteral("ad-b"), QStringLiteral("ad-c")}) {
        QCOMPARE(posts(addon, QStringLiteral("users")), 1);
        QCOMPARE(posts(addon, QStringLiteral("firewall_rules")), 1);
        QCOMPARE(m_rules.value(addon).size(), 1);
        QCOMPARE(m_users.value(addon).size(), 1);
    }
}

void TestBatchApplier::retryWhileRunningRefused()
{
    Fake::Script slow;
    slow.delayMs = 200;
    m_api.m_server->script("POST", QStringLiteral("/api/databases/ad-a/firewall_rules"), slow);
    BatchApplier applier(m_api.m_client.get());
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a")})));
    QVERIFY(!applier.retryFailed());
    QVERIFY(run(applier));
    QCOMPARE(posts(QStringLiteral("ad-a"), QStringLiteral("firewall_rules")), 1);
}

void TestBatchApplier::retryWithNothingFailed()
{
    BatchApplier applier(m_api.m_client.get());
    QVERIFY(!applier.retryFailed()); // no plan
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a")})));
    QVERIFY(run(applier));
    QVERIFY(!applier.retryFailed());
}

void TestBatchApplier::startWhileRunningRefused()
{
    BatchApplier applier(m_api.m_client.get());
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a")})));
    QVERIFY(!applier.start(onboardPlan({QStringLiteral("ad-b")})));
    QVERIFY(run(applier));
    QCOMPARE(posts(QStringLiteral("ad-b"), QStringLiteral("users")), 0);
    BatchApplier orphan(nullptr);
    QVERIFY(!orphan.start(onboardPlan({QStringLiteral("ad-a")})));
}

void TestBatchApplier::emptyPlanFinishes()
{
    BatchApplier applier(m_api.m_client.get());
    QSignalSpy finished(&applier, &BatchApplier::finished);
    QVERIFY(applier.start(BatchPlan()));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!applier.isRunning());
}

void TestBatchApplier::deletionsAndAlreadyGone()
{
    m_users[QStringLiteral("ad-a")] = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("bob")}}};
    m_rules[QStringLiteral("ad-a")] = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fw-9")},
                                                             {QStringLiteral("type"), QStringLiteral("custom_range")},
                                                             {QStringLiteral("cidr"), QStringLiteral("10.0.0.9/32")}}};
    BatchPlan plan;
    BatchTarget target;
    target.database = classic(QStringLiteral("ad-a"));
    target.items << BatchItem::deleteRule(QStringLiteral("fw-9"), QStringLiteral("10.0.0.9/32"))
                 << BatchItem::deleteUser(QStringLiteral("bob"))
                 << BatchItem::deleteUser(QStringLiteral("gone-already"));
    plan.targets << target;
    BatchApplier applier(m_api.m_client.get());
    QVERIFY(applier.start(plan));
    QVERIFY(run(applier));
    QCOMPARE(applier.plan().count(BatchItem::Status::Done), 3);
    QVERIFY(applier.plan().targets.at(0).items.at(2).confirmed);
    QVERIFY(m_users.value(QStringLiteral("ad-a")).isEmpty());
    QVERIFY(m_rules.value(QStringLiteral("ad-a")).isEmpty());
}

void TestBatchApplier::unresolvableDatabaseFailsItsItems()
{
    BatchPlan plan = onboardPlan({QStringLiteral("ad-a")});
    BatchTarget broken;
    broken.database.name = QStringLiteral("ghost"); // a Dedicated database whose addon cannot be found
    broken.database.id = QStringLiteral("app-ghost");
    broken.database.region = QStringLiteral("test-fr1");
    broken.items << BatchItem::createUser(user(QStringLiteral("alice")));
    plan.targets << broken;
    BatchApplier applier(m_api.m_client.get());
    QVERIFY(applier.start(plan));
    QVERIFY(run(applier));
    QCOMPARE(applier.plan().targets.at(0).count(BatchItem::Status::Done), 2);
    QCOMPARE(applier.plan().targets.at(1).items.at(0).status, BatchItem::Status::Failed);
    QVERIFY(!applier.plan().targets.at(1).items.at(0).error.isEmpty());
}

void TestBatchApplier::pacedPerRegion()
{
    // One regional request (the addon token) per classic addon; a budget of 1 per minute per region: the first
    // database of each region starts, the second of region A waits for the window.
    BatchPlan plan = onboardPlan({QStringLiteral("ad-a1"), QStringLiteral("ad-a2")}, QStringLiteral("test-fr1"));
    plan.targets << onboardPlan({QStringLiteral("ad-b1")}, QStringLiteral("other-region")).targets;
    BatchApplier applier(m_api.m_client.get());
    applier.setRegionBudget(1);
    QVERIFY(applier.start(plan));
    QCOMPARE(applier.reservedRequests(), 2);
    QTRY_COMPARE(applier.plan().targets.at(0).count(BatchItem::Status::Done), 2);
    QTRY_COMPARE(applier.plan().targets.at(2).count(BatchItem::Status::Done), 2);
    QTest::qWait(100);
    QCOMPARE(applier.plan().targets.at(1).count(BatchItem::Status::Planned), 2);
    QVERIFY(applier.isRunning());
    applier.cancel();
    QVERIFY(!applier.isRunning());
    QCOMPARE(applier.plan().targets.at(1).count(BatchItem::Status::Cancelled), 2);
    QCOMPARE(posts(QStringLiteral("ad-a2"), QStringLiteral("users")), 0);
}

void TestBatchApplier::maxInFlightPerRegion()
{
    Fake::Script slow;
    slow.delayMs = 200;
    m_api.m_server->script("POST", QStringLiteral("/api/databases/ad-a/firewall_rules"), slow);
    BatchApplier applier(m_api.m_client.get());
    applier.setMaxInFlight(1);
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b")})));
    QTRY_COMPARE(applier.plan().targets.at(0).items.at(0).status, BatchItem::Status::Running);
    QTest::qWait(100);
    QCOMPARE(posts(QStringLiteral("ad-b"), QStringLiteral("firewall_rules")), 0); // waits for its turn
    QVERIFY(run(applier));
    QCOMPARE(applier.plan().count(BatchItem::Status::Done), 4);
}

void TestBatchApplier::rateLimitedWriteWaitsThenResends()
{
    // Over the limit anyway (another window): 429 with Retry-After. The write was refused, not applied: sent again
    // after the wait, and it is the only one resent.
    Fake::Response limited = Fake::Response::error(429, QStringLiteral("Too many requests"));
    limited.headers << qMakePair(QByteArray("Retry-After"), QByteArray("1"));
    m_api.m_server->respondOnce("POST", QStringLiteral("/api/databases/ad-a/firewall_rules"), limited);
    BatchApplier applier(m_api.m_client.get());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b")})));
    QVERIFY(run(applier));
    QVERIFY(timer.elapsed() >= 900);
    QCOMPARE(applier.rateLimited(), 1);
    QCOMPARE(applier.plan().count(BatchItem::Status::Done), 4);
    QCOMPARE(posts(QStringLiteral("ad-a"), QStringLiteral("firewall_rules")), 2);
    QCOMPARE(m_rules.value(QStringLiteral("ad-a")).size(), 1);
    QCOMPARE(posts(QStringLiteral("ad-b"), QStringLiteral("firewall_rules")), 1);
}

void TestBatchApplier::cancelWhileWaitingForTheLimit()
{
    m_api.m_server->respondOnce("POST", QStringLiteral("/api/databases/ad-a/firewall_rules"),
                                Fake::Response::error(429, QStringLiteral("Too many requests")));
    BatchApplier applier(m_api.m_client.get());
    applier.setRateLimitedPause(60000);
    QVERIFY(applier.start(onboardPlan({QStringLiteral("ad-a")})));
    QTRY_COMPARE(applier.rateLimited(), 1);
    QSignalSpy finished(&applier, &BatchApplier::finished);
    applier.cancel();
    QCOMPARE(finished.size(), 1); // nothing in flight: at once
    QCOMPARE(applier.plan().count(BatchItem::Status::Cancelled), 2);
    QVERIFY(applier.retryFailed());
    QVERIFY(run(applier));
    QCOMPARE(applier.plan().count(BatchItem::Status::Done), 2);
    QCOMPARE(m_rules.value(QStringLiteral("ad-a")).size(), 1);
}

void TestBatchApplier::planModelTester()
{
    BatchPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BatchPlan plan = onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b")});
    plan.targets[1].items[1].setVerdict(BatchItem::Verdict::Impossible, QStringLiteral("user name taken"));
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(BatchPlanModel::ColumnCount));
    QCOMPARE(model.index(3, BatchPlanModel::StatusColumn).data().toString(),
             plan.targets.at(1).items.at(1).statusText());
    QVERIFY(model.index(3, BatchPlanModel::StatusColumn).data().toString().contains(QStringLiteral("taken")));
    QCOMPARE(model.index(0, BatchPlanModel::DatabaseColumn).data().toString(), QStringLiteral("app-ad-a"));
    QVERIFY(!model.headerData(BatchPlanModel::ChangeColumn, Qt::Horizontal).toString().isEmpty());

    BatchApplier applier(m_api.m_client.get());
    model.setApplier(&applier);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(applier.start(plan));
    QVERIFY(run(applier));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.data(model.index(0, 0), BatchPlanModel::StatusRole).toInt(), int(BatchItem::Status::Done));
    QCOMPARE(model.itemAt(1).password, QStringLiteral("pw-ad-a-alice"));
    QCOMPARE(model.data(model.index(3, 0), BatchPlanModel::StatusRole).toInt(), int(BatchItem::Status::Impossible));
}

void TestBatchApplier::planModelCheckBoxes()
{
    BatchPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BatchPlan plan = onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b")});
    plan.targets[0].items[0].setVerdict(BatchItem::Verdict::AlreadyThere);
    model.setPlan(plan);
    QVERIFY(!model.data(model.index(1, BatchPlanModel::ChangeColumn), Qt::CheckStateRole).isValid());
    model.setCheckable(true);
    QCOMPARE(model.checkedCount(), 3);
    QVERIFY(!(model.flags(model.index(0, BatchPlanModel::ChangeColumn)) & Qt::ItemIsUserCheckable));
    QVERIFY(model.flags(model.index(1, BatchPlanModel::ChangeColumn)) & Qt::ItemIsUserCheckable);
    QSignalSpy checked(&model, &BatchPlanModel::checkedChanged);
    QVERIFY(model.setData(model.index(2, BatchPlanModel::ChangeColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(3, BatchPlanModel::ChangeColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(checked.size(), 2);
    QCOMPARE(model.checkedCount(), 1);
    const BatchPlan kept = model.checkedPlan();
    QCOMPARE(kept.targets.size(), 1); // ad-b lost both its items
    QCOMPARE(kept.targets.at(0).items.size(), 2);
    QVERIFY(!model.setData(model.index(0, BatchPlanModel::ChangeColumn), Qt::Unchecked, Qt::CheckStateRole));

    // Applying the ticked ones: the model follows the applier's plan, whose items are all ticked.
    BatchApplier applier(m_api.m_client.get());
    model.setApplier(&applier);
    QVERIFY(applier.start(kept));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.checkedCount(), 1); // the rule already there is not one to apply
    QVERIFY(run(applier));
    QCOMPARE(posts(QStringLiteral("ad-b"), QStringLiteral("users")), 0);
    QCOMPARE(posts(QStringLiteral("ad-a"), QStringLiteral("users")), 1);
}

void TestBatchApplier::historyMigratesV0ToV1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        // A file written by the previous Gatehouse (schema v0), with one line.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v0"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                                      "account TEXT, database_key TEXT, database_name TEXT, kind TEXT NOT NULL, "
                                      "object TEXT, details TEXT, outcome TEXT, message TEXT, reason TEXT, "
                                      "undo_of INTEGER DEFAULT 0, undone_by INTEGER DEFAULT 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO history (at, database_key, kind, object, outcome) VALUES "
                                      "('2026-11-30T10:00:00.000Z', 'ad-1', 'rule.created', 'fw-1', 'applied')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v0"));
    {
        HistoryStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
        QCOMPARE(store.count(), 1);
        const QList<HistoryEntry> entries = store.entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(store.setOperation(entries.at(0).id, QStringLiteral("op-1"), QStringLiteral("Onboard Alice")));
        QCOMPARE(store.operationEntries(QStringLiteral("op-1")), QList<qint64>{entries.at(0).id});
    }
    HistoryStore again(path); // opening a v1 file changes nothing
    QVERIFY(again.isOpen());
    QCOMPARE(again.schemaVersion(), 1);
    QCOMPARE(again.operationOf(again.entries().at(0).id).second, QStringLiteral("Onboard Alice"));
    QVERIFY(!again.setOperation(999, QStringLiteral("op-2"), QString()));
}

void TestBatchApplier::historyGroupsLinesByOperation()
{
    QTemporaryDir dir;
    ChangeHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(history.isOpen());
    history.watch(m_api.m_client.get());
    BatchHistory grouping(&history);
    // Connected after the grouping: each line reaches the model before it is marked, and gets its operation when
    // its write ends.
    HistoryModel model;
    model.setHistory(&history);
    BatchApplier applier(m_api.m_client.get());
    grouping.watch(&applier);
    const BatchPlan plan = onboardPlan({QStringLiteral("ad-a"), QStringLiteral("ad-b")});
    QVERIFY(applier.start(plan));
    QVERIFY(run(applier));
    // A write outside the operation is not grouped with it.
    NewDatabaseUser other = user(QStringLiteral("carol"));
    Outcome outside = waitFor(m_api.m_client->createDatabaseUser(
            {*m_api.m_client->defaultRegion(), QStringLiteral("app-ad-a"), QStringLiteral("ad-a")}, other));
    QVERIFY(outside.success);
    const QList<qint64> ids = history.store()->operationEntries(plan.operationId);
    QCOMPARE(ids.size(), 4); // one line per database and object
    for (qint64 id : ids) {
        QCOMPARE(history.store()->operationOf(id).second, QStringLiteral("Onboard Alice"));
        QCOMPARE(model.index(model.rowOfId(id), HistoryModel::OperationColumn).data().toString(),
                 QStringLiteral("Onboard Alice"));
    }
    QCOMPARE(history.entries().size(), 5);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(model.rowCount() - 1, HistoryModel::OperationColumn).data().toString(), QString());
}

QTEST_GUILESS_MAIN(TestBatchApplier)
#include "tst_batchapplier.moc"
