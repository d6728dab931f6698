#pragma once

#include "pg/pgerror.h"

#include <QAbstractListModel>
#include <QAbstractSocket>
#include <QHostAddress>
#include <QPointer>
#include <QUrl>

#include <array>
#include <memory>

class ApiClient;
class ApiReply;
class DatabaseSession;
class PgConnection;
class QTcpSocket;
class QTemporaryFile;
class QTimer;

/// "Can I connect?": five real steps run one after the other, each with a state, a plain-language message and the
/// fix to offer. (1) this computer's public IPv4, (2) the rule(s) admitting it (custom CIDRs by containment; for a
/// classic addon, Internet accessibility), (3) a TCP connection to the endpoint, (4) the TLS handshake, verified
/// with the region's CA when it can be fetched, (5) a PostgreSQL login. Steps 4 and 5 share one libpq (async)
/// connection attempt: PgConnection::tlsEstablished() splits them. Nothing blocks; cancel() stops whatever runs.
/// The password typed for step 5 is used for this run only: it is never stored, logged or kept afterwards.
class AccessCheck : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Step { PublicIpStep, RulesStep, TcpStep, TlsStep, LoginStep, StepCount };
    Q_ENUM(Step)
    enum class State { Pending, Running, Ok, Failed, Skipped };
    Q_ENUM(State)
    /// What the person can do about a failed step (the UI shows it as a button).
    enum class Fix { None, AllowMyIp, EnableInternetAccessibility, ResetPassword, ChooseUser, Retry };
    Q_ENUM(Fix)
    /// One-line answer for the Overview.
    enum class Verdict { Unknown, CanConnect, Blocked };
    Q_ENUM(Verdict)
    enum Role { StateRole = Qt::UserRole + 100, MessageRole, FixRole };

    struct Outcome
    {
        State state = State::Ok;
        Fix fix = Fix::None;
        QString message;
    };

    explicit AccessCheck(ApiClient *client, QObject *parent = nullptr);
    ~AccessCheck() override;

    /// Rules, features, users, region and connection URI come from the session (read when a run starts).
    void setSession(DatabaseSession *session);
    void setWhatIsMyIpUrl(const QUrl &url) { m_whatIsMyIpUrl = url; }
    QUrl whatIsMyIpUrl() const { return m_whatIsMyIpUrl; }
    /// Replaces the session's connection URI (tests: a closed port).
    void setConnectionUriOverride(const QString &uri) { m_uriOverride = uri; }
    /// TCP connect and libpq connect timeouts (tests use short ones).
    void setTimeouts(int tcpMs, int pgMs);

    /// Runs every step. \a user empty: the default user of the connection URI with its known password.
    void start(const QString &user = QString(), const QString &password = QString());
    /// Runs step 5 alone ("Test login" on the Users page); the other steps show Skipped.
    void startLoginOnly(const QString &user, const QString &password);
    void cancel();
    /// Cancels and forgets the last run (another database is opened).
    void reset();
    bool isRunning() const { return m_running; }
    bool hasRun() const { return m_hasRun; }

    State state(Step step) const { return m_steps[step].state; }
    QString message(Step step) const { return m_steps[step].message; }
    Fix fix(Step step) const { return m_steps[step].fix; }
    static QString title(Step step);
    QString publicIp() const { return m_publicIp; }
    QString checkedUser() const { return m_user; }
    Verdict verdict() const;
    /// "can connect" / "blocked: why", for the Overview.
    QString summary() const;

    // Pure classification, unit-tested.
    static Outcome tcpOutcome(QAbstractSocket::SocketError error, const QString &host, int port,
                              const QString &errorString);
    static Outcome tcpTimeoutOutcome(int seconds, bool rulesAdmit);
    /// A failure before the TLS handshake completed: certificate, host name, server without TLS...
    static Outcome tlsOutcome(const PgError &error);
    /// A failure after TLS: SQLSTATE when known (28P01, 28000, 53300...), else libpq's text.
    static Outcome loginOutcome(const PgError &error, const QString &user, bool userListed);
    /// The "what is my IP" request failed: is the network IPv6-only (global IPv6, no global IPv4)?
    static bool looksIpv6Only(const QList<QHostAddress> &localAddresses);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void stepChanged(AccessCheck::Step step);
    void started();
    void finished();
    void publicIpChanged(const QString &ipv4);

protected:
    bool event(QEvent *event) override; // LanguageChange: titles follow

private:
    struct StepResult
    {
        State state = State::Pending;
        Fix fix = Fix::None;
        QString message;
    };
    void begin(bool loginOnly);
    void set(Step step, State state, const QString &message = QString(), Fix fix = Fix::None);
    void set(Step step, const Outcome &outcome) { set(step, outcome.state, outcome.message, outcome.fix); }
    void runPublicIp();
    void runRules();
    void runTcp();
    void runTls();
    void connectPg();
    void onPgFailed(const PgError &error);
    void finish();
    void cleanup();
    QString connectionUri() const;

    QPointer<ApiClient> m_client;
    QPointer<DatabaseSession> m_session;
    QUrl m_whatIsMyIpUrl;
    QString m_uriOverride;
    int m_tcpTimeoutMs = 10000;
    int m_pgTimeoutMs = 15000;
    std::array<StepResult, StepCount> m_steps;
    QString m_publicIp;
    QString m_user;
    QString m_password; ///< only while a run needs it
    bool m_userListed = true;
    bool m_loginOnly = false;
    bool m_running = false;
    bool m_hasRun = false;
    bool m_tlsSeen = false;
    bool m_verified = false;
    quint64 m_generation = 0;
    QPointer<ApiReply> m_reply;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_tcpTimer;
    PgConnection *m_pg = nullptr;
    std::unique_ptr<QTemporaryFile> m_caFile;
};
