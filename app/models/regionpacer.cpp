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
