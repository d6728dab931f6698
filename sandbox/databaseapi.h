#pragma once

#include "httprouter.h"
#include "sandboxcontext.h"

#include <optional>

struct DatabaseRecord;

/// The DB API (/api/...): database details, users, firewall rules, managed ranges, the action endpoint
/// and the CA certificate. Every route but the certificate needs an addon token for the addressed addon.
class DatabaseApi
{
public:
    explicit DatabaseApi(const SandboxContext &context) : m_ctx(context) { }

    void registerRoutes(HttpRouter *router);

private:
    using Handler = std::function<HttpResponse(const HttpRequest &, const DatabaseRecord &, const QJsonObject &)>;
    /// Wraps a handler with addon-token checks, database lookup and body parsing.
    HttpRouter::Handler scoped(Handler handler);
    /// Verifies the addon token and resolves {addon}; fills *failure (401/404) otherwise.
    std::optional<DatabaseRecord> authorize(const HttpRequest &request, HttpResponse *failure);

    HttpResponse databaseDetails(const DatabaseRecord &db);
    HttpResponse action(const DatabaseRecord &db, const QJsonObject &body);
    HttpResponse managedRanges(const HttpRequest &request);

    SandboxContext m_ctx;
};
