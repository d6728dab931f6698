#include "managedrange.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<ManagedRange> ManagedRange::fromJson(const QJsonObject &json)
{
    const std::optional<QString> id = requiredString(json, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    return ManagedRange{*id, string(json, QLatin1String("name"))};
}

QList<ManagedRange> ManagedRange::listFromJson(const QJsonObject &root, bool *ok)
{
    return parseList<ManagedRange>(root, {QLatin1String("ranges")}, ok, &ManagedRange::fromJson);
}
