#include "apierror.h"

#include "domain/asciidigits.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A plain-text body is only worth showing when it is short and not an HTML error page.
QString plainTextMessage(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body).trimmed();
    if (text.isEmpty() || text.size() > 300 || text.startsWith(QLatin1Char('<')))
        return QString();
    return text;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (v.isString())
                out << v.toString();
        }
    } else if (value.isString()) {
        out << value.toString();
    }
    return out;
}

} // namespace

ApiError::ApiError(Kind kind, int httpStatus, const QString &serverMessage)
    : m_kind(kind), m_httpStatus(httpStatus), m_serverMessage(serverMessage)
{ }

ApiError ApiError::withMessage(Kind kind, const QString &message)
{
    ApiError error(kind);
    error.m_message = message;
    return error;
}

ApiError ApiError::fromDatabase(std::shared_ptr<const PgError> cause, const QString &message,
                                const QString &serverMessage)
{
    ApiError error(Kind::Database, 0, serverMessage);
    error.m_message = message;
    error.m_databaseCause = std::move(cause);
    return error;
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    Kind kind = Kind::BadResponse;
    if (status == 400 || status == 422)
        kind = Kind::Validation;
    else if (status == 401)
        kind = Kind::Unauthorized;
    else if (status == 402 || status == 403)
        kind = Kind::Forbidden;
    else if (status == 404 || status == 410)
        kind = Kind::NotFound;
    else if (status == 409)
        kind = Kind::Conflict;
    else if (status == 429)
        kind = Kind::RateLimited;
    else if (status >= 500 && status <= 599)
        kind = Kind::Server;

    ApiError error(kind, status);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject root = doc.object();
        if (root.value(QLatin1String("error")).isString())
            error.m_serverMessage = root.value(QLatin1String("error")).toString();
        const QJsonValue errors = root.value(QLatin1String("errors"));
        if (errors.isObject()) {
            const QJsonObject fields = errors.toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const QStringList messages = toStringList(it.value());
                if (!messages.isEmpty())
                    error.m_fieldErrors.insert(it.key(), messages);
            }
        } else if (errors.isArray() || errors.isString()) {
            // Not the documented shape, but keep the words rather than lose them.
            const QStringList messages = toStringList(errors);
            if (!messages.isEmpty())
                error.m_fieldErrors.insert(QStringLiteral("base"), messages);
        }
    } else {
        error.m_serverMessage = plainTextMessage(body); // 429 "Retry later" is plain text (§7.1)
    }
    // go-scalingo rejects a 422 without any field error: keep it a validation error but say so in the detail.
    if (status == 422 && error.m_fieldErrors.isEmpty() && error.m_serverMessage.isEmpty())
        error.m_detail = QStringLiteral("422 without field errors");
    if (status == 429)
        error.m_retryAfter = parseRetryAfter(retryAfterHeader);
    return error;
}

int ApiError::parseRetryAfter(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok)
        return int(qBound(qlonglong(0), seconds, qlonglong(MaxRetryAfterSeconds)));
    if (Ascii::isDigits(value))
        return MaxRetryAfterSeconds; // more digits than a 64-bit number holds: still "very long"
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT"))) // the HTTP-date form; Qt's RFC 2822 parser wants a numeric offset
        text.replace(text.size() - 3, 3, QStringLiteral("+0000"));
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (date.isValid())
        return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().secsTo(date), qint64(MaxRetryAfterSeconds)));
    return -1;
}

QString ApiError::message() const
{
    if (!m_message.isEmpty())
        return m_message;

    QString base;
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Offline:
        base = tr("The server could not be reached or the connection was interrupted. Check your Internet "
                  "connection and try again.");
        break;
    case Kind::Tls:
        base = tr("A secure connection to the server could not be established.");
        break;
    case Kind::Timeout:
        base = tr("The server took too long to answer.");
        break;
    case Kind::Unauthorized:
        base = tr("You are not allowed to perform this operation.");
        break;
    case Kind::SignedOut:
        return tr("Your session has expired or your API token was revoked. Sign in again.");
    case Kind::Forbidden:
        base = tr("You do not have permission to do this.");
        break;
    case Kind::NotFound:
        base = tr("The requested item was not found. It may have been deleted.");
        break;
    case Kind::Validation:
        base = tr("The server refused the request.");
        break;
    case Kind::Conflict:
        base = tr("The operation conflicts with the current state of the database.");
        break;
    case Kind::RateLimited:
        base = m_retryAfter > 0 ? tr("Too many requests. Try again in %n second(s).", nullptr, m_retryAfter)
                                : tr("Too many requests. Try again in a moment.");
        break;
    case Kind::Server:
        base = m_httpStatus > 0 ? tr("The server had a problem (HTTP %1). Try again later.").arg(m_httpStatus)
                                : tr("The server could not complete the operation.");
        break;
    case Kind::BadResponse:
        base = tr("The server sent an unexpected response.");
        break;
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Unknown:
        base = tr("The outcome of the operation is unknown.");
        break;
    case Kind::Database:
        base = tr("The database reported an error.");
        break;
    }

    QStringList details;
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        const QString messages = it.value().join(QLatin1String(", "));
        details << (it.key() == QLatin1String("base") ? messages : tr("%1: %2").arg(it.key(), messages));
    }
    if (!m_serverMessage.isEmpty() && m_kind != Kind::RateLimited)
        details.prepend(m_serverMessage);
    if (details.isEmpty())
        return base;
    return tr("%1\n%2").arg(base, details.join(QLatin1Char('\n')));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Offline:
        return QStringLiteral("Offline");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::SignedOut:
        return QStringLiteral("SignedOut");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::BadResponse:
        return QStringLiteral("BadResponse");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::Unknown:
        return QStringLiteral("Unknown");
    case Kind::Database:
        return QStringLiteral("Database");
    }
    return QString();
}
