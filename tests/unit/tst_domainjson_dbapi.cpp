// JSON parsing of the DB API's types: database users, firewall rules, managed ranges and extensions (the
// list-extensions action), with payloads shaped like the contract (docs/scalingo-api.md), the forms where sources
// disagree, and the bodies the client sends.
#include "testjson.h"

#include "domain/databaseuser.h"
#include "domain/extension.h"
#include "domain/firewallrule.h"
#include "domain/managedrange.h"
#include "domain/newdatabaseuser.h"
#include "domain/newfirewallrule.h"

#include <QJsonDocument>
#include <QTest>

using TestJson::parse;
using TestJson::utc;

namespace {

const char *const kUserList = R"({ "%1": [
  { "name": "my_app_4553", "read_only": false, "protected": true,  "dbms_attributes": { "password_encryption": "SCRAM-SHA-256" } },
  { "name": "metabase",    "read_only": true,  "protected": false, "dbms_attributes": { "password_encryption": "MD5" } },
  { "name": "legacy_user", "read_only": false, "protected": false } ] })";

} // namespace

class TestDomainJsonDbApi : public QObject
{
    Q_OBJECT

private slots:
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
};

void TestDomainJsonDbApi::databaseUsers_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("database-users (documented)") << QStringLiteral("database-users");
    QTest::newRow("database_users") << QStringLiteral("database_users");
    QTest::newRow("users") << QStringLiteral("users");
}

void TestDomainJsonDbApi::databaseUsers()
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

void TestDomainJsonDbApi::databaseUserResponse_data()
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

void TestDomainJsonDbApi::databaseUserResponse()
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

void TestDomainJsonDbApi::databaseUserRoundTrip()
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

void TestDomainJsonDbApi::newDatabaseUserJson()
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

void TestDomainJsonDbApi::firewallRules()
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

void TestDomainJsonDbApi::firewallRuleResponse_data()
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

void TestDomainJsonDbApi::firewallRuleResponse()
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

void TestDomainJsonDbApi::firewallRuleTypeInference_data()
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

void TestDomainJsonDbApi::firewallRuleTypeInference()
{
    QFETCH(QByteArray, json);
    QFETCH(FirewallRule::Type, type);
    const auto rule = FirewallRule::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(rule);
    QCOMPARE(rule->type, type);
}

void TestDomainJsonDbApi::firewallRuleRoundTrip()
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

void TestDomainJsonDbApi::newFirewallRuleJson()
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

void TestDomainJsonDbApi::managedRanges()
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

void TestDomainJsonDbApi::extensionsFromAction()
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

void TestDomainJsonDbApi::extensionActionErrors_data()
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

void TestDomainJsonDbApi::extensionActionErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual = QStringLiteral("stale");
    QVERIFY(!Extension::listFromActionResponse(QJsonDocument::fromJson(json).object(), &actual));
    QCOMPARE(actual, error);
    QVERIFY(!Extension::listFromActionResponse(QJsonDocument::fromJson(json).object())); // no error pointer
}

void TestDomainJsonDbApi::extensionVersion_data()
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

void TestDomainJsonDbApi::extensionVersion()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Extension::normalizeVersion(input), expected);
}

QTEST_GUILESS_MAIN(TestDomainJsonDbApi)
#include "tst_domainjson_dbapi.moc"
