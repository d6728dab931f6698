// Temporary rules against FakeApiServer: the label PATCH and its reconciliation after a lost reply, and the
// ExpirySweeper (expiry on time, catch-up on opening, a rule extended meanwhile is kept, other databases of the run,
// failed deletions retried with backoff and reported). Time is a TestClock: nothing sleeps until an expiry.
#include "api/apiclient.h"
#include "apiclientfixture.h"
#include "common/clock.h"
#include "domain/firewallrule.h"
#include "domain/ruleexpiry.h"
#include "models/databaseusersmodel.h"
#include "models/expirysweeper.h"
#include "models/firewallrulesmodel.h"
#include "models/lastseentracker.h"
#include "models/modelroles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ApiTest;
using Fault = FakeApiServer::Fault;

namespace {
const QDateTime kStart(QDate(2026, 12, 1), QTime(14, 2), Qt::UTC);
}

class TestTemporaryRules : public QObject, private ApiClientFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void relabelSendsRootedLabel();
    void relabelLostReplyIsReconciled();
    void relabelNotAppliedIsEstablished();
    void relabelOfVanishedRuleIsNotFound();
    void modelShowsExpiry();
    void sweeperDeletesOnTime();
    void sweeperCatchesUpWhenOpening();
    void sweeperKeepsARuleExtendedMeanwhile();
    void sweeperRetriesFailedDeletion();
    void sweeperStopsRetryingWhenForgotten();
    void sweeperCoversDatabasesOpenedEarlier();
    void sweptRulesAreNotSomeoneElsesRemovals();

private:
    QString addRule(const QString &cidr, const QString &label);
    QString labelOf(const QString &id) const;
    bool loadModel();

    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<FirewallRulesModel> m_model;
    std::unique_ptr<ExpirySweeper> m_sweeper;
};

void TestTemporaryRules::init()
{
    QVERIFY(start(-1));
    // The fake server has no PATCH of its own: the contract's §5.4 (label only, `{"rule"}` answer).
    m_server->route("PATCH", QStringLiteral("/api/databases/ad-1111/firewall_rules/[^/]+"),
                    [this](const FakeApiServer::Request &r) {
                        const QString id = r.path.section(QLatin1Char('/'), -1);
                        const QJsonObject body = r.json().value(QStringLiteral("firewall_rule")).toObject();
                        for (qsizetype i = 0; i < m_server->rules.size(); ++i) {
                            QJsonObject rule = m_server->rules.at(i).toObject();
                            if (rule.value(QStringLiteral("id")).toString() != id)
                                continue;
                            rule.insert(QStringLiteral("label"), body.value(QStringLiteral("label")));
                            m_server->rules[i] = rule;
                            return FakeApiServer::Response::json(200, {{QStringLiteral("rule"), rule}});
                        }
                        return FakeApiServer::Response::error(404, QStringLiteral("rule not found"));
                    });
    QVERIFY(waitFor(m_client->listFirewallRules(ref())).success); // warm tokens
    m_server->clearRequests();
    m_clock = std::make_unique<TestClock>(kStart);
    m_model = std::make_unique<FirewallRulesModel>();
    m_model->setClock(m_clock.get());
    m_sweeper = std::make_unique<ExpirySweeper>(m_client.get());
    m_sweeper->setClock(m_clock.get());
    m_sweeper->setRetryDelays({50, 100});
    m_sweeper->setModel(m_model.get());
}

void TestTemporaryRules::cleanup()
{
    m_sweeper.reset();
    m_model.reset();
    m_clock.reset();
    reset();
}

QString TestTemporaryRules::addRule(const QString &cidr, const QString &label)
{
    const Outcome out = waitFor(
            m_client->createFirewallRule(ref(), NewFirewallRule{FirewallRule::Type::Custom, cidr, label, QString()}));
    return out.value.value<FirewallRule>().id;
}

QString TestTemporaryRules::labelOf(const QString &id) const
{
    for (const QJsonValue &rule : m_server->rules)
        if (rule.toObject().value(QStringLiteral("id")).toString() == id)
            return rule.toObject().value(QStringLiteral("label")).toString();
    return QStringLiteral("<gone>");
}

bool TestTemporaryRules::loadModel()
{
    QSignalSpy loaded(m_model.get(), &ResourceModel::loaded);
    m_model->reload();
    return loaded.wait(3000);
}

void TestTemporaryRules::relabelSendsRootedLabel()
{
    const QString id = addRule(QStringLiteral("198.51.100.7/32"), QStringLiteral("Alice"));
    const QString label = RuleExpiry::compose(QStringLiteral("Alice"), kStart.addSecs(3600));
    const Outcome out = waitFor(m_client->updateFirewallRuleLabel(ref(), id, label));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QCOMPARE(out.value.value<FirewallRule>().label, label);
    QVERIFY(!out.reconciled);
    const FakeApiServer::Request sent = m_server->requests().last();
    QCOMPARE(sent.method, QByteArray("PATCH"));
    QCOMPARE(sent.json(),
             (QJsonObject{{QStringLiteral("firewall_rule"), QJsonObject{{QStringLiteral("label"), label}}}}));
    QCOMPARE(labelOf(id), label);
}

void TestTemporaryRules::relabelLostReplyIsReconciled()
{
    const QString id = addRule(QStringLiteral("198.51.100.7/32"), QStringLiteral("Alice"));
    m_server->faultOnce("PATCH", QStringLiteral(".*"), Fault::DropReply); // applied, answer lost
    const Outcome out = waitFor(m_client->updateFirewallRuleLabel(ref(), id, QStringLiteral("Alice")));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QVERIFY(out.reconciled);
    QCOMPARE(out.value.value<FirewallRule>().id, id);
    QCOMPARE(m_server->count("PATCH", QStringLiteral(".*")), 1); // read back, never sent twice
    QCOMPARE(m_server->count("GET", QStringLiteral(".*/firewall_rules")), 1);

    // Lost after applying a real change: the listing shows the new label.
    const QString extended = RuleExpiry::compose(QStringLiteral("Alice"), kStart.addDays(7));
    m_server->faultOnce("PATCH", QStringLiteral(".*"), Fault::None, 600); // applied, answered too late
    const Outcome late = waitFor(m_client->updateFirewallRuleLabel(ref(), id, extended));
    QVERIFY2(late.success, qPrintable(late.error.message()));
    QVERIFY(late.reconciled);
    QCOMPARE(late.value.value<FirewallRule>().label, extended);
    QCOMPARE(m_server->count("PATCH", QStringLiteral(".*")), 2);
}

void TestTemporaryRules::relabelNotAppliedIsEstablished()
{
    const QString id = addRule(QStringLiteral("198.51.100.7/32"), QStringLiteral("Alice"));
    m_server->faultOnce("PATCH", QStringLiteral(".*"), Fault::CloseBeforeHandling);
    const Outcome out = waitFor(m_client->updateFirewallRuleLabel(ref(), id, QStringLiteral("Bob")));
    QVERIFY(!out.success);
    QVERIFY(out.reconciled); // listed: still the old label
    QVERIFY(out.error.kind() != ApiError::Kind::Unknown);
    QCOMPARE(labelOf(id), QStringLiteral("Alice"));
    QCOMPARE(m_server->count("PATCH", QStringLiteral(".*")), 1);
}

void TestTemporaryRules::relabelOfVanishedRuleIsNotFound()
{
    const QString id = addRule(QStringLiteral("198.51.100.7/32"), QStringLiteral("Alice"));
    const Outcome gone = waitFor(m_client->updateFirewallRuleLabel(ref(), QStringLiteral("fw-404"), QString()));
    QCOMPARE(gone.error.kind(), ApiError::Kind::NotFound);
    // Lost reply, and someone deleted the rule meanwhile.
    m_server->script("PATCH", QStringLiteral(".*"), {Fault::CloseBeforeHandling, 0, std::nullopt});
    m_server->rules = {};
    const Outcome out = waitFor(m_client->updateFirewallRuleLabel(ref(), id, QStringLiteral("Bob")));
    QCOMPARE(out.error.kind(), ApiError::Kind::NotFound);
    QVERIFY(out.reconciled);
}

void TestTemporaryRules::modelShowsExpiry()
{
    addRule(QStringLiteral("198.51.100.7/32"),
            RuleExpiry::compose(QStringLiteral("A"), kStart.addSecs(2 * 3600 + 600)));
    addRule(QStringLiteral("198.51.100.8/32"), QStringLiteral("Office \u00B7 until tomorrow")); // not ours
    addRule(QStringLiteral("198.51.100.9/32"), RuleExpiry::compose(QStringLiteral("C"), kStart.addSecs(45 * 60)));
    m_model->bind(m_client.get(), ref());
    QVERIFY(loadModel());
    const auto cell = [this](int row) { return m_model->index(row, FirewallRulesModel::ExpiresColumn); };
    QCOMPARE(cell(0).data().toString(), QStringLiteral("expires in 2 h 10 min"));
    QCOMPARE(cell(1).data().toString(), QString());
    QCOMPARE(cell(2).data().toString(), QStringLiteral("expires in 45 min"));
    QVERIFY(!cell(1).data(ModelRoles::ExpiryRole).toDateTime().isValid());
    // Sorted by expiry, permanent rules last.
    QVERIFY(cell(2).data(ModelRoles::RawRole).toLongLong() < cell(0).data(ModelRoles::RawRole).toLongLong());
    QVERIFY(cell(0).data(ModelRoles::RawRole).toLongLong() < cell(1).data(ModelRoles::RawRole).toLongLong());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advance(2 * 3600 + 5 * 60);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cell(0).data().toString(), QStringLiteral("expires in 5 min"));
}

void TestTemporaryRules::sweeperDeletesOnTime()
{
    const QString soon = addRule(QStringLiteral("198.51.100.7/32"),
                                 RuleExpiry::compose(QStringLiteral("Alice"), kStart.addSecs(3600)));
    const QString later = addRule(QStringLiteral("198.51.100.8/32"),
                                  RuleExpiry::compose(QStringLiteral("Bob"), kStart.addSecs(8 * 3600)));
    const QString permanent = addRule(QStringLiteral("198.51.100.9/32"), QStringLiteral("Office"));
    m_model->bind(m_client.get(), ref());
    QVERIFY(loadModel());
    QCOMPARE(m_sweeper->nextExpiry(), kStart.addSecs(3600));
    QSignalSpy removing(m_sweeper.get(), &ExpirySweeper::removingExpiredRule);
    QSignalSpy removed(m_sweeper.get(), &ExpirySweeper::expiredRuleRemoved);
    QSignalSpy finished(m_sweeper.get(), &ExpirySweeper::sweepFinished);
    m_clock->advance(3599);
    QTest::qWait(100);
    QCOMPARE(m_server->count("DELETE", QStringLiteral(".*")), 0); // one second early: nothing
    m_clock->advance(1);
    QVERIFY(finished.wait(3000));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).value<FirewallRule>().id, soon);
    // Announced before the deletion, so the change history can say why it happened.
    QCOMPARE(removing.size(), 1);
    QCOMPARE(removing.first().at(1).value<FirewallRule>().id, soon);
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QCOMPARE(labelOf(soon), QStringLiteral("<gone>"));
    QCOMPARE(m_model->rowOf(soon), -1); // the table follows
    QVERIFY(m_model->rowOf(later) >= 0 && m_model->rowOf(permanent) >= 0);
    QCOMPARE(m_sweeper->nextExpiry(), kStart.addSecs(8 * 3600));
}

void TestTemporaryRules::sweeperCatchesUpWhenOpening()
{
    // Expired while no Gatehouse was running.
    addRule(QStringLiteral("198.51.100.7/32"), RuleExpiry::compose(QStringLiteral("A"), kStart.addSecs(-3600)));
    addRule(QStringLiteral("198.51.100.8/32"), RuleExpiry::compose(QStringLiteral("B"), kStart.addSecs(-60)));
    const QString kept = addRule(QStringLiteral("198.51.100.9/32"), QStringLiteral("Office"));
    QSignalSpy finished(m_sweeper.get(), &ExpirySweeper::sweepFinished);
    m_model->bind(m_client.get(), ref());
    QVERIFY(loadModel());
    QVERIFY(finished.wait(3000));
    QCOMPARE(finished.first().at(1).toInt(), 2);
    QCOMPARE(finished.first().at(2).toInt(), 0);
    QCOMPARE(m_server->rules.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rules().first().id, kept);
}

void TestTemporaryRules::sweeperKeepsARuleExtendedMeanwhile()
{
    const QString id = addRule(QStringLiteral("198.51.100.7/32"),
                               RuleExpiry::compose(QStringLiteral("Alice"), kStart.addSecs(3600)));
    m_model->bind(m_client.get(), ref());
    QVERIFY(loadModel());
    // Another Gatehouse extends it by a day; ours still believes it expires in an hour.
    const QString extended = RuleExpiry::compose(QStringLiteral("Alice"), kStart.addDays(1));
    QJsonObject rule = m_server->rules.at(0).toObject();
    rule.insert(QStringLiteral("label"), extended);
    m_server->rules[0] = rule;
    QSignalSpy loaded(m_model.get(), &ResourceModel::loaded);
    m_clock->advance(3600);
    QVERIFY(loaded.wait(3000)); // re-read before deleting
    QTest::qWait(100);
    QCOMPARE(m_server->count("DELETE", QStringLiteral(".*")), 0);
    QCOMPARE(labelOf(id), extended);
    QCOMPARE(m_sweeper->nextExpiry(), kStart.addDays(1));
}

void TestTemporaryRules::sweeperRetriesFailedDeletion()
{
    const QString id = addRule(QStringLiteral("198.51.100.7/32"),
                               RuleExpiry::compose(QStringLiteral("Alice"), kStart.addSecs(-60)));
    m_server->respondOnce("DELETE", QStringLiteral(".*"), FakeApiServer::Response::error(403, QStringLiteral("no")));
    m_server->respondOnce("DELETE", QStringLiteral(".*"), FakeApiServer::Response::error(403, QStringLiteral("no")));
    QSignalSpy failed(m_sweeper.get(), &ExpirySweeper::expiredRuleRemovalFailed);
    QSignalSpy removed(m_sweeper.get(), &ExpirySweeper::expiredRuleRemoved);
    m_model->bind(m_client.get(), ref());
    QVERIFY(loadModel());
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 5000);
    // Two failures, each reported with the growing delay before the next attempt; then it went.
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).at(1).value<FirewallRule>().id, id);
    QCOMPARE(failed.at(0).at(2).value<ApiError>().kind(), ApiError::Kind::Forbidden);
    QCOMPARE(failed.at(0).at(3).toInt(), 50);
    QCOMPARE(failed.at(1).at(3).toInt(), 100);
    QCOMPARE(m_server->count("DELETE", QStringLiteral(".*")), 3);
    QVERIFY(m_server->rules.isEmpty());
}

void TestTemporaryRules::sweeperStopsRetryingWhenForgotten()
{
    // Signing out forgets every database: a deletion that failed is not retried with nobody signed in.
    addRule(QStringLiteral("198.51.100.7/32"), RuleExpiry::compose(QStringLiteral("Alice"), kStart.addSecs(-60)));
    m_server->respondOnce("DELETE", QStringLiteral(".*"), FakeApiServer::Response::error(403, QStringLiteral("no")));
    QSignalSpy failed(m_sweeper.get(), &ExpirySweeper::expiredRuleRemovalFailed);
    m_model->bind(m_client.get(), ref());
    QVERIFY(loadModel());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    m_sweeper->forgetAll();
    QCOMPARE(m_sweeper->trackedDatabaseCount(), 0);
    QTest::qWait(300); // well past the 50 ms retry delay
    QCOMPARE(m_server->count("DELETE", QStringLiteral(".*")), 1);
    QCOMPARE(m_server->rules.size(), 1);
}

void TestTemporaryRules::sweeperCoversDatabasesOpenedEarlier()
{
    const QString id = addRule(QStringLiteral("198.51.100.7/32"),
                               RuleExpiry::compose(QStringLiteral("Alice"), kStart.addSecs(600)));
    m_model->bind(m_client.get(), ref());
    QVERIFY(loadModel());
    m_model->bind(nullptr, {}); // another database selected: this one is no longer shown
    QCOMPARE(m_sweeper->trackedDatabaseCount(), 1);
    QSignalSpy removed(m_sweeper.get(), &ExpirySweeper::expiredRuleRemoved);
    m_clock->advance(600);
    QVERIFY(removed.wait(3000));
    QCOMPARE(removed.first().at(0).value<DatabaseRef>().addonId, m_server->addonId());
    QCOMPARE(labelOf(id), QStringLiteral("<gone>"));
}

void TestTemporaryRules::sweptRulesAreNotSomeoneElsesRemovals()
{
    // Last look: a permanent rule, Bob's (removed later by someone else) and Alice's temporary one.
    addRule(QStringLiteral("198.51.100.9/32"), QStringLiteral("Office"));
    const QString bob = addRule(QStringLiteral("198.51.100.8/32"), QStringLiteral("Bob"));
    const QString alice = addRule(QStringLiteral("198.51.100.7/32"),
                                  RuleExpiry::compose(QStringLiteral("Alice"), kStart.addSecs(3600)));
    QTemporaryDir dir;
    DatabaseUsersModel users;
    LastSeenTracker tracker(m_model.get(), &users);
    tracker.setClock(m_clock.get());
    tracker.setStorePath(dir.filePath(QStringLiteral("last-seen.json")));
    tracker.setSweeper(m_sweeper.get());
    const QString key = QStringLiteral("osc-fr1/db-1");
    QSignalSpy usersLoaded(&users, &ResourceModel::loaded);
    tracker.begin(key, true);
    m_model->bind(m_client.get(), ref());
    users.bind(m_client.get(), ref());
    QVERIFY(loadModel());
    users.reload();
    QVERIFY(usersLoaded.wait(3000));
    QVERIFY(tracker.changes().isEmpty()); // a first look compares with nothing
    tracker.end();
    m_model->bind(nullptr, {});
    users.bind(nullptr, {});
    m_sweeper->forgetAll(); // Gatehouse quits: nobody is running when Alice's rule expires

    // Two hours later, someone else deletes Bob's rule; then the database is opened again.
    m_clock->advance(2 * 3600);
    for (qsizetype i = 0; i < m_server->rules.size(); ++i)
        if (m_server->rules.at(i).toObject().value(QStringLiteral("id")).toString() == bob)
            m_server->rules.removeAt(i--);
    QSignalSpy finished(m_sweeper.get(), &ExpirySweeper::sweepFinished);
    tracker.begin(key, true);
    m_model->bind(m_client.get(), ref());
    users.bind(m_client.get(), ref());
    // The rules arrive first and the catch-up deletes Alice's expired rule before the users arrive (the comparison
    // waits for both lists).
    QVERIFY(loadModel());
    QVERIFY(finished.wait(3000));
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QCOMPARE(labelOf(alice), QStringLiteral("<gone>"));
    QCOMPARE(m_model->rowOf(alice), -1);
    users.reload();
    QVERIFY(usersLoaded.wait(3000));
    // Only Bob's rule is someone else's removal; Alice's is the notice "Removed 1 expired temporary rule".
    // (The tracker compares on its own thread: the answer arrives a moment after the lists.)
    QTRY_COMPARE_WITH_TIMEOUT(tracker.changes().removedRules, QStringList{QStringLiteral("198.51.100.8/32 (Bob)")},
                              3000);
    QVERIFY(tracker.changes().addedRules.isEmpty());
    QVERIFY2(!tracker.removedText().contains(QStringLiteral("Alice")), qPrintable(tracker.removedText()));
    QVERIFY2(tracker.summary().contains(QStringLiteral("1 rule")), qPrintable(tracker.summary()));
}

QTEST_GUILESS_MAIN(TestTemporaryRules)
#include "tst_temporaryrules.moc"
