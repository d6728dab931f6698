#pragma once

#include "pg/pgerror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class PgConnection;
class QTimer;

/// Follows a firewall change until it applies. Scalingo announces about 2 minutes; the change may take longer, so a
/// change that concerns this computer is proved by test connections from the start, with backoff, until it works
/// (Active) or the deadline (~5 minutes) passes (StillRefused). A change that does not concern this computer can only
/// be waited for (Waited after the announced time). Timings are injectable so tests do not wait minutes.
class PropagationWatcher : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Applying, Active, Waited, StillRefused, Failed };
    Q_ENUM(State)

    struct Timings
    {
        int expectedMs = 120000; ///< what Scalingo announces
        int deadlineMs = 300000; ///< after this, a refusal is reported
        int firstProbeMs = 5000; ///< first test connection
        int maxProbeIntervalMs = 30000; ///< backoff doubles up to this
        int connectTimeoutMs = 10000;
        /// Announced delay of \a seconds: deadline 2.5 × (120 s → 300 s), probes from min(5 s, delay / 4).
        static Timings forDelay(int seconds);
    };

    explicit PropagationWatcher(QObject *parent = nullptr);
    ~PropagationWatcher() override;

    void setTimings(const Timings &timings) { m_timings = timings; }
    const Timings &timings() const { return m_timings; }
    /// The default user's URI: test connections log in with it (a refusal by the firewall is what is waited out).
    void setConnectionUri(const QString &uri) { m_uri = uri; }

    /// Starts following \a what (e.g. "The rule for 203.0.113.7/32"); \a probe when it concerns this computer.
    void start(const QString &what, bool probe);
    void stop();

    State state() const { return m_state; }
    QString what() const { return m_what; }
    /// Seconds until the announced time (0 once passed).
    int secondsLeft() const;
    int probeCount() const { return m_probes; }
    /// Why the last test connection failed (StillRefused, Failed).
    PgError lastError() const { return m_lastError; }
    /// Plain-language status line for the current state.
    QString statusText() const;

signals:
    void stateChanged(PropagationWatcher::State state);
    /// Once a second while applying (countdowns).
    void tick();

private:
    void setState(State state);
    void probe();
    void scheduleProbe();

    Timings m_timings;
    QString m_uri;
    QString m_what;
    State m_state = State::Idle;
    bool m_probing = false;
    int m_probes = 0;
    int m_interval = 0;
    QElapsedTimer m_elapsed;
    QTimer *m_ticker;
    QTimer *m_probeTimer;
    QPointer<PgConnection> m_connection;
    PgError m_lastError;
};
