#include "region.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<Region> Region::fromJson(const QJsonObject &json)
{
    const std::optional<QString> name = requiredString(json, QLatin1String("name"));
    if (!name)
        return std::nullopt;
    Region region;
    region.name = *name;
    region.displayName = string(json, QLatin1String("display_name"));
    region.api = QUrl(string(json, QLatin1String("api")));
    region.databaseApi = QUrl(string(json, QLatin1String("database_api")));
    region.dashboard = QUrl(string(json, QLatin1String("dashboard")));
    region.ssh = string(json, QLatin1String("ssh"));
    region.isDefault = boolean(json, QLatin1String("default"));
    return region;
}

QList<Region> Region::listFromJson(const QJsonObject &root, bool *ok)
{
    return parseList<Region>(root, {QLatin1String("regions")}, ok, &Region::fromJson);
}

std::optional<Region> Region::pickDefault(const QList<Region> &regions)
{
    for (const Region &region : regions) {
        if (region.isDefault)
            return region;
    }
    if (regions.isEmpty())
        return std::nullopt;
    return regions.first();
}
