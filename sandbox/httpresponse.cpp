#include "httpresponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::text(const QByteArray &text, const QByteArray &contentType)
{
    HttpResponse r;
    r.contentType = contentType;
    r.body = text;
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

HttpResponse HttpResponse::validation(const QMap<QString, QStringList> &errors)
{
    QJsonObject fields;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        fields.insert(it.key(), QJsonArray::fromStringList(it.value()));
    if (fields.isEmpty())
        fields.insert(QStringLiteral("base"), QJsonArray{QStringLiteral("is invalid")});
    return json(QJsonObject{{QStringLiteral("errors"), fields}}, 422);
}

HttpResponse HttpResponse::validation(const QString &field, const QString &message)
{
    return validation(FieldErrors{{field, {message}}});
}

HttpResponse HttpResponse::internalError()
{
    return error(500, QStringLiteral("Internal error occured, we're on it!"));
}

std::optional<QJsonObject> HttpRequest::jsonObject(HttpResponse *error) const
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = HttpResponse::error(400,
                                     QStringLiteral("There was a problem in the JSON you submitted: %1 at offset %2")
                                             .arg(parseError.errorString())
                                             .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = HttpResponse::error(
                400, QStringLiteral("There was a problem in the JSON you submitted: the root must be an object"));
        return std::nullopt;
    }
    return doc.object();
}

QString HttpRequest::bearerToken() const
{
    static const QByteArray prefix = QByteArrayLiteral("bearer ");
    if (authorization.size() <= prefix.size() || authorization.left(prefix.size()).toLower() != prefix)
        return QString();
    return QString::fromLatin1(authorization.mid(prefix.size()).trimmed());
}

namespace Json {

QJsonObject unwrap(const QJsonObject &body, const QString &root)
{
    if (body.size() == 1 && body.contains(root) && body.value(root).isObject())
        return body.value(root).toObject();
    return body;
}

void rejectUnknown(const QJsonObject &object, const QStringList &known, FieldErrors *errors)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            (*errors)[it.key()].append(QStringLiteral("is not a known attribute"));
    }
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Json
