// gatehouse-sandbox: a local Scalingo-shaped API over a real PostgreSQL 15 cluster. See sandbox/README.md.
#include "logging.h"
#include "sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

bool parseInt(const QCommandLineParser &parser, const QString &name, int min, int *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min) {
        std::fprintf(stderr, "gatehouse-sandbox: --%s needs an integer >= %d\n", qPrintable(name), min);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Every file the sandbox (and its PostgreSQL tools) creates is private from its first byte: the API token,
    // keys, cluster.json, the request log. Files meant to be shared are none.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Local server speaking Scalingo's auth, regional and database APIs over a real PostgreSQL "
                           "cluster. Prints \"GATEHOUSE_SANDBOX url=... token=...\" once ready."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto opt = [&parser](const char *name, const char *help, const char *valueName = nullptr) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                            valueName ? QString::fromLatin1(valueName) : QString()));
    };
    opt("data-dir", "State and cluster directory (default: <data location>/gatehouse-sandbox).", "DIR");
    opt("port", "HTTP port (default 0: any free port).", "N");
    opt("api-token", "API token to accept (default: $GATEHOUSE_SANDBOX_TOKEN, else generated once).", "TOKEN");
    opt("listen", "Address to listen on (default 127.0.0.1).", "ADDR");
    opt("allow-remote", "Allow a non-loopback --listen address.");
    opt("latency-ms", "Delay every response by N ms.", "N");
    opt("request-log", "Append one line per request to FILE (- for stderr).", "FILE");
    opt("rate-limit", "Regional API requests per minute and token (default 60, 0 = off).", "N");
    opt("jwt-lifetime", "Lifetime of exchanged JWTs in seconds (default 3600).", "S");
    opt("addon-token-lifetime", "Lifetime of addon tokens in seconds (default 3600).", "S");
    opt("firewall-delay", "Apply firewall changes to PostgreSQL only after S seconds (default 0).", "S");
    opt("feature-delay", "Classic addons: a database feature change stays pending S seconds (default 3).", "S");
    opt("fail-features", "Classic addons: activating these comma-separated features ends FAILED (tests).", "NAMES");
    opt("idle-timeout", "Close idle connections, and requests not received completely, after S seconds (default 30).",
        "S");
    opt("max-connections", "Concurrent HTTP connections (default 128).", "N");
    opt("fail-features-once", "With --fail-features: each feature fails once, its retry activates (tests).");
    opt("refuse-addon-users", "Classic addons: the users endpoints answer 403, as on plans without user management.");
    opt("fast", "Throwaway mode: fsync off (tests).");
    opt("seed-users", "Benchmark fixture: make sure the first database has N users (varied names).", "N");
    opt("seed-md5-percent", "Share of the seeded users whose password is hashed with MD5 (default 10).", "P");
    opt("bad-certificate", "PostgreSQL serves a self-signed certificate for another host name (TLS failure tests).");
    opt("regions", "Regions advertised, all on this port: 1 (default) or 2 (adds osc-secnum-fr1).", "N");
    opt("seed-databases", "Fixture: make sure N more databases exist across the regions (both kinds).", "N");
    opt("seed-apps", "Fixture: make sure N apps without a PostgreSQL addon exist across the regions.", "N");
    opt("public-ip", "Answer /whatismyip with this IPv4 address instead of the caller's (tests).", "ADDR");
    parser.process(app);

    SandboxConfig config;
    config.dataDir = parser.value(QStringLiteral("data-dir"));
    config.apiToken = parser.value(QStringLiteral("api-token"));
    config.requestLog = parser.value(QStringLiteral("request-log"));
    config.fast = parser.isSet(QStringLiteral("fast"));
    config.badCertificate = parser.isSet(QStringLiteral("bad-certificate"));
    config.failFeaturesOnce = parser.isSet(QStringLiteral("fail-features-once"));
    config.refuseAddonUsers = parser.isSet(QStringLiteral("refuse-addon-users"));
    config.failingFeatures = parser.value(QStringLiteral("fail-features")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    int port = 0;
    if (!parseInt(parser, QStringLiteral("port"), 0, &port) || port > 65535
        || !parseInt(parser, QStringLiteral("latency-ms"), 0, &config.latencyMs)
        || !parseInt(parser, QStringLiteral("rate-limit"), 0, &config.rateLimitPerMinute)
        || !parseInt(parser, QStringLiteral("jwt-lifetime"), 1, &config.jwtLifetimeSeconds)
        || !parseInt(parser, QStringLiteral("addon-token-lifetime"), 1, &config.addonTokenLifetimeSeconds)
        || !parseInt(parser, QStringLiteral("firewall-delay"), 0, &config.firewallDelaySeconds)
        || !parseInt(parser, QStringLiteral("feature-delay"), 0, &config.featureDelaySeconds)
        || !parseInt(parser, QStringLiteral("idle-timeout"), 1, &config.idleTimeoutSeconds)
        || config.idleTimeoutSeconds > 86400
        || !parseInt(parser, QStringLiteral("max-connections"), 1, &config.maxConnections)
        || !parseInt(parser, QStringLiteral("seed-users"), 0, &config.seedUsers) || config.seedUsers > 99999
        || !parseInt(parser, QStringLiteral("seed-md5-percent"), 0, &config.seedMd5Percent)
        || config.seedMd5Percent > 100 || !parseInt(parser, QStringLiteral("regions"), 1, &config.regions)
        || config.regions > 2 || !parseInt(parser, QStringLiteral("seed-databases"), 0, &config.seedDatabases)
        || config.seedDatabases > 500 || !parseInt(parser, QStringLiteral("seed-apps"), 0, &config.seedApps)
        || config.seedApps > 500)
        return 2;
    config.port = static_cast<quint16>(port);
    if (parser.isSet(QStringLiteral("public-ip"))) {
        const QHostAddress address(parser.value(QStringLiteral("public-ip")));
        if (address.protocol() != QAbstractSocket::IPv4Protocol) {
            std::fprintf(stderr, "gatehouse-sandbox: --public-ip needs an IPv4 address\n");
            return 2;
        }
        config.publicIp = address;
    }
    if (parser.isSet(QStringLiteral("listen"))) {
        const QHostAddress address(parser.value(QStringLiteral("listen")));
        if (address.isNull()) {
            std::fprintf(stderr, "gatehouse-sandbox: --listen needs an IP address\n");
            return 2;
        }
        if (!address.isLoopback() && !parser.isSet(QStringLiteral("allow-remote"))) {
            std::fprintf(stderr,
                         "gatehouse-sandbox: refusing to listen on %s without --allow-remote (the sandbox "
                         "has no TLS and a demo token)\n",
                         qPrintable(address.toString()));
            return 2;
        }
        config.listenAddress = address;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("socketpair");
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&notifier] {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &byte, 1);
        notifier.setEnabled(false);
        qCInfo(lcSandbox) << "stopping";
        QCoreApplication::quit();
    });

    Sandbox sandbox(config);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "gatehouse-sandbox: %s\n", qPrintable(error));
        sandbox.stop();
        return 1;
    }
    // The one line on stdout that launchers wait for.
    std::printf("GATEHOUSE_SANDBOX url=%s token=%s\n", qPrintable(sandbox.url().toString()),
                qPrintable(sandbox.apiToken()));
    std::fflush(stdout);

    const int rc = app.exec();
    sandbox.stop();
    return rc;
}
