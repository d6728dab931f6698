#include "apiendpoints.h"

#include <QtGlobal>

namespace {

QUrl urlFromEnv(const char *name)
{
    const QString value = qEnvironmentVariable(name).trimmed();
    return value.isEmpty() ? QUrl() : ApiEndpoints::normalized(QUrl(value));
}

} // namespace

ApiEndpoints ApiEndpoints::fromEnvironment()
{
    ApiEndpoints endpoints;
    if (const QUrl auth = urlFromEnv("SCALINGO_AUTH_URL"); !auth.isEmpty())
        endpoints.auth = auth;
    endpoints.api = urlFromEnv("SCALINGO_API_URL");
    // The CLI reads SCALINGO_DB_URL, Terraform SCALINGO_DB_API_URL (§1.3): accept both, the CLI's name first.
    endpoints.databaseApi = urlFromEnv("SCALINGO_DB_URL");
    if (endpoints.databaseApi.isEmpty())
        endpoints.databaseApi = urlFromEnv("SCALINGO_DB_API_URL");
    endpoints.regionName = qEnvironmentVariable("SCALINGO_REGION").trimmed();
    return endpoints;
}

ApiEndpoints ApiEndpoints::single(const QUrl &baseUrl)
{
    ApiEndpoints endpoints;
    endpoints.auth = endpoints.api = endpoints.databaseApi = normalized(baseUrl);
    return endpoints;
}

Region ApiEndpoints::explicitRegion() const
{
    Region region;
    region.name = regionName.isEmpty() ? QStringLiteral("local") : regionName;
    region.displayName = region.name;
    region.api = normalized(api);
    region.databaseApi = normalized(databaseApi);
    region.isDefault = true;
    return region;
}

QUrl ApiEndpoints::normalized(const QUrl &url)
{
    QUrl out = url;
    QString path = out.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    out.setPath(path);
    return out;
}
