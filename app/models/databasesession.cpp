#include "databasesession.h"

#include "accesscheck.h"
#include "accessglance.h"
#include "api/apiclient.h"
#include "api/apireply.h"
#include "common/clock.h"
#include "databasefeaturesmodel.h"
#include "databaseusersmodel.h"
#include "expirysweeper.h"
#include "extensionsmodel.h"
#include "firewallrulesmodel.h"
#include "lastseentracker.h"
#include "managedrangesmodel.h"

DatabaseSession::DatabaseSession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rules(new FirewallRulesModel(this))
    , m_users(new DatabaseUsersModel(this))
    , m_ranges(new ManagedRangesModel(this))
    , m_extensions(new ExtensionsModel(this))
    , m_features(new DatabaseFeaturesModel(this))
    , m_accessCheck(new AccessCheck(client, this))
    , m_sweeper(new ExpirySweeper(client, this))
    , m_lastSeen(new LastSeenTracker(m_rules, m_users, this))
{
    connect(m_ranges, &ManagedRangesModel::loaded, this, [this] { m_rules->setRangeNames(m_ranges->names()); });
    m_accessCheck->setSession(this);
    connect(m_accessCheck, &AccessCheck::publicIpChanged, m_rules, &FirewallRulesModel::setThisComputerAddress);
    m_sweeper->setModel(m_rules);
    m_lastSeen->setSweeper(m_sweeper);
    m_accessGlance = new AccessGlance(client, this, this);
}

void DatabaseSession::setClock(Clock *clock)
{
    m_rules->setClock(clock);
    m_sweeper->setClock(clock);
    m_lastSeen->setClock(clock);
}

DatabaseSession::~DatabaseSession() = default;

void DatabaseSession::open(const Database &database, const QString &knownAddonId)
{
    close();
    m_database = database;
    m_opening = true;
    const quint64 generation = ++m_generation;
    ApiReply *reply = m_client->resolveDatabase(database, knownAddonId);
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return; // another database was selected meanwhile
        m_opening = false;
        if (!reply->isSuccess()) {
            if (reply->error().kind() != ApiError::Kind::Cancelled)
                emit openFailed(reply->error());
            return;
        }
        m_ref = reply->value<DatabaseRef>();
        m_users->bind(m_client, m_ref);
        // A classic addon has no firewall (its exposure is two database features): nothing to load there.
        if (!m_database.isAddon()) {
            m_rules->bind(m_client, m_ref);
            m_ranges->bind(m_client, m_ref);
        }
        m_extensions->bind(m_client, m_ref);
        m_lastSeen->begin(QStringLiteral("%1/%2").arg(m_database.region, m_database.id), !m_database.isAddon());
        emit opened();
        if (m_database.isAddon())
            m_features->bind(m_client, m_ref); // loads at once
        refresh();
    });
}

void DatabaseSession::close()
{
    ++m_generation;
    m_opening = false;
    m_lastSeen->end();
    m_ref = {};
    m_info = {};
    m_connectionUri.clear();
    m_rules->bind(nullptr, {});
    m_users->bind(nullptr, {});
    m_ranges->bind(nullptr, {});
    m_features->bind(nullptr, {});
    m_extensions->bind(nullptr, {});
    m_extensions->setConnectionUri(QString());
    m_accessCheck->reset(); // its verdict was about the previous database
    emit infoChanged();
    emit connectionUriChanged();
}

void DatabaseSession::refresh()
{
    if (!isOpen())
        return;
    // Independent requests: the client runs them in parallel behind one cached addon token.
    loadDetails();
    m_users->reload();
    if (!m_database.isAddon()) {
        m_rules->reload();
        m_ranges->reload();
    }
}

void DatabaseSession::loadDetails()
{
    const quint64 generation = m_generation;
    ApiReply *info = m_client->databaseInfo(m_ref);
    connect(info, &ApiReply::finished, this, [this, info, generation] {
        if (generation != m_generation)
            return;
        if (info->isSuccess()) {
            m_info = info->value<DatabaseInfo>();
            emit infoChanged();
        } else if (info->error().kind() != ApiError::Kind::Cancelled) {
            emit infoFailed(info->error());
        }
    });
    ApiReply *uri = m_client->connectionUri(m_ref);
    connect(uri, &ApiReply::finished, this, [this, uri, generation] {
        if (generation != m_generation || !uri->isSuccess())
            return;
        m_connectionUri = uri->value<QString>();
        m_extensions->setConnectionUri(m_connectionUri);
        emit connectionUriChanged();
    });
}
