#include "regionpacer.h"

#include <QtGlobal>

void RegionPacer::prune(std::deque<qint64> &starts, qint64 nowMs) const
{
    while (!starts.empty() && starts.front() <= nowMs - WindowMs)
        starts.pop_front();
}

int RegionPacer::used(const QString &region, qint64 nowMs)
{
    std::deque<qint64> &starts = m_starts[region];
    prune(starts, nowMs);
    return int(starts.size());
}

qint64 RegionPacer::reserve(const QString &region, int cost, qint64 nowMs)
{
    std::deque<qint64> &starts = m_starts[region];
    prune(starts, nowMs);
    // A step costlier than the whole budget could never fit: let it run alone in an empty window.
    const int allowed = qMax(m_budget, cost);
    if (int(starts.size()) + cost > allowed) {
        // Wait until enough old requests leave the window.
        const size_t leaving = starts.size() + size_t(cost) - size_t(allowed);
        return qMax<qint64>(1, starts.at(leaving - 1) + WindowMs - nowMs);
    }
    for (int i = 0; i < cost; ++i)
        starts.push_back(nowMs);
    return 0;
}

bool PacedPass::admit(const QString &region, int cost, bool regionFull)
{
    if (regionFull || m_blocked.contains(region)) {
        m_blocked.insert(region);
        return false;
    }
    const qint64 needed = m_pacer.reserve(region, cost, m_now);
    if (needed > 0) {
        m_blocked.insert(region);
        m_wait = m_wait < 0 ? needed : qMin(m_wait, needed);
        return false;
    }
    return true;
}

int PacedPass::waitMs() const
{
    return m_wait > 0 ? int(qMin<qint64>(m_wait, 60000)) : 0;
}
