#include "accessglance.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "databasefeaturesmodel.h"
#include "databasesession.h"
#include "firewallrulesmodel.h"

AccessGlance::AccessGlance(ApiClient *client, DatabaseSession *session, QObject *parent)
    : QObject(parent), m_client(client), m_session(session)
{
    connect(session, &DatabaseSession::opened, this, &AccessGlance::onOpened);
    connect(session, &DatabaseSession::infoChanged, this, &AccessGlance::update); // also emitted by close()
    FirewallRulesModel *rules = session->rules();
    // A rule added or removed after a check makes its answer stale: the prediction speaks again.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(rules, signal, this, [this] {
            m_checkStale = true;
            update();
        });
    connect(rules, &QAbstractItemModel::modelReset, this, [this] {
        m_checkStale = true;
        update();
    });
    connect(rules, &QAbstractItemModel::dataChanged, this, &AccessGlance::update);
    connect(rules, &ResourceModel::stateChanged, this, &AccessGlance::update);
    connect(session->features(), &DatabaseFeaturesModel::changed, this, &AccessGlance::update);
    AccessCheck *check = session->accessCheck();
    connect(check, &AccessCheck::started, this, [this] {
        m_checkStale = false;
        update();
    });
    connect(check, &AccessCheck::finished, this, &AccessGlance::update);
    connect(check, &AccessCheck::publicIpChanged, this, [this](const QString &ip) {
        m_publicIp = ip;
        m_ipError.clear();
        update();
    });
}

void AccessGlance::onOpened()
{
    m_ipError.clear();
    lookUpPublicIp(); // the network may have changed since the last database was opened
    update();
}

void AccessGlance::lookUpPublicIp()
{
    if (m_reply)
        m_reply->cancel();
    m_reply = nullptr;
    const QUrl url = m_session->accessCheck()->whatIsMyIpUrl();
    if (!m_client || !url.isValid()) {
        m_ipError = tr("no address service is configured");
        return;
    }
    // A classic addon's exposure does not depend on the address, but its rules table does not exist either: the
    // address is still worth knowing for the Dedicated Resources opened next.
    ApiReply *reply = m_client->whatIsMyIp(url);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply != m_reply)
            return; // a newer lookup replaced this one
        m_reply = nullptr;
        if (reply->isSuccess()) {
            m_publicIp = reply->value<QString>();
            m_ipError.clear();
            if (m_session)
                m_session->rules()->setThisComputerAddress(m_publicIp);
        } else if (reply->error().kind() != ApiError::Kind::Cancelled) {
            m_ipError = reply->error().message();
        }
        update();
    });
}

void AccessGlance::set(Verdict verdict, const QString &text, AccessCheck::Fix fix)
{
    if (verdict == m_verdict && text == m_text && fix == m_fix)
        return;
    m_verdict = verdict;
    m_text = text;
    m_fix = fix;
    emit changed();
}

void AccessGlance::update()
{
    using Fix = AccessCheck::Fix;
    if (!m_session || !m_session->isOpen()) {
        set(Verdict::Unknown, QString());
        return;
    }
    AccessCheck *check = m_session->accessCheck();
    // A real check (a login was tried) says more than the prediction.
    if (check->isRunning()) {
        set(Verdict::Checking, tr("checking…"));
        return;
    }
    if (!m_checkStale && check->verdict() == AccessCheck::Verdict::CanConnect) {
        set(Verdict::CanConnect, check->summary());
        return;
    }
    if (!m_checkStale && check->verdict() == AccessCheck::Verdict::Blocked) {
        Fix fix = Fix::None;
        for (AccessCheck::Step step :
             {AccessCheck::RulesStep, AccessCheck::TcpStep, AccessCheck::TlsStep, AccessCheck::LoginStep}) {
            if (check->state(step) == AccessCheck::State::Failed && fix == Fix::None)
                fix = check->fix(step);
        }
        set(Verdict::Blocked, check->summary(), fix);
        return;
    }
    if (m_session->database().isAddon()) {
        DatabaseFeaturesModel *features = m_session->features();
        const DatabaseFeature internet = features->internetAccessibility();
        if (!features->isLoaded())
            set(Verdict::Checking, tr("checking…"));
        else if (internet.isOn())
            set(Verdict::Allowed, tr("allowed: Internet accessibility is on (any address, over TLS only)"));
        else if (internet.isPending())
            set(Verdict::Checking, tr("Internet accessibility is being turned on…"));
        else
            set(Verdict::Blocked, tr("blocked: Internet accessibility is off, only Scalingo apps can connect"),
                Fix::EnableInternetAccessibility);
        return;
    }
    FirewallRulesModel *rules = m_session->rules();
    if (m_publicIp.isEmpty() && !m_ipError.isEmpty()) {
        set(Verdict::Unknown, tr("not known: this computer's public address could not be found (%1)").arg(m_ipError));
        return;
    }
    if (m_publicIp.isEmpty() || !rules->hasData()) {
        set(Verdict::Checking, tr("checking…"));
        return;
    }
    QStringList admitting;
    bool managed = false;
    for (const FirewallRule &rule : rules->rules()) {
        if (FirewallRulesModel::admission(rule, m_publicIp) == FirewallRulesModel::Admission::Yes)
            admitting.append(rule.cidr);
        managed = managed || rule.type == FirewallRule::Type::Managed;
    }
    if (!admitting.isEmpty())
        set(Verdict::Allowed,
            tr("allowed by %n rule(s): %1", nullptr, int(admitting.size())).arg(admitting.join(QStringLiteral(", "))));
    else if (managed)
        set(Verdict::Blocked,
            tr("blocked: no custom rule admits %1 (managed ranges admit Scalingo's own addresses only)")
                    .arg(m_publicIp),
            Fix::AllowMyIp);
    else
        set(Verdict::Blocked, tr("blocked: no firewall rule admits this computer (%1)").arg(m_publicIp),
            Fix::AllowMyIp);
}
