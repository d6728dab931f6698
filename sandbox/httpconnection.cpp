#include "httpconnection.h"

#include <QTcpSocket>
#include <QUrl>

#include <sys/socket.h>

namespace {

// After a refusal the rest of the stream is read and dropped for this long, so the answer reaches the client
// instead of being destroyed by the reset a close with unread data causes.
constexpr int LingerMs = 2000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Limits &limits, QObject *parent)
    : QObject(parent), m_socket(socket), m_limits(limits)
{
    m_socket->setParent(this);
    // Qt's own socket buffer is bounded too: while a request is being handled nothing more is read (backpressure).
    m_socket->setReadBufferSize(m_limits.maxHeadBytes + m_limits.maxBodyBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_timer.stop();
        m_state = State::Closing;
        emit closed();
        deleteLater();
    });
    m_idleSince.start();
    armTimer();
}

HttpConnection::~HttpConnection()
{
    m_socket->disconnect(this); // deleting the socket below must not call back into a half-destroyed connection
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closing) {
        m_socket->skip(m_socket->bytesAvailable()); // lingering: drop, never keep
        return;
    }
    process();
}

void HttpConnection::process()
{
    const qsizetype cap = m_limits.maxHeadBytes + m_limits.maxBodyBytes + MaxChunkLine;
    while (m_state != State::Busy && m_state != State::Closing) {
        const qsizetype room = cap - m_buffer.size();
        if (room > 0 && m_socket->bytesAvailable() > 0)
            m_buffer.append(m_socket->read(room));
        const qsizetype sizeBefore = m_buffer.size();
        const State stateBefore = m_state;

        if (m_state == State::Idle) {
            qsizetype skip = 0; // blank lines between requests, as Qt tolerated
            while (skip < m_buffer.size() && QByteArrayView(" \t\r\n").contains(m_buffer.at(skip)))
                ++skip;
            m_buffer.remove(0, skip);
            if (!m_buffer.isEmpty()) {
                m_state = State::Head;
                armTimer(); // the whole request must arrive within the timeout from its first byte
            }
        }
        if (m_state == State::Head) {
            const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
            const qsizetype lf = m_buffer.indexOf("\n\n");
            qsizetype end = -1, terminator = 0;
            if (crlf >= 0 && (lf < 0 || crlf < lf))
                end = crlf, terminator = 4;
            else if (lf >= 0)
                end = lf, terminator = 2;
            if (end < 0 ? m_buffer.size() > m_limits.maxHeadBytes : end > m_limits.maxHeadBytes) {
                fail(431,
                     QStringLiteral("Request header fields too large (limit %1 KiB)")
                             .arg(m_limits.maxHeadBytes / 1024));
                return;
            }
            if (end >= 0) {
                if (!parseHead(end))
                    return;
                m_buffer.remove(0, end + terminator);
            }
        } else if (m_state == State::Body) {
            if (m_buffer.size() >= m_contentLength) {
                m_body = m_buffer.left(m_contentLength);
                m_buffer.remove(0, m_contentLength);
                deliver();
            }
        } else if (m_state == State::Chunked) {
            if (parseChunks())
                deliver();
        }
        const bool progressed = m_state != stateBefore || m_buffer.size() != sizeBefore;
        if (!progressed && (m_socket->bytesAvailable() == 0 || cap - m_buffer.size() <= 0))
            break;
    }
}

void HttpConnection::deliver()
{
    m_state = State::Busy;
    m_timer.stop();
    const QUrl url = QUrl::fromEncoded(m_target);
    HttpRequest request;
    request.method = m_method;
    // Percent-encoded, so that an encoded '/' (%2F) stays inside its segment; the router decodes each segment.
    request.path = url.path(QUrl::FullyEncoded);
    request.query = QUrlQuery(url);
    request.body = m_body;
    request.remoteAddress = m_socket->peerAddress();
    request.authorization = m_authorization;
    // Built from the address the client actually reached, never from the Host header (which the client chooses).
    QHostAddress local = m_socket->localAddress();
    bool mapped = false;
    const quint32 v4 = local.toIPv4Address(&mapped);
    if (mapped)
        local = QHostAddress(v4);
    const QString host = local.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + local.toString() + QLatin1Char(']')
            : local.toString();
    request.baseUrl = QStringLiteral("http://%1:%2").arg(host).arg(m_socket->localPort());
    m_body.clear();
    emit requestReady(request);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_state != State::Busy)
        return;
    writeResponse(response, !m_keepAlive);
    if (!m_keepAlive) {
        lingerAndClose();
        return;
    }
    m_state = State::Idle;
    m_idleSince.restart();
    armTimer();
    // A pipelined request may already be buffered; parse it from the event loop, not from inside a handler.
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::reject(int status, const QString &message)
{
    m_method.clear();
    m_target.clear();
    fail(status, message);
}

void HttpConnection::fail(int status, const QString &message)
{
    const qsizetype query = m_target.indexOf('?');
    const QByteArray target = query < 0 ? m_target : m_target.left(query);
    emit refused(m_method.isEmpty() ? QByteArrayLiteral("-") : m_method,
                 target.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(target), status);
    m_head = false;
    writeResponse(HttpResponse::error(status, message), true);
    lingerAndClose();
}

void HttpConnection::writeResponse(const HttpResponse &response, bool closeAfter)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    const bool noBody = response.status == 204 || response.status == 304;
    if (!response.contentType.isEmpty() && !noBody)
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!noBody)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    m_socket->write(out);
    // Written on its own: QIODevice keeps a large QByteArray as a shared chunk instead of copying a cached 1 MB list.
    if (!noBody && !m_head)
        m_socket->write(response.body);
}

void HttpConnection::lingerAndClose()
{
    m_state = State::Closing;
    m_buffer.clear();
    m_buffer.squeeze();
    m_body.clear();
    const auto shutdownWrite = [this] {
        m_socket->flush();
        if (m_socket->bytesToWrite() > 0)
            return false;
        // Half-close: the client sees the end of our answer, we keep reading (and dropping) until it closes.
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
        return true;
    };
    if (!shutdownWrite()) {
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this, shutdownWrite] {
            if (m_socket->bytesToWrite() == 0 && shutdownWrite())
                disconnect(m_socket, &QTcpSocket::bytesWritten, this, nullptr);
        });
    }
    m_socket->skip(m_socket->bytesAvailable());
    armTimer();
}

void HttpConnection::armTimer()
{
    switch (m_state) {
    case State::Idle:
    case State::Head: // started once, at the first byte of the request
        m_timer.start(m_limits.timeoutMs);
        break;
    case State::Body:
    case State::Chunked:
        break; // same deadline as the head
    case State::Busy:
        m_timer.stop();
        break;
    case State::Closing:
        m_timer.start(qMin(LingerMs, m_limits.timeoutMs));
        break;
    }
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Idle:
        close();
        break;
    case State::Head:
    case State::Body:
    case State::Chunked:
        fail(408, QStringLiteral("Request not received within %1 s").arg(m_limits.timeoutMs / 1000.0));
        break;
    case State::Busy:
        break;
    case State::Closing:
        m_socket->abort();
        break;
    }
}

void HttpConnection::close()
{
    m_state = State::Closing;
    m_timer.stop();
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_timer.start(LingerMs); // then abort, see onTimeout
}
