#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

/// Everything the command line can change. Defaults are the interactive ones; tests pass --fast --rate-limit 0.
struct SandboxConfig
{
    QString dataDir;
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 = any free port
    QString apiToken; // empty = from GATEHOUSE_SANDBOX_TOKEN, else generated once and kept in the data dir
    int latencyMs = 0;
    QString requestLog; // file path, "-" for stderr, empty = off
    int rateLimitPerMinute = 60; // 0 = off
    int jwtLifetimeSeconds = 3600;
    int addonTokenLifetimeSeconds = 3600;
    int firewallDelaySeconds = 0;
    int featureDelaySeconds = 3; // classic addons: how long a force-ssl / publicly-available change stays pending
    QStringList failingFeatures; // classic addons: activations of these features end FAILED (client tests)
    bool failFeaturesOnce = false; // --fail-features-once: each listed feature fails once, then activates
    bool refuseAddonUsers = false; // classic addons: the users endpoints answer 403 (plan without user management)
    bool fast = false; // fsync off etc.: throwaway clusters only
    int idleTimeoutSeconds = 30; // idle connections, and requests not received completely, are closed
    int maxConnections = 128; // concurrent HTTP connections
    int seedUsers = 0; // benchmark fixture: N users in the first database (seeding.h)
    int seedMd5Percent = 10; // share of them on MD5 passwords
    bool badCertificate = false; // PostgreSQL serves a certificate for another host name (certificate-check tests)
    int regions = 1; // --regions: 1 or 2 regions advertised, served on the same port (sandboxregions.h)
    int seedDatabases = 0; // --seed-databases: N more databases across the regions (seeding.h)
    int seedApps = 0; // --seed-apps: N apps without a PostgreSQL addon
    QHostAddress publicIp; // --public-ip: what /whatismyip answers (null: the caller's address)
};
