#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

/// What the user asked for when creating a database user.
struct NewDatabaseUser
{
    QString name;
    bool readOnly = false;
    QString password; ///< empty: the server generates one and returns it once

    /// `{"database_user": {"database_id", "name", "read_only", ["password", "password_confirmation"]}}`,
    /// the go-scalingo body; the password fields are omitted when the password is empty.
    QJsonObject toJson(const QString &addonId) const;
    /// Body of `PATCH /users/{name}`: `{"database_user": {"database_id", "password", "password_confirmation"}}`.
    static QJsonObject passwordChangeJson(const QString &addonId, const QString &password);

    friend bool operator==(const NewDatabaseUser &a, const NewDatabaseUser &b)
    {
        return a.name == b.name && a.readOnly == b.readOnly && a.password == b.password;
    }
    friend bool operator!=(const NewDatabaseUser &a, const NewDatabaseUser &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(NewDatabaseUser)
