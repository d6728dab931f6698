#include "platformapi.h"

#include "clustermanager.h"
#include "ratelimiter.h"
#include "sandboxregions.h"
#include "statestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

#include <functional>

namespace {

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("Database not found"));
}

// "postgresql-starter-512" -> "Starter 512", "postgresql-dr-business-8192" -> "Dedicated Business 8192".
QString planDisplayName(const QString &plan)
{
    QStringList words = plan.split(QLatin1Char('-'), Qt::SkipEmptyParts).mid(1);
    for (QString &word : words) {
        if (word == QLatin1String("dr"))
            word = QStringLiteral("Dedicated");
        else if (!word.isEmpty())
            word[0] = word.at(0).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

void PlatformApi::registerRoutes(HttpRouter *router)
{
    const auto bind = [this](HttpResponse (PlatformApi::*method)(const HttpRequest &)) {
        return [this, method](const HttpRequest &request) { return (this->*method)(request); };
    };
    router->add("POST", QStringLiteral("/v1/tokens/exchange"), bind(&PlatformApi::exchange));
    router->add("GET", QStringLiteral("/v1/regions"), bind(&PlatformApi::regions));
    router->add("GET", QStringLiteral("/v1/users/self"), bind(&PlatformApi::self));
    router->add("GET", QStringLiteral("/v1/databases"), bind(&PlatformApi::databases));
    router->add("GET", QStringLiteral("/v1/databases/{id}"), bind(&PlatformApi::database));
    router->add("GET", QStringLiteral("/v1/databases/{id}/endpoints"), bind(&PlatformApi::endpoints));
    router->add("GET", QStringLiteral("/v1/apps"), bind(&PlatformApi::apps));
    router->add("GET", QStringLiteral("/v1/apps/{id}"), bind(&PlatformApi::app));
    router->add("GET", QStringLiteral("/v1/apps/{id}/addons/{addon}"), bind(&PlatformApi::addon));
    router->add("GET", QStringLiteral("/v1/apps/{id}/addons"), bind(&PlatformApi::addons));
    router->add("POST", QStringLiteral("/v1/apps/{id}/addons/{addon}/token"), bind(&PlatformApi::addonToken));
    router->add("GET", QStringLiteral("/v1/apps/{id}/variables"), bind(&PlatformApi::variables));
    router->add("GET", QStringLiteral("/whatismyip"), [this](const HttpRequest &request) {
        // --public-ip: the address "this computer" has in tests (a public one, behind which the loopback hides).
        if (!m_ctx.config->publicIp.isNull())
            return HttpResponse::text(m_ctx.config->publicIp.toString().toLatin1());
        bool ok = false;
        const quint32 v4 = request.remoteAddress.toIPv4Address(&ok);
        const QString text = ok ? QHostAddress(v4).toString() : request.remoteAddress.toString();
        return HttpResponse::text(text.toLatin1());
    });
}

std::optional<TokenClaims> PlatformApi::authenticate(const HttpRequest &request, bool rateLimited,
                                                     HttpResponse *failure)
{
    QString reason;
    const QString token = request.bearerToken();
    const std::optional<TokenClaims> claims = m_ctx.tokens->verify(token, &reason);
    if (!claims) {
        *failure = HttpResponse::error(401, reason);
        return std::nullopt;
    }
    if (claims->scope != TokenClaims::Scope::User) {
        *failure = HttpResponse::error(401, QStringLiteral("This API needs a user token, not an addon token"));
        return std::nullopt;
    }
    if (rateLimited) {
        // Per account (the JWT's subject), not per JWT: exchanging a fresh token for every call must not escape it.
        // Each region's API has its own budget (§7.3).
        const int wait = m_ctx.limiter->acquire(QStringLiteral("account:%1:%2").arg(request.region, claims->subject),
                                                QDateTime::currentMSecsSinceEpoch());
        if (wait > 0) {
            *failure = HttpResponse::error(429, QStringLiteral("Retry later"));
            failure->headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
            return std::nullopt;
        }
    }
    return claims;
}

std::optional<DatabaseRecord> PlatformApi::regionalDatabase(const HttpRequest &request, HttpResponse *failure,
                                                            bool dedicatedOnly)
{
    if (!authenticate(request, true, failure))
        return std::nullopt;
    auto db = m_ctx.store->findDatabase(request.param(QStringLiteral("id")));
    if (db && ((dedicatedOnly && db->isClassic()) || db->region != request.region))
        db.reset(); // each regional API knows only its own region's apps
    if (!db)
        *failure = dedicatedOnly ? notFound() : HttpResponse::error(404, QStringLiteral("App not found"));
    return db;
}

HttpResponse PlatformApi::exchange(const HttpRequest &request)
{
    HttpResponse failure;
    if (!request.jsonObject(&failure))
        return failure;
    if (request.authorization.isEmpty())
        return HttpResponse::error(401,
                                   QStringLiteral("Missing API token (HTTP Basic, empty user, token as password)"));
    if (!m_ctx.tokens->checkBasicAuth(request.authorization))
        return HttpResponse::error(401, QStringLiteral("Invalid API token"));
    return HttpResponse::json(QJsonObject{{QStringLiteral("token"), m_ctx.tokens->issueUserToken(m_ctx.userId)}});
}

HttpResponse PlatformApi::regions(const HttpRequest &request)
{
    // Authentication is optional here (the CLI lists public regions anonymously), but a bad token is still refused.
    HttpResponse failure;
    if (!request.authorization.isEmpty() && !authenticate(request, false, &failure))
        return failure;
    const QUrl base(request.baseUrl);
    QJsonArray list;
    for (const QString &name : SandboxRegions::names(m_ctx.config->regions)) {
        const bool isDefault = name == SandboxRegions::defaultRegion();
        // Every region on this port: the default one at the root, the others under their name (HttpRouter).
        const QString url = isDefault ? request.baseUrl : request.baseUrl + QLatin1Char('/') + name;
        list.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("display_name"), SandboxRegions::displayName(name)},
                                {QStringLiteral("api"), url},
                                {QStringLiteral("database_api"), url},
                                {QStringLiteral("dashboard"), url},
                                {QStringLiteral("ssh"), QString(base.host() + QStringLiteral(":22"))},
                                {QStringLiteral("default"), isDefault}});
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("regions"), list}});
}

HttpResponse PlatformApi::self(const HttpRequest &request)
{
    HttpResponse failure;
    if (!authenticate(request, false, &failure))
        return failure;
    const QJsonObject user{{QStringLiteral("id"), m_ctx.userId},
                           {QStringLiteral("username"), QStringLiteral("sandbox")},
                           {QStringLiteral("fullname"), QStringLiteral("Sandbox User")},
                           {QStringLiteral("email"), QStringLiteral("sandbox@localhost")},
                           {QStringLiteral("flags"), QJsonObject()}};
    return HttpResponse::json(QJsonObject{{QStringLiteral("user"), user}});
}

QJsonObject PlatformApi::databaseJson(const DatabaseRecord &db) const
{
    return QJsonObject{{QStringLiteral("id"), db.appId},
                       {QStringLiteral("name"), db.name},
                       {QStringLiteral("project_id"), db.projectId},
                       {QStringLiteral("technology"), QStringLiteral("postgresql-ng")},
                       {QStringLiteral("plan"), db.plan}};
}

HttpResponse PlatformApi::regionalList(const HttpRequest &request, const QString &key,
                                       const std::function<void(QJsonArray *)> &fill)
{
    HttpResponse failure;
    if (!authenticate(request, true, &failure))
        return failure;
    QJsonArray array;
    fill(&array);
    return HttpResponse::json(QJsonObject{{key, array}});
}

HttpResponse PlatformApi::databases(const HttpRequest &request)
{
    return regionalList(request, QStringLiteral("databases"), [&](QJsonArray *array) {
        for (const DatabaseRecord &db : m_ctx.store->databases()) {
            if (!db.isClassic() && db.region == request.region)
                array->append(databaseJson(db));
        }
    });
}

HttpResponse PlatformApi::database(const HttpRequest &request)
{
    HttpResponse failure;
    const auto db = regionalDatabase(request, &failure, true);
    if (!db)
        return failure;
    return HttpResponse::json(QJsonObject{{QStringLiteral("database"), databaseJson(*db)}});
}

HttpResponse PlatformApi::endpoints(const HttpRequest &request)
{
    HttpResponse failure;
    const auto db = regionalDatabase(request, &failure, true);
    if (!db)
        return failure;
    const QJsonObject endpoint{{QStringLiteral("id"), db->endpointId},
                               {QStringLiteral("database_id"), db->appId},
                               {QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
                               {QStringLiteral("port"), m_ctx.cluster->port()},
                               {QStringLiteral("type"), QStringLiteral("public-rw")}};
    return HttpResponse::json(QJsonObject{{QStringLiteral("endpoints"), QJsonArray{endpoint}}});
}

QJsonObject PlatformApi::appJson(const DatabaseRecord &db, const HttpRequest &request) const
{
    const QJsonObject owner{{QStringLiteral("id"), m_ctx.userId},
                            {QStringLiteral("username"), QStringLiteral("sandbox")},
                            {QStringLiteral("email"), QStringLiteral("sandbox@localhost")}};
    return QJsonObject{
            {QStringLiteral("id"), db.appId},
            {QStringLiteral("name"), db.name},
            {QStringLiteral("region"), db.region},
            {QStringLiteral("status"), QStringLiteral("running")},
            {QStringLiteral("created_at"), Json::timestamp(db.createdAt)},
            {QStringLiteral("url"), request.regionUrl()},
            // Only a Dedicated Resources database's app carries the flag; a classic app has none.
            {QStringLiteral("flags"),
             db.isClassic() ? QJsonObject() : QJsonObject{{QStringLiteral("dedicated-database"), true}}},
            {QStringLiteral("project"),
             QJsonObject{{QStringLiteral("id"), db.projectId}, {QStringLiteral("name"), QStringLiteral("default")}}},
            {QStringLiteral("owner"), owner}};
}

QJsonObject PlatformApi::addonJson(const DatabaseRecord &db) const
{
    // A classic addon's plan carries its position; the provider differs by kind (postgresql / postgresql-ng).
    QJsonObject plan{{QStringLiteral("id"), db.plan},
                     {QStringLiteral("name"), db.plan},
                     {QStringLiteral("display_name"), planDisplayName(db.plan)}};
    if (db.isClassic())
        plan.insert(QStringLiteral("position"), 2);
    const QString provider = db.isClassic() ? QStringLiteral("postgresql") : QStringLiteral("postgresql-ng");
    return QJsonObject{
            {QStringLiteral("id"), db.addonId},
            {QStringLiteral("app_id"), db.appId},
            {QStringLiteral("resource_id"), db.pgDatabase},
            {QStringLiteral("status"), QStringLiteral("running")},
            {QStringLiteral("plan"), plan},
            {QStringLiteral("addon_provider"),
             QJsonObject{{QStringLiteral("id"), provider}, {QStringLiteral("name"), QStringLiteral("PostgreSQL")}}},
            {QStringLiteral("provisioned_at"), Json::timestamp(db.createdAt)},
            {QStringLiteral("deprovisioned_at"), QJsonValue::Null}};
}

HttpResponse PlatformApi::apps(const HttpRequest &request)
{
    return regionalList(request, QStringLiteral("apps"), [&](QJsonArray *array) {
        for (const DatabaseRecord &db : m_ctx.store->databases()) {
            if (db.region == request.region)
                array->append(appJson(db, request));
        }
        for (const PlainAppRecord &app : m_ctx.store->plainApps()) {
            if (app.region == request.region)
                array->append(plainAppJson(app, request));
        }
    });
}

std::optional<DatabaseRecord> PlatformApi::regionalAddon(const HttpRequest &request, HttpResponse *failure)
{
    auto db = regionalDatabase(request, failure);
    if (db && request.param(QStringLiteral("addon")) != db->addonId) {
        *failure = HttpResponse::error(404, QStringLiteral("Addon not found"));
        db.reset();
    }
    return db;
}

HttpResponse PlatformApi::addon(const HttpRequest &request)
{
    HttpResponse failure;
    const auto db = regionalAddon(request, &failure);
    if (!db)
        return failure;
    return HttpResponse::json(QJsonObject{{QStringLiteral("addon"), addonJson(*db)}});
}

std::optional<PlainAppRecord> PlatformApi::plainApp(const HttpRequest &request) const
{
    auto app = m_ctx.store->findPlainApp(request.param(QStringLiteral("id")));
    if (app && app->region != request.region)
        app.reset();
    return app;
}

QJsonObject PlatformApi::plainAppJson(const PlainAppRecord &app, const HttpRequest &request) const
{
    DatabaseRecord shape; // the same app document, with no database behind it
    shape.appId = app.appId;
    shape.name = app.name;
    shape.region = app.region;
    shape.createdAt = app.createdAt;
    shape.projectId = QStringLiteral("pr-default");
    shape.kind = QLatin1String(DatabaseRecord::Classic);
    return appJson(shape, request);
}

HttpResponse PlatformApi::app(const HttpRequest &request)
{
    HttpResponse failure;
    if (const auto plain = plainApp(request)) {
        if (!authenticate(request, true, &failure))
            return failure;
        return HttpResponse::json(QJsonObject{{QStringLiteral("app"), plainAppJson(*plain, request)}});
    }
    const auto db = regionalDatabase(request, &failure);
    if (!db)
        return failure;
    return HttpResponse::json(QJsonObject{{QStringLiteral("app"), appJson(*db, request)}});
}

HttpResponse PlatformApi::addons(const HttpRequest &request)
{
    HttpResponse failure;
    if (const auto plain = plainApp(request)) {
        if (!authenticate(request, true, &failure))
            return failure;
        QJsonArray list;
        const QString plan = plain->otherAddon + QStringLiteral("-starter-256");
        if (!plain->otherAddon.isEmpty())
            list.append(QJsonObject{
                    {QStringLiteral("id"), QString(QStringLiteral("ad-") + plain->appId)},
                    {QStringLiteral("app_id"), plain->appId},
                    {QStringLiteral("status"), QStringLiteral("running")},
                    {QStringLiteral("plan"), QJsonObject{{QStringLiteral("id"), plan}, {QStringLiteral("name"), plan}}},
                    {QStringLiteral("addon_provider"),
                     QJsonObject{{QStringLiteral("id"), plain->otherAddon},
                                 {QStringLiteral("name"), plain->otherAddon}}},
                    {QStringLiteral("provisioned_at"), Json::timestamp(plain->createdAt)}});
        return HttpResponse::json(QJsonObject{{QStringLiteral("addons"), list}});
    }
    const auto db = regionalDatabase(request, &failure);
    if (!db)
        return failure;
    return HttpResponse::json(QJsonObject{{QStringLiteral("addons"), QJsonArray{addonJson(*db)}}});
}

HttpResponse PlatformApi::addonToken(const HttpRequest &request)
{
    HttpResponse failure;
    if (!request.jsonObject(&failure))
        return failure;
    const auto db = regionalAddon(request, &failure);
    if (!db)
        return failure;
    QJsonObject addon = addonJson(*db);
    addon.insert(QStringLiteral("token"), m_ctx.tokens->issueAddonToken(m_ctx.userId, db->appId, db->addonId));
    return HttpResponse::json(QJsonObject{{QStringLiteral("addon"), addon}});
}

QString PlatformApi::connectionUri(const DatabaseRecord &db) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(db.ownerUser);
    url.setPassword(db.ownerPassword);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_ctx.cluster->port());
    url.setPath(QLatin1Char('/') + db.pgDatabase);
    url.setQuery(QStringLiteral("sslmode=require"));
    return url.toString(QUrl::FullyEncoded);
}

HttpResponse PlatformApi::variables(const HttpRequest &request)
{
    HttpResponse failure;
    const auto db = regionalDatabase(request, &failure);
    if (!db)
        return failure;
    // aliases=false resolves DATABASE_URL's alias into the value, as the CLI and the app ask for.
    const bool resolveAliases = request.query.queryItemValue(QStringLiteral("aliases")) == QLatin1String("false");
    const QString uri = connectionUri(*db);
    const QJsonArray variables{
            QJsonObject{{QStringLiteral("id"), QString(db->endpointId + QStringLiteral("-1"))},
                        {QStringLiteral("name"), QStringLiteral("SCALINGO_POSTGRESQL_URL")},
                        {QStringLiteral("value"), uri}},
            QJsonObject{{QStringLiteral("id"), QString(db->endpointId + QStringLiteral("-2"))},
                        {QStringLiteral("name"), QStringLiteral("DATABASE_URL")},
                        {QStringLiteral("value"), resolveAliases ? uri : QStringLiteral("$SCALINGO_POSTGRESQL_URL")}}};
    return HttpResponse::json(QJsonObject{{QStringLiteral("variables"), variables}});
}
