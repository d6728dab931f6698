#pragma once
// Integration-test helper: a TCP relay that makes a connection reach a server *from another source address*.
// libpq cannot choose its source address, and the kernel picks 127.0.0.1 for any 127/8 destination, so:
//
//     SourceProxy proxy(QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress::LocalHost, pgPort);
//     QVERIFY(proxy.start());
//     // libpq connects to 127.0.0.1:proxy.port(); PostgreSQL sees the client as 127.0.0.2.
//
// The proxy runs its own event loop in a QThread, so blocking libpq calls in the test thread still get relayed.
// Bytes are copied unchanged (TLS passes through end to end).

#include <QHostAddress>

#include <atomic>
#include <memory>

class QThread;
class SourceProxyWorker;

class SourceProxy
{
public:
    /// Connections to 127.0.0.1:port() are relayed to upstreamHost:upstreamPort, connecting from `source`.
    SourceProxy(const QHostAddress &source, const QHostAddress &upstreamHost, quint16 upstreamPort);
    ~SourceProxy();

    SourceProxy(const SourceProxy &) = delete;
    SourceProxy &operator=(const SourceProxy &) = delete;

    /// Starts the thread and listens on 127.0.0.1:0. False (and *error) if it cannot listen.
    bool start(QString *error = nullptr);
    /// Closes the listener and every relayed connection; joins the thread. Idempotent.
    void stop();

    quint16 port() const { return m_port; }
    /// Client connections accepted so far.
    int connectionCount() const { return m_connections.load(); }

private:
    QHostAddress m_source;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort;
    quint16 m_port = 0;
    std::atomic<int> m_connections{0};
    std::unique_ptr<QThread> m_thread;
    SourceProxyWorker *m_worker = nullptr; // lives in m_thread
};
