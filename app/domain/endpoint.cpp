#include "endpoint.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<Endpoint> Endpoint::fromJson(const QJsonObject &json)
{
    const std::optional<QString> id = requiredString(json, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    Endpoint endpoint;
    endpoint.id = *id;
    endpoint.databaseId = string(json, QLatin1String("database_id"));
    endpoint.hostname = string(json, QLatin1String("hostname"));
    endpoint.port = integer(json, QLatin1String("port"));
    if (endpoint.port < 0 || endpoint.port > 65535)
        endpoint.port = 0;
    endpoint.type = string(json, QLatin1String("type"));
    return endpoint;
}

QList<Endpoint> Endpoint::listFromJson(const QJsonObject &root, bool *ok)
{
    return parseList<Endpoint>(root, {QLatin1String("endpoints")}, ok, &Endpoint::fromJson);
}
