#include "hostilecases.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hostile {

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

namespace {

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

} // namespace

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

} // namespace hostile
