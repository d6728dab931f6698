#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

/// The Scalingo app backing a Dedicated Resources database (`GET /v1/apps/{id_or_name}`).
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

    friend bool operator==(const App &a, const App &b)
    {
        return a.id == b.id && a.name == b.name && a.region == b.region && a.dedicatedDatabase == b.dedicatedDatabase;
    }
    friend bool operator!=(const App &a, const App &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(App)
