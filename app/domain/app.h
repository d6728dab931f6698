#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// A Scalingo app: the one backing a Dedicated Resources database, or an ordinary app that may own classic addons.
struct App
{
    QString id;
    QString name;
    QString region;
    bool dedicatedDatabase = false; ///< `flags["dedicated-database"]`: the app is a DR database

    /// nullopt when `id` is missing or not a string; a missing `flags` object means dedicatedDatabase == false.
    static std::optional<App> fromJson(const QJsonObject &json);
    /// Response rooted under `app`.
    static std::optional<App> fromResponse(const QJsonObject &root);
    /// Reads the `apps` array of `GET /v1/apps`; invalid entries are skipped; \a ok is false when the key is missing.
    static QList<App> listFromJson(const QJsonObject &root, bool *ok = nullptr);

    friend bool operator==(const App &a, const App &b)
    {
        return a.id == b.id && a.name == b.name && a.region == b.region && a.dedicatedDatabase == b.dedicatedDatabase;
    }
    friend bool operator!=(const App &a, const App &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(App)
