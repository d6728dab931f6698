// Offboarding and copying rules across databases, the pure parts: which rules and users a search finds
// (OffboardQuery), what copying rules to a database would do (RuleCopy: existing → skipped, quota 30 → impossible,
// managed range missing in the target's region), and a deletion in a database that is not open recorded with what
// the rule admitted (ChangeHistory::describeRule), so it can be undone.
#include "api/apiclient.h"
#include "domain/offboardquery.h"
#include "domain/rulecopy.h"
#include "domain/ruleexpiry.h"
#include "history/changehistory.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

FirewallRule custom(const QString &id, const QString &cidr, const QString &label = QString())
{
    FirewallRule rule;
    rule.id = id;
    rule.cidr = cidr;
    rule.label = label;
    return rule;
}

FirewallRule managed(const QString &id, const QString &rangeId)
{
    FirewallRule rule;
    rule.id = id;
    rule.type = FirewallRule::Type::Managed;
    rule.rangeId = rangeId;
    return rule;
}

DatabaseUser user(const QString &name, bool isProtected = false)
{
    DatabaseUser u;
    u.name = name;
    u.isProtected = isProtected;
    return u;
}

} // namespace

class TestOffboard : public QObject
{
    Q_OBJECT

private slots:
    void queryMatchesLabelsAndNames();
    void queryMatchesNetworks();
    void queryNeverOffersProtectedOrManaged();
    void copySkipsExistingAndStopsAtQuota();
    void copyChecksManagedRangesAndExpiry();
    void describedDeletionCanBeUndone();
};

void TestOffboard::queryMatchesLabelsAndNames()
{
    const OffboardQuery query(QStringLiteral("  Alice "));
    QCOMPARE(query.text(), QStringLiteral("Alice"));
    QVERIFY(!query.isEmpty());
    QVERIFY(!query.network());
    QVERIFY(query.matches(custom(QStringLiteral("r1"), QStringLiteral("1.2.3.4/32"), QStringLiteral("alice laptop"))));
    QVERIFY(query.matches(custom(QStringLiteral("r2"), QStringLiteral("1.2.3.4/32"),
                                 RuleExpiry::compose(QStringLiteral("ALICE home"),
                                                     QDateTime(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC)))));
    QVERIFY(!query.matches(custom(QStringLiteral("r3"), QStringLiteral("1.2.3.4/32"), QStringLiteral("bob"))));
    QVERIFY(!query.matches(custom(QStringLiteral("r4"), QStringLiteral("1.2.3.4/32"))));
    QCOMPARE(query.whyMatches(custom(QStringLiteral("r1"), QStringLiteral("1.2.3.4/32"), QStringLiteral("alice"))),
             QStringLiteral("label"));
    QVERIFY(query.matches(user(QStringLiteral("alice"))));
    QVERIFY(query.matches(user(QStringLiteral("alice_ro"))));
    QVERIFY(!query.matches(user(QStringLiteral("bob"))));
    // Only what was asked for.
    QVERIFY(!OffboardQuery(QStringLiteral("alice"), false, true)
                     .matches(custom(QStringLiteral("r1"), QStringLiteral("1.2.3.4/32"), QStringLiteral("alice"))));
    QVERIFY(!OffboardQuery(QStringLiteral("alice"), true, false).matches(user(QStringLiteral("alice"))));
    QVERIFY(OffboardQuery(QStringLiteral("   ")).isEmpty());
    QVERIFY(OffboardQuery(QStringLiteral("alice"), false, false).isEmpty());
    QVERIFY(!OffboardQuery(QString()).matches(user(QStringLiteral("alice"))));
}

void TestOffboard::queryMatchesNetworks()
{
    const OffboardQuery address(QStringLiteral("203.0.113.7"));
    QVERIFY(address.network());
    QCOMPARE(address.whyMatches(custom(QStringLiteral("a"), QStringLiteral("203.0.113.7/32"))),
             QStringLiteral("same network"));
    QCOMPARE(address.whyMatches(custom(QStringLiteral("b"), QStringLiteral("203.0.113.0/24"))),
             QStringLiteral("admits 203.0.113.7"));
    QVERIFY(!address.matches(custom(QStringLiteral("c"), QStringLiteral("203.0.114.0/24"))));
    // Wider than the address searched for: offered unticked (a shared network).
    QVERIFY(address.isWiderThanSearched(custom(QStringLiteral("b"), QStringLiteral("203.0.113.0/24"))));
    QVERIFY(!address.isWiderThanSearched(custom(QStringLiteral("a"), QStringLiteral("203.0.113.7/32"))));
    QVERIFY(!OffboardQuery(QStringLiteral("alice")).isWiderThanSearched(custom(QStringLiteral("b"), QStringLiteral("0.0.0.0/0"))));
    // An address is compared as a network, never as text: 10.0.0.1 is not 10.0.0.10.
    QVERIFY(!OffboardQuery(QStringLiteral("10.0.0.1")).matches(custom(QStringLiteral("d"), QStringLiteral("10.0.0.10/32"))));
    const OffboardQuery network(QStringLiteral("198.51.100.0/24"));
    QCOMPARE(network.whyMatches(custom(QStringLiteral("e"), QStringLiteral("198.51.100.9/32"))),
             QStringLiteral("inside 198.51.100.0/24"));
    QVERIFY(network.matches(custom(QStringLiteral("f"), QStringLiteral("198.51.0.0/16"))));
    // Part of an address (not one itself): a plain text search in the CIDR.
    const OffboardQuery partial(QStringLiteral("198.51.100."));
    QVERIFY(!partial.network());
    QCOMPARE(partial.whyMatches(custom(QStringLiteral("g"), QStringLiteral("198.51.100.9/32"))),
             QStringLiteral("network"));
}

void TestOffboard::queryNeverOffersProtectedOrManaged()
{
    const OffboardQuery query(QStringLiteral("my"));
    QVERIFY(!query.matches(user(QStringLiteral("my_postgres_db"), true)));
    QVERIFY(query.matches(user(QStringLiteral("my_colleague"))));
    QVERIFY(!query.matches(managed(QStringLiteral("m"), QStringLiteral("my-range"))));
}

void TestOffboard::copySkipsExistingAndStopsAtQuota()
{
    const QDateTime now(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    const QList<FirewallRule> source{custom(QStringLiteral("s1"), QStringLiteral("10.1.0.0/16"), QStringLiteral("office")),
                                     custom(QStringLiteral("s2"), QStringLiteral("203.0.113.7/32"), QStringLiteral("alice")),
                                     custom(QStringLiteral("s3"), QStringLiteral("198.51.100.0/24")),
                                     custom(QStringLiteral("s4"), QStringLiteral("198.51.100.0/24"), QStringLiteral("dup"))};
    // The target has 10.1.0.0/16 already (written with host bits: still the same network).
    QList<FirewallRule> target{custom(QStringLiteral("t1"), QStringLiteral("10.1.2.3/16"))};
    QList<RuleCopy> plan = RuleCopy::plan(source, target, 30, std::nullopt, now);
    QCOMPARE(plan.size(), 4);
    QCOMPARE(plan.at(0).verdict, RuleCopy::Verdict::Exists);
    QVERIFY(plan.at(0).isSkipped());
    QVERIFY(!plan.at(0).reason.isEmpty());
    QCOMPARE(plan.at(1).verdict, RuleCopy::Verdict::Create);
    QCOMPARE(plan.at(1).rule().cidr, QStringLiteral("203.0.113.7/32"));
    QCOMPARE(plan.at(1).rule().label, QStringLiteral("alice"));
    QCOMPARE(plan.at(2).verdict, RuleCopy::Verdict::Create);
    QCOMPARE(plan.at(3).verdict, RuleCopy::Verdict::Exists); // the same network twice in the source: sent once

    // 28 rules in the target: two more fit, the third does not.
    target.clear();
    for (int i = 0; i < 28; ++i)
        target.append(custom(QStringLiteral("t%1").arg(i), QStringLiteral("10.9.%1.0/24").arg(i)));
    plan = RuleCopy::plan(source, target, 30, std::nullopt, now);
    QCOMPARE(plan.at(0).verdict, RuleCopy::Verdict::Create);
    QCOMPARE(plan.at(1).verdict, RuleCopy::Verdict::Create);
    QCOMPARE(plan.at(2).verdict, RuleCopy::Verdict::OverQuota);
    QVERIFY(!plan.at(2).willCreate());
    QVERIFY(!plan.at(2).isSkipped());
    QVERIFY(plan.at(2).reason.contains(QLatin1String("30")));
}

void TestOffboard::copyChecksManagedRangesAndExpiry()
{
    const QDateTime now(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    const QList<FirewallRule> source{
            managed(QStringLiteral("m1"), QStringLiteral("mr-a")), managed(QStringLiteral("m2"), QStringLiteral("mr-b")),
            custom(QStringLiteral("c1"), QStringLiteral("1.2.3.4/32"), RuleExpiry::compose(QStringLiteral("old"), now.addSecs(-60))),
            custom(QStringLiteral("c2"), QStringLiteral("1.2.3.5/32"), RuleExpiry::compose(QStringLiteral("new"), now.addSecs(3600)))};
    const QList<RuleCopy> plan
            = RuleCopy::plan(source, {managed(QStringLiteral("x"), QStringLiteral("mr-b"))}, 30,
                             QStringList{QStringLiteral("mr-b")}, now);
    QCOMPARE(plan.at(0).verdict, RuleCopy::Verdict::NoSuchRange);
    QCOMPARE(plan.at(1).verdict, RuleCopy::Verdict::Exists);
    QCOMPARE(plan.at(2).verdict, RuleCopy::Verdict::Expired);
    QCOMPARE(plan.at(3).verdict, RuleCopy::Verdict::Create);
    QCOMPARE(plan.at(3).rule().label, source.at(3).label); // keeps its expiry: the target's sweeper removes it too
    // Ranges not known: the managed rule is tried (the server decides).
    QCOMPARE(RuleCopy::plan(source, {}, 30, std::nullopt, now).at(0).verdict, RuleCopy::Verdict::Create);
    QCOMPARE(RuleCopy::plan(source, {}, 30, std::nullopt, now).at(0).rule().rangeId, QStringLiteral("mr-a"));
}

void TestOffboard::describedDeletionCanBeUndone()
{
    QTemporaryDir dir;
    ChangeHistory history(dir.filePath(QStringLiteral("h.sqlite")));
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    history.watch(&client);
    history.describeRule(QStringLiteral("ad-9"),
                         custom(QStringLiteral("rule-9"), QStringLiteral("203.0.113.7/32"), QStringLiteral("alice")));
    QSignalSpy recorded(&history, &ChangeHistory::recorded);
    WriteEvent event;
    event.id = 1;
    event.kind = WriteEvent::Kind::RuleDeleted;
    event.object = QStringLiteral("rule-9");
    event.database.addonId = QStringLiteral("ad-9");
    emit client.writeStarted(event);
    event.outcome = WriteEvent::Outcome::Applied;
    emit client.writeFinished(event);
    QCOMPARE(recorded.count(), 1);
    const HistoryEntry entry = *history.entry(recorded.at(0).at(0).value<HistoryEntry>().id);
    QCOMPARE(entry.details.value(QLatin1String("cidr")).toString(), QStringLiteral("203.0.113.7/32"));
    QCOMPARE(entry.details.value(QLatin1String("label")).toString(), QStringLiteral("alice"));
    QVERIFY2(ChangeHistory::undoRefusal(entry).isEmpty(), qPrintable(ChangeHistory::undoRefusal(entry)));
    // Used once: another deletion of the same id (in another database) learns nothing from it.
    event.id = 2;
    event.outcome = WriteEvent::Outcome::Pending;
    emit client.writeStarted(event);
    QVERIFY(!recorded.at(1).at(0).value<HistoryEntry>().details.contains(QLatin1String("cidr")));
}

QTEST_GUILESS_MAIN(TestOffboard)
#include "tst_offboard.moc"
