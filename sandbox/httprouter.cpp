#include "httprouter.h"

#include <QUrl>

void HttpRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.push_back(Route{method, splitPath(pattern), std::move(handler)});
}

void HttpRouter::setRegions(const QString &defaultRegion, const QStringList &prefixed)
{
    m_defaultRegion = defaultRegion;
    m_prefixedRegions = prefixed;
}

QStringList HttpRouter::splitPath(const QString &path)
{
    // Empty segments (leading, trailing or doubled slashes) carry no meaning here.
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool HttpRouter::match(const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith(QLatin1Char('{')) && want.endsWith(QLatin1Char('}')))
            captured.insert(want.mid(1, want.size() - 2), segments.at(i));
        else if (want != segments.at(i))
            return false;
    }
    *params = captured;
    return true;
}

HttpResponse HttpRouter::dispatch(HttpRequest &request) const
{
    // Split the encoded path first, then decode each segment: "users/a%2Fb" is the user "a/b", never "users/a/b".
    QStringList segments = splitPath(request.path);
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    request.region = m_defaultRegion;
    request.regionPrefix.clear();
    if (!segments.isEmpty() && m_prefixedRegions.contains(segments.first())) {
        request.region = segments.takeFirst();
        request.regionPrefix = QLatin1Char('/') + request.region;
    }
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!match(route, segments, &params))
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        request.params = params;
        return route.handler(request);
    }
    if (!allowed.isEmpty()) {
        HttpResponse r = HttpResponse::error(405, QStringLiteral("Method not allowed"));
        r.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
        return r;
    }
    return HttpResponse::error(404, QStringLiteral("Not found"));
}
