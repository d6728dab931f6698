#pragma once
// A throwaway PostgreSQL cluster for the Extensions tests: TLS with a self-signed certificate, listening on
// 127.0.0.1 and ::1, `hostssl` + scram for 127.0.0.1 only (so ::1 has "no pg_hba.conf entry", like an address the
// firewall does not admit). initdb/postgres refuse uid 0, so as root they run as `postgres` via runuser.
// Header-only on purpose: shared by the integration and GUI tests of the feature.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <libpq-fe.h>
#include <unistd.h>

class PgTestCluster
{
public:
    PgTestCluster() = default;
    ~PgTestCluster() { stop(); }

    static QString appPassword() { return QStringLiteral("app-s3cret"); }
    static QString superPassword() { return QStringLiteral("super-s3cret"); }

    bool start(QString *error)
    {
        const QStringList bins
                = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (bins.isEmpty())
            return fail(error, QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql"));
        m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(bins.last());
        if (!m_tmp.isValid())
            return fail(error, QStringLiteral("no temporary directory"));
        // The postgres user must traverse the root-owned temporary directory.
        QFile::setPermissions(m_tmp.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                      | QFile::ExeOther);
        m_dir = m_tmp.filePath(QStringLiteral("pg"));
        QDir().mkpath(m_dir);
        m_port = freePort();
        const QString key = m_dir + QStringLiteral("/server.key");
        m_cert = m_dir + QStringLiteral("/server.crt");
        if (!run(QStringLiteral("openssl"),
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), key, QStringLiteral("-out"), m_cert, QStringLiteral("-days"),
                  QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                  QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
                 false, error))
            return false;
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        if (::geteuid() == 0
            && !run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir}, false, error))
            return false;
        const QString data = m_dir + QStringLiteral("/data");
        if (!run(m_bin + QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-A"),
                  QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                 true, error))
            return false;
        const QString conf = QStringLiteral("\nport = %1\nlisten_addresses = '127.0.0.1,::1'\n"
                                            "unix_socket_directories = '%2'\nssl = on\nssl_cert_file = '%3'\n"
                                            "ssl_key_file = '%4'\nfsync = off\nsynchronous_commit = off\n"
                                            "full_page_writes = off\npassword_encryption = 'scram-sha-256'\n")
                                     .arg(m_port)
                                     .arg(m_dir, m_cert, key);
        if (!append(data + QStringLiteral("/postgresql.conf"), conf, error) || !writeHba(true, error, false))
            return false;
        if (!run(m_bin + QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"),
                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("start")},
                 true, error))
            return false;
        m_running = true;
        // Like Scalingo's default user: owns the database, not a superuser.
        const QString setup = QStringLiteral("postgres");
        return admin(QStringLiteral("CREATE ROLE app LOGIN PASSWORD '%1'").arg(appPassword()), error, setup)
                && admin(QStringLiteral("CREATE DATABASE app OWNER app"), error, setup)
                && admin(QStringLiteral("ALTER ROLE postgres PASSWORD '%1'").arg(superPassword()), error, setup);
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        run(m_bin + QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            true, nullptr);
    }

    quint16 port() const { return m_port; }
    QString certificatePath() const { return m_cert; }
    QString uri(const QString &host = QStringLiteral("127.0.0.1"), const QString &password = appPassword(),
                const QString &user = QStringLiteral("app")) const
    {
        const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        return QStringLiteral("postgresql://%1:%2@%3:%4/app?sslmode=require").arg(user, password, h).arg(m_port);
    }
    /// A superuser, standing in for Scalingo's allow-list (which lets the default user enable untrusted extensions
    /// such as earthdistance; plain PostgreSQL has no allow-list).
    QString superuserUri() const
    {
        return uri(QStringLiteral("127.0.0.1"), superPassword(), QStringLiteral("postgres"));
    }

    /// Rewrites pg_hba.conf: 127.0.0.1 admitted (scram over TLS) or explicitly rejected; ::1 never listed.
    bool writeHba(bool admitLoopback, QString *error, bool reload = true)
    {
        const QString hba = QStringLiteral("local all all trust\nhostssl all all 127.0.0.1/32 %1\n")
                                    .arg(admitLoopback ? QStringLiteral("scram-sha-256") : QStringLiteral("reject"));
        QFile file(m_dir + QStringLiteral("/data/pg_hba.conf"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) // keeps postgres' ownership of the file
            return fail(error, file.errorString());
        file.write(hba.toUtf8());
        file.close();
        if (!reload)
            return true;
        return admin(QStringLiteral("SELECT pg_reload_conf()"), error)
                && adminValue(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL"))
                == QLatin1String("0");
    }

    /// Runs SQL as the superuser over the Unix socket (synchronously: test set-up only).
    bool admin(const QString &sql, QString *error = nullptr, const QString &database = QStringLiteral("app"))
    {
        QString value;
        return exec(sql, database, &value, error);
    }
    QString adminValue(const QString &sql, const QString &database = QStringLiteral("app"))
    {
        QString value;
        exec(sql, database, &value, nullptr);
        return value;
    }
    bool hasExtension(const QString &name)
    {
        return adminValue(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = '%1'").arg(name))
                == QLatin1String("1");
    }
    QString serverLog() const
    {
        QFile log(m_dir + QStringLiteral("/server.log"));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

private:
    static bool fail(QString *error, const QString &text)
    {
        if (error)
            *error = text;
        return false;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool append(const QString &path, const QString &text, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::Append))
            return fail(error, file.errorString());
        file.write(text.toUtf8());
        return true;
    }

    bool run(const QString &program, const QStringList &args, bool asPostgres, QString *error)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir); // postgres cannot enter /root
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (asPostgres && ::geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                                  + args);
        else
            process.start(program, args);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return fail(error, program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll()));
        return true;
    }

    bool exec(const QString &sql, const QString &database, QString *value, QString *error)
    {
        const QByteArray conninfo = QStringLiteral("host=%1 port=%2 user=postgres dbname=%3")
                                            .arg(m_dir)
                                            .arg(m_port)
                                            .arg(database)
                                            .toUtf8();
        PGconn *conn = PQconnectdb(conninfo.constData());
        bool ok = PQstatus(conn) == CONNECTION_OK;
        if (!ok) {
            fail(error, QString::fromUtf8(PQerrorMessage(conn)));
        } else {
            PGresult *result = PQexec(conn, sql.toUtf8().constData());
            const auto status = PQresultStatus(result);
            ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
            if (!ok)
                fail(error, QString::fromUtf8(PQresultErrorMessage(result)));
            else if (status == PGRES_TUPLES_OK && PQntuples(result) > 0)
                *value = QString::fromUtf8(PQgetvalue(result, 0, 0));
            PQclear(result);
        }
        PQfinish(conn);
        return ok;
    }

    QTemporaryDir m_tmp;
    QString m_bin;
    QString m_dir;
    QString m_cert;
    quint16 m_port = 0;
    bool m_running = false;
};
