#pragma once

#include "httpresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

/// One HTTP/1.1 connection, parsed by us rather than by QAbstractHttpServer, which buffers a whole request (twice)
/// before anyone can look at it and never times out. Here the limits apply while reading: the head (request line
/// and headers) and the body are bounded, a Content-Length above the limit is refused before any body byte is
/// read, a chunked body is cut off as soon as it passes the limit, and the socket's own buffer is bounded too, so
/// an oversized request never costs more than the limits. A request must arrive completely within the timeout of
/// its first byte (slow headers or body: 408), and a connection without any request in flight is closed after the
/// same timeout. Rejections answer with a JSON error and close the connection (the rest of the stream is discarded
/// briefly so the answer is not lost in a reset).
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qsizetype maxHeadBytes = 64 * 1024;
        qsizetype maxBodyBytes = 64 * 1024;
        int timeoutMs = 30000;
    };

    HttpConnection(QTcpSocket *socket, const Limits &limits, QObject *parent = nullptr);
    ~HttpConnection() override;

    /// Answers the request last delivered by requestReady(); parsing of the next one resumes afterwards.
    void respond(const HttpResponse &response);
    /// Writes `status` with a JSON error and closes; used for refusals before a request exists (e.g. 503).
    void reject(int status, const QString &message);
    /// No request in flight (nothing received of the next one, no answer pending): may be closed at any time.
    bool isIdle() const { return m_state == State::Idle && m_buffer.isEmpty(); }
    qint64 idleSinceMs() const { return m_idleSince.elapsed(); }
    /// Answered for the last time; only draining the rest of the stream before it goes away.
    bool isClosing() const { return m_state == State::Closing; }
    void close();

signals:
    void requestReady(const HttpRequest &request);
    /// A request refused by the transport (4xx/5xx before any handler), for the request log.
    void refused(const QByteArray &method, const QString &path, int status);
    /// The socket is gone; the connection deletes itself afterwards.
    void closed();

private:
    enum class State { Idle, Head, Body, Chunked, Busy, Closing };
    static constexpr qsizetype MaxChunkLine = 1024;
    static constexpr int MaxHeaderLines = 100;

    void onReadyRead();
    void process();
    // Parsing, in httpconnection_parse.cpp.
    bool parseHead(qsizetype headEnd);
    bool parseChunks();
    void deliver();
    void fail(int status, const QString &message);
    void writeResponse(const HttpResponse &response, bool closeAfter);
    void lingerAndClose();
    void armTimer();
    void onTimeout();

    QTcpSocket *m_socket;
    Limits m_limits;
    State m_state = State::Idle;
    QByteArray m_buffer; // received, not yet parsed
    QTimer m_timer;
    QElapsedTimer m_idleSince;

    // The request being parsed.
    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_authorization;
    QByteArray m_body;
    qint64 m_contentLength = 0;
    qint64 m_chunkRemaining = -1; // -1: expecting a chunk-size line; -2: expecting the CRLF after a chunk
    bool m_keepAlive = true;
    bool m_head = false; // HEAD: no body in the answer
};
