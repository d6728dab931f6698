#include "httpconnection.h"

#include <QTcpSocket>
#include <QUrl>

#include <sys/socket.h>

namespace {

// After a refusal the rest of the stream is read and dropped for this long, so the answer reaches the client
// instead of being destroyed by the reset a close with unread data causes.
constexpr int LingerMs = 2000;
constexpr qsizetype MaxChunkLine = 1024;
constexpr int MaxHeaderLines = 100;

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

// RFC 9110 token characters (method and header names).
bool isToken(const QByteArray &text)
{
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &text, int maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
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

bool HttpConnection::parseHead(qsizetype headEnd)
{
    QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> parts = lines.first().split(' ');
    QList<QByteArray> words;
    for (const QByteArray &p : parts) {
        if (!p.isEmpty())
            words.append(p);
    }
    m_method = words.value(0);
    m_target = words.value(1);
    m_authorization.clear();
    m_body.clear();
    m_contentLength = 0;
    m_chunkRemaining = -1;
    if (words.size() != 3 || !isToken(m_method) || !words.at(2).startsWith("HTTP/")) {
        fail(400, QStringLiteral("Malformed request line"));
        return false;
    }
    if (words.at(2) == "HTTP/1.1") {
        m_keepAlive = true;
    } else if (words.at(2) == "HTTP/1.0") {
        m_keepAlive = false;
    } else {
        fail(505, QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are supported"));
        return false;
    }
    if (lines.size() - 1 > MaxHeaderLines) {
        fail(431, QStringLiteral("Too many header fields (limit %1)").arg(MaxHeaderLines));
        return false;
    }
    QByteArray length;
    QByteArray transferEncoding;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // No obsolete line folding, no space before the colon: ambiguous framing is refused, never guessed.
        if (colon <= 0 || !isToken(line.left(colon))) {
            fail(400, QStringLiteral("Malformed header field"));
            return false;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (!isDigits(value, 18) || (!length.isEmpty() && length != value)) {
                fail(400, QStringLiteral("Invalid Content-Length"));
                return false;
            }
            length = value;
        } else if (name == "transfer-encoding") {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value.toLower();
        } else if (name == "connection") {
            for (const QByteArray &token : value.toLower().split(',')) {
                if (token.trimmed() == "close")
                    m_keepAlive = false;
                else if (token.trimmed() == "keep-alive")
                    m_keepAlive = true;
            }
        } else if (name == "authorization" && m_authorization.isEmpty()) {
            m_authorization = value;
        } else if (name == "expect") {
            expectContinue = value.toLower() == "100-continue";
        }
    }
    m_head = m_method == "HEAD";
    if (!transferEncoding.isEmpty()) {
        if (!length.isEmpty()) {
            fail(400, QStringLiteral("Content-Length and Transfer-Encoding together"));
            return false;
        }
        if (transferEncoding != "chunked") {
            fail(501, QStringLiteral("Only the chunked transfer coding is supported"));
            return false;
        }
        m_state = State::Chunked;
    } else {
        m_contentLength = length.isEmpty() ? 0 : length.toLongLong();
        // Refused from the announced length: not one byte of such a body is read.
        if (m_contentLength > m_limits.maxBodyBytes) {
            fail(413, QStringLiteral("Request body too large (limit %1 KiB)").arg(m_limits.maxBodyBytes / 1024));
            return false;
        }
        m_state = State::Body; // a zero length is delivered by the next step
    }
    if (expectContinue && (m_state == State::Chunked || m_contentLength > 0))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

bool HttpConnection::parseChunks()
{
    while (true) {
        if (m_chunkRemaining == -1 || m_chunkRemaining == -3) {
            const qsizetype newline = m_buffer.indexOf('\n');
            const qsizetype lineLimit = m_chunkRemaining == -1 ? MaxChunkLine : m_limits.maxHeadBytes;
            if (newline < 0) {
                if (m_buffer.size() > lineLimit)
                    fail(400, QStringLiteral("Malformed chunked body"));
                return false;
            }
            QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (m_chunkRemaining == -3) { // trailer fields, ignored, up to the empty line
                if (line.isEmpty())
                    return true;
                continue;
            }
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
            const QByteArray size = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            bool ok = size.size() <= 15 && !size.isEmpty();
            const qint64 n = ok ? size.toLongLong(&ok, 16) : 0;
            if (!ok || n < 0) {
                fail(400, QStringLiteral("Malformed chunked body"));
                return false;
            }
            if (n == 0) {
                m_chunkRemaining = -3;
                continue;
            }
            // Cut off as soon as the decoded body would pass the limit.
            if (m_body.size() + n > m_limits.maxBodyBytes) {
                fail(413, QStringLiteral("Request body too large (limit %1 KiB)").arg(m_limits.maxBodyBytes / 1024));
                return false;
            }
            m_chunkRemaining = n;
        }
        if (m_chunkRemaining > 0) {
            const qsizetype n = qMin<qint64>(m_chunkRemaining, m_buffer.size());
            m_body.append(m_buffer.constData(), n);
            m_buffer.remove(0, n);
            m_chunkRemaining -= n;
            if (m_chunkRemaining > 0)
                return false;
            m_chunkRemaining = -2;
        }
        if (m_chunkRemaining == -2) {
            if (m_buffer.startsWith("\r\n")) {
                m_buffer.remove(0, 2);
            } else if (m_buffer.startsWith('\n')) {
                m_buffer.remove(0, 1);
            } else if (m_buffer.isEmpty() || m_buffer == "\r") {
                return false;
            } else {
                fail(400, QStringLiteral("Malformed chunked body"));
                return false;
            }
            m_chunkRemaining = -1;
        }
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
