// Request parsing of HttpConnection: the request line and header fields, and a chunked body (the connection's
// reading, limits and answers are in httpconnection.cpp).
#include "httpconnection.h"

#include <QTcpSocket>

#include <algorithm>

namespace {

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
