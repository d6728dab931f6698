#pragma once

#include "requestpolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

/// One HTTP exchange with the policy's GET retries. Internal to the client. Emits done() once (always
/// asynchronously), then deletes itself; abort() stops it silently (no done()).
class HttpCall : public QObject
{
    Q_OBJECT

public:
    HttpCall(QNetworkAccessManager *nam, const RequestPolicy &policy, const QByteArray &verb, const QUrl &url,
             const QByteArray &body, const QByteArray &authorization, QObject *parent = nullptr);
    ~HttpCall() override;

    void start();
    void abort();

signals:
    void done(const HttpResult &result);
    /// One per HTTP request put on the wire (retries included), for the client's counter.
    void attemptStarted(const QByteArray &verb, const QUrl &url);
    void attemptFinished(const QByteArray &verb, const QUrl &url, int status);

private:
    void sendAttempt();
    void onReplyFinished();
    void finish(const HttpResult &result);
    void checkReplySize(qint64 bytes);
    void readChunk();
    qint64 drain(QNetworkReply *reply);
    void onDeadline();

    /// Why we aborted the current reply ourselves (a plain abort looks like Qt's own transfer timeout).
    enum class AbortReason { None, RedirectRefused, TooLarge, Deadline };

    QNetworkAccessManager *m_nam;
    RequestPolicy m_policy;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_authorization;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_elapsed;
    HttpResult m_lastResult; ///< the failed attempt a retry is waiting to replace
    /// The current attempt's body, read chunk by chunk as it arrives (readyRead), so finished() never copies a
    /// whole large reply at once on the UI thread; moved into the result.
    QByteArray m_received;
    int m_attempt = 0;
    bool m_aborting = false;
    AbortReason m_abortReason = AbortReason::None;
    bool m_deadlinePassed = false;
    bool m_finished = false;
};
