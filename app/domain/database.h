#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// A Dedicated Resources database as the regional API lists it (go-scalingo's DatabaseNG).
/// Its `id`/`name` are those of the app that backs it.
struct Database
{
    QString id;
    QString name;
    QString projectId;
    QString technology; ///< "postgresql-ng"
    QString plan; ///< e.g. "postgresql-dr-starter-4096"
    QString region; ///< not in the payload: filled by the client from the region it asked

    /// nullopt when `id` is missing or not a string; other fields default to empty.
    static std::optional<Database> fromJson(const QJsonObject &json);
    /// Single database response, rooted under `database`.
    static std::optional<Database> fromResponse(const QJsonObject &root);
    /// Reads the `databases` array; invalid entries are skipped; \a ok is false when the root key is missing.
    static QList<Database> listFromJson(const QJsonObject &root, bool *ok = nullptr);

    friend bool operator==(const Database &a, const Database &b)
    {
        return a.id == b.id && a.name == b.name && a.projectId == b.projectId && a.technology == b.technology
                && a.plan == b.plan && a.region == b.region;
    }
    friend bool operator!=(const Database &a, const Database &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Database)
