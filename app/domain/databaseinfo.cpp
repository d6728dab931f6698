#include "databaseinfo.h"

#include "jsonfields.h"

#include <QJsonArray>

using namespace JsonFields;

QString DatabaseInfo::host() const
{
    const qsizetype colon = hostname.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? hostname : hostname.left(colon);
}

int DatabaseInfo::port() const
{
    const qsizetype colon = hostname.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return 0;
    bool ok = false;
    const int port = hostname.mid(colon + 1).toInt(&ok);
    return ok && port > 0 && port <= 65535 ? port : 0;
}

QString DatabaseInfo::featureStatus(const QString &name) const
{
    // Same wording as `scalingo database-info`: lower-cased status, "disabled" when the feature is absent.
    const auto it = features.constFind(name);
    return it == features.cend() ? QStringLiteral("disabled") : it->toLower();
}

std::optional<DatabaseInfo> DatabaseInfo::fromJson(const QJsonObject &json)
{
    const std::optional<QString> id = requiredString(json, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    DatabaseInfo info;
    info.id = *id;
    info.appName = string(json, QLatin1String("app_name"));
    info.plan = string(json, QLatin1String("plan"));
    info.status = string(json, QLatin1String("status"));
    info.typeName = string(json, QLatin1String("type_name"));
    info.readableVersion = string(json, QLatin1String("readable_version"));
    info.hostname = string(json, QLatin1String("hostname"));
    info.createdAt = dateTime(json, QLatin1String("created_at"));
    const QJsonArray features = json.value(QLatin1String("features")).toArray();
    for (const QJsonValue &value : features) {
        const QJsonObject feature = value.toObject();
        const std::optional<QString> name = requiredString(feature, QLatin1String("name"));
        if (name)
            info.features.insert(*name, string(feature, QLatin1String("status")));
    }
    return info;
}

std::optional<DatabaseInfo> DatabaseInfo::fromResponse(const QJsonObject &root)
{
    const std::optional<QJsonObject> object = firstObject(root, {QLatin1String("database")});
    return object ? fromJson(*object) : std::nullopt;
}
