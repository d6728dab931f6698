// Hostile inputs at the sandbox's HTTP API. Every case is sent as raw bytes on a socket (no client library to
// normalise paths, methods, headers or bodies) and must be rejected with a 4xx: never a 5xx, never a 2xx, never a
// dropped connection. After every case PostgreSQL must be unchanged: roles (pg_roles, and their password hashes
// in pg_authid as the superuser), databases, the rules and users the API lists, the pg_hba rules PostgreSQL
// loaded, the default user can still log in over TLS and its canary table still holds its row.
//
// A second table checks that SQL metacharacters in otherwise valid values (labels, passwords) are stored and used
// literally, never interpreted. A summary table (cases run / passed per group) is printed at the end.
#include "sandboxprocess.h"
#include "sandboxstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTest>

using namespace sandboxstate;

namespace {

enum class Auth {
    Addon, ///< this database's valid addon token
    None,
    Garbage, ///< "Bearer not-a-token"
    AlgNone, ///< unsigned JWT with addon claims
    Tampered, ///< our addon token with the payload changed (other addon), original signature
    Escalated, ///< user JWT payload with scope=addon, user signature
    UserJwt, ///< a valid user JWT on the DB API
    ApiToken, ///< the tk-us API token as a bearer
    Foreign, ///< a valid addon token of another sandbox (other secret, other addon)
    HugeHeader, ///< 48 KiB Authorization header
    BasicWrong, ///< Basic auth with a wrong API token (token exchange)
    BasicNone, ///< token exchange with a bearer header instead of Basic
};

struct Case
{
    QByteArray group;
    QByteArray name;
    QByteArray method;
    QByteArray target; ///< placeholders {A} addon id, {APP} app id, {OWNER} default user, {RULE} custom rule id,
                       ///< {FA} the foreign addon id
    QByteArray body;
    Auth auth = Auth::Addon;
    int expected = 0; ///< exact status, or 0 for "any 4xx"
};

struct Snapshot
{
    QStringList roles;
    QStringList authid;
    QStringList databases;
    QStringList hba;
    QStringList apiUsers;
    QStringList apiRules;
    QStringList canary;
    bool ownerLogsIn = false;
    QString ownerError;
};

struct Tally
{
    int run = 0;
    int passed = 0;
};

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject jwtPayload(const QString &token)
{
    return QJsonDocument::fromJson(
                   QByteArray::fromBase64(token.toLatin1().split('.').value(1), QByteArray::Base64UrlEncoding))
            .object();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray userBody(const QJsonValue &name, const QJsonObject &extra = {})
{
    QJsonObject user{{QStringLiteral("name"), name}, {QStringLiteral("read_only"), false}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        user.insert(it.key(), it.value());
    return json({{QStringLiteral("database_user"), user}});
}

QByteArray ruleBody(const QJsonObject &rule)
{
    return json(rule);
}

QByteArray customRule(const QJsonValue &cidr, const QJsonValue &label = QJsonValue::Undefined)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("custom_range")}, {QStringLiteral("cidr"), cidr}};
    if (!label.isUndefined())
        o.insert(QStringLiteral("label"), label);
    return json(o);
}

QByteArray action(const QJsonValue &name, const QJsonValue &params = QJsonValue::Null)
{
    return json({{QStringLiteral("action_name"), name}, {QStringLiteral("params"), params}});
}

QList<Case> hostileCases()
{
    const QByteArray users = "/api/databases/{A}/users";
    const QByteArray rules = "/api/databases/{A}/firewall_rules";
    const QByteArray act = "/api/databases/{A}/action";
    const QString pw = QStringLiteral("a-perfectly-valid-password-123456");
    QList<Case> c;
    const auto add = [&c](const char *group, const char *name, const QByteArray &method, const QByteArray &target,
                          const QByteArray &body = QByteArray(), int expected = 0, Auth auth = Auth::Addon) {
        c.append(Case{group, name, method, target, body, auth, expected});
    };

    // --- SQL / identifier injection in user names (body) ---------------------------------------------------------
    const char *g = "username injection";
    add(g, "quote-drop-role", "POST", users, userBody(QStringLiteral("x'; DROP ROLE postgres; --")), 422);
    add(g, "double-quote-ident", "POST", users, userBody(QStringLiteral("evil\"; DROP TABLE canary; --")), 422);
    add(g, "bobby-tables", "POST", users, userBody(QStringLiteral("robert'); DROP TABLE canary;--")), 422);
    add(g, "or-1-eq-1", "POST", users, userBody(QStringLiteral("abcdef OR 1=1")), 422);
    add(g, "superuser-option", "POST", users, userBody(QStringLiteral("abcdef SUPERUSER")), 422);
    add(g, "dollar-quote", "POST", users, userBody(QStringLiteral("$$abc$$defg")), 422);
    add(g, "reserved-postgres", "POST", users, userBody(QStringLiteral("postgres")), 422);
    add(g, "reserved-pg-prefix", "POST", users, userBody(QStringLiteral("pg_signal_backend")), 422);
    add(g, "pg-prefix-new", "POST", users, userBody(QStringLiteral("pg_mine_123")), 422);
    add(g, "existing-user", "POST", users, userBody(QStringLiteral("hostile_target")), 422);
    add(g, "default-user", "POST", users, userBody(QStringLiteral("{OWNER}")), 422);
    add(g, "nul-byte", "POST", users, userBody(QString(QStringLiteral("abcdef") + QChar(0) + QStringLiteral("xyz"))),
        422);
    add(g, "newline", "POST", users, userBody(QStringLiteral("abcdef\nALTER ROLE x SUPERUSER")), 422);
    add(g, "unicode-accent", "POST", users, userBody(QStringLiteral("us\u00e9r_name")), 422);
    add(g, "unicode-fullwidth", "POST", users, userBody(QStringLiteral("\uff41\uff42\uff43defgh")), 422);
    add(g, "unicode-rtl-override", "POST", users, userBody(QStringLiteral("abc\u202edefgh")), 422);
    add(g, "too-long", "POST", users, userBody(QString(200, QLatin1Char('a'))), 422);
    add(g, "upper-case", "POST", users, userBody(QStringLiteral("Upper_Case")), 422);
    add(g, "empty", "POST", users, userBody(QString()), 422);
    add(g, "password-quote-injection", "POST", users,
        userBody(QStringLiteral("quote_victim"),
                 {{QStringLiteral("password"), QStringLiteral("x' SUPERUSER; DROP TABLE canary; --aaaaa")}}),
        422);
    add(g, "password-too-short", "POST", users,
        userBody(QStringLiteral("short_victim"), {{QStringLiteral("password"), QStringLiteral("short")}}), 422);
    add(g, "confirmation-mismatch", "POST", users,
        userBody(QStringLiteral("mismatch_victim"),
                 {{QStringLiteral("password"), pw},
                  {QStringLiteral("password_confirmation"), QString(pw + QLatin1Char('x'))}}),
        422);
    add(g, "database-id-other", "POST", users,
        userBody(QStringLiteral("other_db_victim"), {{QStringLiteral("database_id"), QStringLiteral("{FA}")}}), 422);

    // --- user names in paths ---------------------------------------------------------------------------------------
    g = "username in path";
    add(g, "delete-quote-injection", "DELETE", users + "/x'%3B%20DROP%20ROLE%20postgres%3B--", {}, 404);
    add(g, "delete-postgres", "DELETE", users + "/postgres", {}, 404);
    add(g, "delete-builtin-role", "DELETE", users + "/pg_read_all_data", {}, 404);
    add(g, "delete-default-user", "DELETE", users + "/{OWNER}", {}, 403);
    add(g, "reset-default-user", "POST", users + "/{OWNER}/reset_password", {}, 403);
    add(g, "patch-default-user", "PATCH", users + "/{OWNER}",
        json({{QStringLiteral("database_user"),
               QJsonObject{{QStringLiteral("password"), pw}, {QStringLiteral("password_confirmation"), pw}}}}),
        403);
    add(g, "reset-postgres", "POST", users + "/postgres/reset_password", {}, 404);
    add(g, "patch-postgres", "PATCH", users + "/postgres",
        json({{QStringLiteral("database_user"), QJsonObject{{QStringLiteral("password"), pw}}}}), 404);
    add(g, "dot-dot", "DELETE", users + "/..", {}, 0);
    add(g, "encoded-dot-dot", "DELETE", users + "/%2e%2e", {}, 0);
    add(g, "traversal-to-postgres", "DELETE", users + "/..%2F..%2F..%2Fusers%2Fpostgres", {}, 0);
    add(g, "encoded-slash-suffix", "DELETE", users + "/hostile_target%2F", {}, 404);
    add(g, "encoded-slash-reset", "POST", users + "/hostile_target%2Freset_password", {}, 405); // POST users/{name}
    add(g, "encoded-slash-prefix", "DELETE", users + "%2Fhostile_target", {}, 0);
    add(g, "double-encoded-slash", "DELETE", users + "/hostile_target%252F", {}, 404);
    add(g, "nul-in-name", "DELETE", users + "/hostile_target%00", {}, 404);
    add(g, "unicode-encoded", "DELETE", users + "/host%C3%AFle_target", {}, 404);
    add(g, "unicode-raw-bytes", "DELETE", users + "/host\xc3\xafle_target", {}, 0);
    add(g, "overlong-utf8-slash", "DELETE", users + "/hostile_target%C0%AF", {}, 404);
    add(g, "case-variant", "DELETE", users + "/HOSTILE_TARGET", {}, 404);
    add(g, "trailing-space", "DELETE", users + "/hostile_target%20", {}, 404);
    add(g, "patch-rename", "PATCH", users + "/hostile_target",
        json({{QStringLiteral("database_user"),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("postgres")}, {QStringLiteral("password"), pw}}}}),
        422);
    add(g, "patch-make-read-write", "PATCH", users + "/hostile_target",
        json({{QStringLiteral("database_user"),
               QJsonObject{{QStringLiteral("read_only"), false}, {QStringLiteral("password"), pw}}}}),
        422);
    add(g, "patch-quote-password", "PATCH", users + "/hostile_target",
        json({{QStringLiteral("database_user"),
               QJsonObject{{QStringLiteral("password"), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa' SUPERUSER")}}}}),
        422);

    // --- labels, CIDRs, range ids (pg_hba.conf injection) --------------------------------------------------------
    g = "rule injection";
    add(g, "label-newline-hba-line", "POST", rules,
        customRule(QStringLiteral("10.66.0.0/16"), QStringLiteral("x\nhost all all 0.0.0.0/0 trust")), 422);
    add(g, "label-carriage-return", "POST", rules, customRule(QStringLiteral("10.66.0.0/16"), QStringLiteral("a\rb")),
        422);
    add(g, "label-tab", "POST", rules, customRule(QStringLiteral("10.66.0.0/16"), QStringLiteral("a\tb")), 422);
    add(g, "label-nul", "POST", rules,
        customRule(QStringLiteral("10.66.0.0/16"), QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))), 422);
    add(g, "label-101-chars", "POST", rules, customRule(QStringLiteral("10.66.0.0/16"), QString(101, QLatin1Char('x'))),
        422);
    add(g, "label-on-managed", "POST", rules,
        ruleBody({{QStringLiteral("type"), QStringLiteral("managed_range")},
                  {QStringLiteral("range_id"), QStringLiteral("mr-scalingo-osc-fr1")},
                  {QStringLiteral("label"), QStringLiteral("'); DROP TABLE canary; --")}}),
        422);
    add(g, "cidr-trust-line", "POST", rules, customRule(QStringLiteral("127.0.0.1/32 trust\nhost all all 0.0.0.0/0")),
        422);
    add(g, "cidr-sql", "POST", rules, customRule(QStringLiteral("0.0.0.0/0' OR '1'='1")), 422);
    add(g, "cidr-keyword-all", "POST", rules, customRule(QStringLiteral("all")), 422);
    add(g, "cidr-keyword-samenet", "POST", rules, customRule(QStringLiteral("samenet")), 422);
    add(g, "cidr-keyword-samehost", "POST", rules, customRule(QStringLiteral("samehost")), 422);
    add(g, "cidr-hostname", "POST", rules, customRule(QStringLiteral("localhost")), 422);
    add(g, "cidr-ipv6", "POST", rules, customRule(QStringLiteral("::/0")), 422);
    add(g, "cidr-host-bits", "POST", rules, customRule(QStringLiteral("10.1.2.3/8")), 422);
    add(g, "cidr-bare-ip", "POST", rules, customRule(QStringLiteral("10.1.2.3")), 422);
    add(g, "cidr-prefix-33", "POST", rules, customRule(QStringLiteral("10.0.0.0/33")), 422);
    add(g, "cidr-octal", "POST", rules, customRule(QStringLiteral("010.0.0.0/8")), 422);
    add(g, "cidr-unicode-digits", "POST", rules, customRule(QStringLiteral("\u0661\u0660.0.0.0/8")), 422);
    add(g, "cidr-duplicate", "POST", rules, customRule(QStringLiteral("10.200.0.0/16")), 422);
    add(g, "range-id-sql", "POST", rules,
        ruleBody({{QStringLiteral("type"), QStringLiteral("managed_range")},
                  {QStringLiteral("range_id"), QStringLiteral("mr-sandbox-local' OR 1=1 --")}}),
        422);
    add(g, "range-id-traversal", "POST", rules,
        ruleBody({{QStringLiteral("type"), QStringLiteral("managed_range")},
                  {QStringLiteral("range_id"), QStringLiteral("../../../etc/passwd")}}),
        422);
    add(g, "range-id-duplicate", "POST", rules,
        ruleBody({{QStringLiteral("type"), QStringLiteral("managed_range")},
                  {QStringLiteral("range_id"), QStringLiteral("mr-sandbox-local")}}),
        422);
    add(g, "type-sql", "POST", rules,
        ruleBody({{QStringLiteral("type"), QStringLiteral("custom_range'; --")},
                  {QStringLiteral("cidr"), QStringLiteral("10.67.0.0/16")}}),
        422);
    add(g, "cidr-on-managed", "POST", rules,
        ruleBody({{QStringLiteral("type"), QStringLiteral("managed_range")},
                  {QStringLiteral("range_id"), QStringLiteral("mr-scalingo-osc-fr1")},
                  {QStringLiteral("cidr"), QStringLiteral("0.0.0.0/0")}}),
        422);
    add(g, "patch-label-control", "PATCH", rules + "/{RULE}",
        json({{QStringLiteral("firewall_rule"), QJsonObject{{QStringLiteral("label"), QStringLiteral("a\nb")}}}}), 422);
    add(g, "patch-cidr-widen", "PATCH", rules + "/{RULE}",
        json({{QStringLiteral("firewall_rule"), QJsonObject{{QStringLiteral("cidr"), QStringLiteral("0.0.0.0/0")}}}}),
        422);
    add(g, "delete-rule-sql-id", "DELETE", rules + "/'%20OR%20'1'%3D'1", {}, 404);
    add(g, "delete-rule-wildcard", "DELETE", rules + "/%25", {}, 404);
    add(g, "delete-rule-traversal", "DELETE", rules + "/..%2F{RULE}", {}, 0);
    add(g, "delete-rule-encoded-slash", "DELETE", rules + "/{RULE}%2F", {}, 404);
    add(g, "delete-rule-unicode", "DELETE", rules + "/%E2%80%AE{RULE}", {}, 404);
    add(g, "patch-rule-sql-id", "PATCH", rules + "/x'%20OR%20''='",
        json({{QStringLiteral("firewall_rule"), QJsonObject{{QStringLiteral("label"), QStringLiteral("pwned")}}}}),
        404);

    // --- action endpoint (extension names) -------------------------------------------------------------------------
    g = "action injection";
    add(g, "enable-extension-sql", "POST", act,
        action(QStringLiteral("enable-extension"),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("pgcrypto; DROP TABLE canary")}}),
        400);
    add(g, "create-extension-ident", "POST", act,
        action(QStringLiteral("create-extension"),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("\"plpgsql\"; ALTER ROLE x SUPERUSER")}}),
        400);
    add(g, "action-name-sql", "POST", act, action(QStringLiteral("list-extensions; DROP TABLE canary")), 400);
    add(g, "action-name-traversal", "POST", act, action(QStringLiteral("../list-extensions")), 400);
    add(g, "action-name-nul", "POST", act,
        action(QString(QStringLiteral("list-extensions") + QChar(0) + QStringLiteral("x"))), 400);
    add(g, "action-name-unicode-hyphen", "POST", act, action(QStringLiteral("list\u2010extensions")), 400);
    add(g, "action-name-number", "POST", act, action(42), 400);
    add(g, "action-name-missing", "POST", act, json({{QStringLiteral("params"), QJsonValue::Null}}), 400);
    add(g, "run-sql", "POST", act,
        action(QStringLiteral("run-sql"), QJsonObject{{QStringLiteral("sql"), QStringLiteral("DROP TABLE canary")}}),
        400);
    add(g, "list-extensions-foreign-token", "POST", act, action(QStringLiteral("list-extensions")), 401, Auth::Foreign);

    // --- oversized bodies --------------------------------------------------------------------------------------
    g = "oversized";
    const QByteArray pad(64 * 1024, ' ');
    add(g, "users-64KiB+1", "POST", users, userBody(QStringLiteral("big_victim")) + pad, 413);
    add(g, "rules-1MiB", "POST", rules, customRule(QStringLiteral("10.68.0.0/16")) + QByteArray(1024 * 1024, ' '), 413);
    add(g, "action-64KiB+1", "POST", act, action(QStringLiteral("list-extensions")) + pad, 413);
    add(g, "patch-huge-password", "PATCH", users + "/hostile_target",
        json({{QStringLiteral("database_user"),
               QJsonObject{{QStringLiteral("password"), QString(70 * 1024, QLatin1Char('p'))}}}}),
        413);
    add(g, "exchange-64KiB+1", "POST", "/v1/tokens/exchange", QByteArray("{}") + pad, 413, Auth::None);
    {
        // Exactly at the limit: parsed (not 413) and refused on its merits.
        QByteArray atLimit = userBody(QString(1000, QLatin1Char('z')));
        atLimit += QByteArray(64 * 1024 - atLimit.size(), ' ');
        add(g, "users-exactly-64KiB", "POST", users, atLimit, 422);
    }
    add(g, "label-64KiB", "POST", rules, customRule(QStringLiteral("10.69.0.0/16"), QString(60000, QLatin1Char('l'))),
        422);
    add(g, "deep-nesting", "POST", rules, QByteArray(5000, '[') + QByteArray(5000, ']'), 400);

    // --- wrong JSON types, malformed JSON, unknown fields ---------------------------------------------------------
    g = "json types";
    add(g, "not-json", "POST", users, "name=abcdef", 400);
    add(g, "truncated", "POST", users, "{\"database_user\": {\"name\": \"trunc_victim\"", 400);
    add(g, "root-array", "POST", users, "[{\"name\":\"array_victim\"}]", 400);
    add(g, "root-string", "POST", rules, "\"custom_range\"", 400);
    add(g, "root-null", "POST", rules, "null", 400);
    add(g, "invalid-utf8", "POST", users, "{\"database_user\":{\"name\":\"utf8_\xff\xfe_victim\"}}", 0);
    add(g, "name-number", "POST", users, userBody(123456), 422);
    add(g, "name-array", "POST", users, userBody(QJsonArray{QStringLiteral("array_victim")}), 422);
    add(g, "name-object", "POST", users, userBody(QJsonObject{{QStringLiteral("x"), 1}}), 422);
    add(g, "read-only-string", "POST", users,
        userBody(QStringLiteral("ro_victim"), {{QStringLiteral("read_only"), QStringLiteral("yes")}}), 422);
    add(g, "read-only-number", "POST", users, userBody(QStringLiteral("ro_victim"), {{QStringLiteral("read_only"), 1}}),
        422);
    add(g, "password-number", "POST", users,
        userBody(QStringLiteral("pw_victim"), {{QStringLiteral("password"), 123456789012345678.0}}), 422);
    add(g, "password-array", "POST", users,
        userBody(QStringLiteral("pw_victim"), {{QStringLiteral("password"), QJsonArray{pw}}}), 422);
    add(g, "root-not-object", "POST", users, json({{QStringLiteral("database_user"), QStringLiteral("abcdef")}}), 422);
    add(g, "cidr-number", "POST", rules, customRule(167772160), 422);
    add(g, "cidr-array", "POST", rules, customRule(QJsonArray{QStringLiteral("10.70.0.0/16")}), 422);
    add(g, "label-number", "POST", rules, customRule(QStringLiteral("10.70.0.0/16"), 42), 422);
    add(g, "label-object", "POST", rules,
        customRule(QStringLiteral("10.70.0.0/16"), QJsonObject{{QStringLiteral("x"), 1}}), 422);
    add(g, "type-bool", "POST", rules,
        ruleBody({{QStringLiteral("type"), true}, {QStringLiteral("cidr"), QStringLiteral("10.70.0.0/16")}}), 422);
    add(g, "patch-label-number", "PATCH", rules + "/{RULE}",
        json({{QStringLiteral("firewall_rule"), QJsonObject{{QStringLiteral("label"), 7}}}}), 422);
    add(g, "unknown-user-superuser", "POST", users,
        userBody(QStringLiteral("unknown_victim"), {{QStringLiteral("superuser"), true}}), 422);
    add(g, "unknown-user-role-options", "POST", users,
        userBody(QStringLiteral("unknown_victim"), {{QStringLiteral("options"), QStringLiteral("SUPERUSER")}}), 422);
    add(g, "unknown-rule-method-trust", "POST", rules,
        ruleBody({{QStringLiteral("type"), QStringLiteral("custom_range")},
                  {QStringLiteral("cidr"), QStringLiteral("10.71.0.0/16")},
                  {QStringLiteral("method"), QStringLiteral("trust")}}),
        422);
    add(g, "unknown-rule-database-all", "POST", rules,
        ruleBody({{QStringLiteral("type"), QStringLiteral("custom_range")},
                  {QStringLiteral("cidr"), QStringLiteral("10.71.0.0/16")},
                  {QStringLiteral("database"), QStringLiteral("all")}}),
        422);
    add(g, "root-plus-extra", "POST", rules,
        ruleBody({{QStringLiteral("firewall_rule"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("custom_range")},
                               {QStringLiteral("cidr"), QStringLiteral("10.72.0.0/16")}}},
                  {QStringLiteral("extra"), 1}}),
        422);
    add(g, "patch-unknown-field", "PATCH", users + "/hostile_target",
        json({{QStringLiteral("database_user"),
               QJsonObject{{QStringLiteral("password"), pw},
                           {QStringLiteral("valid_until"), QStringLiteral("infinity")}}}}),
        422);

    // --- methods ---------------------------------------------------------------------------------------------------
    g = "bad methods";
    add(g, "put-users", "PUT", users, userBody(QStringLiteral("put_victim")), 405);
    add(g, "delete-users-collection", "DELETE", users, {}, 405);
    add(g, "patch-rules-collection", "PATCH", rules, json({{QStringLiteral("label"), QStringLiteral("x")}}), 405);
    add(g, "delete-rules-empty-id", "DELETE", rules + "/", {}, 405);
    add(g, "get-single-user", "GET", users + "/hostile_target", {}, 405);
    add(g, "put-user", "PUT", users + "/hostile_target", {}, 405);
    add(g, "get-reset", "GET", users + "/hostile_target/reset_password", {}, 405);
    add(g, "delete-database", "DELETE", "/api/databases/{A}", {}, 405);
    add(g, "post-managed-ranges", "POST", "/api/firewall/managed_ranges", "{}", 405);
    add(g, "options-users", "OPTIONS", users, {}, 405);
    add(g, "get-exchange", "GET", "/v1/tokens/exchange", {}, 405, Auth::None);
    add(g, "delete-app", "DELETE", "/v1/apps/{APP}", {}, 405, Auth::UserJwt);

    // --- tokens ----------------------------------------------------------------------------------------------------
    g = "tokens";
    const QByteArray create = userBody(QStringLiteral("token_victim"));
    add(g, "no-token-list", "GET", users, {}, 401, Auth::None);
    add(g, "no-token-create", "POST", users, create, 401, Auth::None);
    add(g, "no-token-delete", "DELETE", users + "/hostile_target", {}, 401, Auth::None);
    add(g, "garbage", "DELETE", users + "/hostile_target", {}, 401, Auth::Garbage);
    add(g, "alg-none", "POST", users, create, 401, Auth::AlgNone);
    add(g, "tampered-payload", "DELETE", rules + "/{RULE}", {}, 401, Auth::Tampered);
    add(g, "scope-escalation", "POST", users, create, 401, Auth::Escalated);
    add(g, "user-jwt-on-db-api", "POST", users, create, 401, Auth::UserJwt);
    add(g, "api-token-as-bearer", "DELETE", users + "/hostile_target", {}, 401, Auth::ApiToken);
    add(g, "huge-header", "DELETE", users + "/hostile_target", {}, 0, Auth::HugeHeader);
    add(g, "foreign-token-our-addon", "POST", users, create, 401, Auth::Foreign);
    add(g, "foreign-token-its-addon", "POST", "/api/databases/{FA}/users", create, 401, Auth::Foreign);
    add(g, "our-token-other-addon", "POST", "/api/databases/{FA}/users", create, 401, Auth::Addon);
    add(g, "our-token-forged-addon", "DELETE", "/api/databases/ad-00000000-0000-0000-0000-000000000000/users/x", {},
        401, Auth::Addon);
    add(g, "addon-token-on-regional", "GET", "/v1/apps/{APP}/variables", {}, 401, Auth::Addon);
    add(g, "addon-token-for-forged-addon", "POST", "/v1/apps/{APP}/addons/{FA}/token", {}, 404, Auth::UserJwt);
    add(g, "addon-token-for-other-app", "POST", "/v1/apps/not-my-app/addons/{A}/token", {}, 404, Auth::UserJwt);
    add(g, "addon-token-traversal", "POST", "/v1/apps/{APP}/addons/..%2F..%2F{A}/token", {}, 0, Auth::UserJwt);
    add(g, "exchange-wrong-token", "POST", "/v1/tokens/exchange", "{}", 401, Auth::BasicWrong);
    add(g, "exchange-bearer", "POST", "/v1/tokens/exchange", "{}", 401, Auth::BasicNone);
    add(g, "exchange-no-auth", "POST", "/v1/tokens/exchange", "{}", 401, Auth::None);
    return c;
}

} // namespace

class TestSandboxHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rejected_data();
    void rejected();
    void storedLiterally_data();
    void storedLiterally();
    void passwordUsedLiterally();

private:
    Snapshot snapshot();
    QByteArray expand(QByteArray text) const;
    QByteArray authorization(Auth auth) const;
    bool compareSnapshots(const Snapshot &before, const Snapshot &after, QString *difference) const;

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    QString m_foreignAddon;
    QString m_foreignToken;
    QString m_ruleId;
    Snapshot m_baseline;
    QList<Case> m_cases;
    QMap<QByteArray, Tally> m_tally;
    QStringList m_log;
};

QByteArray TestSandboxHostile::expand(QByteArray text) const
{
    return text.replace("{A}", m_db.addonId.toUtf8())
            .replace("{APP}", m_db.appId.toUtf8())
            .replace("{OWNER}", m_db.ownerUser.toUtf8())
            .replace("{RULE}", m_ruleId.toUtf8())
            .replace("{FA}", m_foreignAddon.toUtf8());
}

QByteArray TestSandboxHostile::authorization(Auth auth) const
{
    const QByteArray header = b64url(R"({"alg":"HS256","typ":"JWT"})");
    switch (auth) {
    case Auth::Addon:
        return "Bearer " + m_db.addonToken.toLatin1();
    case Auth::None:
        return QByteArray();
    case Auth::Garbage:
        return "Bearer not-a-token";
    case Auth::AlgNone: {
        const QJsonObject claims = jwtPayload(m_db.addonToken);
        return "Bearer " + b64url(R"({"alg":"none","typ":"JWT"})") + '.' + b64url(json(claims)) + '.';
    }
    case Auth::Tampered: {
        QJsonObject claims = jwtPayload(m_db.addonToken);
        claims.insert(QStringLiteral("exp"), claims.value(QStringLiteral("exp")).toInteger() + 86400);
        const QByteArrayList parts = m_db.addonToken.toLatin1().split('.');
        return "Bearer " + parts[0] + '.' + b64url(json(claims)) + '.' + parts[2];
    }
    case Auth::Escalated: {
        QJsonObject claims = jwtPayload(m_db.jwt);
        claims.insert(QStringLiteral("scope"), QStringLiteral("addon"));
        claims.insert(QStringLiteral("addon"), m_db.addonId);
        claims.insert(QStringLiteral("app"), m_db.appId);
        const QByteArrayList parts = m_db.jwt.toLatin1().split('.');
        return "Bearer " + header + '.' + b64url(json(claims)) + '.' + parts[2];
    }
    case Auth::UserJwt:
        return "Bearer " + m_db.jwt.toLatin1();
    case Auth::ApiToken:
        return "Bearer " + m_sandbox.apiToken().toLatin1();
    case Auth::Foreign:
        return "Bearer " + m_foreignToken.toLatin1();
    case Auth::HugeHeader:
        return "Bearer " + QByteArray(48 * 1024, 'A');
    case Auth::BasicWrong:
        return "Basic " + QByteArray(":tk-us-wrong-token-0000000000").toBase64();
    case Auth::BasicNone:
        return "Bearer " + m_sandbox.apiToken().toLatin1();
    }
    return QByteArray();
}

Snapshot TestSandboxHostile::snapshot()
{
    Snapshot s;
    {
        PgSession owner(QStringLiteral("127.0.0.1"), m_db.port, m_db.pgDatabase, m_db.ownerUser, m_db.ownerPassword);
        s.ownerLogsIn = owner.ok();
        s.ownerError = owner.error();
        if (s.ownerLogsIn) {
            s.roles = owner.rows(QStringLiteral(
                    "SELECT rolname || ' login=' || rolcanlogin || ' super=' || rolsuper || ' createrole=' || "
                    "rolcreaterole || ' createdb=' || rolcreatedb || ' bypassrls=' || rolbypassrls || ' conn=' || "
                    "rolconnlimit || ' valid=' || coalesce(rolvaliduntil::text, '-') || ' cfg=' || "
                    "coalesce(array_to_string(rolconfig, ','), '-') FROM pg_roles ORDER BY rolname"));
            s.databases = owner.rows(QStringLiteral("SELECT datname FROM pg_database ORDER BY 1"));
            s.canary = owner.rows(QStringLiteral("SELECT id || ':' || note FROM canary ORDER BY id"));
        }
    }
    const auto su = superuser(m_sandbox, QStringLiteral("postgres"));
    if (su->ok()) {
        s.authid = su->rows(
                QStringLiteral("SELECT rolname || ' ' || coalesce(rolpassword, '-') FROM pg_authid ORDER BY rolname"));
        s.hba = su->rows(QStringLiteral(
                "SELECT type || ' ' || array_to_string(database, ',') || ' ' || array_to_string(user_name, ',') || "
                "' ' || coalesce(address, '') || ' ' || coalesce(netmask, '') || ' ' || auth_method || ' ' || "
                "coalesce(error, '') FROM pg_hba_file_rules ORDER BY line_number"));
    } else {
        s.authid = QStringList{QStringLiteral("<superuser unreachable: %1>").arg(su->error())};
    }
    const auto users = m_sandbox.get(QStringLiteral("/api/databases/%1/users").arg(m_db.addonId), m_db.addonToken);
    for (const QJsonValue v : users.json.value(QStringLiteral("database-users")).toArray())
        s.apiUsers.append(QString::fromUtf8(json(v.toObject())));
    if (users.status != 200)
        s.apiUsers.append(QStringLiteral("<status %1>").arg(users.status));
    const auto rules
            = m_sandbox.get(QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId), m_db.addonToken);
    for (const QJsonValue v : rules.json.value(QStringLiteral("rules")).toArray())
        s.apiRules.append(QString::fromUtf8(json(v.toObject())));
    if (rules.status != 200)
        s.apiRules.append(QStringLiteral("<status %1>").arg(rules.status));
    return s;
}

bool TestSandboxHostile::compareSnapshots(const Snapshot &before, const Snapshot &after, QString *difference) const
{
    const auto diff = [](const char *what, const QStringList &a, const QStringList &b) -> QString {
        if (a == b)
            return QString();
        QStringList gone, added;
        for (const QString &x : a)
            if (!b.contains(x))
                gone.append(x);
        for (const QString &x : b)
            if (!a.contains(x))
                added.append(x);
        return QStringLiteral("%1 changed: -[%2] +[%3]; ")
                .arg(QLatin1String(what), gone.join(QLatin1String(" | ")), added.join(QLatin1String(" | ")));
    };
    QString out;
    if (!after.ownerLogsIn)
        out += QStringLiteral("default user cannot log in: %1; ").arg(after.ownerError);
    out += diff("pg_roles", before.roles, after.roles);
    out += diff("pg_authid", before.authid, after.authid);
    out += diff("pg_database", before.databases, after.databases);
    out += diff("pg_hba_file_rules", before.hba, after.hba);
    out += diff("API users", before.apiUsers, after.apiUsers);
    out += diff("API rules", before.apiRules, after.apiRules);
    out += diff("canary", before.canary, after.canary);
    *difference = out;
    return out.isEmpty();
}

void TestSandboxHostile::initTestCase()
{
    // Another sandbox: its valid addon token and addon id stand for "a token for another addon".
    {
        SandboxProcess foreign;
        QVERIFY2(foreign.start(), qPrintable(foreign.errorString()));
        SandboxProcess::Database other;
        QVERIFY(foreign.discover(&other));
        m_foreignAddon = other.addonId;
        m_foreignToken = other.addonToken;
        QCOMPARE(foreign.stop(), 0);
    }
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    QVERIFY(m_foreignAddon != m_db.addonId);
    const QString rulesPath = QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId);
    QCOMPARE(m_sandbox
                     .post(rulesPath, m_db.addonToken,
                           {{QStringLiteral("type"), QStringLiteral("managed_range")},
                            {QStringLiteral("range_id"), QStringLiteral("mr-sandbox-local")}})
                     .status,
             201);
    const auto custom = m_sandbox.post(rulesPath, m_db.addonToken,
                                       {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                        {QStringLiteral("cidr"), QStringLiteral("10.200.0.0/16")},
                                        {QStringLiteral("label"), QStringLiteral("Existing rule")}});
    QCOMPARE(custom.status, 201);
    m_ruleId = custom.json.value(QStringLiteral("rule")).toObject().value(QStringLiteral("id")).toString();
    const auto user = m_sandbox.post(QStringLiteral("/api/databases/%1/users").arg(m_db.addonId), m_db.addonToken,
                                     {{QStringLiteral("database_user"),
                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("hostile_target")},
                                                   {QStringLiteral("read_only"), true}}}});
    QCOMPARE(user.status, 201);
    {
        PgSession owner(QStringLiteral("127.0.0.1"), m_db.port, m_db.pgDatabase, m_db.ownerUser, m_db.ownerPassword);
        QVERIFY2(owner.ok(), qPrintable(owner.error()));
        QVERIFY2(owner.query(QStringLiteral("CREATE TABLE canary (id int PRIMARY KEY, note text NOT NULL); "
                                            "INSERT INTO canary VALUES (1, 'still here')")),
                 qPrintable(owner.lastError()));
    }
    QVERIFY2(superuser(m_sandbox, QStringLiteral("postgres"))->ok(),
             "the superuser socket is needed for pg_authid / pg_hba_file_rules (run as root or postgres)");
    m_baseline = snapshot();
    QVERIFY(m_baseline.ownerLogsIn);
    QCOMPARE(m_baseline.canary, QStringList{QStringLiteral("1:still here")});
    QVERIFY(m_baseline.hba.size() >= 3);
    m_cases = hostileCases();
}

void TestSandboxHostile::rejected_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> cases = hostileCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(QByteArray(cases[i].group + ": " + cases[i].name).constData()) << i;
}

void TestSandboxHostile::rejected()
{
    QFETCH(int, index);
    const Case &c = m_cases.at(index);
    Tally &tally = m_tally[c.group];
    ++tally.run;
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    const QByteArray auth = authorization(c.auth);
    if (!auth.isEmpty())
        headers.append({"Authorization", auth});
    const QByteArray target = expand(c.target);
    const Snapshot before = snapshot();
    const RawReply reply
            = rawRequest(static_cast<quint16>(m_sandbox.url().port()), c.method, target, headers, expand(c.body));
    m_log.append(QStringLiteral("%1 %2 -> %3")
                         .arg(QString::fromLatin1(c.method), QString::fromUtf8(target.left(100)))
                         .arg(reply.status));
    QVERIFY2(m_sandbox.isRunning(), "the sandbox died");
    QVERIFY2(!reply.timedOut, "no answer within 20 s");
    QVERIFY2(!reply.closedWithoutReply, "connection closed without an HTTP answer");
    QVERIFY2(
            reply.status >= 400 && reply.status < 500,
            qPrintable(QStringLiteral("status %1: %2 %3")
                               .arg(reply.status)
                               .arg(QString::fromUtf8(reply.head.left(100)), QString::fromUtf8(reply.body.left(300)))));
    if (c.expected)
        QVERIFY2(reply.status == c.expected,
                 qPrintable(QStringLiteral("status %1 (expected %2): %3")
                                    .arg(reply.status)
                                    .arg(c.expected)
                                    .arg(QString::fromUtf8(reply.body.left(300)))));
    // Error bodies are JSON objects with a message, never a stack trace or SQL text.
    if (c.method != "HEAD") {
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        QVERIFY2(doc.isObject(), reply.body.left(200).constData());
        QVERIFY2(!reply.body.contains("ERROR:") && !reply.body.contains("syntax error")
                         && !reply.body.contains("pg_authid") && !reply.body.contains("QPSQL"),
                 reply.body.left(300).constData());
    }
    QString difference;
    QVERIFY2(compareSnapshots(before, snapshot(), &difference), qPrintable(difference));
    ++tally.passed;
}

void TestSandboxHostile::storedLiterally_data()
{
    QTest::addColumn<QString>("label");
    QTest::newRow("quote-drop") << QStringLiteral("'); DROP TABLE canary; --");
    QTest::newRow("dollar-quote") << QStringLiteral("$$; DROP ROLE hostile_target; $$");
    QTest::newRow("double-quote") << QStringLiteral("\"; DROP TABLE firewall_rules; --");
    QTest::newRow("backslash") << QStringLiteral("\\x27 OR 1=1 \\\\");
    QTest::newRow("percent-format") << QStringLiteral("%I %L %s %1 {} ${x}");
    QTest::newRow("hba-words") << QStringLiteral("host all all 0.0.0.0/0 trust");
    QTest::newRow("comment") << QStringLiteral("# include /etc/passwd");
    QTest::newRow("unicode") << QStringLiteral("Bureau \u2013 Z\u00fcrich \U0001F680 \u202e");
    QTest::newRow("100-chars") << QString(100, QLatin1Char('\''));
}

void TestSandboxHostile::storedLiterally()
{
    QFETCH(QString, label);
    Tally &tally = m_tally["stored literally"];
    ++tally.run;
    const QString rulesPath = QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId);
    const auto created = m_sandbox.post(rulesPath, m_db.addonToken,
                                        {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                         {QStringLiteral("cidr"), QStringLiteral("10.77.0.0/16")},
                                         {QStringLiteral("label"), label}});
    QCOMPARE(created.status, 201);
    const QJsonObject rule = created.json.value(QStringLiteral("rule")).toObject();
    const QString id = rule.value(QStringLiteral("id")).toString();
    QCOMPARE(rule.value(QStringLiteral("label")).toString(), label);
    const auto list = m_sandbox.get(rulesPath, m_db.addonToken);
    bool found = false;
    for (const QJsonValue v : list.json.value(QStringLiteral("rules")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id) {
            QCOMPARE(v.toObject().value(QStringLiteral("label")).toString(), label);
            found = true;
        }
    }
    QVERIFY(found);
    // The label never reaches pg_hba.conf: exactly one new line, for the CIDR, all lines valid.
    const auto su = superuser(m_sandbox, QStringLiteral("postgres"));
    QCOMPARE(su->rows(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(su->rows(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules")).value(0).toInt(),
             m_baseline.hba.size() + 1);
    QCOMPARE(su->rows(QStringLiteral("SELECT auth_method FROM pg_hba_file_rules WHERE address = '10.77.0.0'")),
             QStringList{QStringLiteral("scram-sha-256")});
    QCOMPARE(m_sandbox.del(rulesPath + QLatin1Char('/') + id, m_db.addonToken).status, 204);
    QString difference;
    QVERIFY2(compareSnapshots(m_baseline, snapshot(), &difference), qPrintable(difference));
    ++tally.passed;
}

void TestSandboxHostile::passwordUsedLiterally()
{
    Tally &tally = m_tally["stored literally"];
    ++tally.run;
    // No quotes (refused), but every other metacharacter: the server hashes it (SCRAM) and never splices it in SQL.
    const QString password = QStringLiteral("$$;ALTER ROLE hostile_target SUPERUSER;$$--\\%I%L");
    const auto patched = m_sandbox.patch(QStringLiteral("/api/databases/%1/users/hostile_target").arg(m_db.addonId),
                                         m_db.addonToken,
                                         {{QStringLiteral("database_user"),
                                           QJsonObject{{QStringLiteral("password"), password},
                                                       {QStringLiteral("password_confirmation"), password}}}});
    QCOMPARE(patched.status, 200);
    PgSession target(QStringLiteral("127.0.0.1"), m_db.port, m_db.pgDatabase, QStringLiteral("hostile_target"),
                     password);
    QVERIFY2(target.ok(), qPrintable(target.error()));
    QCOMPARE(target.rows(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")),
             QStringList{QStringLiteral("f")});
    QCOMPARE(target.rows(QStringLiteral("SELECT note FROM canary")), QStringList{QStringLiteral("still here")});
    // Only the password hash of hostile_target changed.
    Snapshot after = snapshot();
    QString difference;
    QVERIFY(!compareSnapshots(m_baseline, after, &difference));
    QVERIFY2(difference.startsWith(QLatin1String("pg_authid changed: -[hostile_target SCRAM-SHA-256$"))
                     && difference.count(QLatin1String("changed:")) == 1,
             qPrintable(difference));
    m_baseline = after;
    ++tally.passed;
}

void TestSandboxHostile::cleanupTestCase()
{
    int run = 0, passed = 0;
    qInfo().noquote() << "\nHostile inputs at the sandbox";
    qInfo().noquote() << QStringLiteral("%1 %2 %3")
                                 .arg(QStringLiteral("group"), -22)
                                 .arg(QStringLiteral("run"), 5)
                                 .arg(QStringLiteral("passed"), 7);
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it) {
        qInfo().noquote() << QStringLiteral("%1 %2 %3")
                                     .arg(QString::fromLatin1(it.key()), -22)
                                     .arg(it.value().run, 5)
                                     .arg(it.value().passed, 7);
        run += it.value().run;
        passed += it.value().passed;
    }
    qInfo().noquote() << QStringLiteral("%1 %2 %3").arg(QStringLiteral("total"), -22).arg(run, 5).arg(passed, 7);
    if (qEnvironmentVariableIsSet("GATEHOUSE_HOSTILE_VERBOSE"))
        qInfo().noquote() << m_log.join(QLatin1Char('\n'));
    QCOMPARE(m_sandbox.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxHostile)
#include "tst_sandbox_hostile.moc"
