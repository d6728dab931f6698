#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

/// One Scalingo region as listed by the auth API (`GET /v1/regions`): where its regional and database APIs live.
struct Region
{
    QString name; ///< e.g. "osc-fr1"
    QString displayName; ///< e.g. "Paris - Outscale"
    QUrl api; ///< regional API base URL, without the `/v1` prefix
    QUrl databaseApi; ///< DB API base URL, without the `/api` prefix
    QUrl dashboard;
    QString ssh; ///< "host:port"
    bool isDefault = false;

    /// nullopt when `name` is missing or not a string; other fields default when absent or of the wrong type.
    static std::optional<Region> fromJson(const QJsonObject &json);
    /// Reads the `regions` array of the response; entries that fail fromJson() are skipped.
    /// \a ok (optional) is set to false when the root key is missing or not an array.
    static QList<Region> listFromJson(const QJsonObject &root, bool *ok = nullptr);
    /// The region flagged `default`, else the first one (the CLI's rule); nullopt for an empty list.
    static std::optional<Region> pickDefault(const QList<Region> &regions);

    friend bool operator==(const Region &a, const Region &b)
    {
        return a.name == b.name && a.displayName == b.displayName && a.api == b.api && a.databaseApi == b.databaseApi
                && a.dashboard == b.dashboard && a.ssh == b.ssh && a.isDefault == b.isDefault;
    }
    friend bool operator!=(const Region &a, const Region &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Region)
