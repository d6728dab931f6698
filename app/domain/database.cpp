#include "database.h"

#include "addon.h"
#include "app.h"
#include "jsonfields.h"

using namespace JsonFields;

std::optional<Database> Database::fromJson(const QJsonObject &json)
{
    const std::optional<QString> id = requiredString(json, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    Database database;
    database.id = *id;
    database.name = string(json, QLatin1String("name"));
    database.projectId = string(json, QLatin1String("project_id"));
    database.technology = string(json, QLatin1String("technology"));
    database.plan = string(json, QLatin1String("plan"));
    return database;
}

std::optional<Database> Database::fromResponse(const QJsonObject &root)
{
    const std::optional<QJsonObject> object = firstObject(root, {QLatin1String("database")});
    return object ? fromJson(*object) : std::nullopt;
}

QList<Database> Database::listFromJson(const QJsonObject &root, bool *ok)
{
    return parseList<Database>(root, {QLatin1String("databases")}, ok, &Database::fromJson);
}

Database Database::fromAddon(const App &app, const Addon &addon, const QString &region)
{
    Database database;
    database.id = addon.id;
    database.name = app.name;
    database.technology = addon.providerId;
    database.plan = addon.planName;
    database.region = region;
    database.kind = Kind::Addon;
    database.appId = app.id;
    database.appName = app.name;
    return database;
}
