#include "propagationwatcher.h"

#include "pg/pgconnection.h"

#include <QCoreApplication>
#include <QTimer>

PropagationWatcher::Timings PropagationWatcher::Timings::forDelay(int seconds)
{
    Timings timings;
    timings.expectedMs = qMax(0, seconds) * 1000;
    timings.deadlineMs = qMax(timings.expectedMs * 5 / 2, 5000);
    timings.firstProbeMs = qBound(500, timings.expectedMs / 4, 5000);
    timings.maxProbeIntervalMs = qBound(1000, timings.expectedMs / 4, 30000);
    return timings;
}

PropagationWatcher::PropagationWatcher(QObject *parent)
    : QObject(parent), m_ticker(new QTimer(this)), m_probeTimer(new QTimer(this))
{
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        if (m_state != State::Applying)
            return;
        if (!m_probing && m_elapsed.elapsed() >= m_timings.expectedMs) {
            m_ticker->stop();
            setState(State::Waited);
            return;
        }
        emit tick();
    });
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &PropagationWatcher::probe);
}

PropagationWatcher::~PropagationWatcher()
{
    delete m_connection; // no signals: listeners may be half destroyed
}

void PropagationWatcher::start(const QString &what, bool probe)
{
    stop();
    m_what = what;
    m_probing = probe && !m_uri.isEmpty();
    m_probes = 0;
    m_lastError = {};
    m_interval = m_timings.firstProbeMs;
    m_elapsed.start();
    setState(State::Applying);
    m_ticker->start();
    if (m_probing)
        m_probeTimer->start(m_timings.firstProbeMs);
    else if (m_timings.expectedMs <= 0)
        setState(State::Waited);
}

void PropagationWatcher::stop()
{
    m_ticker->stop();
    m_probeTimer->stop();
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->close();
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    if (m_state == State::Applying)
        setState(State::Idle);
}

int PropagationWatcher::secondsLeft() const
{
    if (m_state != State::Applying)
        return 0;
    return int(qMax<qint64>(0, m_timings.expectedMs - m_elapsed.elapsed()) + 999) / 1000;
}

void PropagationWatcher::probe()
{
    ++m_probes;
    PgOptions options;
    options.connectTimeoutMs = m_timings.connectTimeoutMs;
    m_connection = new PgConnection(this);
    m_connection->setOptions(options);
    m_connection->setConnectionUri(m_uri);
    PgConnection *connection = m_connection;
    auto done = [this, connection] {
        connection->disconnect(this);
        connection->close();
        connection->deleteLater();
        if (m_connection == connection)
            m_connection = nullptr;
    };
    connect(connection, &PgConnection::connected, this, [this, done] {
        done();
        m_lastError = {};
        m_ticker->stop();
        setState(State::Active);
    });
    connect(connection, &PgConnection::connectionFailed, this, [this, done](const PgError &error) {
        done();
        m_lastError = error;
        if (error.kind() == PgError::Kind::Password) {
            // Past the firewall: the rule works, only this login does not (the default user's password changed).
            m_ticker->stop();
            setState(State::Active);
        } else if (!error.isAccessBlocked() && error.kind() != PgError::Kind::Network) {
            m_ticker->stop();
            setState(State::Failed);
        } else {
            scheduleProbe();
        }
    });
    connection->open();
}

void PropagationWatcher::scheduleProbe()
{
    const qint64 left = m_timings.deadlineMs - m_elapsed.elapsed();
    if (left <= 0) {
        m_ticker->stop();
        setState(State::StillRefused);
        return;
    }
    m_interval = qMin(m_interval * 2, m_timings.maxProbeIntervalMs);
    m_probeTimer->start(int(qMin<qint64>(m_interval, left)));
}

void PropagationWatcher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString PropagationWatcher::statusText() const
{
    switch (m_state) {
    case State::Idle:
        return {};
    case State::Applying: {
        const int left = secondsLeft();
        if (left <= 0)
            return tr("%1: applying… Scalingo sometimes needs a few more minutes; still checking.").arg(m_what);
        return tr("%1: applying… (about %2 left)")
                .arg(m_what,
                     left >= 60 ? tr("%n minute(s)", nullptr, (left + 59) / 60) : tr("%n second(s)", nullptr, left));
    }
    case State::Active:
        return m_probing ? tr("%1 is active: this computer reaches the database over TLS.").arg(m_what)
                         : tr("%1 is active.").arg(m_what);
    case State::Waited:
        return m_timings.expectedMs <= 0 ? tr("%1 is applied.").arg(m_what)
                                         : tr("%1 should now be applied.").arg(m_what);
    case State::StillRefused:
        return tr("%1 was added, but after %n minute(s) the database still refuses this computer. Likely causes: "
                  "this computer's public address changed (mobile network, VPN), the rule does not contain it, or "
                  "Scalingo is slower than usual. Run Check access to see which step fails.",
                  nullptr, qMax(1, (m_timings.deadlineMs + 30000) / 60000))
                .arg(m_what);
    case State::Failed:
        return tr("%1 is applied, but the test connection failed: %2").arg(m_what, m_lastError.message());
    }
    return {};
}
