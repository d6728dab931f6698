#pragma once

#include <QHash>
#include <QString>

#include <deque>

/// Keeps work spread over many databases within a share of each regional API's budget (Scalingo: 60 requests per
/// minute per account and region, §7.3). Callers reserve the regional requests a step will make before starting it;
/// the pacer answers how long to wait. A sliding one-minute window per region, like the server's: a burst that fits
/// starts at once, the rest is spread. Plain bookkeeping, no timers (the caller schedules).
class RegionPacer
{
public:
    explicit RegionPacer(int perMinute = 40) : m_budget(perMinute) { }

    void setBudget(int perMinute) { m_budget = perMinute; }
    int budget() const { return m_budget; }

    /// Records \a cost requests in \a region at \a nowMs and returns 0 when they fit in the window; otherwise records
    /// nothing and returns the milliseconds until they would (at least 1).
    qint64 reserve(const QString &region, int cost, qint64 nowMs);
    /// Requests recorded in \a region during the minute before \a nowMs.
    int used(const QString &region, qint64 nowMs);
    void clear() { m_starts.clear(); }

private:
    static constexpr qint64 WindowMs = 60 * 1000;
    void prune(std::deque<qint64> &starts, qint64 nowMs) const;

    int m_budget;
    QHash<QString, std::deque<qint64>> m_starts;
};
