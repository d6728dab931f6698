#include "httpcall.h"

#include "logging.h"

#include <QNetworkAccessManager>
#include <QTimer>

HttpCall::HttpCall(QNetworkAccessManager *nam, const RequestPolicy &policy, const QByteArray &verb, const QUrl &url,
                   const QByteArray &body, const QByteArray &authorization, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_policy(policy)
    , m_verb(verb)
    , m_url(url)
    , m_body(body)
    , m_authorization(authorization)
{
}

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
        QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    sendAttempt();
}

void HttpCall::abort()
{
    m_finished = true;
    if (m_retryTimer)
        m_retryTimer->stop();
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
    const QNetworkRequest request = m_policy.makeRequest(m_url, m_authorization);
    if (m_verb == "GET")
        m_reply = m_nam->get(request);
    else if (m_verb == "DELETE")
        m_reply = m_nam->deleteResource(request);
    else if (m_verb == "POST")
        m_reply = m_nam->post(request, m_body);
    else if (m_verb == "PUT")
        m_reply = m_nam->put(request, m_body);
    else
        m_reply = m_nam->sendCustomRequest(request, m_verb, m_body);
    emit attemptStarted(m_verb, m_url);

    // NoLessSafe already refuses https→http; also refuse leaving the origin with our credentials attached, and
    // any hop the URL policy would not allow in the first place.
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        const bool sameOrigin = target.scheme() == m_url.scheme() && target.host() == m_url.host()
                && target.port() == m_url.port();
        if (!RequestPolicy::isUrlAllowed(target) || (!m_authorization.isEmpty() && !sameOrigin)) {
            qCWarning(lcApi).noquote() << "refused redirect to" << Redact::url(target);
            m_reply->abort();
        }
    });
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
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    result.networkError = reply->error();
    result.errorString = reply->errorString();
    const int code = int(result.networkError);
    if (result.hasStatus() && ((code >= 201 && code <= 299) || (code >= 401 && code <= 499))) {
        // Qt reports 4xx/5xx as "content"/"server" errors: these are complete HTTP answers.
        result.networkError = QNetworkReply::NoError;
    } else if (result.networkError != QNetworkReply::NoError) {
        // The transport failed, possibly after the headers (body cut short): no usable answer.
        result.status = 0;
        // Qt's transfer timeout aborts the reply; we never abort one without disconnecting first, so a cancel
        // reaching here is the timeout.
        result.timedOut = result.networkError == QNetworkReply::OperationCanceledError
                || result.networkError == QNetworkReply::TimeoutError;
    }

    qCInfo(lcApi).noquote() << m_verb << Redact::url(m_url) << "->"
                            << (result.hasStatus() ? QString::number(result.status)
                                                   : (result.timedOut ? QStringLiteral("timeout") : result.errorString))
                            << "in" << m_elapsed.elapsed() << "ms, attempt" << m_attempt;
    emit attemptFinished(m_verb, m_url, result.status);

    if (m_policy.shouldRetry(result)) {
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
    emit done(result);
    deleteLater();
}
