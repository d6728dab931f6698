#include "seensnapshot.h"

#include <QJsonArray>

QJsonObject SeenSnapshot::toJson() const
{
    QJsonObject json{{QLatin1String("seen_at"), seenAt.toUTC().toString(Qt::ISODate)}};
    if (hasRules) {
        QJsonObject byId;
        for (auto it = rules.cbegin(); it != rules.cend(); ++it)
            byId.insert(it.key(), it.value());
        json.insert(QLatin1String("rules"), byId);
    }
    if (hasUsers) {
        QStringList names(users.cbegin(), users.cend());
        names.sort();
        json.insert(QLatin1String("users"), QJsonArray::fromStringList(names));
    }
    return json;
}

std::optional<SeenSnapshot> SeenSnapshot::fromJson(const QJsonObject &json)
{
    SeenSnapshot snapshot;
    snapshot.seenAt = QDateTime::fromString(json.value(QLatin1String("seen_at")).toString(), Qt::ISODate);
    if (!snapshot.seenAt.isValid())
        return std::nullopt;
    snapshot.seenAt = snapshot.seenAt.toUTC();
    const QJsonValue rules = json.value(QLatin1String("rules"));
    if (rules.isObject()) {
        snapshot.hasRules = true;
        const QJsonObject byId = rules.toObject();
        for (auto it = byId.constBegin(); it != byId.constEnd(); ++it) {
            if (!it.key().isEmpty() && it.value().isString())
                snapshot.rules.insert(it.key(), it.value().toString());
        }
    }
    const QJsonValue users = json.value(QLatin1String("users"));
    if (users.isArray()) {
        snapshot.hasUsers = true;
        for (const QJsonValue &name : users.toArray()) {
            if (name.isString() && !name.toString().isEmpty())
                snapshot.users.insert(name.toString());
        }
    }
    return snapshot;
}

SeenChanges SeenChanges::between(const SeenSnapshot &before, const SeenSnapshot &now)
{
    SeenChanges changes;
    if (before.hasRules && now.hasRules) {
        for (auto it = now.rules.cbegin(); it != now.rules.cend(); ++it)
            if (!before.rules.contains(it.key()))
                changes.addedRules.append(it.key());
        for (auto it = before.rules.cbegin(); it != before.rules.cend(); ++it)
            if (!now.rules.contains(it.key()))
                changes.removedRules.append(it.value());
    }
    if (before.hasUsers && now.hasUsers) {
        for (const QString &name : now.users)
            if (!before.users.contains(name))
                changes.addedUsers.append(name);
        for (const QString &name : before.users)
            if (!now.users.contains(name))
                changes.removedUsers.append(name);
    }
    changes.addedRules.sort();
    changes.removedRules.sort();
    changes.addedUsers.sort();
    changes.removedUsers.sort();
    return changes;
}
