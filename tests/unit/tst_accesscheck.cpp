// Issue 16: the access check's plain-language outcomes (libpq's answers and SQLSTATEs mapped to a message and a
// fix), its model contract, the rules model's "admits this computer" role and the propagation timings.
#include "domain/firewallrule.h"
#include "models/accesscheck.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"
#include "models/propagationwatcher.h"
#include "pg/pgerror.h"
#include "testrules.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using TestRules::custom;
using TestRules::RulesModel;

using Fix = AccessCheck::Fix;
using State = AccessCheck::State;

class TestAccessCheck : public QObject
{
    Q_OBJECT

private slots:
    void loginOutcomes_data();
    void loginOutcomes();
    void tlsOutcomes_data();
    void tlsOutcomes();
    void tcpOutcomes();
    void ipv6Only();
    void modelContractAndCancel();
    void rulesMarkThisComputer();
    void propagationTimings();
};

void TestAccessCheck::loginOutcomes_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<int>("fix");
    QTest::addColumn<QString>("says");

    const QString pw = QStringLiteral("connection to server at \"db\" (10.0.0.1), port 5432 failed: FATAL:  password "
                                      "authentication failed for user \"alice\"");
    QTest::newRow("28P01 listed user: wrong password")
            << QString() << pw << true << int(Fix::ResetPassword) << QStringLiteral("password of alice is wrong");
    QTest::newRow("28P01 unlisted user: unknown")
            << QString() << pw << false << int(Fix::ChooseUser) << QStringLiteral("no user alice");
    QTest::newRow("28P01 by SQLSTATE") << QStringLiteral("28P01") << QStringLiteral("anything") << true
                                       << int(Fix::ResetPassword) << QStringLiteral("wrong");
    QTest::newRow("28000 pg_hba") << QString()
                                  << QStringLiteral("FATAL:  no pg_hba.conf entry for host \"203.0.113.7\", user "
                                                    "\"alice\", database \"db\", SSL encryption")
                                  << true << int(Fix::AllowMyIp) << QStringLiteral("refuses this computer");
    QTest::newRow("28000 role missing") << QStringLiteral("28000") << QStringLiteral("role \"alice\" does not exist")
                                        << true << int(Fix::ChooseUser) << QStringLiteral("no user alice");
    QTest::newRow("53300 server full") << QString() << QStringLiteral("FATAL:  sorry, too many clients already") << true
                                       << int(Fix::Retry) << QStringLiteral("Too many connections");
    QTest::newRow("53300 role limit") << QString() << QStringLiteral("FATAL:  too many connections for role \"alice\"")
                                      << true << int(Fix::Retry) << QStringLiteral("connection limit");
    QTest::newRow("53300 reserved slots")
            << QString() << QStringLiteral("FATAL:  remaining connection slots are reserved for roles with SUPERUSER")
            << true << int(Fix::Retry) << QStringLiteral("Too many connections");
    QTest::newRow("53300 by SQLSTATE") << QStringLiteral("53300") << QStringLiteral("x") << true << int(Fix::Retry)
                                       << QStringLiteral("Too many connections");
    QTest::newRow("starting up") << QString() << QStringLiteral("FATAL:  the database system is starting up") << true
                                 << int(Fix::Retry) << QStringLiteral("starting or stopping");
}

void TestAccessCheck::loginOutcomes()
{
    QFETCH(QString, sqlState);
    QFETCH(QString, text);
    QFETCH(bool, listed);
    QFETCH(int, fix);
    QFETCH(QString, says);
    PgError error = sqlState.isEmpty() ? PgError::fromConnectionMessage(text) : PgError::fromSqlState(sqlState, text);
    const AccessCheck::Outcome outcome = AccessCheck::loginOutcome(error, QStringLiteral("alice"), listed);
    QCOMPARE(outcome.state, State::Failed);
    QCOMPARE(int(outcome.fix), fix);
    QVERIFY2(outcome.message.contains(says), qPrintable(outcome.message));
}

void TestAccessCheck::tlsOutcomes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong host") << QStringLiteral("server certificate for \"wrong-host.invalid\" does not match host "
                                                  "name \"127.0.0.1\"")
                                << QStringLiteral("another name (wrong-host.invalid)");
    QTest::newRow("untrusted") << QStringLiteral("SSL error: certificate verify failed")
                               << QStringLiteral("not signed by Scalingo's certificate authority");
    QTest::newRow("expired") << QStringLiteral("SSL error: certificate has expired") << QStringLiteral("expired");
    QTest::newRow("no TLS") << QStringLiteral("server does not support SSL, but SSL was required")
                            << QStringLiteral("does not accept encrypted");
}

void TestAccessCheck::tlsOutcomes()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const PgError error = PgError::fromConnectionMessage(text);
    QCOMPARE(error.kind(), PgError::Kind::Tls);
    const AccessCheck::Outcome outcome = AccessCheck::tlsOutcome(error);
    QCOMPARE(outcome.state, State::Failed);
    QVERIFY2(outcome.message.contains(says), qPrintable(outcome.message));
    // A TLS failure seen at login time is worded the same way.
    QCOMPARE(AccessCheck::loginOutcome(error, QStringLiteral("alice"), true).message, outcome.message);
}

void TestAccessCheck::tcpOutcomes()
{
    const auto refused = AccessCheck::tcpOutcome(QAbstractSocket::ConnectionRefusedError, QStringLiteral("db.example"),
                                                 5432, QStringLiteral("Connection refused"));
    QVERIFY(refused.message.contains(QStringLiteral("Refused")));
    QVERIFY(refused.message.contains(QStringLiteral("5432")));
    const auto unknown = AccessCheck::tcpOutcome(QAbstractSocket::HostNotFoundError, QStringLiteral("db.example"), 5432,
                                                 QString());
    QVERIFY(unknown.message.contains(QStringLiteral("could not be found")));
    // A timeout is named as such; with no rule admitting us the firewall is the likely cause and the fix.
    const auto dropped = AccessCheck::tcpTimeoutOutcome(10, false);
    QVERIFY(dropped.message.contains(QStringLiteral("No answer within 10 second")));
    QCOMPARE(dropped.fix, Fix::AllowMyIp);
    const auto blockedHere = AccessCheck::tcpTimeoutOutcome(10, true);
    QCOMPARE(blockedHere.fix, Fix::Retry);
    QVERIFY(blockedHere.message.contains(QStringLiteral("this network")));
}

void TestAccessCheck::ipv6Only()
{
    const QHostAddress loop4(QStringLiteral("127.0.0.1"));
    const QHostAddress loop6(QStringLiteral("::1"));
    const QHostAddress global6(QStringLiteral("2001:db8::5"));
    const QHostAddress linkLocal6(QStringLiteral("fe80::1"));
    const QHostAddress lan4(QStringLiteral("192.168.1.20"));
    QVERIFY(AccessCheck::looksIpv6Only({loop4, loop6, linkLocal6, global6}));
    QVERIFY(!AccessCheck::looksIpv6Only({loop4, lan4, global6}));
    QVERIFY(!AccessCheck::looksIpv6Only({loop4, loop6}));
}

void TestAccessCheck::modelContractAndCancel()
{
    AccessCheck check(nullptr);
    QAbstractItemModelTester tester(&check, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(check.rowCount(), int(AccessCheck::StepCount));
    QVERIFY(!check.data(QModelIndex(), Qt::DisplayRole).isValid()); // quietly, like the other models
    QCOMPARE(check.verdict(), AccessCheck::Verdict::Unknown);
    QVERIFY(check.summary().contains(QStringLiteral("not checked")));
    // No client, no session, no URI: every step ends with a reason, none stays Running, and it never blocks.
    QSignalSpy finished(&check, &AccessCheck::finished);
    check.start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!check.isRunning());
    for (int step = 0; step < AccessCheck::StepCount; ++step) {
        const auto state = check.state(AccessCheck::Step(step));
        QVERIFY(state == State::Skipped || state == State::Failed);
        QVERIFY(!check.message(AccessCheck::Step(step)).isEmpty() || step >= AccessCheck::TlsStep);
        QCOMPARE(check.index(step).data(AccessCheck::StateRole).value<State>(), state);
    }
    QCOMPARE(check.state(AccessCheck::TcpStep), State::Failed);

    // A run against a port that never answers (a TEST-NET address) is cancellable.
    check.setConnectionUriOverride(QStringLiteral("postgresql://u:p@192.0.2.1:5432/db?sslmode=require"));
    check.setTimeouts(60000, 60000);
    check.start();
    QTRY_COMPARE(check.state(AccessCheck::TcpStep), State::Running);
    check.cancel();
    QVERIFY(!check.isRunning());
    QCOMPARE(check.state(AccessCheck::TcpStep), State::Skipped);
    QCOMPARE(check.message(AccessCheck::TcpStep), QStringLiteral("Cancelled."));
    QCOMPARE(check.state(AccessCheck::LoginStep), State::Skipped);
}

void TestAccessCheck::rulesMarkThisComputer()
{
    RulesModel rules;
    QAbstractItemModelTester tester(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rules.setRules({custom(QStringLiteral("r1"), QStringLiteral("203.0.113.0/24")),
                    custom(QStringLiteral("r2"), QStringLiteral("198.51.100.7/32"))});
    QCOMPARE(rules.rowCount(), 2);
    const QModelIndex first = rules.index(0, FirewallRulesModel::TargetColumn);
    QVERIFY(!first.data(ModelRoles::AdmitsThisComputerRole).toBool());
    QSignalSpy changed(&rules, &QAbstractItemModel::dataChanged);
    rules.setThisComputerAddress(QStringLiteral("203.0.113.9"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(first.data(ModelRoles::AdmitsThisComputerRole).toBool());
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("admits this computer (203.0.113.9)")));
    QVERIFY(!rules.index(1, FirewallRulesModel::TargetColumn).data(ModelRoles::AdmitsThisComputerRole).toBool());
    rules.setThisComputerAddress(QStringLiteral("203.0.113.9"));
    QCOMPARE(changed.count(), 1); // unchanged: no signal
}

void TestAccessCheck::propagationTimings()
{
    // Scalingo announces ~2 minutes: probes from 5 s, backoff up to 30 s, a refusal is reported after 5 minutes.
    const auto scalingo = PropagationWatcher::Timings::forDelay(120);
    QCOMPARE(scalingo.expectedMs, 120000);
    QCOMPARE(scalingo.deadlineMs, 300000);
    QCOMPARE(scalingo.firstProbeMs, 5000);
    QCOMPARE(scalingo.maxProbeIntervalMs, 30000);
    const auto instant = PropagationWatcher::Timings::forDelay(0);
    QCOMPARE(instant.expectedMs, 0);
    QVERIFY(instant.deadlineMs > 0);

    // A change that does not concern this computer can only be waited for.
    PropagationWatcher watcher;
    PropagationWatcher::Timings timings;
    timings.expectedMs = 200;
    watcher.setTimings(timings);
    watcher.start(QStringLiteral("The rule for 198.51.100.0/24"), false);
    QCOMPARE(watcher.state(), PropagationWatcher::State::Applying);
    QVERIFY(watcher.statusText().contains(QStringLiteral("applying")));
    QTRY_COMPARE(watcher.state(), PropagationWatcher::State::Waited);
    QVERIFY(watcher.statusText().contains(QStringLiteral("should now be applied")));
}

QTEST_GUILESS_MAIN(TestAccessCheck)
#include "tst_accesscheck.moc"
