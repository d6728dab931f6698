#include "pgconnection.h"

#include "common/logging.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <libpq-fe.h>

PgConnection::PgConnection(QObject *parent)
    : QObject(parent), m_connectTimer(new QTimer(this)), m_queryGuard(new QTimer(this))
{
    // PQconnectPoll() ignores connect_timeout, and a firewall that drops packets never answers: our own timer.
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        fail(PgError(PgError::Kind::Timeout,
                     tr("no answer within %n second(s)", nullptr, (m_options.connectTimeoutMs + 999) / 1000)));
    });
    // statement_timeout covers a busy server; this covers a server (or network) that stopped answering at all.
    m_queryGuard->setSingleShot(true);
    connect(m_queryGuard, &QTimer::timeout, this,
            [this] { fail(PgError(PgError::Kind::Network, tr("the database stopped answering"))); });
}

PgConnection::~PgConnection()
{
    release(); // no signals from here: listeners may already be half destroyed
}

void PgConnection::setConnectionUri(const QString &uri)
{
    if (uri == m_uri)
        return;
    close();
    m_uri = uri;
    m_lastError = {};
}

void PgConnection::setOptions(const PgOptions &options)
{
    close();
    m_options = options;
}

QString PgConnection::describe() const
{
    if (m_info.isValid())
        return m_info.redacted();
    return PgConnInfo::fromUri(m_uri, m_options).redacted();
}

PgQuery *PgConnection::exec(const QString &sql, const QStringList &params)
{
    return enqueue(sql, params, false);
}

PgQuery *PgConnection::execScript(const QString &sql)
{
    return enqueue(sql, {}, true);
}

PgQuery *PgConnection::enqueue(const QString &sql, const QStringList &params, bool script)
{
    auto *query = new PgQuery(this);
    query->m_sql = sql;
    query->m_params = params;
    query->m_script = script;
    m_queue.enqueue(query);
    if (m_state == State::Connected)
        startNext();
    else
        open();
    return query;
}

void PgConnection::open()
{
    if (m_state == State::Resolving || m_state == State::Connecting || m_state == State::Connected)
        return;
    if (m_uri.isEmpty()) {
        fail(PgError(PgError::Kind::InvalidUri, tr("the connection address is not known yet")));
        return;
    }
    QString why;
    m_info = PgConnInfo::fromUri(m_uri, m_options, &why);
    if (!m_info.isValid()) {
        fail(PgError(PgError::Kind::InvalidUri, why));
        return;
    }
    m_lastError = {};
    m_connectTimer->start(m_options.connectTimeoutMs);
    const QString host = m_info.host();
    if (!m_info.value("hostaddr").isEmpty() || host.contains(QLatin1Char(',')) || !QHostAddress(host).isNull()) {
        startConnect();
        return;
    }
    // libpq would call getaddrinfo() synchronously inside PQconnectStart: resolve here, hand it the address.
    setState(State::Resolving);
    m_lookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (m_state != State::Resolving)
            return;
        const QList<QHostAddress> addresses = info.addresses();
        if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
            fail(PgError(PgError::Kind::Network,
                         tr("could not translate host name \"%1\" to address: %2")
                                 .arg(info.hostName(), info.errorString())));
            return;
        }
        // Firewall rules are IPv4: prefer an IPv4 address so the rule the user adds is the one that applies.
        QHostAddress chosen = addresses.first();
        for (const QHostAddress &address : addresses) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                chosen = address;
                break;
            }
        }
        m_info.set("hostaddr", chosen.toString().toLatin1());
        startConnect();
    });
}

void PgConnection::startConnect()
{
    setState(State::Connecting);
    m_tlsSeen = false;
    qCInfo(lcSql) << "connecting to" << Redact::text(m_info.redacted());
    QList<const char *> keywords;
    QList<const char *> values;
    for (const auto &param : m_info.parameters()) {
        keywords.append(param.first.constData());
        values.append(param.second.constData());
    }
    keywords.append(nullptr);
    values.append(nullptr);
    m_conn = PQconnectStartParams(keywords.constData(), values.constData(), 0);
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD) {
        fail(PgError::fromConnectionMessage(m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)) : tr("out of memory")));
        return;
    }
    // Without a receiver libpq prints NOTICEs on stderr; they belong to the statement that caused them.
    PQsetNoticeReceiver(m_conn, &PgConnection::noticeReceiver, this);
    // libpq: "behave as if PQconnectPoll last returned PGRES_POLLING_WRITING".
    watch(false, true);
}

void PgConnection::pollConnect()
{
    const PostgresPollingStatusType status = PQconnectPoll(m_conn);
    // PQsslInUse() turns true when the handshake starts: it is complete once libpq has left SSL_STARTUP alive.
    if (!m_tlsSeen && status != PGRES_POLLING_FAILED && PQsslInUse(m_conn)
        && PQstatus(m_conn) != CONNECTION_SSL_STARTUP) {
        m_tlsSeen = true;
        emit tlsEstablished();
        if (!m_conn || m_state != State::Connecting) // a listener closed us
            return;
    }
    switch (status) {
    case PGRES_POLLING_READING:
        watch(true, false);
        return;
    case PGRES_POLLING_WRITING:
        watch(false, true);
        return;
    case PGRES_POLLING_OK:
        break;
    default:
        fail(PgError::fromConnectionMessage(QString::fromUtf8(PQerrorMessage(m_conn))));
        return;
    }
    m_connectTimer->stop();
    PQsetnonblocking(m_conn, 1);
    m_serverVersion = PQserverVersion(m_conn);
    qCInfo(lcSql) << "connected, server" << m_serverVersion << "TLS" << PQsslInUse(m_conn);
    watch(true, false);
    setState(State::Connected);
    emit connected();
    startNext();
}

void PgConnection::watch(bool read, bool write)
{
    // The socket may change during PQconnectPoll (another address, another attempt): follow it.
    const int fd = m_conn ? PQsocket(m_conn) : -1;
    if (fd != m_socket) {
        dropSocket();
        m_socket = fd;
        if (fd >= 0) {
            m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
            m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
            connect(m_readNotifier, &QSocketNotifier::activated, this, &PgConnection::onReadable);
            connect(m_writeNotifier, &QSocketNotifier::activated, this, &PgConnection::onWritable);
        }
    }
    if (m_readNotifier) {
        m_readNotifier->setEnabled(read);
        m_writeNotifier->setEnabled(write);
    }
}

void PgConnection::dropSocket()
{
    // Disabled before libpq closes the descriptor; deleted later because we may be inside their signal.
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = m_writeNotifier = nullptr;
    m_socket = -1;
}

void PgConnection::onReadable()
{
    if (m_state == State::Connecting) {
        pollConnect();
        return;
    }
    if (m_state != State::Connected)
        return;
    if (!PQconsumeInput(m_conn)) {
        fail(PgError::fromConnectionMessage(QString::fromUtf8(PQerrorMessage(m_conn))));
        return;
    }
    drainResults();
}

void PgConnection::onWritable()
{
    if (m_state == State::Connecting)
        pollConnect();
    else if (m_state == State::Connected)
        flush();
}

void PgConnection::flush()
{
    const int pending = PQflush(m_conn);
    if (pending < 0) {
        fail(PgError::fromConnectionMessage(QString::fromUtf8(PQerrorMessage(m_conn))));
        return;
    }
    watch(true, pending == 1);
}

void PgConnection::drainResults()
{
    while (m_conn && !PQisBusy(m_conn)) {
        PGresult *result = PQgetResult(m_conn);
        if (!result) {
            if (!m_current)
                break;
            PgQuery *done = m_current;
            m_current = nullptr;
            m_queryGuard->stop();
            finishQuery(done, m_currentError);
            startNext();
            return;
        }
        if (m_current)
            absorb(result);
        PQclear(result);
    }
    while (PGnotify *notify = m_conn ? PQnotifies(m_conn) : nullptr)
        PQfreemem(notify);
    if (m_conn && PQstatus(m_conn) == CONNECTION_BAD)
        fail(PgError::fromConnectionMessage(QString::fromUtf8(PQerrorMessage(m_conn))));
}

void PgConnection::startNext()
{
    if (m_current || m_state != State::Connected)
        return;
    while (!m_queue.isEmpty() && !m_current) {
        PgQuery *query = m_queue.dequeue();
        if (!query || query->m_finished)
            continue;
        m_current = query;
        m_currentError = {};
        const QByteArray sql = query->m_sql.toUtf8();
        int sent = 0;
        if (query->m_script) {
            sent = PQsendQuery(m_conn, sql.constData());
        } else {
            QList<QByteArray> storage;
            QList<const char *> values;
            for (const QString &param : std::as_const(query->m_params)) {
                storage.append(param.toUtf8());
                values.append(storage.constLast().constData());
            }
            sent = PQsendQueryParams(m_conn, sql.constData(), int(values.size()), nullptr, values.constData(), nullptr,
                                     nullptr, 0);
        }
        if (!sent) {
            const PgError error = PgError::fromConnectionMessage(QString::fromUtf8(PQerrorMessage(m_conn)));
            if (PQstatus(m_conn) == CONNECTION_BAD) {
                fail(error);
                return;
            }
            m_current = nullptr;
            finishQuery(query, PgError(PgError::Kind::Sql, error.serverMessage));
            continue;
        }
        if (m_options.statementTimeoutMs > 0)
            m_queryGuard->start(m_options.statementTimeoutMs + 5000);
        flush();
    }
}

void PgConnection::release()
{
    m_connectTimer->stop();
    m_queryGuard->stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    dropSocket();
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

void PgConnection::finishAll(const PgError &error)
{
    if (m_current)
        finishQuery(m_current, error);
    m_current = nullptr;
    while (!m_queue.isEmpty()) {
        if (PgQuery *query = m_queue.dequeue())
            finishQuery(query, error);
    }
}

void PgConnection::fail(const PgError &error)
{
    release();
    m_lastError = error;
    qCWarning(lcSql) << "connection failed:" << Redact::text(error.serverMessage);
    setState(State::Failed);
    finishAll(error);
    emit connectionFailed(error);
}

void PgConnection::close()
{
    release();
    finishAll(PgError(PgError::Kind::Cancelled, tr("the connection was closed")));
    setState(State::Disconnected);
}

void PgConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
