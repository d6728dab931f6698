#include "databaseuser.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<DatabaseUser> DatabaseUser::fromJson(const QJsonObject &json)
{
    const std::optional<QString> name = requiredString(json, QLatin1String("name"));
    if (!name)
        return std::nullopt;
    DatabaseUser user;
    user.name = *name;
    user.readOnly = boolean(json, QLatin1String("read_only"));
    user.isProtected = boolean(json, QLatin1String("protected"));
    user.passwordEncryption
            = string(object(json, QLatin1String("dbms_attributes")), QLatin1String("password_encryption"));
    user.password = string(json, QLatin1String("password"));
    return user;
}

std::optional<DatabaseUser> DatabaseUser::fromResponse(const QJsonObject &root)
{
    // Sources disagree (rooted in go-scalingo and scalingo.js, un-rooted in the developers docs): take the root when
    // there is one, else the object itself.
    if (root.contains(QLatin1String("database_user"))) {
        const QJsonValue rooted = root.value(QLatin1String("database_user"));
        return rooted.isObject() ? fromJson(rooted.toObject()) : std::nullopt;
    }
    return fromJson(root);
}

QList<DatabaseUser> DatabaseUser::listFromJson(const QJsonObject &root, bool *ok)
{
    return parseList<DatabaseUser>(
            root, {QLatin1String("database-users"), QLatin1String("database_users"), QLatin1String("users")}, ok,
            &DatabaseUser::fromJson);
}

QJsonObject DatabaseUser::toJson() const
{
    QJsonObject json{{QLatin1String("name"), name},
                     {QLatin1String("read_only"), readOnly},
                     {QLatin1String("protected"), isProtected}};
    if (!password.isEmpty())
        json.insert(QLatin1String("password"), password);
    if (!passwordEncryption.isEmpty())
        json.insert(QLatin1String("dbms_attributes"),
                    QJsonObject{{QLatin1String("password_encryption"), passwordEncryption}});
    return json;
}
