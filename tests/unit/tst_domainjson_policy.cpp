// The policy of every domain type for malformed input: an entry without its identifying field (id, or name for
// users/regions/variables/extensions) or with it of the wrong type is rejected (nullopt, skipped in lists); any other
// absent or wrong-typed field reads as its default (empty string, false, 0, invalid date). Also: dates, and every type
// travels in a QVariant.
#include "testjson.h"

#include "domain/addon.h"
#include "domain/app.h"
#include "domain/database.h"
#include "domain/databaseinfo.h"
#include "domain/databaseuser.h"
#include "domain/extension.h"
#include "domain/firewallrule.h"
#include "domain/managedrange.h"
#include "domain/newdatabaseuser.h"
#include "domain/newfirewallrule.h"
#include "domain/region.h"
#include "domain/variable.h"

#include <QJsonDocument>
#include <QTest>
#include <QVariant>

using TestJson::parse;
using TestJson::utc;

class TestDomainJsonPolicy : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void missingRootKeys();
    void wrongTypedFields();
    void listsSkipBadEntries();
    void travelInQVariant();
};

void TestDomainJsonPolicy::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // in UTC; invalid when unparsable
    QTest::newRow("ms and offset") << QStringLiteral("2015-01-13T09:20:31.123+01:00")
                                   << utc(2015, 1, 13, 8, 20, 31, 123);
    QTest::newRow("ms and Z") << QStringLiteral("2015-01-13T09:20:31.123Z") << utc(2015, 1, 13, 9, 20, 31, 123);
    QTest::newRow("no ms") << QStringLiteral("2015-01-13T09:20:31Z") << utc(2015, 1, 13, 9, 20, 31, 0);
    QTest::newRow("garbage") << QStringLiteral("13/01/2015") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestDomainJsonPolicy::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto rule = FirewallRule::fromJson(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("r")}, {QStringLiteral("created_at"), text}});
    QVERIFY(rule);
    QCOMPARE(rule->createdAt.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(rule->createdAt.toUTC(), expected);
}

void TestDomainJsonPolicy::missingRootKeys()
{
    const QJsonObject error = parse(R"({ "error": "Internal error occured, we're on it!" })");
    bool ok = true;
    QVERIFY(Region::listFromJson(error, &ok).isEmpty());
    QVERIFY(!ok);
    ok = true;
    QVERIFY(Database::listFromJson(error, &ok).isEmpty());
    QVERIFY(!ok);
    ok = true;
    QVERIFY(Addon::listFromJson(error, &ok).isEmpty());
    QVERIFY(!ok);
    ok = true;
    QVERIFY(Variable::listFromJson(error, &ok).isEmpty());
    QVERIFY(!ok);
    ok = true;
    QVERIFY(DatabaseUser::listFromJson(error, &ok).isEmpty());
    QVERIFY(!ok);
    ok = true;
    QVERIFY(FirewallRule::listFromJson(parse(R"({ "rules": { "id": "r" } })"), &ok).isEmpty());
    QVERIFY(!ok); // an object is not a list
    ok = true;
    QVERIFY(ManagedRange::listFromJson(parse(R"({ "ranges": null })"), &ok).isEmpty());
    QVERIFY(!ok);
    // An empty list is a valid answer, distinct from a missing one.
    ok = false;
    QVERIFY(FirewallRule::listFromJson(parse(R"({ "rules": [] })"), &ok).isEmpty());
    QVERIFY(ok);
    // No ok pointer: no crash.
    QVERIFY(FirewallRule::listFromJson(QJsonObject()).isEmpty());
}

void TestDomainJsonPolicy::wrongTypedFields()
{
    // Identifying field of the wrong type or empty: rejected.
    QVERIFY(!Database::fromJson(parse(R"({ "id": 5410093, "name": "db" })")));
    QVERIFY(!Database::fromJson(parse(R"({ "id": "", "name": "db" })")));
    QVERIFY(!Region::fromJson(parse(R"({ "name": null })")));
    QVERIFY(!App::fromJson(parse(R"({ "id": ["x"] })")));
    QVERIFY(!Addon::fromJson(parse(R"({ "id": {} })")));
    QVERIFY(!Variable::fromJson(parse(R"({ "name": 1, "value": "x" })")));
    QVERIFY(!DatabaseInfo::fromJson(parse(R"({ "app_name": "x" })")));
    QVERIFY(!DatabaseUser::fromJson(parse(R"({ "name": "" })")));
    QVERIFY(!FirewallRule::fromJson(parse(R"({ "id": null })")));
    QVERIFY(!ManagedRange::fromJson(parse(R"({ "id": 3, "name": "x" })")));
    QVERIFY(!Extension::fromJson(parse(R"({ "name": false, "version": "v1" })")));

    // Any other field of the wrong type: its default.
    const auto user = DatabaseUser::fromJson(parse(R"({ "name": "metabase", "read_only": "true", "protected": 1,
        "password": 12345, "dbms_attributes": "SCRAM-SHA-256" })"));
    QVERIFY(user);
    QVERIFY(!user->readOnly);
    QVERIFY(!user->isProtected);
    QVERIFY(user->password.isEmpty());
    QVERIFY(user->passwordEncryption.isEmpty());

    const auto rule
            = FirewallRule::fromJson(parse(R"({ "id": "r", "cidr": 10, "label": null, "created_at": 1700000000 })"));
    QVERIFY(rule);
    QVERIFY(rule->cidr.isEmpty());
    QVERIFY(rule->label.isEmpty());
    QVERIFY(!rule->createdAt.isValid());

    const auto region = Region::fromJson(parse(R"({ "name": "osc-fr1", "api": 1, "default": "yes" })"));
    QVERIFY(region);
    QVERIFY(region->api.isEmpty());
    QVERIFY(!region->isDefault);

    const auto extension = Extension::fromJson(parse(R"({ "name": "postgis", "version": 2.5 })"));
    QVERIFY(extension);
    QVERIFY(extension->installedVersion.isEmpty());
}

void TestDomainJsonPolicy::listsSkipBadEntries()
{
    const QList<DatabaseUser> users = DatabaseUser::listFromJson(parse(R"({ "database-users": [
        1, "metabase", null, [], { "read_only": true }, { "name": "metabase", "read_only": true } ] })"));
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().name, QStringLiteral("metabase"));

    // The documented key wins when several are present.
    const QList<DatabaseUser> both = DatabaseUser::listFromJson(parse(R"({ "users": [ { "name": "other_one" } ],
        "database-users": [ { "name": "documented" } ] })"));
    QCOMPARE(both.size(), 1);
    QCOMPARE(both.first().name, QStringLiteral("documented"));

    const QList<FirewallRule> rules = FirewallRule::listFromJson(parse(R"({ "rules": [ {}, { "id": "r1" }, "r2" ] })"));
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.first().id, QStringLiteral("r1"));
}

void TestDomainJsonPolicy::travelInQVariant()
{
    FirewallRule rule;
    rule.id = QStringLiteral("r1");
    rule.type = FirewallRule::Type::Managed;
    rule.rangeId = QStringLiteral("mr-x");
    QCOMPARE(QVariant::fromValue(rule).value<FirewallRule>(), rule);
    const QList<FirewallRule> rules{rule, rule};
    QCOMPARE(QVariant::fromValue(rules).value<QList<FirewallRule>>(), rules);

    DatabaseUser user;
    user.name = QStringLiteral("metabase");
    user.password = QStringLiteral("secret");
    QCOMPARE(QVariant::fromValue(user).value<DatabaseUser>(), user);

    NewDatabaseUser newUser{QStringLiteral("app_writer"), true, QString()};
    QCOMPARE(QVariant::fromValue(newUser).value<NewDatabaseUser>(), newUser);

    NewFirewallRule newRule;
    newRule.cidr = QStringLiteral("10.0.0.0/8");
    QCOMPARE(QVariant::fromValue(newRule).value<NewFirewallRule>(), newRule);

    const ManagedRange range{QStringLiteral("mr-x"), QStringLiteral("X")};
    QCOMPARE(QVariant::fromValue(QList<ManagedRange>{range}).value<QList<ManagedRange>>(), QList<ManagedRange>{range});

    DatabaseInfo info;
    info.id = QStringLiteral("db");
    info.features.insert(QStringLiteral("force-ssl"), QStringLiteral("ACTIVATED"));
    QCOMPARE(QVariant::fromValue(info).value<DatabaseInfo>(), info);

    Database database;
    database.id = QStringLiteral("d");
    database.region = QStringLiteral("osc-fr1");
    QCOMPARE(QVariant::fromValue(QList<Database>{database}).value<QList<Database>>(), QList<Database>{database});

    Region region;
    region.name = QStringLiteral("osc-fr1");
    QCOMPARE(QVariant::fromValue(QList<Region>{region}).value<QList<Region>>(), QList<Region>{region});

    App app{QStringLiteral("a"), QStringLiteral("n"), QStringLiteral("osc-fr1"), true};
    QCOMPARE(QVariant::fromValue(app).value<App>(), app);

    Addon addon;
    addon.id = QStringLiteral("ad-1");
    addon.token = QStringLiteral("t");
    QCOMPARE(QVariant::fromValue(addon).value<Addon>(), addon);

    const Variable variable{QStringLiteral("A"), QStringLiteral("b")};
    QCOMPARE(QVariant::fromValue(QList<Variable>{variable}).value<QList<Variable>>(), QList<Variable>{variable});

    Extension extension;
    extension.name = QStringLiteral("postgis");
    extension.allowed = false;
    extension.requiredExtensions = QStringList{QStringLiteral("plpgsql")};
    QCOMPARE(QVariant::fromValue(QList<Extension>{extension}).value<QList<Extension>>(), QList<Extension>{extension});
}

QTEST_GUILESS_MAIN(TestDomainJsonPolicy)
#include "tst_domainjson_policy.moc"
