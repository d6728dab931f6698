#include "databaseapi.h"

#include "clustermanager.h"
#include "featuresservice.h"
#include "firewallservice.h"
#include "sqlhelpers.h"
#include "statestore.h"
#include "tokenservice.h"
#include "usersservice.h"

#include <QFile>
#include <QJsonArray>

void DatabaseApi::registerRoutes(HttpRouter *router)
{
    UsersService *users = m_ctx.users;
    FirewallService *firewall = m_ctx.firewall;
    FeaturesService *features = m_ctx.features;
    const QString db = QStringLiteral("/api/databases/{addon}");
    // Classic addons have no firewall: their exposure is the force-ssl / publicly-available features.
    const auto dedicatedOnly = [this](Handler handler) {
        return scoped([handler](const HttpRequest &q, const DatabaseRecord &r, const QJsonObject &body) {
            if (r.isClassic())
                return HttpResponse::error(404,
                                           QStringLiteral("Firewall rules exist only on Dedicated Resources "
                                                          "databases; this addon uses the force-ssl and "
                                                          "publicly-available features"));
            return handler(q, r, body);
        });
    };
    // --refuse-addon-users: some addon plans do not offer user management; the platform then answers 403.
    const auto usersRoute = [this](Handler handler) {
        const bool refuse = m_ctx.config && m_ctx.config->refuseAddonUsers;
        return scoped([handler, refuse](const HttpRequest &q, const DatabaseRecord &r, const QJsonObject &body) {
            if (refuse && r.isClassic())
                return HttpResponse::error(403, QStringLiteral("User management is not available on this plan"));
            return handler(q, r, body);
        });
    };
    router->add("POST", db + QStringLiteral("/features"),
                scoped([features](const HttpRequest &, const DatabaseRecord &r, const QJsonObject &body) {
                    return features->enable(r, body);
                }));
    router->add("DELETE", db + QStringLiteral("/features"),
                scoped([features](const HttpRequest &q, const DatabaseRecord &r, const QJsonObject &) {
                    return features->disable(r, q.query.queryItemValue(QStringLiteral("feature"), QUrl::FullyDecoded));
                }));
    router->add("GET", db, scoped([this](const HttpRequest &, const DatabaseRecord &r, const QJsonObject &) {
                    return databaseDetails(r);
                }));
    router->add("POST", db + QStringLiteral("/action"),
                scoped([this](const HttpRequest &, const DatabaseRecord &r, const QJsonObject &body) {
                    return action(r, body);
                }));
    router->add("GET", db + QStringLiteral("/users"),
                usersRoute([users](const HttpRequest &, const DatabaseRecord &r, const QJsonObject &) {
                    return users->list(r);
                }));
    router->add("POST", db + QStringLiteral("/users"),
                usersRoute([users](const HttpRequest &, const DatabaseRecord &r, const QJsonObject &body) {
                    return users->create(r, body);
                }));
    router->add("PATCH", db + QStringLiteral("/users/{name}"),
                usersRoute([users](const HttpRequest &q, const DatabaseRecord &r, const QJsonObject &body) {
                    return users->update(r, q.param(QStringLiteral("name")), body);
                }));
    router->add("DELETE", db + QStringLiteral("/users/{name}"),
                usersRoute([users](const HttpRequest &q, const DatabaseRecord &r, const QJsonObject &) {
                    return users->remove(r, q.param(QStringLiteral("name")));
                }));
    router->add("POST", db + QStringLiteral("/users/{name}/reset_password"),
                usersRoute([users](const HttpRequest &q, const DatabaseRecord &r, const QJsonObject &) {
                    return users->resetPassword(r, q.param(QStringLiteral("name")));
                }));
    router->add("GET", db + QStringLiteral("/firewall_rules"),
                dedicatedOnly([firewall](const HttpRequest &, const DatabaseRecord &r, const QJsonObject &) {
                    return firewall->list(r);
                }));
    router->add("POST", db + QStringLiteral("/firewall_rules"),
                dedicatedOnly([firewall](const HttpRequest &, const DatabaseRecord &r, const QJsonObject &body) {
                    return firewall->create(r, body);
                }));
    router->add("PATCH", db + QStringLiteral("/firewall_rules/{id}"),
                dedicatedOnly([firewall](const HttpRequest &q, const DatabaseRecord &r, const QJsonObject &body) {
                    return firewall->update(r, q.param(QStringLiteral("id")), body);
                }));
    router->add("DELETE", db + QStringLiteral("/firewall_rules/{id}"),
                dedicatedOnly([firewall](const HttpRequest &q, const DatabaseRecord &r, const QJsonObject &) {
                    return firewall->remove(r, q.param(QStringLiteral("id")));
                }));
    router->add("GET", QStringLiteral("/api/firewall/managed_ranges"),
                [this](const HttpRequest &request) { return managedRanges(request); });
    ClusterManager *cluster = m_ctx.cluster;
    router->add("GET", QStringLiteral("/api/ca_certificate"), [cluster](const HttpRequest &) {
        // Public, like the platform's: the certificate that signs (here: is) the server certificate.
        QFile file(cluster->certificatePath());
        if (!file.open(QIODevice::ReadOnly))
            return HttpResponse::internalError();
        return HttpResponse::text(file.readAll(), QByteArrayLiteral("application/x-pem-file"));
    });
}

std::optional<DatabaseRecord> DatabaseApi::authorize(const HttpRequest &request, HttpResponse *failure)
{
    QString reason;
    const std::optional<TokenClaims> claims = m_ctx.tokens->verify(request.bearerToken(), &reason);
    if (!claims) {
        *failure = HttpResponse::error(401, reason);
        return std::nullopt;
    }
    if (claims->scope != TokenClaims::Scope::Addon) {
        *failure = HttpResponse::error(401, QStringLiteral("The database API needs an addon token"));
        return std::nullopt;
    }
    const QString addon = request.param(QStringLiteral("addon"));
    if (!addon.isEmpty() && claims->addonId != addon) {
        *failure = HttpResponse::error(401, QStringLiteral("This addon token is for another database"));
        return std::nullopt;
    }
    auto db = m_ctx.store->findByAddon(claims->addonId);
    if (db && db->region != request.region)
        db.reset(); // another region's DB API does not know it
    if (!db)
        *failure = HttpResponse::error(404, QStringLiteral("Database not found"));
    return db;
}

HttpRouter::Handler DatabaseApi::scoped(Handler handler)
{
    return [this, handler](const HttpRequest &request) {
        HttpResponse failure;
        const std::optional<DatabaseRecord> db = authorize(request, &failure);
        if (!db)
            return failure;
        const std::optional<QJsonObject> body = request.jsonObject(&failure);
        if (!body)
            return failure;
        return handler(request, *db, *body);
    };
}

HttpResponse DatabaseApi::managedRanges(const HttpRequest &request)
{
    HttpResponse failure;
    if (!authorize(request, &failure))
        return failure;
    return m_ctx.firewall->ranges();
}

HttpResponse DatabaseApi::databaseDetails(const DatabaseRecord &db)
{
    QString error;
    QString version = QStringLiteral("15");
    if (auto q
        = Sql::run(m_ctx.store->stateDb(), QStringLiteral("SELECT current_setting('server_version')"), {}, &error);
        q && q->next())
        version = q->value(0).toString().section(QLatin1Char(' '), 0, 0);
    const quint16 port = m_ctx.cluster->port();
    // Dedicated Resources: always TLS and Internet-routable (the firewall decides); classic: the stored features.
    const QJsonArray features = db.isClassic()
            ? m_ctx.features->features(db)
            : QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("force-ssl")},
                                     {QStringLiteral("status"), QStringLiteral("ACTIVATED")}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("publicly-available")},
                                     {QStringLiteral("status"), QStringLiteral("ACTIVATED")}}};
    const QJsonObject instance{{QStringLiteral("id"), db.endpointId},
                               {QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
                               {QStringLiteral("port"), port},
                               {QStringLiteral("status"), QStringLiteral("running")},
                               {QStringLiteral("type"), QStringLiteral("db-node")},
                               {QStringLiteral("features"), QJsonArray()},
                               {QStringLiteral("private_ip"), QStringLiteral("127.0.0.1")}};
    const QJsonObject object{{QStringLiteral("id"), db.dbapiId},
                             {QStringLiteral("resource_id"), db.pgDatabase},
                             {QStringLiteral("app_name"), db.name},
                             {QStringLiteral("created_at"), Json::timestamp(db.createdAt)},
                             {QStringLiteral("encryption_at_rest"), false},
                             {QStringLiteral("cluster"), false},
                             {QStringLiteral("periodic_backups_enabled"), false},
                             {QStringLiteral("plan"), db.plan},
                             {QStringLiteral("status"), QStringLiteral("running")},
                             {QStringLiteral("type_id"), QStringLiteral("postgresql")},
                             {QStringLiteral("type_name"), QStringLiteral("postgresql")},
                             {QStringLiteral("version_id"), version.section(QLatin1Char('.'), 0, 0)},
                             {QStringLiteral("next_version_id"), QString()},
                             {QStringLiteral("readable_version"), QString(version + QStringLiteral(".0-1"))},
                             {QStringLiteral("hostname"), QStringLiteral("127.0.0.1:%1").arg(port)},
                             {QStringLiteral("current_operation_id"), QJsonValue::Null},
                             {QStringLiteral("features"), features},
                             {QStringLiteral("instances"), QJsonArray{instance}},
                             {QStringLiteral("periodic_backups_scheduled_at"), QJsonArray()},
                             {QStringLiteral("maintenance_window"),
                              QJsonObject{{QStringLiteral("weekday_utc"), 0},
                                          {QStringLiteral("starting_hour_utc"), 2},
                                          {QStringLiteral("duration_in_hour"), 8}}},
                             {QStringLiteral("mongo_repl_set_name"), QString()}};
    return HttpResponse::json(QJsonObject{{QStringLiteral("database"), object}});
}

HttpResponse DatabaseApi::action(const DatabaseRecord &db, const QJsonObject &body)
{
    const QString name = body.value(QStringLiteral("action_name")).toString();
    if (name != QLatin1String("list-extensions"))
        return HttpResponse::json(
                QJsonObject{{QStringLiteral("ok"), 0},
                            {QStringLiteral("error"), QStringLiteral("Unknown action: %1").arg(name.left(64))}},
                400);
    QString error;
    const QSqlDatabase target = m_ctx.store->targetDb(db, &error);
    QJsonArray result;
    {
        auto q = Sql::run(target, QStringLiteral("SELECT extname, extversion FROM pg_extension ORDER BY extname"), {},
                          &error);
        if (!q)
            return HttpResponse::json(QJsonObject{{QStringLiteral("ok"), 0}, {QStringLiteral("error"), error}}, 500);
        while (q->next())
            result.append(
                    QJsonObject{{QStringLiteral("name"), q->value(0).toString()},
                                {QStringLiteral("version"), QString(QStringLiteral("v") + q->value(1).toString())}});
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("ok"), 1}, {QStringLiteral("result"), result}});
}
