#pragma once
// Header-only helpers for the reliability tests (tst_sandbox_hostile, tst_sandbox_load): a blocking libpq session,
// raw HTTP exchanges (bytes on a socket, so no client library normalises paths, methods or headers), and the
// superuser path to the sandbox's cluster (root on this machine: the admin unix socket named in cluster.json).

#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <libpq-fe.h>

#include <memory>
#include <optional>

namespace sandboxstate {

/// A blocking libpq session; enough for assertions.
class PgSession
{
public:
    /// TCP + TLS required (like SCALINGO_POSTGRESQL_URL), or a unix socket directory when host starts with '/'.
    PgSession(const QString &host, int port, const QString &db, const QString &user,
              const QString &password = QString(), const char *sslmode = "require")
    {
        const QByteArray h = host.toUtf8(), p = QByteArray::number(port), d = db.toUtf8(), u = user.toUtf8(),
                         pw = password.toUtf8();
        const bool socket = host.startsWith(QLatin1Char('/'));
        const char *keys[] = {"host", "port", "dbname", "user", "password", "sslmode", "connect_timeout", nullptr};
        const char *values[] = {h.constData(), p.constData(),  d.constData(),
                                u.constData(), pw.constData(), socket ? "disable" : sslmode,
                                "10",          nullptr};
        m_conn = PQconnectdbParams(keys, values, 0);
    }
    ~PgSession() { PQfinish(m_conn); }
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }
    bool tls() const { return PQsslInUse(m_conn) == 1; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(); }

    /// First column of every row, or nullopt on error (see lastError()).
    std::optional<QStringList> query(const QString &sql)
    {
        PGresult *res = PQexec(m_conn, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(res);
        std::optional<QStringList> out;
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            QStringList rows;
            for (int i = 0; i < PQntuples(res); ++i)
                rows.append(QString::fromUtf8(PQgetvalue(res, i, 0)));
            out = rows;
            m_lastError.clear();
        } else {
            m_lastError = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        }
        PQclear(res);
        return out;
    }
    QStringList rows(const QString &sql) { return query(sql).value_or(QStringList{QStringLiteral("<error>")}); }
    QString value(const QString &sql) { return query(sql).value_or(QStringList()).value(0); }
    QString lastError() const { return m_lastError; }

private:
    PGconn *m_conn = nullptr;
    QString m_lastError;
};

/// Where the sandbox put its cluster (DATA/cluster.json) and how a superuser reaches it.
struct ClusterLocation
{
    QString clusterDir;
    int port = 0;
    QString savedSocketDir; // "socket_dir" in cluster.json (a fresh /tmp directory for long data dir paths)
    QString socketDir() const
    {
        if (!savedSocketDir.isEmpty())
            return savedSocketDir;
        // Without socket_dir (older sandboxes): <cluster>/run, right for the short paths of test data dirs.
        return clusterDir + QStringLiteral("/run");
    }
    QString hbaPath() const { return clusterDir + QStringLiteral("/data/pg_hba.conf"); } // PGDATA = <cluster>/data
};

inline ClusterLocation clusterLocation(const SandboxProcess &sandbox)
{
    QFile file(sandbox.dataDir() + QStringLiteral("/cluster.json"));
    ClusterLocation out;
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        out.clusterDir = o.value(QStringLiteral("cluster_dir")).toString();
        out.port = o.value(QStringLiteral("port")).toInt();
        out.savedSocketDir = o.value(QStringLiteral("socket_dir")).toString();
    }
    return out;
}

/// The `postgres` superuser over the admin socket (trust, local only). Works when the test runs as root or postgres.
inline std::unique_ptr<PgSession> superuser(const SandboxProcess &sandbox, const QString &database)
{
    const ClusterLocation where = clusterLocation(sandbox);
    return std::make_unique<PgSession>(where.socketDir(), where.port, database, QStringLiteral("postgres"));
}

/// One raw HTTP/1.1 exchange.
struct RawReply
{
    int status = 0; ///< 0: no status line (connection closed or timeout)
    QByteArray head;
    QByteArray body;
    bool closedWithoutReply = false;
    bool timedOut = false;
};

/// Sends \a method \a target verbatim (no normalisation, no encoding) with \a headers and \a body, `Connection: close`.
inline RawReply rawRequest(quint16 port, const QByteArray &method, const QByteArray &target,
                           const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                           int timeoutMs = 20000)
{
    RawReply out;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000)) {
        out.closedWithoutReply = true;
        return out;
    }
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
            + "\r\nConnection: close\r\nAccept: application/json\r\n";
    bool hasLength = false;
    for (const auto &h : headers) {
        request += h.first + ": " + h.second + "\r\n";
        hasLength = hasLength || h.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength && (!body.isEmpty() || method == "POST" || method == "PATCH" || method == "PUT"))
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);

    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    qsizetype headerEnd = -1;
    qint64 contentLength = -1;
    while (timer.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(200)) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        data += socket.readAll();
        if (headerEnd < 0) {
            headerEnd = data.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                for (const QByteArray &line : data.left(headerEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        contentLength = line.mid(15).trimmed().toLongLong();
                }
                // No body: 1xx/204/304 answers and answers to HEAD.
                if (method == "HEAD" || data.startsWith("HTTP/1.1 204") || data.startsWith("HTTP/1.1 304")
                    || data.startsWith("HTTP/1.1 1"))
                    contentLength = 0;
            }
        }
        if (headerEnd >= 0 && contentLength >= 0 && data.size() >= headerEnd + 4 + contentLength)
            break;
    }
    data += socket.readAll();
    if (headerEnd < 0)
        headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        out.closedWithoutReply = socket.state() != QAbstractSocket::ConnectedState;
        out.timedOut = !out.closedWithoutReply;
        return out;
    }
    out.head = data.left(headerEnd);
    out.body = data.mid(headerEnd + 4);
    const QList<QByteArray> statusLine = out.head.left(out.head.indexOf('\r')).split(' ');
    if (statusLine.size() >= 2)
        out.status = statusLine.at(1).toInt();
    return out;
}

} // namespace sandboxstate
