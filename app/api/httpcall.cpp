#include "httpcall.h"

#include "common/logging.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {

// A body Qt cannot rewind. When a keep-alive connection dies after a write was sent, Qt would otherwise resend it
// on a new connection by itself (even POST and PATCH), which could apply it twice; with an unrewindable body it
// fails with ContentReSendError instead, and the client reconciles.
// (Not a QBuffer: Qt recognises those and rewinds their byte array directly.)
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; } // the point of this class (and no seek warning)
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

HttpCall::HttpCall(QNetworkAccessManager *nam, const RequestPolicy &policy, const QByteArray &verb, const QUrl &url,
                   const QByteArray &body, const QByteArray &authorization, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_policy(policy)
    , m_verb(verb)
    , m_url(url)
    , m_body(body)
    , m_authorization(authorization)
{ }

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_aborting = true;
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::start()
{
    QString reason;
    if (!RequestPolicy::isUrlAllowed(m_url, &reason)) {
        qCWarning(lcApi).noquote() << "refused" << m_verb << Redact::url(m_url) << "-" << reason;
        HttpResult result;
        result.verb = m_verb;
        result.url = m_url;
        result.refused = true;
        result.errorString = reason;
        // Asynchronous like every other outcome, so callers see one behaviour.
        QMetaObject::invokeMethod(
                this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    // The total deadline covers every attempt and retry delay; the transfer timeout only measures silence.
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &HttpCall::onDeadline);
    m_deadline->start(m_policy.deadlineMs);
    sendAttempt();
}

void HttpCall::onDeadline()
{
    m_deadlinePassed = true;
    if (m_reply) {
        m_abortReason = AbortReason::Deadline;
        m_reply->abort(); // finished() follows synchronously, with OperationCanceledError
        return;
    }
    if (m_retryTimer && m_retryTimer->isActive()) {
        // Waiting between attempts: the last attempt's outcome stands, now as a deadline.
        m_retryTimer->stop();
        HttpResult result = m_lastResult;
        result.status = 0;
        result.timedOut = true;
        result.deadlineExceeded = true;
        finish(result);
    }
}

void HttpCall::checkReplySize(qint64 bytes)
{
    if (bytes > m_policy.maxReplyBytes && m_reply && m_abortReason == AbortReason::None) {
        qCWarning(lcApi).noquote() << m_verb << Redact::url(m_url) << "reply larger than" << m_policy.maxReplyBytes
                                   << "bytes: aborted";
        m_abortReason = AbortReason::TooLarge;
        m_reply->abort();
    }
}

void HttpCall::readChunk()
{
    if (!m_reply || m_abortReason == AbortReason::TooLarge)
        return;
    const qint64 left = drain(m_reply);
    checkReplySize(m_received.size() + left);
}

qint64 HttpCall::drain(QNetworkReply *reply)
{
    // Appends what arrived since the last chunk (a few KiB each): no copy of the whole body in one go. Reads at
    // most one byte past the cap (enough to know it is too large); returns what was left unread.
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return 0;
    const qint64 n = qMin(available, qMax<qint64>(m_policy.maxReplyBytes + 1 - m_received.size(), 0));
    if (n > 0) {
        const qsizetype old = m_received.size();
        m_received.resize(old + qsizetype(n));
        const qint64 got = reply->read(m_received.data() + old, n);
        m_received.resize(old + qsizetype(qMax<qint64>(got, 0)));
    }
    return available - n;
}

void HttpCall::abort()
{
    m_finished = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_deadline)
        m_deadline->stop();
    if (m_reply) {
        m_aborting = true;
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    deleteLater();
}

void HttpCall::sendAttempt()
{
    ++m_attempt;
    m_elapsed.start();
    QNetworkRequest request = m_policy.makeRequest(m_url, m_authorization);
    if (m_verb == "GET") {
        m_reply = m_nam->get(request);
    } else {
        auto *body = new OneShotBody(m_body, this);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = m_nam->sendCustomRequest(request, m_verb, body);
        body->setParent(m_reply); // lives exactly as long as the reply reading it
    }
    emit attemptStarted(m_verb, m_url);

    // NoLessSafe already refuses https→http; also refuse leaving the origin with our credentials attached, and
    // any hop the URL policy would not allow in the first place.
    m_abortReason = AbortReason::None;
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        const bool sameOrigin
                = target.scheme() == m_url.scheme() && target.host() == m_url.host() && target.port() == m_url.port();
        if (!RequestPolicy::isUrlAllowed(target) || (!m_authorization.isEmpty() && !sameOrigin)) {
            qCWarning(lcApi).noquote() << "refused redirect to" << Redact::url(target);
            m_abortReason = AbortReason::RedirectRefused;
            m_reply->abort();
        }
    });
    // The size cap: refuse from the announced length at once, and count what arrives when there is none (chunked,
    // or a lying header). The body is drained chunk by chunk into m_received, so this is what bounds memory.
    m_received.clear();
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply)
            return;
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        checkReplySize(announced);
        if (m_reply && announced > 0 && announced <= m_policy.maxReplyBytes)
            m_received.reserve(qsizetype(announced)); // one allocation for the whole body
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        checkReplySize(received);
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::readChunk);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
}

void HttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    HttpResult result;
    result.verb = m_verb;
    result.url = m_url;
    result.attempts = m_attempt;
    result.deadlineMs = m_policy.deadlineMs;
    result.maxReplyBytes = m_policy.maxReplyBytes;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen() && m_abortReason != AbortReason::TooLarge)
        drain(reply); // the last chunk (readyRead may not have fired for it)
    const bool tooLarge = m_abortReason == AbortReason::TooLarge || m_received.size() > m_policy.maxReplyBytes;
    if (tooLarge) // arrived in one piece before any signal could stop it
        m_abortReason = AbortReason::TooLarge;
    result.body = tooLarge ? QByteArray() : std::move(m_received);
    m_received = QByteArray();
    result.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    result.networkError = reply->error();
    result.errorString = reply->errorString();
    const int code = int(result.networkError);
    const bool redirectRefused = m_abortReason == AbortReason::RedirectRefused;
    if (m_abortReason == AbortReason::TooLarge || m_abortReason == AbortReason::Deadline) {
        // Our own aborts: no usable answer, whatever status the headers carried.
        result.status = 0;
        result.networkError = QNetworkReply::OperationCanceledError;
        result.tooLarge = m_abortReason == AbortReason::TooLarge;
        result.deadlineExceeded = m_abortReason == AbortReason::Deadline;
        result.timedOut = result.deadlineExceeded;
    } else if (result.hasStatus() && code >= QNetworkReply::ContentAccessDenied
               && code != QNetworkReply::ProtocolFailure) {
        // Qt reports 4xx/5xx as "content"/"server" errors: these are complete HTTP answers.
        result.networkError = QNetworkReply::NoError;
    } else if (result.networkError != QNetworkReply::NoError) {
        // The transport failed, possibly after the headers (body cut short): no usable answer.
        result.status = 0;
        // Qt's transfer timeout aborts the reply; we never abort one without disconnecting first, so a cancel
        // reaching here is the timeout.
        result.timedOut = !redirectRefused
                && (result.networkError == QNetworkReply::OperationCanceledError
                    || result.networkError == QNetworkReply::TimeoutError);
        if (redirectRefused) {
            result.refused = true;
            result.errorString = QStringLiteral("redirect refused");
        }
    }

    qCInfo(lcApi).noquote() << m_verb << Redact::url(m_url) << "->"
                            << (result.hasStatus()          ? QString::number(result.status)
                                        : result.tooLarge         ? QStringLiteral("reply too large")
                                        : result.deadlineExceeded ? QStringLiteral("deadline")
                                        : result.timedOut         ? QStringLiteral("timeout")
                                                                  : result.errorString)
                            << "in" << m_elapsed.elapsed() << "ms, attempt" << m_attempt;
    emit attemptFinished(m_verb, m_url, result.status);

    if (!m_deadlinePassed && m_policy.shouldRetry(result)) {
        m_lastResult = result;
        const int delay = m_policy.retryDelayMs(result, m_attempt + 1);
        qCInfo(lcApi).noquote() << "retrying" << m_verb << Redact::url(m_url) << "in" << delay << "ms";
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            connect(m_retryTimer, &QTimer::timeout, this, &HttpCall::sendAttempt);
        }
        m_retryTimer->start(delay);
        return;
    }
    finish(result);
}

void HttpCall::finish(const HttpResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    emit done(result);
    deleteLater();
}
