#pragma once

#include "api/apierror.h"
#include "api/databaseref.h"
#include "domain/firewallrule.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class Clock;
class FirewallRulesModel;
class QTimer;

/// Deletes temporary firewall rules (RuleExpiry labels) when they expire, for every database opened in this running
/// Gatehouse, and at once the already-expired ones of a database being opened (catch-up: nobody was running when
/// they expired). Before deleting, it lists the rules again, so a rule someone extended meanwhile is kept. Deletions
/// of the open database go through its FirewallRulesModel (the table follows); others through the client. Every
/// outcome is a signal: a failed deletion is retried with a growing delay and reported each time, never silent.
/// Time comes from a Clock, so tests move it instead of sleeping.
class ExpirySweeper : public QObject
{
    Q_OBJECT

public:
    explicit ExpirySweeper(ApiClient *client, QObject *parent = nullptr);
    ~ExpirySweeper() override;

    void setClock(Clock *clock);
    /// The open database's rules: each list it loads is tracked and its expired rules are deleted through it.
    void setModel(FirewallRulesModel *model);
    /// Delays between attempts after a failure, in milliseconds; the last one repeats. Tests shorten them.
    void setRetryDelays(const QList<int> &msecs) { m_retryDelays = msecs; }
    QList<int> retryDelays() const { return m_retryDelays; }

    /// The earliest expiry among the tracked rules (invalid when none).
    QDateTime nextExpiry() const;
    /// Databases whose temporary rules are watched.
    int trackedDatabaseCount() const { return int(m_tracked.size()); }
    /// Stops watching every database (signing out).
    void forgetAll();

public slots:
    /// Deletes every due rule now (normally the timer calls this at the next expiry).
    void sweep();

signals:
    /// \a rule expired and is about to be deleted (the change history attaches the reason to that deletion).
    void removingExpiredRule(const DatabaseRef &database, const FirewallRule &rule);
    /// \a rule expired and Gatehouse deleted it.
    void expiredRuleRemoved(const DatabaseRef &database, const FirewallRule &rule);
    /// Deleting the expired \a rule failed; the next attempt is in \a retryInMs milliseconds.
    void expiredRuleRemovalFailed(const DatabaseRef &database, const FirewallRule &rule, const ApiError &error,
                                  int retryInMs);
    /// One pass over \a database's expired rules ended: \a removed deleted, \a failed to retry.
    void sweepFinished(const DatabaseRef &database, int removed, int failed);

private:
    struct Tracked
    {
        DatabaseRef ref;
        QList<FirewallRule> temporary;
        int failures = 0; ///< consecutive, for the backoff
        bool busy = false; ///< listing or deleting
        bool retryPending = false;
    };

    void trackModel();
    void onModelLoaded();
    void track(const DatabaseRef &ref, const QList<FirewallRule> &rules);
    void sweepDatabase(const QString &key);
    void deleteDue(const QString &key, const QList<FirewallRule> &rules, bool viaModel);
    void retryLater(const QString &key, const QList<FirewallRule> &failed, const ApiError &error);
    bool isDue(const FirewallRule &rule) const;
    void schedule();

    QPointer<ApiClient> m_client;
    QPointer<FirewallRulesModel> m_model;
    Clock *m_clock;
    QTimer *m_timer;
    QHash<QString, Tracked> m_tracked; ///< by addon id
    QString m_modelSweepKey; ///< the database whose list the model is re-reading for a sweep
    QList<int> m_retryDelays{30 * 1000, 60 * 1000, 2 * 60 * 1000, 5 * 60 * 1000};
};
