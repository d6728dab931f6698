// JSON parsing of the auth and regional APIs' types (regions, databases, apps, addons, variables) and of the DB API's
// database info, with payloads shaped like the contract (docs/scalingo-api.md) and the forms where sources disagree.
// Users, rules, ranges and extensions: tst_domainjson_dbapi; the policy for malformed input: tst_domainjson_policy.
#include "testjson.h"

#include "domain/addon.h"
#include "domain/app.h"
#include "domain/database.h"
#include "domain/databaseinfo.h"
#include "domain/region.h"
#include "domain/variable.h"

#include <QJsonDocument>
#include <QTest>

using TestJson::parse;
using TestJson::utc;

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

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
