#include "ratelimiter.h"

#include <QtMath>

int RateLimiter::acquire(const QString &key, qint64 nowMs)
{
    if (m_limit <= 0)
        return 0;
    constexpr qint64 windowMs = 60 * 1000;
    std::deque<qint64> &hits = m_hits[key];
    while (!hits.empty() && hits.front() <= nowMs - windowMs)
        hits.pop_front();
    if (hits.size() >= static_cast<size_t>(m_limit))
        return qMax(1, qCeil((hits.front() + windowMs - nowMs) / 1000.0));
    hits.push_back(nowMs);
    // Forget idle keys so a long run with many tokens does not grow without bound.
    if (m_hits.size() > 1000) {
        for (auto it = m_hits.begin(); it != m_hits.end();) {
            if (it->empty() || it->back() <= nowMs - windowMs)
                it = m_hits.erase(it);
            else
                ++it;
        }
    }
    return 0;
}
