#pragma once

#include "pgconninfo.h"
#include "pgerror.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QStringList>
#include <QVariant>

struct pg_conn; // libpq's PGconn, kept out of the headers on purpose
class QSocketNotifier;
class QTimer;

/// The rows of one statement, as text (libpq's text format). A NULL is an invalid QVariant.
struct PgResult
{
    QStringList columns;
    QList<QVariantList> rows;
    QString commandTag; ///< e.g. "CREATE EXTENSION"

    int rowCount() const { return int(rows.size()); }
    QVariant value(int row, const QString &column) const;
};

/// One statement queued on a PgConnection. Owned by the connection and deleted after finished(), like ApiReply.
class PgQuery : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    const PgError &error() const { return m_error; }
    /// The last result set of the statement (a script's last statement).
    const PgResult &result() const { return m_result; }
    /// NOTICEs the server sent while running it (e.g. "drop cascades to column body of table notes").
    const QStringList &notices() const { return m_notices; }

    /// Removes a queued statement, or asks the server to cancel a running one (finishes with Kind::Cancelled).
    void cancel();

signals:
    void finished();

private:
    friend class PgConnection;
    explicit PgQuery(QObject *parent) : QObject(parent) { }

    QString m_sql;
    QStringList m_params;
    bool m_script = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    PgError m_error;
    PgResult m_result;
    QStringList m_notices;
};

/// One asynchronous libpq connection driven by the Qt event loop: PQconnectStartParams/PQconnectPoll and
/// PQsendQuery*/PQconsumeInput/PQgetResult behind QSocketNotifiers, so the calling thread never blocks (DNS goes
/// through QHostInfo, the cancel request through a short-lived thread). Statements run one at a time, in order;
/// the connection opens on the first statement and stays open for the next ones.
class PgConnection : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State { Disconnected, Resolving, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit PgConnection(QObject *parent = nullptr);
    ~PgConnection() override;

    /// A new URI closes the current connection (queued statements fail with Kind::Cancelled).
    void setConnectionUri(const QString &uri);
    bool hasConnectionUri() const { return !m_uri.isEmpty(); }
    void setOptions(const PgOptions &options);
    const PgOptions &options() const { return m_options; }

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    /// Why the last connection attempt failed (Kind::None after a success).
    PgError lastError() const { return m_lastError; }
    /// server_version_num, once connected.
    int serverVersion() const { return m_serverVersion; }
    /// "user@host:port/db (sslmode=…)", safe to show.
    QString describe() const;

    /// Queues one statement with $1, $2… parameters (sent separately from the text: no quoting needed).
    PgQuery *exec(const QString &sql, const QStringList &params = {});
    /// Queues several `;`-separated statements run as one implicit transaction (no parameters). Only for text
    /// built from quoted identifiers, never from raw input.
    PgQuery *execScript(const QString &sql);
    int queuedCount() const { return int(m_queue.size()) + (m_current ? 1 : 0); }

    /// Safe SQL identifier: "name" with embedded quotes doubled (the same rule as PQescapeIdentifier).
    static QString quoteIdentifier(const QString &name);

public slots:
    /// Starts connecting if not connected yet; statements do it on their own.
    void open();
    /// Closes the connection; queued and running statements finish with Kind::Cancelled.
    void close();

signals:
    void stateChanged(PgConnection::State state);
    void connected();
    /// The TLS handshake completed during a connection attempt (before authentication): the access check tells a
    /// certificate problem from a login one with it.
    void tlsEstablished();
    void connectionFailed(const PgError &error);

private:
    friend class PgQuery;
    void setState(State state);
    PgQuery *enqueue(const QString &sql, const QStringList &params, bool script);
    void startConnect();
    void pollConnect();
    void onReadable();
    void onWritable();
    void drainResults();
    void startNext();
    void flush();
    void watch(bool read, bool write);
    void dropSocket();
    /// Stops the timers and any host lookup, and closes the socket and libpq connection (no signal).
    void release();
    /// Finishes the running and every queued statement with `error`.
    void finishAll(const PgError &error);
    void fail(const PgError &error);
    void finishQuery(PgQuery *query, const PgError &error = {});
    void absorb(struct pg_result *result);
    static void noticeReceiver(void *self, const struct pg_result *notice);
    void cancelQuery(PgQuery *query);

    QString m_uri;
    PgOptions m_options;
    PgConnInfo m_info;
    pg_conn *m_conn = nullptr;
    int m_socket = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_connectTimer;
    QTimer *m_queryGuard;
    State m_state = State::Disconnected;
    PgError m_lastError;
    int m_serverVersion = 0;
    int m_lookupId = -1;
    bool m_tlsSeen = false;
    QQueue<QPointer<PgQuery>> m_queue;
    QPointer<PgQuery> m_current;
    PgError m_currentError;
};
