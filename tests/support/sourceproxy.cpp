#include "sourceproxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

// Lives in the proxy thread; every socket it creates is its child, so deleting it closes everything.
class SourceProxyWorker : public QObject
{
public:
    SourceProxyWorker(const QHostAddress &source, const QHostAddress &upstreamHost, quint16 upstreamPort,
                      std::atomic<int> *counter)
        : m_source(source), m_upstreamHost(upstreamHost), m_upstreamPort(upstreamPort), m_counter(counter)
    { }

    quint16 listen(QString *error)
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                relay(client);
        });
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            *error = m_server->errorString();
            return 0;
        }
        return m_server->serverPort();
    }

private:
    void relay(QTcpSocket *client)
    {
        m_counter->fetch_add(1);
        client->setParent(this);
        auto *upstream = new QTcpSocket(this);
        if (!upstream->bind(m_source)) {
            qWarning("SourceProxy: cannot bind %s: %s", qPrintable(m_source.toString()),
                     qPrintable(upstream->errorString()));
            client->abort();
            client->deleteLater();
            upstream->deleteLater();
            return;
        }
        // Bytes from the client wait here until the upstream connection is established.
        auto pending = std::make_shared<QByteArray>();
        QPointer<QTcpSocket> c(client);
        QPointer<QTcpSocket> u(upstream);
        QObject::connect(client, &QTcpSocket::readyRead, upstream, [c, u, pending] {
            if (!c || !u)
                return;
            if (u->state() == QAbstractSocket::ConnectedState)
                u->write(c->readAll());
            else
                pending->append(c->readAll());
        });
        QObject::connect(upstream, &QTcpSocket::connected, client, [c, u, pending] {
            if (u && !pending->isEmpty()) {
                u->write(*pending);
                pending->clear();
            }
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [c, u] {
            if (c && u)
                c->write(u->readAll());
        });
        const auto closeBoth = [c, u] {
            if (c) {
                c->disconnectFromHost();
                c->deleteLater();
            }
            if (u) {
                u->disconnectFromHost();
                u->deleteLater();
            }
        };
        QObject::connect(client, &QTcpSocket::disconnected, this, closeBoth);
        QObject::connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
        QObject::connect(upstream, &QTcpSocket::errorOccurred, this, [closeBoth](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                closeBoth();
        });
        upstream->connectToHost(m_upstreamHost, m_upstreamPort);
    }

    QHostAddress m_source;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort;
    std::atomic<int> *m_counter;
    QTcpServer *m_server = nullptr;
};

SourceProxy::SourceProxy(const QHostAddress &source, const QHostAddress &upstreamHost, quint16 upstreamPort)
    : m_source(source), m_upstreamHost(upstreamHost), m_upstreamPort(upstreamPort)
{ }

SourceProxy::~SourceProxy()
{
    stop();
}

bool SourceProxy::start(QString *error)
{
    if (m_thread)
        return m_port != 0;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("SourceProxy"));
    m_worker = new SourceProxyWorker(m_source, m_upstreamHost, m_upstreamPort, &m_connections);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QString listenError;
    quint16 port = 0;
    QMetaObject::invokeMethod(
            m_worker, [this, &port, &listenError] { port = m_worker->listen(&listenError); },
            Qt::BlockingQueuedConnection);
    m_port = port;
    if (m_port == 0) {
        if (error)
            *error = listenError;
        stop();
        return false;
    }
    return true;
}

void SourceProxy::stop()
{
    if (!m_thread)
        return;
    // The worker (and its sockets) is deleted in its own thread as the thread finishes (see start()).
    m_worker = nullptr;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_port = 0;
}
