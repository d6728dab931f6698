#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

struct Addon;
struct App;

/// A database Gatehouse can open. Either a Dedicated Resources database as the regional API lists it (go-scalingo's
/// DatabaseNG; its `id`/`name` are those of the app that backs it), or a classic `postgresql` addon of an app
/// (then `id` is the addon id, `name` the app's name, `plan` the addon's plan).
struct Database
{
    enum class Kind { Dedicated, Addon };

    QString id;
    QString name;
    QString projectId;
    QString technology; ///< "postgresql-ng"
    QString plan; ///< e.g. "postgresql-dr-starter-4096"
    QString region; ///< not in the payload: filled by the client from the region it asked
    Kind kind = Kind::Dedicated;
    QString appId; ///< classic addon only: its app
    QString appName; ///< classic addon only: its app

    bool isAddon() const { return kind == Kind::Addon; }
    /// A classic addon found by discovery (`addon_provider.id == "postgresql"`).
    static Database fromAddon(const App &app, const Addon &addon, const QString &region);

    /// nullopt when `id` is missing or not a string; other fields default to empty.
    static std::optional<Database> fromJson(const QJsonObject &json);
    /// Single database response, rooted under `database`.
    static std::optional<Database> fromResponse(const QJsonObject &root);
    /// Reads the `databases` array; invalid entries are skipped; \a ok is false when the root key is missing.
    static QList<Database> listFromJson(const QJsonObject &root, bool *ok = nullptr);

    friend bool operator==(const Database &a, const Database &b)
    {
        return a.id == b.id && a.name == b.name && a.projectId == b.projectId && a.technology == b.technology
                && a.plan == b.plan && a.region == b.region && a.kind == b.kind && a.appId == b.appId
                && a.appName == b.appName;
    }
    friend bool operator!=(const Database &a, const Database &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Database)
