// JSON parsing of every domain value type, with payloads shaped like the contract (docs/scalingo-api.md), the forms
// where sources disagree, and malformed input. Policy under test: an entry without its identifying field (id, or
// name for users/regions/variables/extensions) or with it of the wrong type is rejected (nullopt, skipped in lists);
// any other absent or wrong-typed field reads as its default (empty string, false, 0, invalid date).
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

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QVariant>

namespace {

QJsonObject parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

const char *const kUserList = R"({ "%1": [
  { "name": "my_app_4553", "read_only": false, "protected": true,  "dbms_attributes": { "password_encryption": "SCRAM-SHA-256" } },
  { "name": "metabase",    "read_only": true,  "protected": false, "dbms_attributes": { "password_encryption": "MD5" } },
  { "name": "legacy_user", "read_only": false, "protected": false } ] })";

} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private slots:
    void regions();
    void regionDefaultFallsBackToFirst();
    void databases();
    void databaseSingle();
    void app();
    void addons();
    void addonToken();
    void variables();
    void databaseInfo();
    void databaseInfoTolerance();
    void databaseUsers_data();
    void databaseUsers();
    void databaseUserResponse_data();
    void databaseUserResponse();
    void databaseUserRoundTrip();
    void newDatabaseUserJson();
    void firewallRules();
    void firewallRuleResponse_data();
    void firewallRuleResponse();
    void firewallRuleTypeInference_data();
    void firewallRuleTypeInference();
    void firewallRuleRoundTrip();
    void newFirewallRuleJson();
    void managedRanges();
    void extensionsFromAction();
    void extensionActionErrors_data();
    void extensionActionErrors();
    void extensionVersion_data();
    void extensionVersion();
    void dates_data();
    void dates();
    void missingRootKeys();
    void wrongTypedFields();
    void listsSkipBadEntries();
    void travelInQVariant();
};

void TestDomainJson::regions()
{
    const QJsonObject root = parse(R"({ "regions": [
  { "name": "osc-fr1", "display_name": "Paris - Outscale",
    "api": "https://api.osc-fr1.scalingo.com", "database_api": "https://db-api.osc-fr1.scalingo.com",
    "dashboard": "https://my.osc-fr1.scalingo.com", "ssh": "ssh.osc-fr1.scalingo.com:22", "default": true },
  { "name": "osc-secnum-fr1", "display_name": "Paris - SecNumCloud - Outscale",
    "api": "https://api.osc-secnum-fr1.scalingo.com", "database_api": "https://db-api.osc-secnum-fr1.scalingo.com",
    "dashboard": "https://my.osc-secnum-fr1.scalingo.com", "ssh": "ssh.osc-secnum-fr1.scalingo.com:22", "default": false } ] })");
    bool ok = false;
    const QList<Region> regions = Region::listFromJson(root, &ok);
    QVERIFY(ok);
    QCOMPARE(regions.size(), 2);
    const Region &paris = regions.at(0);
    QCOMPARE(paris.name, QStringLiteral("osc-fr1"));
    QCOMPARE(paris.displayName, QStringLiteral("Paris - Outscale"));
    QCOMPARE(paris.api, QUrl(QStringLiteral("https://api.osc-fr1.scalingo.com")));
    QCOMPARE(paris.databaseApi, QUrl(QStringLiteral("https://db-api.osc-fr1.scalingo.com")));
    QCOMPARE(paris.dashboard, QUrl(QStringLiteral("https://my.osc-fr1.scalingo.com")));
    QCOMPARE(paris.ssh, QStringLiteral("ssh.osc-fr1.scalingo.com:22"));
    QVERIFY(paris.isDefault);
    QCOMPARE(regions.at(1).name, QStringLiteral("osc-secnum-fr1"));
    QCOMPARE(regions.at(1).databaseApi.host(), QStringLiteral("db-api.osc-secnum-fr1.scalingo.com"));
    QVERIFY(!regions.at(1).isDefault);
    QCOMPARE(Region::pickDefault(regions)->name, QStringLiteral("osc-fr1"));
}

void TestDomainJson::regionDefaultFallsBackToFirst()
{
    // `default` is in go-scalingo's struct but not in the docs example: absent means false.
    const QList<Region> regions = Region::listFromJson(parse(R"({ "regions": [
        { "name": "osc-secnum-fr1", "api": "https://api.osc-secnum-fr1.scalingo.com" },
        { "name": "osc-fr1", "api": "https://api.osc-fr1.scalingo.com" } ] })"));
    QCOMPARE(regions.size(), 2);
    QVERIFY(!regions.at(0).isDefault);
    QCOMPARE(Region::pickDefault(regions)->name, QStringLiteral("osc-secnum-fr1"));
    QVERIFY(!Region::pickDefault({}));
}

void TestDomainJson::databases()
{
    const QJsonObject root = parse(R"({ "databases": [
  { "id": "54100930736f7563d5030000", "name": "my-postgres-db",
    "project_id": "pr-82a3cac5-9b25-473e-b33d-6272b87e636f",
    "technology": "postgresql-ng", "plan": "postgresql-dr-starter-4096" },
  { "id": "698e082f968c27dfb8a27521", "name": "other-db" } ] })");
    bool ok = false;
    const QList<Database> list = Database::listFromJson(root, &ok);
    QVERIFY(ok);
    QCOMPARE(list.size(), 2);
    Database expected;
    expected.id = QStringLiteral("54100930736f7563d5030000");
    expected.name = QStringLiteral("my-postgres-db");
    expected.projectId = QStringLiteral("pr-82a3cac5-9b25-473e-b33d-6272b87e636f");
    expected.technology = QStringLiteral("postgresql-ng");
    expected.plan = QStringLiteral("postgresql-dr-starter-4096");
    QCOMPARE(list.at(0), expected);
    QVERIFY(list.at(0).region.isEmpty()); // the client fills it
    QCOMPARE(list.at(1).name, QStringLiteral("other-db"));
    QVERIFY(list.at(1).plan.isEmpty());
}

void TestDomainJson::databaseSingle()
{
    const auto db = Database::fromResponse(parse(R"({ "database": { "id": "698e082f968c27dfb8a27521",
        "name": "my-postgres-db", "project_id": "pr-1", "technology": "postgresql-ng", "plan": "postgresql-dr-business-8192" } })"));
    QVERIFY(db);
    QCOMPARE(db->plan, QStringLiteral("postgresql-dr-business-8192"));
    QVERIFY(!Database::fromResponse(parse(R"({ "error": "Database not found" })")));
    QVERIFY(!Database::fromResponse(parse(R"({ "database": "698e082f968c27dfb8a27521" })")));
}

void TestDomainJson::app()
{
    const auto app = App::fromResponse(parse(R"({ "app": { "id": "698e082f968c27dfb8a27521", "name": "my-postgres-db",
        "region": "osc-fr1", "flags": { "dedicated-database": true, "other": "x" },
        "project": { "id": "pr-1", "name": "default" }, "owner": { "id": "us-1", "username": "someone" } } })"));
    QVERIFY(app);
    QCOMPARE(app->id, QStringLiteral("698e082f968c27dfb8a27521"));
    QCOMPARE(app->name, QStringLiteral("my-postgres-db"));
    QCOMPARE(app->region, QStringLiteral("osc-fr1"));
    QVERIFY(app->dedicatedDatabase);

    const auto plain = App::fromJson(parse(R"({ "id": "5f0c", "name": "web" })"));
    QVERIFY(plain);
    QVERIFY(!plain->dedicatedDatabase); // no flags: an ordinary app
    QVERIFY(!App::fromJson(parse(R"({ "id": "x", "flags": { "dedicated-database": "true" } })"))->dedicatedDatabase);
    QVERIFY(!App::fromJson(parse(R"({ "id": "x", "flags": ["dedicated-database"] })"))->dedicatedDatabase);
    QVERIFY(!App::fromResponse(parse(R"({ "resource": "app", "error": "not found" })")));
}

void TestDomainJson::addons()
{
    const QJsonObject root = parse(R"({ "addons": [ { "id": "ad-0f8c5b3e-1111-2222-3333-444455556666",
        "app_id": "698e082f968c27dfb8a27521", "resource_id": "res", "status": "running",
        "plan": { "id": "pl-1", "name": "postgresql-dr-starter-4096" },
        "addon_provider": { "id": "postgresql-ng", "name": "PostgreSQL" },
        "provisioned_at": "2025-01-13T09:20:31.123+01:00", "deprovisioned_at": null } ] })");
    bool ok = false;
    const QList<Addon> addons = Addon::listFromJson(root, &ok);
    QVERIFY(ok);
    QCOMPARE(addons.size(), 1);
    const Addon &addon = addons.first();
    QCOMPARE(addon.id, QStringLiteral("ad-0f8c5b3e-1111-2222-3333-444455556666"));
    QCOMPARE(addon.appId, QStringLiteral("698e082f968c27dfb8a27521"));
    QCOMPARE(addon.status, QStringLiteral("running"));
    QCOMPARE(addon.planName, QStringLiteral("postgresql-dr-starter-4096"));
    QCOMPARE(addon.providerId, QStringLiteral("postgresql-ng"));
    QCOMPARE(addon.providerName, QStringLiteral("PostgreSQL"));
    QVERIFY(addon.token.isEmpty());

    // Nested objects may be missing or of another type.
    const auto bare = Addon::fromJson(parse(R"({ "id": "ad-1", "plan": "starter", "addon_provider": null })"));
    QVERIFY(bare);
    QVERIFY(bare->planName.isEmpty());
    QVERIFY(bare->providerId.isEmpty());
}

void TestDomainJson::addonToken()
{
    const QJsonObject root = parse(R"({ "addon": { "id": "ad-0f8c", "app_id": "698e082f968c27dfb8a27521",
        "resource_id": "res", "status": "running", "plan": { "id": "pl", "name": "postgresql-dr-starter-4096" },
        "addon_provider": { "id": "p", "name": "n" }, "token": "tok.en-value" } })");
    QCOMPARE(Addon::tokenFromResponse(root), QStringLiteral("tok.en-value"));
    const auto addon = Addon::fromResponse(root);
    QVERIFY(addon);
    QCOMPARE(addon->token, QStringLiteral("tok.en-value"));
    QCOMPARE(addon->id, QStringLiteral("ad-0f8c"));

    // Only addon.token matters for the token (go-scalingo reads nothing else).
    QCOMPARE(Addon::tokenFromResponse(parse(R"({ "addon": { "token": "t" } })")), QStringLiteral("t"));
    QVERIFY(Addon::tokenFromResponse(parse(R"({ "token": "unrooted" })")).isEmpty());
    QVERIFY(Addon::tokenFromResponse(parse(R"({ "addon": { "token": 42 } })")).isEmpty());
    QVERIFY(Addon::tokenFromResponse(parse(R"({ "error": "unauthorized" })")).isEmpty());
}

void TestDomainJson::variables()
{
    const QJsonObject root = parse(R"({ "variables": [
        { "id": "v1", "name": "DATABASE_URL", "value": "postgresql://a:b@h:1/d" },
        { "id": "v2", "name": "SCALINGO_POSTGRESQL_URL", "value": "postgresql://u:p@h:31000/db?sslmode=require" },
        { "id": "v3", "value": "orphan" } ] })");
    const QList<Variable> variables = Variable::listFromJson(root);
    QCOMPARE(variables.size(), 2);
    QCOMPARE(Variable::postgresqlUrl(variables),
             std::optional<QString>(QStringLiteral("postgresql://u:p@h:31000/db?sslmode=require")));
    QCOMPARE(Variable::find(variables, QStringLiteral("DATABASE_URL"))->value,
             QStringLiteral("postgresql://a:b@h:1/d"));
    QVERIFY(!Variable::find(variables, QStringLiteral("database_url"))); // case-sensitive like the environment
    QVERIFY(!Variable::postgresqlUrl(variables.mid(0, 1)));
    QVERIFY(!Variable::postgresqlUrl({}));
    const auto empty = Variable::fromJson(parse(R"({ "name": "EMPTY" })"));
    QVERIFY(empty);
    QVERIFY(empty->value.isEmpty());
}

void TestDomainJson::databaseInfo()
{
    const QJsonObject root = parse(R"({ "database": {
        "id": "5e7a0f8c968c27dfb8a20000", "resource_id": "res", "app_name": "my-postgres-db",
        "created_at": "2025-03-02T10:11:12.345+01:00", "encryption_at_rest": true, "cluster": true,
        "periodic_backups_enabled": true, "plan": "postgresql-dr-starter-4096", "status": "running",
        "type_id": "t1", "type_name": "postgresql", "version_id": "v1", "next_version_id": null,
        "readable_version": "17.9.0-2",
        "hostname": "my-db-123.postgresql.b.osc-fr1.scalingo-dbs.com:35123", "current_operation_id": null,
        "features": [ { "name": "force-ssl", "status": "ACTIVATED" }, { "name": "publicly-available", "status": "PENDING_TO_ACTIVATE" } ],
        "instances": [ { "id": "i1", "hostname": "h", "port": 5432, "status": "running", "type": "db-node" } ],
        "periodic_backups_scheduled_at": [ 3 ], "maintenance_window": { "weekday_utc": 1, "starting_hour_utc": 2, "duration_in_hour": 8 },
        "mongo_repl_set_name": "" } })");
    const auto info = DatabaseInfo::fromResponse(root);
    QVERIFY(info);
    QCOMPARE(info->id, QStringLiteral("5e7a0f8c968c27dfb8a20000"));
    QCOMPARE(info->appName, QStringLiteral("my-postgres-db"));
    QCOMPARE(info->plan, QStringLiteral("postgresql-dr-starter-4096"));
    QCOMPARE(info->status, QStringLiteral("running"));
    QCOMPARE(info->typeName, QStringLiteral("postgresql"));
    QCOMPARE(info->readableVersion, QStringLiteral("17.9.0-2"));
    QCOMPARE(info->hostname, QStringLiteral("my-db-123.postgresql.b.osc-fr1.scalingo-dbs.com:35123"));
    QCOMPARE(info->host(), QStringLiteral("my-db-123.postgresql.b.osc-fr1.scalingo-dbs.com"));
    QCOMPARE(info->port(), 35123);
    QCOMPARE(info->createdAt.toUTC(), utc(2025, 3, 2, 9, 11, 12, 345));
    QCOMPARE(info->features.size(), 2);
    QCOMPARE(info->features.value(QStringLiteral("force-ssl")), QStringLiteral("ACTIVATED"));
    QVERIFY(info->isFeatureActivated(QStringLiteral("force-ssl")));
    QVERIFY(!info->isFeatureActivated(QStringLiteral("publicly-available")));
    QCOMPARE(info->featureStatus(QStringLiteral("publicly-available")), QStringLiteral("pending_to_activate"));
    QCOMPARE(info->featureStatus(QStringLiteral("unknown")), QStringLiteral("disabled"));
}

void TestDomainJson::databaseInfoTolerance()
{
    const auto info = DatabaseInfo::fromJson(parse(R"({ "id": "x", "hostname": "no-port.example.com",
        "features": [ { "name": "force-ssl" }, { "status": "ACTIVATED" }, "force-ssl", null ],
        "created_at": "yesterday", "status": 3 })"));
    QVERIFY(info);
    QCOMPARE(info->host(), QStringLiteral("no-port.example.com"));
    QCOMPARE(info->port(), 0);
    QCOMPARE(info->features.size(), 1); // only the entry with a name
    QCOMPARE(info->features.value(QStringLiteral("force-ssl")), QString());
    QVERIFY(!info->createdAt.isValid());
    QVERIFY(info->status.isEmpty());
    QCOMPARE(DatabaseInfo::fromJson(parse(R"({ "id": "x", "hostname": "h:notaport" })"))->port(), 0);
    QCOMPARE(DatabaseInfo::fromJson(parse(R"({ "id": "x", "features": {"force-ssl": "ACTIVATED"} })"))->features.size(),
             0);
    QVERIFY(!DatabaseInfo::fromResponse(parse(R"({ "error": "not found" })")));
}

void TestDomainJson::databaseUsers_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("database-users (documented)") << QStringLiteral("database-users");
    QTest::newRow("database_users") << QStringLiteral("database_users");
    QTest::newRow("users") << QStringLiteral("users");
}

void TestDomainJson::databaseUsers()
{
    QFETCH(QString, key);
    const QByteArray text = QString::fromUtf8(kUserList).arg(key).toUtf8();
    const QJsonObject root = QJsonDocument::fromJson(text).object();
    QVERIFY(!root.isEmpty());
    bool ok = false;
    const QList<DatabaseUser> users = DatabaseUser::listFromJson(root, &ok);
    QVERIFY(ok);
    QCOMPARE(users.size(), 3);

    DatabaseUser owner;
    owner.name = QStringLiteral("my_app_4553");
    owner.isProtected = true;
    owner.passwordEncryption = QStringLiteral("SCRAM-SHA-256");
    QCOMPARE(users.at(0), owner);
    QVERIFY(users.at(1).readOnly);
    QVERIFY(!users.at(1).isProtected);
    QCOMPARE(users.at(1).passwordEncryption, QStringLiteral("MD5"));
    QVERIFY(users.at(2).passwordEncryption.isEmpty()); // no dbms_attributes
    QVERIFY(users.at(2).password.isEmpty());
}

void TestDomainJson::databaseUserResponse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("rooted (go-scalingo, scalingo.js)")
            << QByteArray(R"({ "database_user": { "name": "reporting_ro", "read_only": true, "protected": false,
                "password": "K_gaef6ripo7Ao4Uaxai6Kiey", "dbms_attributes": { "password_encryption": "SCRAM-SHA-256" } } })")
            << true;
    QTest::newRow("un-rooted (developers docs)")
            << QByteArray(R"({ "name": "reporting_ro", "read_only": true, "protected": false,
                "password": "K_gaef6ripo7Ao4Uaxai6Kiey", "dbms_attributes": { "password_encryption": "SCRAM-SHA-256" } })")
            << true;
    QTest::newRow("rooted but not an object") << QByteArray(R"({ "database_user": "reporting_ro" })") << false;
    QTest::newRow("rooted null") << QByteArray(R"({ "database_user": null, "name": "reporting_ro" })") << false;
    QTest::newRow("error body") << QByteArray(R"({ "error": "not found" })") << false;
    QTest::newRow("empty") << QByteArray("{}") << false;
    QTest::newRow("name not a string") << QByteArray(R"({ "database_user": { "name": 12 } })") << false;
}

void TestDomainJson::databaseUserResponse()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    const auto user = DatabaseUser::fromResponse(QJsonDocument::fromJson(json).object());
    QCOMPARE(user.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(user->name, QStringLiteral("reporting_ro"));
    QVERIFY(user->readOnly);
    QVERIFY(!user->isProtected);
    QCOMPARE(user->password, QStringLiteral("K_gaef6ripo7Ao4Uaxai6Kiey"));
    QCOMPARE(user->passwordEncryption, QStringLiteral("SCRAM-SHA-256"));
}

void TestDomainJson::databaseUserRoundTrip()
{
    DatabaseUser user;
    user.name = QStringLiteral("reporting_ro");
    user.readOnly = true;
    user.passwordEncryption = QStringLiteral("SCRAM-SHA-256");
    user.password = QStringLiteral("K_gaef6ripo7Ao4Uaxai6Kiey");
    QCOMPARE(DatabaseUser::fromJson(user.toJson()), std::optional<DatabaseUser>(user));
    QCOMPARE(DatabaseUser::fromResponse(QJsonObject{{QStringLiteral("database_user"), user.toJson()}}),
             std::optional<DatabaseUser>(user));

    DatabaseUser plain;
    plain.name = QStringLiteral("metabase");
    plain.isProtected = true;
    const QJsonObject json = plain.toJson();
    QVERIFY(!json.contains(QStringLiteral("password")));
    QVERIFY(!json.contains(QStringLiteral("dbms_attributes")));
    QCOMPARE(json.value(QStringLiteral("read_only")), QJsonValue(false));
    QCOMPARE(DatabaseUser::fromJson(json), std::optional<DatabaseUser>(plain));
}

void TestDomainJson::newDatabaseUserJson()
{
    NewDatabaseUser user;
    user.name = QStringLiteral("reporting_ro");
    user.readOnly = true;
    user.password = QStringLiteral("K_gaef6ripo7Ao4Uaxai6Kiey");
    QCOMPARE(user.toJson(QStringLiteral("ad-0f8c")), parse(R"({ "database_user": { "database_id": "ad-0f8c",
        "name": "reporting_ro", "read_only": true, "password": "K_gaef6ripo7Ao4Uaxai6Kiey",
        "password_confirmation": "K_gaef6ripo7Ao4Uaxai6Kiey" } })"));

    // Empty password: the fields are left out (the server generates one); read_only is sent even when false.
    NewDatabaseUser generated;
    generated.name = QStringLiteral("app_writer");
    QCOMPARE(generated.toJson(QStringLiteral("ad-0f8c")), parse(R"({ "database_user": { "database_id": "ad-0f8c",
        "name": "app_writer", "read_only": false } })"));

    QCOMPARE(
            NewDatabaseUser::passwordChangeJson(QStringLiteral("ad-0f8c"), QStringLiteral("n3w")),
            parse(R"({ "database_user": { "database_id": "ad-0f8c", "password": "n3w", "password_confirmation": "n3w" } })"));

    // The body a server would read back gives the same user.
    const auto back = DatabaseUser::fromResponse(user.toJson(QStringLiteral("ad-0f8c")));
    QVERIFY(back);
    QCOMPARE(back->name, user.name);
    QCOMPARE(back->readOnly, user.readOnly);
    QCOMPARE(back->password, user.password);
}

void TestDomainJson::firewallRules()
{
    const QJsonObject root = parse(R"({ "rules": [
        { "id": "rule-123", "type": "custom_range", "cidr": "203.0.113.0/24", "label": "Office network",
          "range_id": "", "database_id": "5e7a0f8c968c27dfb8a20000",
          "created_at": "2025-01-13T09:20:31.123+01:00", "updated_at": "2025-01-14T10:00:00.000Z" },
        { "id": "rule-124", "type": "managed_range", "cidr": "", "label": "", "range_id": "mr-scalingo-osc-fr1",
          "database_id": "5e7a0f8c968c27dfb8a20000" } ] })");
    bool ok = false;
    const QList<FirewallRule> rules = FirewallRule::listFromJson(root, &ok);
    QVERIFY(ok);
    QCOMPARE(rules.size(), 2);
    const FirewallRule &custom = rules.at(0);
    QCOMPARE(custom.id, QStringLiteral("rule-123"));
    QCOMPARE(custom.type, FirewallRule::Type::Custom);
    QCOMPARE(custom.cidr, QStringLiteral("203.0.113.0/24"));
    QCOMPARE(custom.label, QStringLiteral("Office network"));
    QVERIFY(custom.rangeId.isEmpty());
    QCOMPARE(custom.databaseId, QStringLiteral("5e7a0f8c968c27dfb8a20000"));
    QCOMPARE(custom.createdAt.toUTC(), utc(2025, 1, 13, 8, 20, 31, 123));
    QCOMPARE(custom.updatedAt.toUTC(), utc(2025, 1, 14, 10, 0, 0, 0));
    const FirewallRule &managed = rules.at(1);
    QCOMPARE(managed.type, FirewallRule::Type::Managed);
    QCOMPARE(managed.rangeId, QStringLiteral("mr-scalingo-osc-fr1"));
    QVERIFY(!managed.createdAt.isValid());

    QCOMPARE(FirewallRule::typeToString(FirewallRule::Type::Custom), QStringLiteral("custom_range"));
    QCOMPARE(FirewallRule::typeToString(FirewallRule::Type::Managed), QStringLiteral("managed_range"));
    QCOMPARE(FirewallRule::typeFromString(QStringLiteral("managed_range")), std::optional(FirewallRule::Type::Managed));
    QVERIFY(!FirewallRule::typeFromString(QStringLiteral("Custom_Range")));
}

void TestDomainJson::firewallRuleResponse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("rooted rule") << QByteArray(
            R"({ "rule": { "id": "r1", "type": "custom_range", "cidr": "198.51.100.25/32" } })")
                                 << true;
    QTest::newRow("rooted firewall_rule")
            << QByteArray(R"({ "firewall_rule": { "id": "r1", "type": "custom_range", "cidr": "198.51.100.25/32" } })")
            << true;
    QTest::newRow("un-rooted") << QByteArray(R"({ "id": "r1", "type": "custom_range", "cidr": "198.51.100.25/32" })")
                               << true;
    QTest::newRow("rule not an object") << QByteArray(R"({ "rule": ["r1"] })") << false;
    QTest::newRow("no id") << QByteArray(R"({ "rule": { "type": "custom_range", "cidr": "198.51.100.25/32" } })")
                           << false;
    QTest::newRow("numeric id") << QByteArray(R"({ "rule": { "id": 7, "cidr": "198.51.100.25/32" } })") << false;
    QTest::newRow("422 body") << QByteArray(R"({ "errors": { "cidr": ["is invalid"] } })") << false;
}

void TestDomainJson::firewallRuleResponse()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    const auto rule = FirewallRule::fromResponse(QJsonDocument::fromJson(json).object());
    QCOMPARE(rule.has_value(), valid);
    if (valid) {
        QCOMPARE(rule->id, QStringLiteral("r1"));
        QCOMPARE(rule->cidr, QStringLiteral("198.51.100.25/32"));
        QCOMPARE(rule->type, FirewallRule::Type::Custom);
    }
}

void TestDomainJson::firewallRuleTypeInference_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<FirewallRule::Type>("type");
    QTest::newRow("missing type, cidr") << QByteArray(R"({ "id": "r", "cidr": "10.0.0.0/8" })")
                                        << FirewallRule::Type::Custom;
    QTest::newRow("missing type, range") << QByteArray(R"({ "id": "r", "range_id": "mr-x" })")
                                         << FirewallRule::Type::Managed;
    QTest::newRow("unknown type, range") << QByteArray(R"({ "id": "r", "type": "regional", "range_id": "mr-x" })")
                                         << FirewallRule::Type::Managed;
    QTest::newRow("type not a string") << QByteArray(R"({ "id": "r", "type": 1, "cidr": "10.0.0.0/8" })")
                                       << FirewallRule::Type::Custom;
    QTest::newRow("explicit type wins") << QByteArray(R"({ "id": "r", "type": "custom_range", "range_id": "mr-x" })")
                                        << FirewallRule::Type::Custom;
}

void TestDomainJson::firewallRuleTypeInference()
{
    QFETCH(QByteArray, json);
    QFETCH(FirewallRule::Type, type);
    const auto rule = FirewallRule::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(rule);
    QCOMPARE(rule->type, type);
}

void TestDomainJson::firewallRuleRoundTrip()
{
    FirewallRule rule;
    rule.id = QStringLiteral("rule-9");
    rule.type = FirewallRule::Type::Managed;
    rule.rangeId = QStringLiteral("mr-scalingo-osc-secnum-fr1");
    rule.databaseId = QStringLiteral("db-1");
    rule.createdAt = QDateTime::fromString(QStringLiteral("2015-01-13T09:20:31.123+01:00"), Qt::ISODateWithMs);
    rule.updatedAt = utc(2025, 6, 1, 12, 0, 0, 7);
    const QJsonObject json = rule.toJson();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("managed_range"));
    QCOMPARE(json.value(QStringLiteral("created_at")).toString(), QStringLiteral("2015-01-13T09:20:31.123+01:00"));
    QCOMPARE(json.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2025-06-01T12:00:00.007Z"));
    QCOMPARE(FirewallRule::fromJson(json), std::optional<FirewallRule>(rule));

    FirewallRule custom;
    custom.id = QStringLiteral("rule-10");
    custom.cidr = QStringLiteral("198.51.100.25/32");
    custom.label = QStringLiteral("My workstation \u00e9");
    QVERIFY(!custom.toJson().contains(QStringLiteral("created_at")));
    QCOMPARE(FirewallRule::fromResponse(QJsonObject{{QStringLiteral("rule"), custom.toJson()}}),
             std::optional<FirewallRule>(custom));
}

void TestDomainJson::newFirewallRuleJson()
{
    NewFirewallRule custom;
    custom.cidr = QStringLiteral("198.51.100.25/32");
    custom.label = QStringLiteral("My workstation");
    QCOMPARE(custom.toJson(),
             parse(R"({ "type": "custom_range", "cidr": "198.51.100.25/32", "label": "My workstation" })"));
    QCOMPARE(custom.toRootedJson(), parse(R"({ "firewall_rule": { "type": "custom_range", "cidr": "198.51.100.25/32",
        "label": "My workstation" } })"));

    custom.label.clear();
    QCOMPARE(custom.toJson(), parse(R"({ "type": "custom_range", "cidr": "198.51.100.25/32" })"));

    // Managed: only type and range_id, even if stale custom fields linger in the struct.
    NewFirewallRule managed;
    managed.type = FirewallRule::Type::Managed;
    managed.rangeId = QStringLiteral("mr-scalingo-osc-fr1");
    managed.label = QStringLiteral("ignored");
    managed.cidr = QStringLiteral("10.0.0.0/8");
    QCOMPARE(managed.toJson(), parse(R"({ "type": "managed_range", "range_id": "mr-scalingo-osc-fr1" })"));

    // What the server answers from that body reads back as the same rule.
    QJsonObject created = custom.toJson();
    created.insert(QStringLiteral("id"), QStringLiteral("r-new"));
    const auto rule = FirewallRule::fromResponse(QJsonObject{{QStringLiteral("rule"), created}});
    QVERIFY(rule);
    QCOMPARE(rule->type, custom.type);
    QCOMPARE(rule->cidr, custom.cidr);
}

void TestDomainJson::managedRanges()
{
    const QList<ManagedRange> ranges = ManagedRange::listFromJson(parse(R"({ "ranges": [
        { "id": "mr-scalingo-osc-fr1", "name": "Scalingo osc-fr1 region" },
        { "id": "mr-scalingo-osc-secnum-fr1", "name": "Scalingo osc-secnum-fr1 region" },
        { "name": "no id" } ] })"));
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(ranges.at(0),
             (ManagedRange{QStringLiteral("mr-scalingo-osc-fr1"), QStringLiteral("Scalingo osc-fr1 region")}));
    QCOMPARE(ranges.at(1).id, QStringLiteral("mr-scalingo-osc-secnum-fr1"));
    QCOMPARE(ManagedRange::fromJson(parse(R"({ "id": "mr-x" })"))->name, QString());
}

void TestDomainJson::extensionsFromAction()
{
    QString error = QStringLiteral("stale");
    const auto list = Extension::listFromActionResponse(
            parse(R"({ "ok": 1, "result": [ { "name": "plpgsql", "version": "v1.0" }, { "name": "postgis", "version": "v2.5.0" },
                       { "name": "pg_trgm", "version": "1.6" }, { "name": "citext" }, { "version": "v9" }, 5 ] })"),
            &error);
    QVERIFY(list);
    QVERIFY(error.isEmpty());
    QCOMPARE(list->size(), 4);
    QCOMPARE(list->at(0).name, QStringLiteral("plpgsql"));
    QCOMPARE(list->at(0).installedVersion, QStringLiteral("1.0"));
    QVERIFY(list->at(0).isInstalled());
    QCOMPARE(list->at(1).installedVersion, QStringLiteral("2.5.0"));
    QCOMPARE(list->at(2).installedVersion, QStringLiteral("1.6"));
    QVERIFY(!list->at(3).isInstalled());
    // SQL-only fields stay at their defaults.
    QVERIFY(!list->at(0).allowed.has_value());
    QVERIFY(list->at(0).defaultVersion.isEmpty());
    QVERIFY(list->at(0).requiredExtensions.isEmpty());
    QVERIFY(!list->at(0).trusted);

    const auto boolOk = Extension::listFromActionResponse(parse(R"({ "ok": true, "result": [] })"));
    QVERIFY(boolOk);
    QVERIFY(boolOk->isEmpty());

    QCOMPARE(Extension::listActionRequest(), parse(R"({ "action_name": "list-extensions", "params": null })"));
}

void TestDomainJson::extensionActionErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("ok 0 with error") << QByteArray(R"({ "ok": 0, "error": "database is not running" })")
                                     << QStringLiteral("database is not running");
    QTest::newRow("ok false") << QByteArray(R"({ "ok": false, "error": "nope" })") << QStringLiteral("nope");
    QTest::newRow("ok 0 without error") << QByteArray(R"({ "ok": 0 })") << QString();
    QTest::newRow("ok missing") << QByteArray(R"({ "result": [] })") << QString();
    QTest::newRow("ok as string") << QByteArray(R"({ "ok": "1", "result": [] })") << QString();
    QTest::newRow("result not an array") << QByteArray(R"({ "ok": 1, "result": "plpgsql" })") << QString();
    QTest::newRow("generic error body") << QByteArray(R"({ "error": "unauthorized" })")
                                        << QStringLiteral("unauthorized");
}

void TestDomainJson::extensionActionErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual = QStringLiteral("stale");
    QVERIFY(!Extension::listFromActionResponse(QJsonDocument::fromJson(json).object(), &actual));
    QCOMPARE(actual, error);
    QVERIFY(!Extension::listFromActionResponse(QJsonDocument::fromJson(json).object())); // no error pointer
}

void TestDomainJson::extensionVersion_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v1.0") << QStringLiteral("v1.0") << QStringLiteral("1.0");
    QTest::newRow("V2") << QStringLiteral("V2") << QStringLiteral("2");
    QTest::newRow("no prefix") << QStringLiteral("3.6.4") << QStringLiteral("3.6.4");
    QTest::newRow("spaces") << QStringLiteral(" v0.8.6 ") << QStringLiteral("0.8.6");
    QTest::newRow("just v") << QStringLiteral("v") << QStringLiteral("v");
    QTest::newRow("word") << QStringLiteral("vanilla") << QStringLiteral("vanilla");
    QTest::newRow("only one v stripped") << QStringLiteral("vv1") << QStringLiteral("vv1");
    QTest::newRow("empty") << QString() << QString();
}

void TestDomainJson::extensionVersion()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Extension::normalizeVersion(input), expected);
}

void TestDomainJson::dates_data()
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

void TestDomainJson::dates()
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

void TestDomainJson::missingRootKeys()
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

void TestDomainJson::wrongTypedFields()
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

void TestDomainJson::listsSkipBadEntries()
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

void TestDomainJson::travelInQVariant()
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

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
