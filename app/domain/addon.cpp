#include "addon.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<Addon> Addon::fromJson(const QJsonObject &json)
{
    const std::optional<QString> id = requiredString(json, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    Addon addon;
    addon.id = *id;
    addon.appId = string(json, QLatin1String("app_id"));
    addon.status = string(json, QLatin1String("status"));
    addon.planName = string(object(json, QLatin1String("plan")), QLatin1String("name"));
    const QJsonObject provider = object(json, QLatin1String("addon_provider"));
    addon.providerId = string(provider, QLatin1String("id"));
    addon.providerName = string(provider, QLatin1String("name"));
    addon.token = string(json, QLatin1String("token"));
    return addon;
}

std::optional<Addon> Addon::fromResponse(const QJsonObject &root)
{
    const std::optional<QJsonObject> object = firstObject(root, {QLatin1String("addon")});
    return object ? fromJson(*object) : std::nullopt;
}

QList<Addon> Addon::listFromJson(const QJsonObject &root, bool *ok)
{
    return parseList<Addon>(root, {QLatin1String("addons")}, ok, &Addon::fromJson);
}

QString Addon::tokenFromResponse(const QJsonObject &root)
{
    // go-scalingo reads only addon.token: the token does not depend on the rest of the object being well formed.
    return string(object(root, QLatin1String("addon")), QLatin1String("token"));
}
