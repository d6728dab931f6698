#pragma once

#include "httprouter.h"
#include "sandboxcontext.h"
#include "tokenservice.h"

#include <QJsonArray>

#include <functional>

struct DatabaseRecord;
struct PlainAppRecord;

/// The auth API (/v1/tokens/exchange, /v1/regions, /v1/users/self) and the regional API
/// (/v1/databases*, /v1/apps*), plus /whatismyip. Regional routes are rate limited per token.
class PlatformApi
{
public:
    explicit PlatformApi(const SandboxContext &context) : m_ctx(context) { }

    void registerRoutes(HttpRouter *router);

private:
    HttpResponse exchange(const HttpRequest &request);
    HttpResponse regions(const HttpRequest &request);
    HttpResponse self(const HttpRequest &request);
    HttpResponse databases(const HttpRequest &request);
    HttpResponse database(const HttpRequest &request);
    HttpResponse endpoints(const HttpRequest &request);
    HttpResponse apps(const HttpRequest &request);
    HttpResponse app(const HttpRequest &request);
    HttpResponse addon(const HttpRequest &request);
    HttpResponse addons(const HttpRequest &request);
    HttpResponse addonToken(const HttpRequest &request);
    HttpResponse variables(const HttpRequest &request);

    /// Verifies a user JWT; for regional routes also applies the rate limit.
    std::optional<TokenClaims> authenticate(const HttpRequest &request, bool rateLimited, HttpResponse *failure);
    /// Resolves {id} (app id or name) after authentication; fills *failure with 401/429/404.
    /// `dedicatedOnly`: /v1/databases/{id} knows Dedicated Resources only; /v1/apps/{id} knows every app.
    std::optional<DatabaseRecord> regionalDatabase(const HttpRequest &request, HttpResponse *failure,
                                                   bool dedicatedOnly = false);
    /// regionalDatabase() whose {addon} is that database's addon; 404 "Addon not found" otherwise.
    std::optional<DatabaseRecord> regionalAddon(const HttpRequest &request, HttpResponse *failure);
    /// An authenticated, rate-limited list: {"<key>": [what `fill` appends]}.
    HttpResponse regionalList(const HttpRequest &request, const QString &key,
                              const std::function<void(QJsonArray *)> &fill);

    QJsonObject databaseJson(const DatabaseRecord &db) const;
    QJsonObject appJson(const DatabaseRecord &db, const HttpRequest &request) const;
    QJsonObject addonJson(const DatabaseRecord &db) const;
    /// {id} as an app without a PostgreSQL addon of the addressed region (--seed-apps), if it is one.
    std::optional<PlainAppRecord> plainApp(const HttpRequest &request) const;
    QJsonObject plainAppJson(const PlainAppRecord &app, const HttpRequest &request) const;
    QString connectionUri(const DatabaseRecord &db) const;

    SandboxContext m_ctx;
};
