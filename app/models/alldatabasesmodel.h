#pragma once

#include "api/apierror.h"
#include "domain/database.h"
#include "domain/databasefeature.h"
#include "domain/databaseuser.h"
#include "domain/firewallrule.h"
#include "regionpacer.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>

class ApiClient;
class ApiReply;
class QTimer;

/// "Who can reach what": one row per database the account sees (both kinds, every region) with what a survey of it
/// found: firewall rules n / 30 (Dedicated Resources) or Internet accessibility (classic addons), users, users on MD5,
/// and whether this computer's public address is let in. Rows fill progressively through a queue paced per region
/// (RegionPacer: a share of the 60 requests/minute of each regional API) that cancel() stops. Figures are kept
/// (fetchedAt) and a refresh() only surveys again what is older than maxAge(); addon ids never change and are cached.
class AllDatabasesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AppColumn,
        RegionColumn,
        KindColumn,
        PlanColumn,
        AccessColumn, ///< rules n / 30, or Internet accessibility
        UsersColumn,
        Md5Column,
        TemporaryColumn, ///< temporary rules (an expiry in the label, RuleExpiry) and the nearest expiry
        ThisComputerColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum class State { Queued, Loading, Ready, Failed };
    enum class Reach { Unknown, Allowed, Blocked };

    struct Row
    {
        Database database;
        State state = State::Queued;
        QString error;
        QDateTime fetchedAt; ///< when the figures were read (invalid: never)
        QList<FirewallRule> rules; ///< Dedicated Resources
        bool internetAccessible = false; ///< classic addons: publicly-available is on
        QList<DatabaseUser> users;
        bool usersAvailable = true; ///< false when the plan refuses user management
        int temporaryRules = -1; ///< -1: not known yet, or a classic addon (no firewall rules)
        QDateTime nearestExpiry; ///< UTC, of the temporary rule that expires first

        /// Sets `rules` and the temporary rules' count and nearest expiry from them.
        void setRules(const QList<FirewallRule> &list);
        Reach reach = Reach::Unknown;
    };

    explicit AllDatabasesModel(ApiClient *client, QObject *parent = nullptr);
    ~AllDatabasesModel() override;

    /// The databases to show (the picker's list): new ones are added (and queued while running), gone ones removed.
    void setDatabases(const QList<Database> &databases);
    /// Queues every row whose figures are missing or older than maxAge() (all of them when \a force), and starts.
    void refresh(bool force = false);
    /// Marks the figures of \a databases as too old (they were just changed, e.g. by an offboarding): the next
    /// refresh() reads them again, with whatever else is stale; they stay on screen meanwhile.
    void markStale(const QList<Database> &databases);
    /// markStale(), then refresh().
    void refreshDatabases(const QList<Database> &databases);
    /// Stops the queue; running requests are dropped, rows keep their previous figures.
    void cancel();
    bool isRunning() const { return m_running; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    /// The oldest figures shown (invalid when none): the view says when they are a few minutes old.
    QDateTime oldestFigures() const;

    void setWhatIsMyIpUrl(const QUrl &url) { m_whatIsMyIpUrl = url; }
    QString myIp() const { return m_myIp; }
    void setMaxAge(int seconds) { m_maxAgeSeconds = seconds; }
    int maxAge() const { return m_maxAgeSeconds; }
    /// Share of each region's budget the survey may use (default 40 of the 60 requests/minute).
    void setRegionBudget(int perMinute) { m_pacer.setBudget(perMinute); }
    /// Databases surveyed at the same time in one region (default 4).
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    /// "region/id" -> addon id of Dedicated Resources databases (never changes; no secret).
    void setAddonCache(const QVariantMap &cache) { m_addonIds = cache; }
    QVariantMap addonCache() const { return m_addonIds; }

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const Database &db) const;
    /// Regional requests the survey reserved so far (its own estimate; the benchmark compares it with the minimum).
    int reservedRequests() const { return m_reserved; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Whether this computer (\a ipv4) gets in: a rule admitting it ⇒ Allowed; only managed ranges that might ⇒
    /// Unknown; else Blocked. Classic addons: Allowed when Internet accessibility is on (passwords still apply).
    static Reach reachOf(const Row &row, const QString &ipv4);
    /// A database's identity across regions (its id is unique only within its region).
    static QString keyOf(const Database &db) { return db.region + QLatin1Char('/') + db.id; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void pump();
    void survey(const QString &key);
    void finishRow(const QString &key, const Row &result);
    void emitRow(int row);
    void fetchMyIp();
    /// Regional requests one survey makes: the addon token, plus the addon lookup when its id is not known.
    int costOf(const Database &db) const;

    QPointer<ApiClient> m_client;
    QList<Row> m_rows;
    QStringList m_queue; // keys, in order
    QHash<QString, int> m_inFlight; // per region
    QList<QPointer<ApiReply>> m_replies;
    RegionPacer m_pacer;
    QTimer *m_timer;
    QVariantMap m_addonIds;
    QUrl m_whatIsMyIpUrl;
    QString m_myIp;
    quint64 m_generation = 0;
    int m_maxAgeSeconds = 300;
    int m_maxInFlight = 4;
    int m_done = 0;
    int m_total = 0;
    int m_reserved = 0;
    bool m_running = false;
    bool m_started = false; // a first refresh() happened: databases found later are read as they come
};
