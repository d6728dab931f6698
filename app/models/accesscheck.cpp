#include "accesscheck.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "common/logging.h"
#include "databasefeaturesmodel.h"
#include "databasesession.h"
#include "databaseusersmodel.h"
#include "domain/connectionuri.h"
#include "firewallrulesmodel.h"
#include "pg/pgconnection.h"

#include <QEvent>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTimer>

AccessCheck::AccessCheck(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent), m_client(client), m_tcpTimer(new QTimer(this))
{
    m_tcpTimer->setSingleShot(true);
}

AccessCheck::~AccessCheck()
{
    ++m_generation;
    m_password.fill(QLatin1Char('\0'));
}

void AccessCheck::setSession(DatabaseSession *session)
{
    m_session = session;
}

void AccessCheck::setTimeouts(int tcpMs, int pgMs)
{
    m_tcpTimeoutMs = tcpMs;
    m_pgTimeoutMs = pgMs;
}

QString AccessCheck::title(Step step)
{
    switch (step) {
    case PublicIpStep:
        return tr("This computer's public address");
    case RulesStep:
        return tr("Firewall rule for this computer");
    case TcpStep:
        return tr("Connection to the database server");
    case TlsStep:
        return tr("Secure connection (TLS)");
    case LoginStep:
        return tr("Login to PostgreSQL");
    case StepCount:
        break;
    }
    return {};
}

QString AccessCheck::connectionUri() const
{
    if (!m_uriOverride.isEmpty())
        return m_uriOverride;
    return m_session ? m_session->connectionUri() : QString();
}

void AccessCheck::start(const QString &user, const QString &password)
{
    const auto base = ConnectionUri::parse(connectionUri());
    m_user = user.isEmpty() && base ? base->user() : user;
    m_password = user.isEmpty() && base ? base->password() : password;
    begin(false);
}

void AccessCheck::startLoginOnly(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    begin(true);
}

void AccessCheck::begin(bool loginOnly)
{
    cleanup();
    ++m_generation;
    m_loginOnly = loginOnly;
    m_running = true;
    m_tlsSeen = false;
    m_verified = false;
    m_caFile.reset();
    m_userListed = !m_session || !m_session->users()->hasData() || m_session->users()->contains(m_user);
    for (int step = 0; step < StepCount; ++step)
        m_steps[step] = StepResult();
    emit dataChanged(index(0), index(StepCount - 1));
    emit started();
    if (loginOnly) {
        for (Step step : {PublicIpStep, RulesStep, TcpStep, TlsStep})
            set(step, State::Skipped, tr("Not part of this test."));
        connectPg();
    } else {
        runPublicIp();
    }
}

void AccessCheck::cancel()
{
    if (!m_running)
        return;
    cleanup();
    for (int step = 0; step < StepCount; ++step) {
        if (m_steps[step].state == State::Running || m_steps[step].state == State::Pending)
            set(Step(step), State::Skipped, tr("Cancelled."));
    }
    finish();
}

void AccessCheck::reset()
{
    cleanup();
    m_running = false;
    m_hasRun = false;
    m_password.clear();
    for (int step = 0; step < StepCount; ++step)
        m_steps[step] = StepResult();
    emit dataChanged(index(0), index(StepCount - 1));
    emit finished();
}

void AccessCheck::cleanup()
{
    ++m_generation; // late answers of the previous run are ignored
    if (m_reply)
        m_reply->cancel();
    m_reply = nullptr;
    m_tcpTimer->stop();
    m_tcpTimer->disconnect();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_pg) {
        m_pg->disconnect(this);
        m_pg->close();
        m_pg->deleteLater(); // holds the URI with the password: gone with it
        m_pg = nullptr;
    }
}

void AccessCheck::finish()
{
    cleanup();
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
    m_running = false;
    m_hasRun = true;
    emit finished();
}

void AccessCheck::set(Step step, State state, const QString &message, Fix fix)
{
    m_steps[step] = {state, fix, message};
    emit dataChanged(index(step), index(step));
    emit stepChanged(step);
}

// --- 1: public IPv4 ------------------------------------------------------------------------------------------------

void AccessCheck::runPublicIp()
{
    set(PublicIpStep, State::Running, tr("Asking a public service which address this computer comes from…"));
    if (!m_client || !m_whatIsMyIpUrl.isValid()) {
        set(PublicIpStep, State::Skipped, tr("No address service is configured."));
        runRules();
        return;
    }
    const quint64 generation = m_generation;
    m_reply = m_client->whatIsMyIp(m_whatIsMyIpUrl);
    connect(m_reply, &ApiReply::finished, this, [this, reply = m_reply.data(), generation] {
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        if (reply->isSuccess()) {
            m_publicIp = reply->value<QString>();
            set(PublicIpStep, State::Ok, tr("This computer reaches the Internet as %1.").arg(m_publicIp));
            emit publicIpChanged(m_publicIp);
        } else if (looksIpv6Only(QNetworkInterface::allAddresses())) {
            set(PublicIpStep, State::Failed,
                tr("This network seems to reach the Internet over IPv6 only. Scalingo's firewall rules accept IPv4 "
                   "addresses only: connect from a network with IPv4 (or through a VPN that has one), then check "
                   "again."));
        } else {
            set(PublicIpStep, State::Failed,
                tr("This computer's public IPv4 address could not be found: %1").arg(reply->error().message()),
                Fix::Retry);
        }
        runRules();
    });
}

bool AccessCheck::looksIpv6Only(const QList<QHostAddress> &localAddresses)
{
    bool globalV4 = false;
    bool globalV6 = false;
    for (const QHostAddress &address : localAddresses) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            globalV4 = true;
        else if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isGlobal()
                 && !address.isUniqueLocalUnicast())
            globalV6 = true;
    }
    return globalV6 && !globalV4;
}

// --- 2: rules -------------------------------------------------------------------------------------------------------

void AccessCheck::runRules()
{
    set(RulesStep, State::Running);
    if (!m_session || !m_session->isOpen()) {
        set(RulesStep, State::Skipped, tr("No database is open."));
    } else if (m_session->database().isAddon()) {
        const DatabaseFeature internet = m_session->features()->internetAccessibility();
        if (!m_session->features()->isLoaded())
            set(RulesStep, State::Skipped, tr("The Internet accessibility setting is not known yet."));
        else if (internet.isOn())
            set(RulesStep, State::Ok, tr("Internet accessibility is on: any address may connect, over TLS only."));
        else
            set(RulesStep, State::Failed,
                internet.isPending() ? tr("Internet accessibility is being turned on: wait a moment, then check again.")
                                     : tr("Internet accessibility is off: only Scalingo apps can reach this database."),
                Fix::EnableInternetAccessibility);
    } else if (m_publicIp.isEmpty()) {
        set(RulesStep, State::Skipped, tr("Without this computer's address, the rules cannot be compared."));
    } else if (!m_session->rules()->hasData()) {
        set(RulesStep, State::Skipped, tr("The firewall rules are not loaded."));
    } else {
        FirewallRulesModel *rules = m_session->rules();
        QStringList targets;
        bool managed = false;
        for (const FirewallRule &rule : rules->rules()) {
            if (FirewallRulesModel::admission(rule, m_publicIp) == FirewallRulesModel::Admission::Yes)
                targets.append(rule.label.isEmpty() ? rule.cidr : tr("%1 (%2)").arg(rule.cidr, rule.label));
            managed = managed || rule.type == FirewallRule::Type::Managed;
        }
        if (!targets.isEmpty())
            set(RulesStep, State::Ok,
                tr("Admitted by %n rule(s): %1.", nullptr, int(targets.size()))
                        .arg(targets.join(QStringLiteral(", "))));
        else
            set(RulesStep, State::Failed,
                managed ? tr("No custom rule contains %1 (a managed range admits Scalingo's own addresses only).")
                                  .arg(m_publicIp)
                        : tr("No rule contains %1: the database refuses this computer.").arg(m_publicIp),
                Fix::AllowMyIp);
    }
    runTcp(); // the rules only predict: the next steps try for real
}

AccessCheck::Verdict AccessCheck::verdict() const
{
    if (!m_hasRun || m_running || m_loginOnly)
        return Verdict::Unknown;
    if (m_steps[LoginStep].state == State::Ok)
        return Verdict::CanConnect;
    for (Step step : {TcpStep, TlsStep, LoginStep}) {
        if (m_steps[step].state == State::Failed)
            return Verdict::Blocked;
    }
    return Verdict::Unknown;
}

QString AccessCheck::summary() const
{
    switch (verdict()) {
    case Verdict::CanConnect:
        return tr("can connect (checked as %1)").arg(m_user);
    case Verdict::Blocked:
        for (Step step : {TcpStep, TlsStep, LoginStep, RulesStep}) {
            if (m_steps[step].state == State::Failed)
                return tr("blocked: %1").arg(m_steps[step].message);
        }
        break;
    case Verdict::Unknown:
        break;
    }
    return m_running ? tr("checking…") : tr("not checked yet");
}

int AccessCheck::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : StepCount;
}

QVariant AccessCheck::data(const QModelIndex &index, int role) const
{
    // Views ask for the invalid index (no current item): an answer, not a misuse.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StepResult &result = m_steps[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return title(Step(index.row()));
    case Qt::ToolTipRole:
    case MessageRole:
        return result.message;
    case StateRole:
        return QVariant::fromValue(result.state);
    case FixRole:
        return QVariant::fromValue(result.fix);
    }
    return {};
}

QHash<int, QByteArray> AccessCheck::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(MessageRole, "message");
    names.insert(FixRole, "fix");
    return names;
}

bool AccessCheck::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        emit dataChanged(index(0), index(StepCount - 1), {Qt::DisplayRole});
    return QAbstractListModel::event(event);
}
