// Regional API calls built on top of the core (apiclient.cpp): resources of one region and database resolution.
#include "apiclient.h"

#include "common/logging.h"

#include "domain/addon.h"
#include "domain/app.h"
#include "domain/endpoint.h"
#include "domain/variable.h"

#include <QHostAddress>
#include <QJsonDocument>

ApiReply *ApiClient::showDatabase(const Region &region, const QString &idOrName)
{
    return jsonCall(regionalCall(region, {QStringLiteral("databases"), idOrName}),
                    [name = region.name](const QJsonObject &root) -> std::optional<QVariant> {
                        std::optional<Database> db = Database::fromResponse(root);
                        if (!db)
                            return std::nullopt;
                        db->region = name;
                        return QVariant::fromValue(*db);
                    });
}

ApiReply *ApiClient::listDatabaseEndpoints(const Region &region, const QString &database)
{
    return jsonCall(regionalCall(region, {QStringLiteral("databases"), database, QStringLiteral("endpoints")}),
                    [](const QJsonObject &root) -> std::optional<QVariant> {
                        bool ok = false;
                        const QList<Endpoint> endpoints = Endpoint::listFromJson(root, &ok);
                        return ok ? std::optional<QVariant>(QVariant::fromValue(endpoints)) : std::nullopt;
                    });
}

ApiReply *ApiClient::listApps(const Region &region)
{
    return jsonCall(regionalCall(region, {QStringLiteral("apps")}),
                    [name = region.name](const QJsonObject &root) -> std::optional<QVariant> {
                        bool ok = false;
                        QList<App> apps = App::listFromJson(root, &ok);
                        if (!ok)
                            return std::nullopt;
                        for (App &app : apps) {
                            if (app.region.isEmpty())
                                app.region = name;
                        }
                        return QVariant::fromValue(apps);
                    });
}

ApiReply *ApiClient::showApp(const Region &region, const QString &app)
{
    return jsonCall(regionalCall(region, {QStringLiteral("apps"), app}),
                    [](const QJsonObject &root) -> std::optional<QVariant> {
                        const std::optional<App> app = App::fromResponse(root);
                        return app ? std::optional<QVariant>(QVariant::fromValue(*app)) : std::nullopt;
                    });
}

ApiReply *ApiClient::listAddons(const Region &region, const QString &app)
{
    return jsonCall(regionalCall(region, {QStringLiteral("apps"), app, QStringLiteral("addons")}),
                    [](const QJsonObject &root) -> std::optional<QVariant> {
                        bool ok = false;
                        const QList<Addon> addons = Addon::listFromJson(root, &ok);
                        return ok ? std::optional<QVariant>(QVariant::fromValue(addons)) : std::nullopt;
                    });
}

ApiReply *ApiClient::listVariables(const Region &region, const QString &app)
{
    // aliases=false resolves DATABASE_URL=$SCALINGO_POSTGRESQL_URL style aliases into values (§3.6).
    return jsonCall(regionalCall(region, {QStringLiteral("apps"), app, QStringLiteral("variables")},
                                 QStringLiteral("aliases=false")),
                    [](const QJsonObject &root) -> std::optional<QVariant> {
                        bool ok = false;
                        const QList<Variable> variables = Variable::listFromJson(root, &ok);
                        return ok ? std::optional<QVariant>(QVariant::fromValue(variables)) : std::nullopt;
                    });
}

ApiReply *ApiClient::connectionUri(const DatabaseRef &database)
{
    ApiReply *reply = newReply();
    if (!checkRef(database, reply))
        return reply;
    chain(reply, listVariables(database.region, database.app), [reply](ApiReply *sub) {
        if (!sub->isSuccess()) {
            reply->fail(sub->error());
            return;
        }
        const std::optional<QString> uri = Variable::postgresqlUrl(sub->value<QList<Variable>>());
        if (!uri) {
            reply->fail(
                    ApiError::withMessage(ApiError::Kind::NotFound,
                                          tr("The database has no %1 variable.").arg(Variable::postgresqlUrlName())));
            return;
        }
        reply->succeed(*uri);
    });
    return reply;
}

ApiReply *ApiClient::resolveDatabase(const Database &database, const QString &knownAddonId)
{
    ApiReply *reply = newReply();
    const QString key = database.region + QLatin1Char('/') + database.id;
    if (const auto it = m_resolved.constFind(key); it != m_resolved.cend()) {
        reply->succeed(QVariant::fromValue(*it)); // warm: no request at all
        return reply;
    }
    withRegions(reply, [this, reply, database, key, knownAddonId](const QList<Region> &regions) {
        std::optional<Region> region;
        for (const Region &r : regions) {
            if (r.name == database.region)
                region = r;
        }
        if (!region && (database.region.isEmpty() || m_endpoints.hasExplicitRegion()))
            region = defaultRegion() ? defaultRegion() : Region::pickDefault(regions);
        if (!region) {
            reply->fail(ApiError::withMessage(
                    ApiError::Kind::NotFound,
                    tr("The region “%1” of this database is not available to your account.").arg(database.region)));
            return;
        }
        // A classic addon was found with its app: nothing left to look up.
        if (database.isAddon()) {
            const DatabaseRef ref{*region, database.appId.isEmpty() ? database.appName : database.appId, database.id};
            m_resolved.insert(key, ref);
            reply->succeed(QVariant::fromValue(ref));
            return;
        }
        const QString app = database.id.isEmpty() ? database.name : database.id;
        if (knownAddonId.startsWith(QLatin1String("ad-"))) {
            const DatabaseRef ref{*region, app, knownAddonId};
            m_resolved.insert(key, ref);
            reply->succeed(QVariant::fromValue(ref));
            return;
        }
        // A DR database is an app with exactly one addon: the database itself (§3.3).
        chain(reply, listAddons(*region, app), [this, reply, region, database, app, key](ApiReply *sub) {
            if (!sub->isSuccess()) {
                reply->fail(sub->error());
                return;
            }
            const QList<Addon> addons = sub->value<QList<Addon>>();
            if (addons.size() != 1) {
                const QString message = addons.isEmpty()
                        ? tr("No addon was found for the database “%1”.").arg(database.name)
                        : tr("Several addons were found for “%1”: it may be an application, not a database.")
                                  .arg(database.name);
                reply->fail(ApiError::withMessage(
                        addons.isEmpty() ? ApiError::Kind::NotFound : ApiError::Kind::Conflict, message));
                return;
            }
            const DatabaseRef ref{*region, app, addons.first().id};
            m_resolved.insert(key, ref);
            reply->succeed(QVariant::fromValue(ref));
        });
    });
    return reply;
}

bool ApiClient::checkRef(const DatabaseRef &database, ApiReply *reply) const
{
    if (database.isValid())
        return true;
    reply->fail(ApiError::withMessage(ApiError::Kind::NotFound, tr("No database is selected.")));
    return false;
}

ApiReply *ApiClient::whatIsMyIp(const QUrl &serviceUrl)
{
    ApiReply *reply = newReply();
    Call call;
    call.url = serviceUrl;
    call.auth = Auth::None;
    run(reply, call, [this, reply, call](const HttpResult &result) {
        const ApiError error = errorFor(call, result);
        if (error.isError()) {
            reply->fail(error);
            return;
        }
        // Plain text ("203.0.113.7") or JSON ({"ip": "203.0.113.7"}) depending on the service.
        QString text = QString::fromUtf8(result.body).trimmed();
        const QJsonDocument doc = QJsonDocument::fromJson(result.body);
        if (doc.isObject())
            text = doc.object().value(QLatin1String("ip")).toString().trimmed();
        const QHostAddress address(text);
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv4Protocol) {
            reply->fail(ApiError::withMessage(ApiError::Kind::BadResponse,
                                              tr("The service did not answer with an IPv4 address.")));
            return;
        }
        reply->succeed(address.toString());
    });
    return reply;
}
