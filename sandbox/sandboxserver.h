#pragma once

#include "httprouter.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QThreadPool>

#include <memory>

class QHttpServerResponder;

/// The HTTP transport: parses a request into HttpRequest, enforces the body limit, dispatches through the router,
/// and writes the answer, optionally after --latency-ms (deferred, the event loop keeps running).
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    SandboxServer(const HttpRouter *router, QObject *parent = nullptr);

    void setLatency(int ms) { m_latencyMs = ms; }
    /// "-" logs to stderr; empty disables. Returns false when the file cannot be opened.
    bool setRequestLog(const QString &target);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void write(QHttpServerResponder &responder, const HttpResponse &response);
    void logRequest(const QByteArray &method, const QString &path, int status, qint64 elapsedMs);

    void respond(QTcpSocket *socket, std::shared_ptr<QHttpServerResponder> responder, const HttpResponse &response,
                 const QByteArray &method, const QString &path, qint64 startedMs);

    const HttpRouter *m_router;
    /// Runs HttpResponse::work (large read-only lists): threads keep their SQL connection, so they never expire.
    QThreadPool m_workers;
    int m_latencyMs = 0;
    std::unique_ptr<QFile> m_log;
};
