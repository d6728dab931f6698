#pragma once

#include <QHash>
#include <QSet>
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

/// One pass of a caller's queue over the pacer: which entries may start now. A region that has to wait stays blocked
/// for the rest of the pass, so each region's entries keep their order (the survey and the plan search share this).
class PacedPass
{
public:
    PacedPass(RegionPacer &pacer, qint64 nowMs) : m_pacer(pacer), m_now(nowMs) { }

    /// True when a step of \a cost regional requests in \a region may start now (its budget is then reserved);
    /// \a regionFull: the caller already has as many steps in flight there as it allows.
    bool admit(const QString &region, int cost, bool regionFull);
    /// Milliseconds until a region blocked by its budget may go on (at most a minute), or 0 when none waits for it.
    int waitMs() const;

private:
    RegionPacer &m_pacer;
    qint64 m_now;
    qint64 m_wait = -1;
    QSet<QString> m_blocked;
};
