#pragma once

// Code handling users nearly always builds new ones too (models, dialogs): bring the request type along.
#include "newdatabaseuser.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// The password hashing schemes `dbms_attributes.password_encryption` names, spelt as the API does (compared
/// case-insensitively).
namespace PasswordScheme {
inline const QLatin1String Scram("SCRAM-SHA-256");
inline const QLatin1String Md5("MD5");
} // namespace PasswordScheme

/// A PostgreSQL role managed through the DB API (`/api/databases/{addon_id}/users`).
struct DatabaseUser
{
    QString name;
    bool readOnly = false;
    bool isProtected = false; ///< the platform's default user: cannot be deleted or have its password changed
    QString passwordEncryption; ///< `dbms_attributes.password_encryption` (PasswordScheme); empty if absent
    QString password; ///< only in create/reset responses; a secret shown once

    /// nullopt when `name` is missing, empty or not a string; booleans default to false, strings to empty.
    static std::optional<DatabaseUser> fromJson(const QJsonObject &json);
    /// Create/update/reset response: rooted under `database_user` (go-scalingo, scalingo.js) or un-rooted
    /// (developers docs); both are accepted.
    static std::optional<DatabaseUser> fromResponse(const QJsonObject &root);
    /// Reads the list under `database-users` (documented), `database_users` or `users`; invalid entries are skipped;
    /// \a ok is false when none of these keys holds an array.
    static QList<DatabaseUser> listFromJson(const QJsonObject &root, bool *ok = nullptr);

    /// The password is hashed with MD5, an outdated scheme (resetting it switches to SCRAM-SHA-256).
    bool usesMd5() const { return passwordEncryption.compare(PasswordScheme::Md5, Qt::CaseInsensitive) == 0; }
    bool usesScram() const { return passwordEncryption.compare(PasswordScheme::Scram, Qt::CaseInsensitive) == 0; }

    /// The user object as the API shapes it (un-rooted); `password` and `dbms_attributes` only when non-empty.
    QJsonObject toJson() const;

    friend bool operator==(const DatabaseUser &a, const DatabaseUser &b)
    {
        return a.name == b.name && a.readOnly == b.readOnly && a.isProtected == b.isProtected
                && a.passwordEncryption == b.passwordEncryption && a.password == b.password;
    }
    friend bool operator!=(const DatabaseUser &a, const DatabaseUser &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(DatabaseUser)
