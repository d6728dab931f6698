// "Onboard a person" (issue 18): the default user name, validation, and the plan's verdict per database from what
// the All databases survey knows (quota of 30 rules, user name taken, no user management, classic addons).
#include "domain/ruleexpiry.h"
#include "models/onboardplanner.h"

#include <QTest>

namespace {

AllDatabasesModel::Row dedicated(const QString &id, int rules = 0)
{
    AllDatabasesModel::Row row;
    row.database.id = id;
    row.database.name = id;
    row.database.region = QStringLiteral("osc-fr1");
    row.fetchedAt = QDateTime::currentDateTimeUtc();
    row.state = AllDatabasesModel::State::Ready;
    for (int i = 0; i < rules; ++i) {
        FirewallRule rule;
        rule.id = QStringLiteral("fw-%1").arg(i);
        rule.cidr = QStringLiteral("10.0.%1.0/24").arg(i);
        row.rules << rule;
    }
    return row;
}

OnboardRequest alice()
{
    OnboardRequest request;
    request.who = QStringLiteral("Alice Martin");
    request.cidr = QStringLiteral("203.0.113.7");
    request.createUser = true;
    request.userName = QStringLiteral("alice_martin");
    return request;
}

} // namespace

class TestOnboardPlanner : public QObject
{
    Q_OBJECT

private slots:
    void defaultUserName_data();
    void defaultUserName();
    void validation();
    void labelCarriesExpiry();
    void verdicts();
    void unknownRowsArePlanned();
};

void TestOnboardPlanner::defaultUserName_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two words") << QStringLiteral("Alice Martin") << QStringLiteral("alice_martin");
    QTest::newRow("accents") << QStringLiteral("Élodie Müller") << QStringLiteral("elodie_muller");
    QTest::newRow("short") << QStringLiteral("Bo") << QStringLiteral("bo_user");
    QTest::newRow("digits first") << QStringLiteral("42 Jean-Luc") << QStringLiteral("jean_luc");
    QTest::newRow("symbols only") << QStringLiteral("!!!") << QStringLiteral("user_user");
    QTest::newRow("pg prefix") << QStringLiteral("pg admin") << QStringLiteral("pgu_admin");
    QTest::newRow("long") << QString(40, QLatin1Char('a')) << QString(32, QLatin1Char('a'));
}

void TestOnboardPlanner::defaultUserName()
{
    QFETCH(QString, who);
    QFETCH(QString, expected);
    const QString name = OnboardPlanner::defaultUserName(who);
    QCOMPARE(name, expected);
    QVERIFY2(OnboardPlanner::userNameProblem(name).isEmpty(), qPrintable(name));
}

void TestOnboardPlanner::validation()
{
    QVERIFY(OnboardPlanner::validate(alice()).isEmpty());
    OnboardRequest r = alice();
    r.who = QStringLiteral("  ");
    QVERIFY(!OnboardPlanner::validate(r).isEmpty());
    r = alice();
    r.cidr = QStringLiteral("300.1.1.1");
    QVERIFY(!OnboardPlanner::validate(r).isEmpty());
    r = alice();
    r.userName = QStringLiteral("Alice");
    QVERIFY(!OnboardPlanner::validate(r).isEmpty());
    r.createUser = false;
    QVERIFY(OnboardPlanner::validate(r).isEmpty());
    QVERIFY(!OnboardPlanner::userNameProblem(QStringLiteral("postgres")).isEmpty());
}

void TestOnboardPlanner::labelCarriesExpiry()
{
    OnboardRequest r = alice();
    QCOMPARE(r.ruleLabel(), QStringLiteral("Alice Martin"));
    r.expiresAt = QDateTime(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC);
    const auto parsed = RuleExpiry::parse(r.ruleLabel());
    QVERIFY(parsed);
    QCOMPARE(parsed->person, QStringLiteral("Alice Martin"));
    QCOMPARE(parsed->until, r.expiresAt);
}

void TestOnboardPlanner::verdicts()
{
    AllDatabasesModel::Row free = dedicated(QStringLiteral("free"));
    AllDatabasesModel::Row full = dedicated(QStringLiteral("full"), 30);
    AllDatabasesModel::Row taken = dedicated(QStringLiteral("taken"));
    DatabaseUser existing;
    existing.name = QStringLiteral("alice_martin");
    taken.users << existing;
    AllDatabasesModel::Row noUsers = dedicated(QStringLiteral("nousers"));
    noUsers.usersAvailable = false;
    AllDatabasesModel::Row already = dedicated(QStringLiteral("already"));
    FirewallRule same;
    same.cidr = QStringLiteral("203.0.113.7/32");
    same.label = QStringLiteral("Alice laptop");
    already.rules << same;
    AllDatabasesModel::Row addon = dedicated(QStringLiteral("ad-classic"));
    addon.database.kind = Database::Kind::Addon;

    const QVariantMap cache{{QStringLiteral("osc-fr1/free"), QStringLiteral("ad-free")}};
    const BatchPlan plan = OnboardPlanner::plan(alice(), {free, full, taken, noUsers, already, addon}, cache);
    QCOMPARE(plan.title, QStringLiteral("Onboard Alice Martin"));
    QVERIFY(!plan.operationId.isEmpty());
    QCOMPARE(plan.targets.size(), 6);
    QCOMPARE(plan.targets.at(0).addonId, QStringLiteral("ad-free"));
    QCOMPARE(plan.targets.at(5).addonId, QStringLiteral("ad-classic"));
    const auto verdict = [&](int t, int i) { return plan.targets.at(t).items.at(i).verdict; };
    using V = BatchItem::Verdict;
    QCOMPARE(verdict(0, 0), V::Apply);
    QCOMPARE(verdict(0, 1), V::Apply);
    QCOMPARE(plan.targets.at(0).items.at(0).rule.cidr, QStringLiteral("203.0.113.7/32"));
    QCOMPARE(plan.targets.at(0).items.at(0).rule.label, QStringLiteral("Alice Martin"));
    QCOMPARE(verdict(1, 0), V::Impossible);
    QVERIFY(plan.targets.at(1).items.at(0).reason.contains(QStringLiteral("30")));
    QCOMPARE(verdict(1, 1), V::Apply);
    QCOMPARE(verdict(2, 1), V::Impossible);
    QVERIFY(plan.targets.at(2).items.at(1).reason.contains(QStringLiteral("taken")));
    QCOMPARE(verdict(3, 1), V::Impossible);
    QCOMPARE(verdict(4, 0), V::AlreadyThere);
    QCOMPARE(plan.targets.at(4).items.at(0).status, BatchItem::Status::Skipped);
    QCOMPARE(verdict(5, 0), V::Impossible);
    QCOMPARE(plan.toApply(), 7);
}

void TestOnboardPlanner::unknownRowsArePlanned()
{
    AllDatabasesModel::Row row = dedicated(QStringLiteral("unknown"), 30);
    row.fetchedAt = {};
    OnboardRequest r = alice();
    r.createUser = false;
    const BatchPlan plan = OnboardPlanner::plan(r, {row});
    QCOMPARE(plan.targets.at(0).items.size(), 1);
    QCOMPARE(plan.targets.at(0).items.at(0).verdict, BatchItem::Verdict::Apply); // the API will say
}

QTEST_GUILESS_MAIN(TestOnboardPlanner)
#include "tst_onboardplanner.moc"
