#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

/// Rendered users-list bodies by database, each tagged with the users version it was rendered at (the `users` row
/// of `change_counters` in the state database, bumped by a trigger on every write to `database_users` and by
/// UsersService after every role change). A body is served only for the exact version it was rendered at, so a
/// write is visible on the next GET; the version itself lives in PostgreSQL, the cache only saves the rendering.
/// Thread-safe: the list runs on the server's worker threads.
class UsersListCache
{
public:
    /// The body rendered for \a appId at \a version, if that is what is cached.
    std::optional<QByteArray> find(const QString &appId, qint64 version) const;
    /// The version of the cached body for \a appId, or -1 (the list query then renders unconditionally).
    qint64 versionOf(const QString &appId) const;
    /// Keeps \a body unless a body of a newer version is cached already (a slow render must not replace it).
    void store(const QString &appId, qint64 version, const QByteArray &body);
    void clear();

private:
    struct Entry
    {
        qint64 version = -1;
        QByteArray body;
    };

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};
