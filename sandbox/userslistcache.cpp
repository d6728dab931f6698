#include "userslistcache.h"

std::optional<QByteArray> UsersListCache::find(const QString &appId, qint64 version) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(appId);
    if (it == m_entries.cend() || it->version != version)
        return std::nullopt;
    return it->body;
}

qint64 UsersListCache::versionOf(const QString &appId) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(appId);
    return it == m_entries.cend() ? -1 : it->version;
}

void UsersListCache::store(const QString &appId, qint64 version, const QByteArray &body)
{
    const QMutexLocker lock(&m_mutex);
    Entry &entry = m_entries[appId];
    if (version < entry.version)
        return;
    entry.version = version;
    entry.body = body;
}

void UsersListCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}
