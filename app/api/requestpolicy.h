#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

/// What one HTTP exchange (after its own retries) produced, before any API meaning is given to it.
struct HttpResult
{
    QByteArray verb;
    QUrl url;
    int status = 0; ///< 0 when no HTTP status was received
    QByteArray body;
    QByteArray retryAfter;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    bool deadlineExceeded = false; ///< the total deadline ran out (timedOut is set too)
    bool tooLarge = false; ///< the reply was bigger than the policy's cap: reading stopped, no usable answer
    bool refused = false; ///< blocked by the URL policy: nothing was sent
    int attempts = 0;
    int deadlineMs = 0; ///< the limits in force, for the messages
    qint64 maxReplyBytes = 0;

    bool hasStatus() const { return status > 0; }
    /// A write may have reached the server and been applied although we got no usable answer.
    bool isAmbiguous() const;
    /// The transport failed (no HTTP status): mapped to Offline / Tls / Timeout / Cancelled.
    ApiError transportError() const;
};

/// The request policy, in one place: headers, timeout, redirects, which URLs may be used, and GET-only retries.
struct RequestPolicy
{
    int timeoutMs = 30000; ///< silence: no byte received for this long ends the attempt
    /// Total time for one call, retries included: a server dribbling bytes never lets the silence timeout fire.
    int deadlineMs = 120000;
    /// Largest reply read (far above any real list); bigger replies are aborted as soon as that is known.
    qint64 maxReplyBytes = qint64(64) * 1024 * 1024;
    int maxAttempts = 3; ///< for GETs; writes are sent once
    int retryBaseDelayMs = 500; ///< backoff: base, 2×base, 4×base...
    int maxRetryDelayMs = ApiError::MaxRetryAfterSeconds * 1000; ///< cap for Retry-After and backoff
    int maxRedirects = 5;

    static QByteArray userAgent();

    /// A request with the policy applied: User-Agent, JSON Accept/Content-Type, transfer timeout, NoLessSafe
    /// redirects, and \a authorization (a full header value such as "Bearer ...") when not empty.
    QNetworkRequest makeRequest(const QUrl &url, const QByteArray &authorization) const;

    /// https:// anywhere; http:// only to loopback hosts (127.0.0.0/8, ::1, localhost). \a reason gets why not.
    static bool isUrlAllowed(const QUrl &url, QString *reason = nullptr);
    static bool isLoopbackHost(const QString &host);

    /// GETs only, and only for network errors, timeouts, 502/503/504 and 429; never after the last attempt, past
    /// the deadline, or for a reply over the size cap.
    bool shouldRetry(const HttpResult &result) const;
    /// Delay before attempt \a nextAttempt (2, 3, ...): Retry-After when given, else exponential backoff; capped.
    int retryDelayMs(const HttpResult &result, int nextAttempt) const;
};

/// `{base}{prefix}/{segment}/{segment}...`, each segment percent-encoded (names may contain anything).
QUrl apiUrl(const QUrl &base, QLatin1String prefix, const QStringList &segments, const QString &query = QString());
