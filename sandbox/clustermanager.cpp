#include "clustermanager.h"

#include "logging.h"
#include "securefs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>

#include <unistd.h>

namespace {

// The kernel limit for sun_path is 108 bytes including the terminating NUL.
constexpr int MaxSocketPath = 107;
constexpr const char *SharedClusterRoot = "/var/lib/gatehouse-sandbox";
constexpr const char *TempSocketPrefix = "/tmp/gatehouse-sandbox-";

QString locationFile(const QString &dataDir)
{
    return dataDir + QStringLiteral("/cluster.json");
}

QString hashOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

ClusterManager::ClusterManager(const QString &dataDir, bool fast)
    : m_dataDir(QDir(dataDir).absolutePath()), m_fast(fast), m_asRoot(::geteuid() == 0)
{ }

QString ClusterManager::hbaHeader()
{
    return QStringLiteral("# Managed by gatehouse-sandbox: rewritten from the firewall rules, do not edit.\n"
                          "# Deny by default: only the sandbox's own admin socket and the rules below are accepted.\n"
                          "local all postgres trust\n");
}

bool ClusterManager::run(const QString &program, const QStringList &args, QString *error, bool asPostgres,
                         int timeoutMs)
{
    QProcess process;
    // postgres cannot chdir into /root; give every child a directory it may enter.
    process.setWorkingDirectory(QDir::rootPath());
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (asPostgres && m_asRoot)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                              + args);
    else
        process.start(program, args);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        *error = QStringLiteral("%1 timed out").arg(program);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit %2): %3")
                         .arg(QFileInfo(program).fileName())
                         .arg(process.exitCode())
                         .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool ClusterManager::locate(QString *error)
{
    // Prefer PostgreSQL 15 (what the sandbox models); else the newest installed server.
    const QDir base(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
    });
    const QString chosen
            = versions.contains(QStringLiteral("15")) ? QStringLiteral("15") : versions.value(versions.size() - 1);
    if (chosen.isEmpty() || !QFile::exists(base.filePath(chosen + QStringLiteral("/bin/initdb")))) {
        *error = QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql");
        return false;
    }
    m_binDir = base.filePath(chosen + QStringLiteral("/bin"));

    QFile file(locationFile(m_dataDir));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        m_clusterDir = saved.value(QStringLiteral("cluster_dir")).toString();
        m_savedPort = static_cast<quint16>(saved.value(QStringLiteral("port")).toInt());
        m_previousSocketDir = saved.value(QStringLiteral("socket_dir")).toString();
    }
    if (m_clusterDir.isEmpty()) {
        m_clusterDir = m_dataDir + QStringLiteral("/pg");
        // The postgres user must be able to traverse every parent of its data directory.
        QString ignored;
        if (m_asRoot && !run(QStringLiteral("test"), {QStringLiteral("-x"), m_dataDir}, &ignored, true, 10000)) {
            m_clusterDir = QLatin1String(SharedClusterRoot) + QLatin1Char('/') + hashOf(m_dataDir);
            qCInfo(lcSandbox) << "data dir not traversable by postgres; cluster lives in" << m_clusterDir;
        }
    }
    m_socketDir = m_clusterDir + QStringLiteral("/run");
    // Too long for a socket path: a fresh, unpredictable directory in /tmp is made at every start (prepareSocketDir).
    m_tempSocketDir = (m_socketDir + QStringLiteral("/.s.PGSQL.65535")).toUtf8().size() >= MaxSocketPath;
    if (m_asRoot)
        return SecureFs::postgresUser(&m_owner, error);
    m_owner = SecureFs::self();
    return true;
}

void ClusterManager::saveLocation() const
{
    QFile file(locationFile(m_dataDir));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("cluster_dir"), m_clusterDir},
                                         {QStringLiteral("port"), m_port},
                                         {QStringLiteral("socket_dir"), m_socketDir}})
                       .toJson());
}

bool ClusterManager::initialize(QString *error)
{
    qCInfo(lcSandbox) << "creating PostgreSQL cluster in" << m_clusterDir;
    QDir(m_clusterDir).removeRecursively();
    const QString parent = QFileInfo(m_clusterDir).absolutePath();
    if (parent == QLatin1String(SharedClusterRoot)) {
        // Root's own directory for clusters of untraversable data dirs: postgres may traverse it, nobody list it.
        QDir().mkpath(QFileInfo(parent).absolutePath());
        if (!SecureFs::ensureDir(parent, 0711, SecureFs::self(), error))
            return false;
    }
    if (!SecureFs::ensureDir(m_clusterDir, 0700, m_owner, error))
        return false;
    QStringList initdb{QStringLiteral("-D"),
                       pgDataDir(),
                       QStringLiteral("-U"),
                       QStringLiteral("postgres"),
                       QStringLiteral("-A"),
                       QStringLiteral("trust"),
                       QStringLiteral("-E"),
                       QStringLiteral("UTF8"),
                       QStringLiteral("--locale=C.UTF-8")};
    if (m_fast)
        initdb << QStringLiteral("--no-sync");
    if (!run(m_binDir + QStringLiteral("/initdb"), initdb, error))
        return false;

    if (!makeCertificate(QStringLiteral("server"), QStringLiteral("gatehouse-sandbox"),
                         QStringLiteral("IP:127.0.0.1,DNS:localhost"), error))
        return false;
    return writeConfig(error);
}

bool ClusterManager::makeCertificate(const QString &name, const QString &commonName, const QString &subjectAltName,
                                     QString *error)
{
    const QString key = pgDataDir() + QLatin1Char('/') + name + QStringLiteral(".key");
    const QString cert = pgDataDir() + QLatin1Char('/') + name + QStringLiteral(".crt");
    if (!run(QStringLiteral("openssl"),
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
              QStringLiteral("3650"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
              QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + subjectAltName},
             error))
        return false;
    // PostgreSQL refuses a key readable by others; openssl creates it 0600 already (and our umask is 077).
    return SecureFs::restrictFile(key, 0600, error);
}

bool ClusterManager::writeConfig(QString *error)
{
    QFile conf(pgDataDir() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = QStringLiteral("cannot write postgresql.conf");
        return false;
    }
    conf.write("\n# --- gatehouse-sandbox ---\n"
               "listen_addresses = '127.0.0.1'\n"
               "unix_socket_permissions = 0700\n"
               "ssl = on\n"
               "ssl_cert_file = 'server.crt'\n"
               "ssl_key_file = 'server.key'\n"
               "password_encryption = 'scram-sha-256'\n"
               "max_connections = 50\n");
    conf.close();
    // Rewriting in place keeps the file owned by postgres.
    QFile hba(hbaPath());
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error = QStringLiteral("cannot write pg_hba.conf");
        return false;
    }
    hba.write(hbaHeader().toUtf8());
    return true;
}

bool ClusterManager::prepareSocketDir(QString *error)
{
    // The directory of the previous run (kill -9 leaves it behind) is removed if empty; rmdir never follows links.
    if (m_previousSocketDir.startsWith(QLatin1String(TempSocketPrefix)) && m_previousSocketDir != m_socketDir)
        ::rmdir(QFile::encodeName(m_previousSocketDir).constData());
    if (m_tempSocketDir) {
        // Never a predictable name: someone else could have planted a directory or a symlink there.
        m_socketDir = SecureFs::makeTempDir(QLatin1String(TempSocketPrefix), m_owner, error);
        return !m_socketDir.isEmpty();
    }
    return SecureFs::ensureDir(m_socketDir, 0700, m_owner, error);
}

bool ClusterManager::isRunning()
{
    if (!QFile::exists(pgDataDir() + QStringLiteral("/postmaster.pid")))
        return false;
    QString ignored;
    return run(m_binDir + QStringLiteral("/pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), pgDataDir()},
               &ignored);
}

quint16 ClusterManager::choosePort() const
{
    // Keep the port across restarts (the app may have saved the connection URI) when it is still free.
    if (m_savedPort != 0) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, m_savedPort))
            return m_savedPort;
    }
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool ClusterManager::start(QString *error)
{
    if (!locate(error))
        return false;
    if (!QFile::exists(pgDataDir() + QStringLiteral("/PG_VERSION"))) {
        if (!initialize(error))
            return false;
        m_fresh = true;
    } else if (isRunning()) {
        qCInfo(lcSandbox) << "a previous postmaster is still running; restarting it";
        QString ignored;
        run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("stop"), QStringLiteral("-D"), pgDataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
             QStringLiteral("-w")},
            &ignored);
    }
    // Firewall updates replace pg_hba.conf atomically, but a data directory written by an older sandbox (which
    // rewrote it in place) may hold a truncated file PostgreSQL refuses to start on. The deny-by-default header is
    // enough to start: the rules are rendered again once the cluster is up.
    if (QFileInfo(hbaPath()).size() == 0) {
        QFile hba(hbaPath());
        if (hba.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            hba.write(hbaHeader().toUtf8());
    }
    if (!prepareSocketDir(error))
        return false;
    m_port = choosePort();
    QString options = QStringLiteral("-p %1 -k '%2'").arg(m_port).arg(m_socketDir);
    if (m_fast)
        options += QStringLiteral(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
    if (m_badCertificate) {
        // Another self-signed certificate, for a host name nobody connects to: verification must fail.
        if (!QFile::exists(pgDataDir() + QStringLiteral("/wrong-host.crt"))
            && !makeCertificate(QStringLiteral("wrong-host"), QStringLiteral("wrong-host.invalid"),
                                QStringLiteral("DNS:wrong-host.invalid"), error))
            return false;
        options += QStringLiteral(" -c ssl_cert_file=wrong-host.crt -c ssl_key_file=wrong-host.key");
    }
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("start"), QStringLiteral("-D"), pgDataDir(), QStringLiteral("-w"), QStringLiteral("-t"),
              QStringLiteral("60"), QStringLiteral("-l"), m_clusterDir + QStringLiteral("/server.log"),
              QStringLiteral("-o"), options},
             error)) {
        QFile log(m_clusterDir + QStringLiteral("/server.log"));
        if (log.open(QIODevice::ReadOnly))
            *error += QStringLiteral("\n") + QString::fromLocal8Bit(log.readAll().right(2000));
        return false;
    }
    m_started = true;
    saveLocation();
    return true;
}

void ClusterManager::stop()
{
    if (!m_started)
        return;
    m_started = false;
    QString error;
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("stop"), QStringLiteral("-D"), pgDataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60")},
             &error))
        qCWarning(lcSandbox).noquote() << "stopping PostgreSQL:" << error;
    else if (m_tempSocketDir)
        ::rmdir(QFile::encodeName(m_socketDir).constData()); // empty once PostgreSQL removed its socket
}
