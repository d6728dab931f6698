#include "requestpolicy.h"

#include <QHostAddress>

bool HttpResult::isAmbiguous() const
{
    if (refused)
        return false;
    if (timedOut || tooLarge) // tooLarge: the status of a reply we stopped reading is not trusted
        return true;
    if (hasStatus())
        return status == 502 || status == 504; // a gateway gave up: the backend may have applied it
    switch (networkError) {
    // The request may have been sent before the connection died.
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ContentReSendError: // sent, connection lost, Qt not allowed to resend (see HttpCall)
        return true;
    default:
        return false; // refused, host not found, TLS: nothing reached the server
    }
}

ApiError HttpResult::transportError() const
{
    ApiError error;
    if (refused) {
        error = ApiError(ApiError::Kind::Tls);
        error.setMessage(
                QCoreApplication::translate(
                        "ApiError",
                        "Gatehouse refused to connect to %1: only encrypted (https://) connections are allowed "
                        "outside this computer, and credentials never follow a redirection to another server.")
                        .arg(url.host()));
    } else if (tooLarge) {
        error = ApiError(ApiError::Kind::BadResponse);
        // Computed outside translate(): lupdate's scanner loops on some arithmetic inside its arguments.
        const qint64 capMiB = maxReplyBytes >> 20;
        error.setMessage(QCoreApplication::translate("ApiError",
                                                     "The server's answer was larger than %1 MiB, far more than any "
                                                     "real answer; Gatehouse stopped reading it.")
                                 .arg(capMiB));
    } else if (deadlineExceeded) {
        error = ApiError(ApiError::Kind::Timeout);
        const int deadlineSeconds = qMax(1, int(deadlineMs) / 1000);
        error.setMessage(QCoreApplication::translate("ApiError",
                                                     "The server did not finish answering within %n second(s); "
                                                     "Gatehouse gave up waiting.",
                                                     nullptr, deadlineSeconds));
    } else if (timedOut || networkError == QNetworkReply::TimeoutError) {
        error = ApiError(ApiError::Kind::Timeout);
    } else if (networkError == QNetworkReply::OperationCanceledError) {
        error = ApiError(ApiError::Kind::Cancelled);
    } else if (networkError == QNetworkReply::SslHandshakeFailedError
               || networkError == QNetworkReply::InsecureRedirectError) {
        error = ApiError(ApiError::Kind::Tls);
    } else {
        error = ApiError(ApiError::Kind::Offline);
    }
    error.setDetail(errorString);
    return error;
}

QByteArray RequestPolicy::userAgent()
{
    return QByteArrayLiteral("Gatehouse/" GATEHOUSE_VERSION);
}

QNetworkRequest RequestPolicy::makeRequest(const QUrl &url, const QByteArray &authorization) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // go-scalingo sends it on every request, GET and DELETE included (§7.2).
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return request;
}

bool RequestPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool RequestPolicy::isUrlAllowed(const QUrl &url, QString *reason)
{
    const QString scheme = url.scheme().toLower();
    QString why;
    if (!url.isValid() || url.host().isEmpty())
        why = QStringLiteral("invalid URL");
    else if (scheme == QLatin1String("https"))
        return true;
    else if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return true;
    else if (scheme == QLatin1String("http"))
        why = QStringLiteral("plain http to a non-loopback host");
    else
        why = QStringLiteral("unsupported scheme");
    if (reason)
        *reason = why;
    return false;
}

bool RequestPolicy::shouldRetry(const HttpResult &result) const
{
    if (result.verb != "GET" || result.refused || result.tooLarge || result.deadlineExceeded
        || result.attempts >= maxAttempts)
        return false;
    if (result.hasStatus())
        return result.status == 429 || result.status == 502 || result.status == 503 || result.status == 504;
    switch (result.networkError) {
    case QNetworkReply::SslHandshakeFailedError: // a bad certificate stays bad
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return false;
    case QNetworkReply::OperationCanceledError:
        return result.timedOut;
    default:
        return result.networkError != QNetworkReply::NoError || result.timedOut;
    }
}

int RequestPolicy::retryDelayMs(const HttpResult &result, int nextAttempt) const
{
    const int retryAfter = ApiError::parseRetryAfter(result.retryAfter);
    qint64 delay
            = retryAfter >= 0 ? qint64(retryAfter) * 1000 : qint64(retryBaseDelayMs) << qBound(0, nextAttempt - 2, 16);
    return int(qBound(qint64(0), delay, qint64(maxRetryDelayMs)));
}

QUrl apiUrl(const QUrl &base, QLatin1String prefix, const QStringList &segments, const QString &query)
{
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += prefix;
    for (const QString &segment : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    QUrl url = base;
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(query.isEmpty() ? QString() : query, QUrl::TolerantMode); // a null string removes any query
    return url;
}
