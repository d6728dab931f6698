#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// A PostgreSQL extension. The DB API's `list-extensions` action only gives name + installed version; the other
/// fields come from SQL (pg_available_extensions, the extwlist allow-list) and stay default when unknown.
struct Extension
{
    QString name;
    QString installedVersion; ///< empty when not installed
    QString defaultVersion;
    QString comment;
    std::optional<bool> allowed; ///< on the platform's allow-list; nullopt when the list could not be read
    QStringList requiredExtensions; ///< the control file's `requires` (named so: `requires` is a C++20 keyword)
    bool trusted = false; ///< can be created by non-superusers without the allow-list
    bool superuser = false; ///< its control file requires a superuser

    bool isInstalled() const { return !installedVersion.isEmpty(); }

    /// "v1.0" -> "1.0": the action endpoint prefixes versions with a `v`, SQL does not.
    static QString normalizeVersion(const QString &version);

    /// One entry of the action's `result`: `{name, version}`. nullopt when `name` is missing, empty or not a
    /// string; a missing `version` leaves installedVersion empty.
    static std::optional<Extension> fromJson(const QJsonObject &json);
    /// `{ok, result: [...]}` of the `list-extensions` action. nullopt when `ok` is not 1/true or `result` is not
    /// an array; \a error then receives the server's `error` text (empty if it sent none).
    static std::optional<QList<Extension>> listFromActionResponse(const QJsonObject &root, QString *error = nullptr);
    /// Body of `POST /api/databases/{addon_id}/action`: `{"action_name": "list-extensions", "params": null}`.
    static QJsonObject listActionRequest();

    friend bool operator==(const Extension &a, const Extension &b)
    {
        return a.name == b.name && a.installedVersion == b.installedVersion && a.defaultVersion == b.defaultVersion
                && a.comment == b.comment && a.allowed == b.allowed && a.requiredExtensions == b.requiredExtensions
                && a.trusted == b.trusted && a.superuser == b.superuser;
    }
    friend bool operator!=(const Extension &a, const Extension &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Extension)
