#pragma once

#include "api/apierror.h"
#include "api/databaseref.h"
#include "domain/database.h"
#include "domain/databaseinfo.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class AccessCheck;
class AccessGlance;
class ApiReply;
class Clock;
class ExpirySweeper;
class LastSeenTracker;
class DatabaseFeaturesModel;
class DatabaseUsersModel;
class ExtensionsModel;
class FirewallRulesModel;
class ManagedRangesModel;

/// Everything Gatehouse shows about the selected database. open() resolves the database to its addon once, then
/// loads the info, connection URI, users, rules and managed ranges in parallel.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(ApiClient *client, QObject *parent = nullptr);
    ~DatabaseSession() override;

    /// `knownAddonId`: the database's addon id remembered from an earlier run (saves a round trip), or empty.
    void open(const Database &database, const QString &knownAddonId = QString());
    void close();
    /// Reloads every part of an open database.
    void refresh();

    bool isOpen() const { return !m_ref.addonId.isEmpty(); }
    bool isOpening() const { return m_opening; }
    const Database &database() const { return m_database; }
    const DatabaseRef &ref() const { return m_ref; }
    const DatabaseInfo &info() const { return m_info; }
    /// SCALINGO_POSTGRESQL_URL of the default (protected) user; a secret.
    QString connectionUri() const { return m_connectionUri; }

    FirewallRulesModel *rules() const { return m_rules; }
    DatabaseUsersModel *users() const { return m_users; }
    ManagedRangesModel *ranges() const { return m_ranges; }
    /// The database's extensions (SQL over its own connection, API list as a fallback); lists only when in use.
    ExtensionsModel *extensions() const { return m_extensions; }
    /// Force TLS and Internet accessibility of a classic addon (unbound for Dedicated Resources).
    DatabaseFeaturesModel *features() const { return m_features; }
    /// "Can I connect?" for this database (Overview, Internet Access, Extensions); its public IP marks the rules.
    AccessCheck *accessCheck() const { return m_accessCheck; }
    /// The Overview's "This computer:" answer from the moment the database opens (prediction, then the check's).
    AccessGlance *accessGlance() const { return m_accessGlance; }
    /// Deletes expired temporary rules of every database opened in this run.
    ExpirySweeper *sweeper() const { return m_sweeper; }
    /// Rows added or removed by someone else since this database was last opened here.
    LastSeenTracker *lastSeen() const { return m_lastSeen; }
    /// The time expiry and "since you last looked" read (tests move a TestClock).
    void setClock(Clock *clock);

signals:
    void opened();
    void openFailed(const ApiError &error);
    void infoChanged();
    void infoFailed(const ApiError &error);
    void connectionUriChanged();

private:
    void loadDetails();

    QPointer<ApiClient> m_client;
    Database m_database;
    DatabaseRef m_ref;
    DatabaseInfo m_info;
    QString m_connectionUri;
    FirewallRulesModel *m_rules;
    DatabaseUsersModel *m_users;
    ManagedRangesModel *m_ranges;
    ExtensionsModel *m_extensions;
    DatabaseFeaturesModel *m_features;
    AccessCheck *m_accessCheck;
    AccessGlance *m_accessGlance = nullptr;
    ExpirySweeper *m_sweeper;
    LastSeenTracker *m_lastSeen;
    quint64 m_generation = 0;
    bool m_opening = false;
};
