#pragma once

#include "httpresponse.h"

#include <functional>
#include <vector>

/// Matches method + path segments; "{name}" segments capture. Unknown paths give a JSON 404,
/// known paths with another method a JSON 405 with an Allow header.
class HttpRouter
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    /// Requests are for \a defaultRegion unless their first path segment names one of \a prefixed: that segment is
    /// then removed and recorded in request.region / regionPrefix.
    void setRegions(const QString &defaultRegion, const QStringList &prefixed);
    /// Fills request.params from the matching route and runs it.
    HttpResponse dispatch(HttpRequest &request) const;

    static QStringList splitPath(const QString &path);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    static bool match(const Route &route, const QStringList &segments, QHash<QString, QString> *params);

    std::vector<Route> m_routes;
    QString m_defaultRegion;
    QStringList m_prefixedRegions;
};
