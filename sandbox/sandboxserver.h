#pragma once

#include "httpconnection.h"
#include "httprouter.h"

#include <QFile>
#include <QHostAddress>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <memory>

class QTcpServer;

/// The HTTP transport: accepts connections (at most maxConnections at once), lets HttpConnection parse them under
/// its limits and timeouts, dispatches through the router, and writes the answer, optionally after --latency-ms
/// (deferred, the event loop keeps running).
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

    SandboxServer(const HttpRouter *router, QObject *parent = nullptr);
    ~SandboxServer() override;

    void setLatency(int ms) { m_latencyMs = ms; }
    /// Idle connections and requests not received completely within this time are closed.
    void setTimeout(int ms) { m_limits.timeoutMs = ms; }
    void setMaxConnections(int n) { m_maxConnections = n; }
    /// "-" logs to stderr; empty disables. Returns false when the file cannot be opened.
    bool setRequestLog(const QString &target);
    /// Returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void onNewConnection();
    void handle(HttpConnection *connection, const HttpRequest &request);
    void respond(QPointer<HttpConnection> guard, const HttpResponse &response, const QByteArray &method,
                 const QString &path, QElapsedTimer elapsed);
    void logRequest(const QByteArray &method, const QString &path, int status, qint64 elapsedMs);

    const HttpRouter *m_router;
    QTcpServer *m_tcp = nullptr;
    HttpConnection::Limits m_limits;
    int m_maxConnections = 128;
    QSet<HttpConnection *> m_connections;
    int m_latencyMs = 0;
    /// Runs HttpResponse::work (large read-only lists): threads keep their SQL connection, so they never expire.
    QThreadPool m_workers;
    std::unique_ptr<QFile> m_log;
};
