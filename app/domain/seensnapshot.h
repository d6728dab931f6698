#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

/// What the user last saw of one database: rule ids (with the CIDR or range and label, to name a rule after it is
/// gone) and user names. Ids and names only: never a password or token. Kept locally between two openings.
struct SeenSnapshot
{
    QDateTime seenAt; ///< UTC
    bool hasRules = false; ///< the rules were listed (false: not known, e.g. a classic addon or a failed list)
    bool hasUsers = false;
    QMap<QString, QString> rules; ///< rule id -> how to name it ("203.0.113.0/24 (Office)")
    QSet<QString> users;

    QJsonObject toJson() const;
    /// nullopt when the object is not a snapshot (missing or malformed `seen_at`); bad entries are skipped.
    static std::optional<SeenSnapshot> fromJson(const QJsonObject &json);
};

/// Rows added or removed between two snapshots (by someone else, when the second is what was just listed).
struct SeenChanges
{
    QStringList addedRules; ///< ids
    QStringList removedRules; ///< names of the rules (they are no longer listed)
    QStringList addedUsers;
    QStringList removedUsers;

    bool isEmpty() const
    {
        return addedRules.isEmpty() && removedRules.isEmpty() && addedUsers.isEmpty() && removedUsers.isEmpty();
    }
    /// Compares only the parts both snapshots know; lists are sorted.
    static SeenChanges between(const SeenSnapshot &before, const SeenSnapshot &now);
};
