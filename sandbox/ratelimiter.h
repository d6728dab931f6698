#pragma once

#include <QHash>
#include <QString>
#include <deque>

/// Sliding one-minute window per key (the account behind the token), like the regional API's 60 requests/minute.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute = 60) : m_limit(perMinute) { }

    /// Records one request. Returns 0 when allowed, else the seconds to wait (for Retry-After).
    int acquire(const QString &key, qint64 nowMs);

private:
    int m_limit;
    QHash<QString, std::deque<qint64>> m_hits;
};
