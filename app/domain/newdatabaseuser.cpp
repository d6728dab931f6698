#include "newdatabaseuser.h"

QJsonObject NewDatabaseUser::toJson(const QString &addonId) const
{
    // read_only is always sent, even false, like go-scalingo; an empty password is left out so the server generates
    // one (sending "" would be a too-short password).
    QJsonObject user{{QLatin1String("database_id"), addonId},
                     {QLatin1String("name"), name},
                     {QLatin1String("read_only"), readOnly}};
    if (!password.isEmpty()) {
        user.insert(QLatin1String("password"), password);
        user.insert(QLatin1String("password_confirmation"), password);
    }
    return QJsonObject{{QLatin1String("database_user"), user}};
}

QJsonObject NewDatabaseUser::passwordChangeJson(const QString &addonId, const QString &password)
{
    return QJsonObject{{QLatin1String("database_user"),
                        QJsonObject{{QLatin1String("database_id"), addonId},
                                    {QLatin1String("password"), password},
                                    {QLatin1String("password_confirmation"), password}}}};
}
