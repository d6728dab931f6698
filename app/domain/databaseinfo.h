#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

/// A database as the DB API describes it (`GET /api/databases/{addon_id}`, rooted under `database`).
struct DatabaseInfo
{
    QString id; ///< DB-API-side id, not the addon id
    QString appName;
    QString plan;
    QString status; ///< "running", "updating", ...
    QString typeName; ///< "postgresql"
    QString readableVersion;
    QString hostname; ///< "host:port", as sent
    QMap<QString, QString> features; ///< feature name ("force-ssl", "publicly-available") -> status ("ACTIVATED", ...)
    QDateTime createdAt;

    /// The host part of `hostname` (everything before the last ':').
    QString host() const;
    /// The port part of `hostname`; 0 when there is none or it is not a number.
    int port() const;
    /// Status of a feature, lower-case like the CLI prints it; "disabled" when the feature is not listed.
    QString featureStatus(const QString &name) const;
    bool isFeatureActivated(const QString &name) const
    {
        return features.value(name).compare(QLatin1String("ACTIVATED"), Qt::CaseInsensitive) == 0;
    }

    /// nullopt when `id` is missing or not a string; other fields default; malformed `features` entries are skipped.
    static std::optional<DatabaseInfo> fromJson(const QJsonObject &json);
    /// Response rooted under `database`.
    static std::optional<DatabaseInfo> fromResponse(const QJsonObject &root);

    friend bool operator==(const DatabaseInfo &a, const DatabaseInfo &b)
    {
        return a.id == b.id && a.appName == b.appName && a.plan == b.plan && a.status == b.status
                && a.typeName == b.typeName && a.readableVersion == b.readableVersion && a.hostname == b.hostname
                && a.features == b.features && a.createdAt == b.createdAt;
    }
    friend bool operator!=(const DatabaseInfo &a, const DatabaseInfo &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(DatabaseInfo)
