// FakeApiServer's small stateful Scalingo: tokens and JWTs, one database with its users, rules, ranges and addons,
// behind the routes the client calls (the HTTP transport and fault injection are in fakeapiserver.cpp).
#include "fakeapiserver.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QString FakeApiServer::jwtWithExpiry(qint64 expSecsSinceEpoch)
{
    const QByteArray header = base64Url(R"({"alg":"none","typ":"JWT"})");
    const QByteArray payload = base64Url(
            QJsonDocument(QJsonObject{{QStringLiteral("exp"), double(expSecsSinceEpoch)},
                                      {QStringLiteral("sub"), QStringLiteral("us-1")},
                                      {QStringLiteral("jti"), QString::number(QDateTime::currentMSecsSinceEpoch())}})
                    .toJson(QJsonDocument::Compact));
    return QString::fromLatin1(header + '.' + payload + ".sig");
}

// A minimal, stateful Scalingo: enough for the client's every endpoint, with the auth rules of §2.
void FakeApiServer::installScalingo()
{
    users = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("mydb_owner")},
                                   {QStringLiteral("read_only"), false},
                                   {QStringLiteral("protected"), true}}};
    ranges = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("mr-scalingo-test-fr1")},
                                    {QStringLiteral("name"), QStringLiteral("Scalingo test-fr1 region")}}};
    addons = QJsonArray{QJsonObject{{QStringLiteral("id"), addonId()},
                                    {QStringLiteral("app_id"), appId()},
                                    {QStringLiteral("status"), QStringLiteral("running")}}};

    auto userAuth = [this](const Request &r) { return m_jwts.contains(r.bearer()); };
    auto addonAuth = [this](const Request &r) { return m_addonTokens.contains(r.bearer()); };
    auto unauthorized = [] { return Response::error(401, QStringLiteral("invalid token")); };
    const QString app = QStringLiteral("(app-1|mydb)");
    const QString db = QStringLiteral("/api/databases/ad-1111");

    route("POST", QStringLiteral("/v1/tokens/exchange"), [this, unauthorized](const Request &r) {
        if (r.header("authorization") != "Basic " + QByteArray(':' + apiToken.toUtf8()).toBase64())
            return unauthorized();
        const QString jwt = jwtWithExpiry(QDateTime::currentSecsSinceEpoch() + jwtLifetimeSecs);
        m_jwts.append(jwt);
        return Response::json(200, {{QStringLiteral("token"), jwt}});
    });
    route("GET", QStringLiteral("/v1/regions"), [this](const Request &) {
        const QJsonObject region{{QStringLiteral("name"), regionName()},
                                 {QStringLiteral("display_name"), QStringLiteral("Test region")},
                                 {QStringLiteral("api"), url().toString()},
                                 {QStringLiteral("database_api"), url().toString()},
                                 {QStringLiteral("default"), true}};
        return Response::json(200, {{QStringLiteral("regions"), QJsonArray{region}}});
    });
    route("GET", QStringLiteral("/v1/users/self"), [this, userAuth, unauthorized](const Request &r) {
        if (!userAuth(r))
            return unauthorized();
        return Response::json(200,
                              {{QStringLiteral("user"),
                                QJsonObject{{QStringLiteral("id"), QStringLiteral("us-1")},
                                            {QStringLiteral("username"), accountName},
                                            {QStringLiteral("email"), QStringLiteral("alice@example.test")}}}});
    });
    route("GET", QStringLiteral("/v1/databases"), [this, userAuth, unauthorized](const Request &r) {
        if (!userAuth(r))
            return unauthorized();
        const QJsonObject db{{QStringLiteral("id"), appId()},
                             {QStringLiteral("name"), databaseName},
                             {QStringLiteral("project_id"), QStringLiteral("pr-1")},
                             {QStringLiteral("technology"), QStringLiteral("postgresql-ng")},
                             {QStringLiteral("plan"), QStringLiteral("postgresql-dr-starter-4096")}};
        return Response::json(200, {{QStringLiteral("databases"), QJsonArray{db}}});
    });
    route("GET", QStringLiteral("/v1/apps/%1/addons").arg(app), [this, userAuth, unauthorized](const Request &r) {
        if (!userAuth(r))
            return unauthorized();
        return Response::json(200, {{QStringLiteral("addons"), addons}});
    });
    route("POST", QStringLiteral("/v1/apps/%1/addons/ad-1111/token").arg(app),
          [this, userAuth, unauthorized](const Request &r) {
              if (!userAuth(r))
                  return unauthorized();
              const QString token = addonTokensAreJwts
                      ? jwtWithExpiry(QDateTime::currentSecsSinceEpoch() + addonTokenLifetimeSecs)
                      : QStringLiteral("addon-token-%1").arg(++m_serial);
              m_addonTokens.append(token);
              return Response::json(
                      200,
                      {{QStringLiteral("addon"),
                        QJsonObject{{QStringLiteral("id"), addonId()}, {QStringLiteral("token"), token}}}});
          });
    route("GET", QStringLiteral("/v1/apps/%1/variables").arg(app), [this, userAuth, unauthorized](const Request &r) {
        if (!userAuth(r))
            return unauthorized();
        const QJsonArray vars{QJsonObject{{QStringLiteral("name"), QStringLiteral("SCALINGO_POSTGRESQL_URL")},
                                          {QStringLiteral("value"), connectionUri}}};
        return Response::json(200, {{QStringLiteral("variables"), vars}});
    });

    route("GET", db, [this, addonAuth, unauthorized](const Request &r) {
        if (!addonAuth(r))
            return unauthorized();
        return Response::json(200,
                              {{QStringLiteral("database"),
                                QJsonObject{{QStringLiteral("id"), QStringLiteral("dbi-1")},
                                            {QStringLiteral("app_name"), appName()},
                                            {QStringLiteral("status"), QStringLiteral("running")}}}});
    });
    route("GET", db + QStringLiteral("/users"), [this, addonAuth, unauthorized](const Request &r) {
        if (!addonAuth(r))
            return unauthorized();
        return Response::json(200, {{QStringLiteral("database-users"), users}});
    });
    route("POST", db + QStringLiteral("/users"), [this, addonAuth, unauthorized](const Request &r) {
        if (!addonAuth(r))
            return unauthorized();
        QJsonObject user = r.json().value(QStringLiteral("database_user")).toObject();
        const QString name = user.value(QStringLiteral("name")).toString();
        for (const QJsonValue &u : std::as_const(users)) {
            if (u.toObject().value(QStringLiteral("name")).toString() == name)
                return Response::json(422,
                                      {{QStringLiteral("errors"),
                                        QJsonObject{{QStringLiteral("name"),
                                                     QJsonArray{QStringLiteral("has already been taken")}}}}});
        }
        QJsonObject stored{{QStringLiteral("name"), name},
                           {QStringLiteral("read_only"), user.value(QStringLiteral("read_only")).toBool()},
                           {QStringLiteral("protected"), false}};
        users.append(stored);
        stored.insert(QStringLiteral("password"), user.value(QStringLiteral("password")).toString(generatedPassword));
        if (user.contains(QStringLiteral("password")))
            stored.remove(QStringLiteral("password"));
        return Response::json(201, {{QStringLiteral("database_user"), stored}});
    });
    route("PATCH", db + QStringLiteral("/users/[^/]+"), [addonAuth, unauthorized](const Request &r) {
        if (!addonAuth(r))
            return unauthorized();
        return Response::json(200,
                              {{QStringLiteral("database_user"),
                                QJsonObject{{QStringLiteral("name"), r.path.section(QLatin1Char('/'), -1)}}}});
    });
    route("POST", db + QStringLiteral("/users/[^/]+/reset_password"),
          [this, addonAuth, unauthorized](const Request &r) {
              if (!addonAuth(r))
                  return unauthorized();
              return Response::json(200,
                                    {{QStringLiteral("database_user"),
                                      QJsonObject{{QStringLiteral("name"), r.path.section(QLatin1Char('/'), -2, -2)},
                                                  {QStringLiteral("password"), generatedPassword}}}});
          });
    auto removeFrom = [](QJsonArray &array, const QString &key, const QString &value) {
        for (int i = 0; i < array.size(); ++i) {
            if (array.at(i).toObject().value(key).toString() == value) {
                array.removeAt(i);
                return true;
            }
        }
        return false;
    };
    route("DELETE", db + QStringLiteral("/users/[^/]+"), [this, addonAuth, unauthorized, removeFrom](const Request &r) {
        if (!addonAuth(r))
            return unauthorized();
        return removeFrom(users, QStringLiteral("name"), r.path.section(QLatin1Char('/'), -1))
                ? Response{204, {}, {}}
                : Response::error(404, QStringLiteral("user not found"));
    });
    route("GET", db + QStringLiteral("/firewall_rules"), [this, addonAuth, unauthorized](const Request &r) {
        if (!addonAuth(r))
            return unauthorized();
        return Response::json(200, {{QStringLiteral("rules"), rules}});
    });
    route("POST", db + QStringLiteral("/firewall_rules"), [this, addonAuth, unauthorized](const Request &r) {
        if (!addonAuth(r))
            return unauthorized();
        QJsonObject rule = r.json();
        if (rule.contains(QStringLiteral("firewall_rule")))
            rule = rule.value(QStringLiteral("firewall_rule")).toObject();
        rule.insert(QStringLiteral("id"), QStringLiteral("fw-%1").arg(++m_serial));
        rules.append(rule);
        return Response::json(201, {{QStringLiteral("rule"), rule}});
    });
    route("DELETE", db + QStringLiteral("/firewall_rules/[^/]+"),
          [this, addonAuth, unauthorized, removeFrom](const Request &r) {
              if (!addonAuth(r))
                  return unauthorized();
              return removeFrom(rules, QStringLiteral("id"), r.path.section(QLatin1Char('/'), -1))
                      ? Response{204, {}, {}}
                      : Response::error(404, QStringLiteral("rule not found"));
          });
    route("GET", QStringLiteral("/api/firewall/managed_ranges"), [this, addonAuth, unauthorized](const Request &r) {
        if (!addonAuth(r))
            return unauthorized();
        return Response::json(200, {{QStringLiteral("ranges"), ranges}});
    });
    route("POST", db + QStringLiteral("/action"), [addonAuth, unauthorized](const Request &r) {
        if (!addonAuth(r))
            return unauthorized();
        const QJsonArray result{QJsonObject{{QStringLiteral("name"), QStringLiteral("plpgsql")},
                                            {QStringLiteral("version"), QStringLiteral("v1.0")}}};
        return Response::json(200, {{QStringLiteral("ok"), 1}, {QStringLiteral("result"), result}});
    });
}
