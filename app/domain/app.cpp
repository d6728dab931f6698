#include "app.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<App> App::fromJson(const QJsonObject &json)
{
    const std::optional<QString> id = requiredString(json, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    App app;
    app.id = *id;
    app.name = string(json, QLatin1String("name"));
    app.region = string(json, QLatin1String("region"));
    app.dedicatedDatabase = boolean(object(json, QLatin1String("flags")), QLatin1String("dedicated-database"));
    return app;
}

std::optional<App> App::fromResponse(const QJsonObject &root)
{
    const std::optional<QJsonObject> object = firstObject(root, {QLatin1String("app")});
    return object ? fromJson(*object) : std::nullopt;
}

QList<App> App::listFromJson(const QJsonObject &root, bool *ok)
{
    return parseList<App>(root, {QLatin1String("apps")}, ok, &App::fromJson);
}
