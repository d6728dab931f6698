#include "database.h"

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
