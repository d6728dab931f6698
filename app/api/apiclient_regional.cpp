// Regional API calls built on top of the core (apiclient.cpp): region discovery, databases of every region, the
// database's app (addon, variables) and its resolution to a DatabaseRef.
#include "apiclient.h"

#include "common/logging.h"

#include "domain/addon.h"
#include "domain/app.h"
#include "domain/variable.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QPointer>

#include <memory>

void ApiClient::withRegions(ApiReply *reply, std::function<void(const QList<Region> &)> then)
{
    if (m_endpoints.hasExplicitRegion()) {
        then({m_endpoints.explicitRegion()});
        return;
    }
    if (!m_regions.isEmpty()) {
        then(m_regions);
        return;
    }
    chain(reply, listRegions(), [reply, then](ApiReply *sub) {
        if (!sub->isSuccess()) {
            reply->fail(sub->error());
            return;
        }
        then(sub->value<QList<Region>>());
    });
}

ApiReply *ApiClient::listDatabases(const Region &region)
{
    return jsonCall(regionalCall(region, {QStringLiteral("databases")}),
                    listParser<Database>([name = region.name](QList<Database> &databases) {
                        for (Database &db : databases)
                            db.region = name;
                    }));
}

ApiReply *ApiClient::listApps(const Region &region)
{
    return jsonCall(regionalCall(region, {QStringLiteral("apps")}),
                    listParser<App>([name = region.name](QList<App> &apps) {
                        for (App &app : apps) {
                            if (app.region.isEmpty())
                                app.region = name;
                        }
                    }));
}

ApiReply *ApiClient::listDatabasesInAllRegions()
{
    ApiReply *reply = newReply();
    withRegions(reply, [this, reply](const QList<Region> &regions) {
        if (regions.isEmpty()) {
            reply->succeed(QVariant::fromValue(QList<Database>()));
            return;
        }
        // One request per region, in parallel; any failure fails the whole list (a partial list would silently
        // hide databases).
        struct State
        {
            QList<QPointer<ApiReply>> subs;
            QList<QList<Database>> results;
            int pending = 0;
        };
        auto state = std::make_shared<State>();
        state->results.resize(regions.size());
        state->pending = int(regions.size());
        for (const Region &region : regions)
            state->subs << listDatabases(region);
        reply->setAbortHandler([state] {
            for (const QPointer<ApiReply> &sub : state->subs) {
                if (sub)
                    sub->cancel();
            }
        });
        for (int i = 0; i < state->subs.size(); ++i) {
            ApiReply *sub = state->subs.at(i);
            connect(sub, &ApiReply::finished, reply, [reply, sub, state, i] {
                if (reply->isFinished())
                    return;
                if (!sub->isSuccess()) {
                    reply->fail(sub->error());
                    for (const QPointer<ApiReply> &other : state->subs) {
                        if (other && other != sub)
                            other->cancel();
                    }
                    return;
                }
                state->results[i] = sub->value<QList<Database>>();
                if (--state->pending == 0) {
                    QList<Database> all;
                    for (const QList<Database> &list : state->results)
                        all += list;
                    reply->succeed(QVariant::fromValue(all));
                }
            });
        }
    });
    return reply;
}

ApiReply *ApiClient::listAddons(const Region &region, const QString &app)
{
    return jsonCall(regionalCall(region, {QStringLiteral("apps"), app, QStringLiteral("addons")}), listParser<Addon>());
}

ApiReply *ApiClient::listVariables(const Region &region, const QString &app)
{
    // aliases=false resolves DATABASE_URL=$SCALINGO_POSTGRESQL_URL style aliases into values (§3.6).
    return jsonCall(regionalCall(region, {QStringLiteral("apps"), app, QStringLiteral("variables")},
                                 QStringLiteral("aliases=false")),
                    listParser<Variable>());
}

ApiReply *ApiClient::connectionUri(const DatabaseRef &database)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    ApiReply *reply = newReply();
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

ApiReply *ApiClient::rejectInvalid(const DatabaseRef &database)
{
    if (database.isValid())
        return nullptr;
    ApiReply *reply = newReply();
    reply->fail(ApiError::withMessage(ApiError::Kind::NotFound, tr("No database is selected.")));
    return reply;
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

ApiReply *ApiClient::databaseCaCertificate(const Region &region)
{
    ApiReply *reply = newReply();
    Call call;
    call.url = apiUrl(region.databaseApi, QLatin1String("/api"), {QStringLiteral("ca_certificate")});
    call.auth = Auth::None;
    run(reply, call, [this, reply, call](const HttpResult &result) {
        const ApiError error = errorFor(call, result);
        if (error.isError()) {
            reply->fail(error);
            return;
        }
        if (!result.body.contains("-----BEGIN CERTIFICATE-----")) {
            reply->fail(ApiError::withMessage(ApiError::Kind::BadResponse,
                                              tr("The service did not answer with a PEM certificate.")));
            return;
        }
        reply->succeed(result.body);
    });
    return reply;
}
