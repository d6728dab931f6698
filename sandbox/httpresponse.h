#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

/// What a route handler answers; the server turns it into bytes (possibly later, for --latency-ms).
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// When set, the answer is what this returns, computed on a worker thread (read-only SQL on that thread's own
    /// connection, see StateStore::readerDb()) while the event loop serves other requests.
    std::function<HttpResponse()> work;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse text(const QByteArray &text, const QByteArray &contentType = QByteArrayLiteral("text/plain"));
    static HttpResponse noContent();
    /// `{"error": message}`, the shape go-scalingo parses for every non-422 failure.
    static HttpResponse error(int status, const QString &message);
    /// 422 `{"errors": {field: [messages]}}`; never empty (go-scalingo rejects an empty map).
    static HttpResponse validation(const QMap<QString, QStringList> &errors);
    static HttpResponse validation(const QString &field, const QString &message);
    static HttpResponse internalError();
};

/// Field errors gathered while validating a resource body.
using FieldErrors = QMap<QString, QStringList>;

/// One parsed request as the handlers see it.
struct HttpRequest
{
    QByteArray method;
    QString path;
    QHash<QString, QString> params; // from {placeholders} in the route
    QUrlQuery query;
    QByteArray body;
    QHostAddress remoteAddress;
    QString baseUrl; // "http://host:port" as the client reached us
    QByteArray authorization;
    QString region; // the region whose API the path addressed (HttpRouter::setRegions)
    QString regionPrefix; // "" for the default region, else "/<region>"

    /// The base URL of the addressed region's APIs (baseUrl plus the region's path prefix).
    QString regionUrl() const { return baseUrl + regionPrefix; }

    QString param(const QString &name) const { return params.value(name); }
    /// The body as a JSON object; empty/whitespace body = {}. On failure fills *error with a 400.
    std::optional<QJsonObject> jsonObject(HttpResponse *error) const;
    /// The bearer token of the Authorization header, or empty.
    QString bearerToken() const;
};

namespace Json {
/// Unwraps `{"<root>": {...}}` when that is the only key, so rooted and bare bodies are both accepted.
QJsonObject unwrap(const QJsonObject &body, const QString &root);
/// Adds "is not a known attribute" for every key outside `known`.
void rejectUnknown(const QJsonObject &object, const QStringList &known, FieldErrors *errors);
/// ISO 8601 UTC with milliseconds, the API's timestamp format.
QString timestamp(const class QDateTime &time);
} // namespace Json
