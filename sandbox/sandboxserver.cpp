#include "sandboxserver.h"

#include "logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdio>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

} // namespace

SandboxServer::SandboxServer(const HttpRouter *router, QObject *parent) : QAbstractHttpServer(parent), m_router(router)
{
    // Two per core: a worker waits on PostgreSQL about half the time.
    m_workers.setMaxThreadCount(std::max(2, 2 * QThread::idealThreadCount()));
    m_workers.setExpiryTimeout(-1);
}

bool SandboxServer::setRequestLog(const QString &target)
{
    if (target.isEmpty()) {
        m_log.reset();
        return true;
    }
    m_log = std::make_unique<QFile>();
    if (target == QLatin1String("-"))
        return m_log->open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_log->setFileName(target);
    return m_log->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text | QIODevice::Unbuffered);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer elapsed;
    elapsed.start();

    HttpRequest req;
    req.method = methodName(request.method());
    const QUrl url = request.url();
    // Percent-encoded, so that an encoded '/' (%2F) stays inside its segment; the router decodes each segment.
    req.path = url.path(QUrl::FullyEncoded);
    req.query = request.query();
    req.body = request.body();
    req.remoteAddress = request.remoteAddress();
    req.authorization = header(request, QByteArrayLiteral("Authorization"));
    const QByteArray host = header(request, QByteArrayLiteral("Host"));
    req.baseUrl = QStringLiteral("http://")
            + (host.isEmpty() ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : QString::fromLatin1(host));

    HttpResponse response;
    if (req.body.size() > MaxBodyBytes)
        response = HttpResponse::error(413, QStringLiteral("Request body too large (limit 64 KiB)"));
    else
        response = m_router->dispatch(req);

    const QByteArray method = req.method;
    const QString path = req.path;
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (!response.work) {
        respond(socket, responder, response, method, path, elapsed.msecsSinceReference());
        return true;
    }
    // Computed on a worker; the socket may go away meanwhile (the guard in respond() then skips the write).
    auto *watcher = new QFutureWatcher<HttpResponse>(this);
    QPointer<QTcpSocket> guard(socket);
    const qint64 started = elapsed.msecsSinceReference();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, guard, responder, method, path, started] {
        watcher->deleteLater();
        respond(guard, responder, watcher->result(), method, path, started);
    });
    watcher->setFuture(QtConcurrent::run(&m_workers, response.work));
    return true;
}

void SandboxServer::respond(QTcpSocket *socket, std::shared_ptr<QHttpServerResponder> responder,
                            const HttpResponse &response, const QByteArray &method, const QString &path,
                            qint64 startedMs)
{
    const auto elapsedMs = [startedMs] {
        QElapsedTimer now;
        now.start();
        return now.msecsSinceReference() - startedMs;
    };
    if (m_latencyMs <= 0) {
        if (socket)
            write(*responder, response);
        logRequest(method, path, response.status, elapsedMs());
        return;
    }
    // The socket may go away while we wait; the guard tells us not to write then.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(m_latencyMs, this, [this, guard, responder, response, method, path, elapsedMs] {
        if (guard)
            write(*responder, response);
        logRequest(method, path, response.status, elapsedMs());
    });
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, HttpResponse::error(404, QStringLiteral("Not found")));
}

void SandboxServer::write(QHttpServerResponder &responder, const HttpResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    if (response.status == 204) {
        responder.writeBody(QByteArray());
        return;
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void SandboxServer::logRequest(const QByteArray &method, const QString &path, int status, qint64 elapsedMs)
{
    // Path only: query strings and headers may carry secrets.
    qCDebug(lcSandbox) << method << path << status << elapsedMs << "ms";
    if (!m_log)
        return;
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + method + ' '
            + path.toUtf8() + ' ' + QByteArray::number(status) + ' ' + QByteArray::number(elapsedMs) + "ms\n";
    m_log->write(line);
    m_log->flush();
}
