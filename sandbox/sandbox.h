#pragma once

#include "sandboxconfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

class ClusterManager;
class DatabaseApi;
class FeaturesService;
class FirewallService;
class HttpRouter;
class QLockFile;
class PlatformApi;
class RateLimiter;
class SandboxServer;
class StateStore;
class TokenService;
class UsersService;

/// The whole sandbox: PostgreSQL cluster, persistent state, services and the HTTP server on one port.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(const SandboxConfig &config, QObject *parent = nullptr);
    ~Sandbox() override;

    /// Starts PostgreSQL, opens the state, applies the firewall and listens. Blocking (a few seconds at most).
    bool start(QString *error);
    /// Stops listening and shuts PostgreSQL down; idempotent.
    void stop();

    QUrl url() const { return m_url; }
    QString apiToken() const { return m_apiToken; }

    /// The default data directory: <GenericDataLocation>/gatehouse-sandbox.
    static QString defaultDataDir();

private:
    bool prepareDataDir(QString *error);
    QString resolveApiToken(QString *error);

    SandboxConfig m_config;
    std::unique_ptr<QLockFile> m_lock; // one sandbox per data dir: a second one would stop the first one's cluster
    std::unique_ptr<ClusterManager> m_cluster;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<UsersService> m_users;
    std::unique_ptr<FirewallService> m_firewall;
    std::unique_ptr<FeaturesService> m_features;
    std::unique_ptr<HttpRouter> m_router;
    std::unique_ptr<PlatformApi> m_platformApi;
    std::unique_ptr<DatabaseApi> m_databaseApi;
    std::unique_ptr<SandboxServer> m_server;
    QUrl m_url;
    QString m_apiToken;
};
