#include "sandboxserver.h"

#include "logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

#include <cstdio>

SandboxServer::SandboxServer(const HttpRouter *router, QObject *parent) : QObject(parent), m_router(router)
{
    m_limits.maxBodyBytes = MaxBodyBytes;
    m_limits.maxHeadBytes = MaxHeadBytes;
    // Two per core: a worker waits on PostgreSQL about half the time.
    m_workers.setMaxThreadCount(std::max(2, 2 * QThread::idealThreadCount()));
    m_workers.setExpiryTimeout(-1);
}

SandboxServer::~SandboxServer()
{
    // Connections are children: delete them while our members still exist, and without them reporting back.
    const QList<HttpConnection *> all = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : all)
        connection->disconnect(this);
    qDeleteAll(all);
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

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(address, port))
        return 0;
    connect(m_tcp, &QTcpServer::newConnection, this, &SandboxServer::onNewConnection);
    return m_tcp->serverPort();
}

void SandboxServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_limits, this);
        connect(connection, &HttpConnection::closed, this, [this, connection] { m_connections.remove(connection); });
        connect(connection, &HttpConnection::refused, this,
                [this](const QByteArray &method, const QString &path, int status) {
                    logRequest(method, path, status, 0);
                });
        // A connection that gave its last answer only drains for a moment (HttpConnection::lingerAndClose): it no
        // longer counts.
        m_connections.removeIf([](HttpConnection *c) { return c->isClosing(); });
        if (m_connections.size() >= m_maxConnections) {
            // Make room by closing the connection idle the longest (an idle keep-alive costs the client nothing);
            // when every slot is busy receiving or answering, this one is refused.
            HttpConnection *oldest = nullptr;
            for (HttpConnection *c : std::as_const(m_connections)) {
                if (c->isIdle() && (!oldest || c->idleSinceMs() > oldest->idleSinceMs()))
                    oldest = c;
            }
            if (!oldest) {
                connection->reject(503, QStringLiteral("Too many connections (limit %1)").arg(m_maxConnections));
                continue;
            }
            m_connections.remove(oldest);
            oldest->close();
        }
        m_connections.insert(connection);
        connect(connection, &HttpConnection::requestReady, this,
                [this, connection](const HttpRequest &request) { handle(connection, request); });
    }
}

void SandboxServer::handle(HttpConnection *connection, const HttpRequest &incoming)
{
    QElapsedTimer elapsed;
    elapsed.start();
    HttpRequest request = incoming;
    const HttpResponse response = m_router->dispatch(request);
    const QByteArray method = request.method;
    const QString path = request.path;
    QPointer<HttpConnection> guard(connection);
    if (!response.work) {
        respond(guard, response, method, path, elapsed);
        return;
    }
    // Computed on a worker (large read-only lists); the connection may go away meanwhile (the guard then skips it).
    auto *watcher = new QFutureWatcher<HttpResponse>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, guard, method, path, elapsed] {
        watcher->deleteLater();
        respond(guard, watcher->result(), method, path, elapsed);
    });
    watcher->setFuture(QtConcurrent::run(&m_workers, response.work));
}

void SandboxServer::respond(QPointer<HttpConnection> guard, const HttpResponse &response, const QByteArray &method,
                            const QString &path, QElapsedTimer elapsed)
{
    if (m_latencyMs <= 0) {
        if (guard)
            guard->respond(response);
        logRequest(method, path, response.status, elapsed.elapsed());
        return;
    }
    // The connection may go away while we wait; the guard tells us not to write then.
    QTimer::singleShot(m_latencyMs, this, [this, guard, response, method, path, elapsed] {
        if (guard)
            guard->respond(response);
        logRequest(method, path, response.status, elapsed.elapsed());
    });
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
