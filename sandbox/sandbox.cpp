#include "sandbox.h"

#include "clustermanager.h"
#include "databaseapi.h"
#include "featuresservice.h"
#include "firewallservice.h"
#include "httprouter.h"
#include "logging.h"
#include "platformapi.h"
#include "ratelimiter.h"
#include "sandboxregions.h"
#include "sandboxserver.h"
#include "securefs.h"
#include "seeding.h"
#include "statestore.h"
#include "tokenservice.h"
#include "usersservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <unistd.h>

Sandbox::Sandbox(const SandboxConfig &config, QObject *parent) : QObject(parent), m_config(config)
{
    if (m_config.dataDir.isEmpty())
        m_config.dataDir = defaultDataDir();
    m_config.dataDir = QDir(m_config.dataDir).absolutePath();
}

Sandbox::~Sandbox()
{
    stop();
}

QString Sandbox::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/gatehouse-sandbox");
}

bool Sandbox::prepareDataDir(QString *error)
{
    const QFileInfo info(m_config.dataDir);
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the parent of data directory %1").arg(m_config.dataDir);
        return false;
    }
    // Private to us. As root the postgres user must traverse it to reach the cluster in DATA/pg: then 0711
    // (traversable, never listable); every file inside is 0600 anyway.
    const mode_t mode = ::geteuid() == 0 ? 0711 : 0700;
    const QString path = info.exists() ? info.canonicalFilePath() : m_config.dataDir;
    if (!SecureFs::ensureDir(path, mode, SecureFs::self(), error)) {
        *error = QStringLiteral("data directory: %1").arg(*error);
        return false;
    }
    return true;
}

QString Sandbox::resolveApiToken(QString *error)
{
    if (!m_config.apiToken.isEmpty())
        return m_config.apiToken;
    const QString fromEnv = qEnvironmentVariable("GATEHOUSE_SANDBOX_TOKEN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString path = m_config.dataDir + QStringLiteral("/api-token");
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QString saved = QString::fromUtf8(file.readAll()).trimmed();
        if (!saved.isEmpty())
            return saved;
        file.close();
    }
    const QString token
            = QStringLiteral("tk-us-") + TokenService::randomString(48).replace(QLatin1Char('_'), QLatin1Char('x'));
    // 0600 from the first byte: never readable by others, not even between creation and a later chmod.
    if (!SecureFs::writePrivateFile(path, token.toUtf8(), error))
        return QString();
    return token;
}

bool Sandbox::start(QString *error)
{
    if (!prepareDataDir(error))
        return false;
    // A leftover lock of a dead process (kill -9) is detected and taken over by QLockFile.
    m_lock = std::make_unique<QLockFile>(m_config.dataDir + QStringLiteral("/sandbox.lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = QStringLiteral("data directory %1 is in use by another gatehouse-sandbox (pid %2)")
                         .arg(m_config.dataDir)
                         .arg(pid);
        m_lock.reset();
        return false;
    }
    m_apiToken = resolveApiToken(error);
    if (m_apiToken.isEmpty())
        return false;

    m_cluster = std::make_unique<ClusterManager>(m_config.dataDir, m_config.fast);
    m_cluster->setBadCertificate(m_config.badCertificate);
    if (!m_cluster->start(error))
        return false;
    m_store = std::make_unique<StateStore>();
    if (!m_store->open(m_cluster->socketDir(), m_cluster->port(), error))
        return false;
    if (!Seeding::seedUsers(m_store.get(), m_config.seedUsers, m_config.seedMd5Percent, error)
        || !Seeding::seedDatabases(m_store.get(), m_config.seedDatabases, SandboxRegions::names(m_config.regions),
                                   error)
        || !Seeding::seedApps(m_store.get(), m_config.seedApps, SandboxRegions::names(m_config.regions), error))
        return false;

    m_tokens = std::make_unique<TokenService>();
    m_tokens->setApiToken(m_apiToken);
    m_tokens->setLifetimes(m_config.jwtLifetimeSeconds, m_config.addonTokenLifetimeSeconds);
    const QString secret = m_store->settingOr(QStringLiteral("jwt_secret"), []() -> QString {
        return QString::fromLatin1(TokenService::randomBytes(32).toBase64());
    });
    m_tokens->setSecret(QByteArray::fromBase64(secret.toLatin1()));
    m_limiter = std::make_unique<RateLimiter>(m_config.rateLimitPerMinute);
    m_users = std::make_unique<UsersService>(m_store.get());
    m_firewall = std::make_unique<FirewallService>(m_store.get(), m_cluster.get());
    m_firewall->setDelay(m_config.firewallDelaySeconds);
    FirewallService *firewall = m_firewall.get();
    m_features
            = std::make_unique<FeaturesService>(m_store.get(), [firewall](QString *e) { return firewall->apply(e); });
    m_features->setDelay(m_config.featureDelaySeconds);
    m_features->setFailing(m_config.failingFeatures, m_config.failFeaturesOnce);
    FeaturesService *features = m_features.get();
    m_firewall->setExtraLines([features] { return features->hbaLines(); });
    // A pending delayed change, or a hand-edited file, is reconciled with the stored rules at every start;
    // a feature change that came due while the sandbox was down completes now.
    if (!m_firewall->apply(error) || !m_features->settle(error))
        return false;

    SandboxContext ctx;
    ctx.config = &m_config;
    ctx.store = m_store.get();
    ctx.tokens = m_tokens.get();
    ctx.limiter = m_limiter.get();
    ctx.cluster = m_cluster.get();
    ctx.users = m_users.get();
    ctx.firewall = m_firewall.get();
    ctx.features = m_features.get();
    ctx.userId = m_store->settingOr(QStringLiteral("user_id"), []() -> QString {
        return QStringLiteral("us-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    });
    m_router = std::make_unique<HttpRouter>();
    m_router->setRegions(SandboxRegions::defaultRegion(), SandboxRegions::names(m_config.regions).mid(1));
    m_platformApi = std::make_unique<PlatformApi>(ctx);
    m_platformApi->registerRoutes(m_router.get());
    m_databaseApi = std::make_unique<DatabaseApi>(ctx);
    m_databaseApi->registerRoutes(m_router.get());

    m_server = std::make_unique<SandboxServer>(m_router.get());
    m_server->setLatency(m_config.latencyMs);
    m_server->setTimeout(m_config.idleTimeoutSeconds * 1000);
    m_server->setMaxConnections(m_config.maxConnections);
    if (!m_server->setRequestLog(m_config.requestLog)) {
        *error = QStringLiteral("cannot open request log %1").arg(m_config.requestLog);
        return false;
    }
    const quint16 port = m_server->listen(m_config.listenAddress, m_config.port);
    if (port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(m_config.listenAddress.toString()).arg(m_config.port);
        return false;
    }
    QString host = m_config.listenAddress.toString();
    if (m_config.listenAddress == QHostAddress(QHostAddress::Any)
        || m_config.listenAddress == QHostAddress(QHostAddress::AnyIPv4))
        host = QStringLiteral("127.0.0.1");
    else if (m_config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    m_url = QUrl(QStringLiteral("http://%1:%2").arg(host).arg(port));
    return true;
}

void Sandbox::stop()
{
    // The server goes first so no request runs against a closing database.
    m_server.reset();
    m_databaseApi.reset();
    m_platformApi.reset();
    m_router.reset();
    m_features.reset();
    m_firewall.reset();
    m_users.reset();
    if (m_store)
        m_store->close();
    m_store.reset();
    if (m_cluster)
        m_cluster->stop();
    m_cluster.reset();
    m_lock.reset();
}
