#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

class PgError; // app/pg/: only carried here, never built or read by app/api/

/// Why a call failed, as a value: one type for every error a model reports, so pages have one code path. kind()
/// drives behaviour (retry, sign-in, reconciliation); message() is the translated sentence for the user;
/// serverMessage() keeps the server's own words (`{"error": ...}` or a plain-text body) and fieldErrors() the
/// per-field messages of a 422. Kind::Database is a failure on the database's own PostgreSQL connection rather than
/// Scalingo's HTTP APIs: databaseCause() then holds the PgError (models build it with fromDatabase()).
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None, ///< no error
        Offline, ///< the server could not be reached, or the connection dropped
        Tls, ///< the secure connection failed (certificate, handshake) or an insecure URL was refused
        Timeout, ///< no answer within the transfer timeout
        Unauthorized, ///< 401 (before token renewal settled it)
        SignedOut, ///< the credentials are no longer accepted, even after renewal: sign in again
        Forbidden, ///< 403 / 402
        NotFound, ///< 404
        Validation, ///< 422 (fieldErrors()) or 400
        Conflict, ///< 409
        RateLimited, ///< 429 (retryAfter())
        Server, ///< 5xx, or an action the server reported as failed
        BadResponse, ///< malformed JSON, unexpected shape or unexpected status
        Cancelled, ///< ApiReply::cancel() or a superseded request
        Unknown, ///< the outcome could not be established (e.g. a write whose reply was lost)
        Database, ///< the database's own server (SQL over libpq) failed: databaseCause() says how
    };

    /// Longest Retry-After believed, shown or waited (a hostile or broken server may ask for years).
    static constexpr int MaxRetryAfterSeconds = 30;

    ApiError() = default;
    explicit ApiError(Kind kind, int httpStatus = 0, const QString &serverMessage = QString());

    /// Maps an HTTP error status and its body (`{"error"}`, `{"errors": {field: [..]}}` or plain text).
    static ApiError fromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfterHeader = {});
    /// An error whose message() is \a message (already translated), e.g. a reconciliation verdict.
    static ApiError withMessage(Kind kind, const QString &message);
    /// Kind::Database carrying \a cause; \a message is the cause's translated message, \a serverMessage its
    /// server's words (app/api never looks inside a PgError).
    static ApiError fromDatabase(std::shared_ptr<const PgError> cause, const QString &message,
                                 const QString &serverMessage);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    const QString &serverMessage() const { return m_serverMessage; }
    const QMap<QString, QStringList> &fieldErrors() const { return m_fieldErrors; }
    /// Seconds the server asked us to wait (429 `Retry-After`); -1 when it did not say.
    int retryAfter() const { return m_retryAfter; }
    /// How long to wait before sending a refused (429) request again: the server's Retry-After, else \a fallbackMs.
    int retryDelayMs(int fallbackMs = DefaultRateLimitPauseMs) const
    {
        return m_retryAfter > 0 ? m_retryAfter * 1000 : fallbackMs;
    }
    static constexpr int DefaultRateLimitPauseMs = 15000; ///< a 429 without Retry-After
    /// Extra technical detail for logs (never shown as the main message).
    const QString &detail() const { return m_detail; }
    /// The SQL-side failure behind a Kind::Database error; nullptr for every other kind.
    const PgError *databaseCause() const { return m_databaseCause.get(); }

    void setServerMessage(const QString &text) { m_serverMessage = text; }
    void setFieldErrors(const QMap<QString, QStringList> &errors) { m_fieldErrors = errors; }
    void setRetryAfter(int seconds) { m_retryAfter = seconds; }
    void setDetail(const QString &detail) { m_detail = detail; }
    void setMessage(const QString &message) { m_message = message; }

    /// Translated, user-facing sentence; includes the server's text or field messages when there are some.
    QString message() const;
    /// "Timeout", "Validation", ... for logs and tests (not translated).
    static QString kindName(Kind kind);

    /// Parses `Retry-After` (delta-seconds or an HTTP date), capped at MaxRetryAfterSeconds; -1 when absent or
    /// unreadable.
    static int parseRetryAfter(const QByteArray &header);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfter = -1;
    QString m_serverMessage;
    QString m_message;
    QString m_detail;
    QMap<QString, QStringList> m_fieldErrors;
    std::shared_ptr<const PgError> m_databaseCause; // immutable, so sharing it keeps value semantics
};

Q_DECLARE_METATYPE(ApiError)
