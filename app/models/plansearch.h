#pragma once

#include "api/databaseref.h"
#include "domain/database.h"
#include "domain/databaseuser.h"
#include "domain/firewallrule.h"
#include "regionpacer.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class ApiClient;
class ApiReply;
class QTimer;

/// Reads, from each of many databases, what a cross-database operation needs to plan it ("Offboard a person",
/// "Copy rules"): the database's address (resolve), its firewall rules (Dedicated Resources), its users, and
/// optionally the managed ranges its region offers. Always fresh (a plan must not rest on old figures), paced per
/// region like the All databases survey (RegionPacer, a share of each regional API's 60 requests/minute; a 429 puts
/// the database back in the queue after the wait asked for), cancellable. Results arrive one database at a time.
class PlanSearch : public QObject
{
    Q_OBJECT

public:
    enum Need { Rules = 0x1, Users = 0x2, Ranges = 0x4 };
    Q_DECLARE_FLAGS(Needs, Need)

    struct Found
    {
        Database database;
        DatabaseRef ref;
        bool ok = false;
        QString error; ///< why the database could not be read (translated)
        QList<FirewallRule> rules;
        bool rulesAvailable = false; ///< classic addons have no firewall rules
        QList<DatabaseUser> users;
        bool usersAvailable = false; ///< false when the plan refuses user management
        std::optional<QStringList> rangeIds; ///< managed ranges of the region, when asked and read
    };

    explicit PlanSearch(ApiClient *client, QObject *parent = nullptr);
    ~PlanSearch() override;

    /// Reads \a databases (what \a needs says); a search already running is cancelled first.
    void start(const QList<Database> &databases, Needs needs);
    void cancel();
    bool isRunning() const { return m_running; }
    int done() const { return int(m_results.size()); }
    int total() const { return m_total; }
    const QList<Found> &results() const { return m_results; }

    /// Share of each region's budget the search may use (default 40 of the 60 requests/minute).
    void setRegionBudget(int perMinute) { m_pacer.setBudget(perMinute); }
    /// "region/id" -> addon id of Dedicated Resources databases (AllDatabasesModel::addonCache()).
    void setAddonCache(const QVariantMap &cache) { m_addonIds = cache; }

signals:
    void found(const PlanSearch::Found &result);
    void progress(int done, int total);
    void finished();

private:
    static QString keyOf(const Database &db) { return db.region + QLatin1Char('/') + db.id; }
    void pump();
    void read(const Database &db);
    void finishOne(const Found &result);

    QPointer<ApiClient> m_client;
    QList<Database> m_queue;
    QList<Found> m_results;
    QHash<QString, int> m_inFlight; // per region
    QList<QPointer<ApiReply>> m_replies;
    RegionPacer m_pacer;
    QTimer *m_timer;
    QVariantMap m_addonIds;
    Needs m_needs;
    quint64 m_generation = 0;
    int m_total = 0;
    int m_maxInFlight = 4;
    bool m_running = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PlanSearch::Needs)
Q_DECLARE_METATYPE(PlanSearch::Found)
