#pragma once

#include <QDateTime>
#include <QObject>

/// The time everything time-dependent in the core reads (rule expiry, "since you last looked"), so tests can move
/// it instead of sleeping. Always UTC.
class Clock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QDateTime nowUtc() const = 0;

    /// The clock the product uses (wall time); never deleted.
    static Clock *system();

signals:
    /// The time jumped (a test moved it): timers computed from the old time must be recomputed.
    void jumped();
};

/// Wall time.
class SystemClock : public Clock
{
    Q_OBJECT

public:
    using Clock::Clock;
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock the tests set and advance; it stands still otherwise.
class TestClock : public Clock
{
    Q_OBJECT

public:
    explicit TestClock(const QDateTime &start, QObject *parent = nullptr) : Clock(parent), m_now(start.toUTC()) { }

    QDateTime nowUtc() const override { return m_now; }
    void setNow(const QDateTime &now)
    {
        m_now = now.toUTC();
        emit jumped();
    }
    void advance(qint64 seconds) { setNow(m_now.addSecs(seconds)); }

private:
    QDateTime m_now;
};
