#pragma once

#include "securefs.h"

#include <QString>
#include <QStringList>

/// Owns the PostgreSQL 15 cluster behind the sandbox: creates it on first start (initdb, self-signed TLS
/// certificate, scram, loopback-only listener), starts it on a free port and stops it. As root every
/// PostgreSQL binary runs as the `postgres` system user (they refuse uid 0).
class ClusterManager
{
public:
    ClusterManager(const QString &dataDir, bool fast);

    /// Creates the cluster if needed, stops a leftover postmaster (e.g. after kill -9) and starts it.
    bool start(QString *error);
    /// Tests of certificate checks: PostgreSQL serves a self-signed certificate for another host name, not the one
    /// `/api/ca_certificate` hands out (call before start()).
    void setBadCertificate(bool bad) { m_badCertificate = bad; }
    /// pg_ctl stop -m fast; safe to call twice.
    void stop();

    bool isFresh() const { return m_fresh; }
    QString clusterDir() const { return m_clusterDir; }
    QString pgDataDir() const { return m_clusterDir + QStringLiteral("/data"); }
    QString socketDir() const { return m_socketDir; }
    QString hbaPath() const { return pgDataDir() + QStringLiteral("/pg_hba.conf"); }
    QString certificatePath() const { return pgDataDir() + QStringLiteral("/server.crt"); }
    quint16 port() const { return m_port; }

    /// The file pg_hba.conf must look like before any rule exists: only the admin socket line.
    static QString hbaHeader();

private:
    bool locate(QString *error);
    bool initialize(QString *error);
    bool writeConfig(QString *error);
    bool prepareSocketDir(QString *error);
    bool isRunning();
    bool makeCertificate(const QString &name, const QString &commonName, const QString &subjectAltName,
                         QString *error);
    quint16 choosePort() const;
    void saveLocation() const;
    /// Runs a program (as postgres when we are root) and waits; fills *error with its output on failure.
    bool run(const QString &program, const QStringList &args, QString *error, bool asPostgres = true,
             int timeoutMs = 120000);

    QString m_dataDir;
    QString m_binDir;
    QString m_clusterDir;
    QString m_socketDir;
    QString m_previousSocketDir; // from cluster.json: a temporary one is removed at the next start
    bool m_tempSocketDir = false;
    SecureFs::Owner m_owner; // of the cluster's directories: postgres when we are root
    quint16 m_port = 0;
    quint16 m_savedPort = 0;
    bool m_fast = false;
    bool m_badCertificate = false;
    bool m_fresh = false;
    bool m_started = false;
    bool m_asRoot = false;
};
