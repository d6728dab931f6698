#pragma once

#include "api/apierror.h"
#include "api/databaseref.h"
#include "batchplan.h"
#include "regionpacer.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class ApiReply;
class QTimer;

/// Applies a BatchPlan: per database, resolves it, then sends its items one after the other through ApiClient's
/// reconciled write paths (a lost reply is settled by listing, never by sending again). Databases run in parallel,
/// at most maxInFlight() per region, and each start is paced per region (RegionPacer: a share of the 60 requests per
/// minute of each regional API; the addon token, plus the addon lookup when its id is unknown).
///
/// cancel() sends nothing more; a write already sent is never aborted (the server may apply it anyway) but still
/// reports, so its item ends Done or Failed, never Cancelled. retryFailed() sends Failed and Cancelled items again,
/// after the writes still in flight have ended, and first lists the databases whose items may have been applied
/// without an answer: what is found there is marked Done (confirmed) instead of being sent a second time.
class BatchApplier : public QObject
{
    Q_OBJECT

public:
    explicit BatchApplier(ApiClient *client, QObject *parent = nullptr);
    ~BatchApplier() override;

    /// Applies \a plan (its Planned items). False, doing nothing, while running or without a client.
    bool start(const BatchPlan &plan);
    /// Sends nothing more: items not sent become Cancelled; finished() once the writes in flight have ended.
    void cancel();
    /// Sends the Failed and Cancelled items again. When called during a cancel(), starts once the writes in flight
    /// have ended. False when there is nothing to retry.
    bool retryFailed();

    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancelling; }
    const BatchPlan &plan() const { return m_plan; }
    /// Addon ids of the databases written to (history lines are grouped by them while running).
    QSet<QString> addonIds() const { return m_addonIds; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    /// Regional requests reserved so far.
    int reservedRequests() const { return m_reserved; }
    /// Writes refused with 429 (over the API's limit anyway: another window, a script) and sent again after the
    /// wait the API asked for (a refused write was not applied).
    int rateLimited() const { return m_rateLimited; }
    /// Wait after a 429 without Retry-After (milliseconds).
    void setRateLimitedPause(int ms) { m_rateLimitedPauseMs = ms; }

    void setRegionBudget(int perMinute) { m_pacer.setBudget(perMinute); }
    void setMaxInFlight(int perRegion) { m_maxInFlight = qMax(1, perRegion); }

signals:
    /// A run (start() or a retry) begins.
    void started(const QString &operationId, const QString &title);
    void itemChanged(int target, int item);
    void progress(int done, int total);
    /// A run ended: every item is finished (or cancelled).
    void finished();

private:
    enum class Phase { Waiting, Resolving, Verifying, Writing, Done };
    struct Job
    {
        Phase phase = Phase::Waiting;
        DatabaseRef ref;
        bool verify = false; ///< a retry: list first what may have been applied
        bool waiting = false; ///< refused with 429: waits for the API's Retry-After before writing again
        int next = 0; ///< item being written
    };

    void begin();
    void pump();
    void resolve(int target);
    void verify(int target);
    void writeNext(int target);
    void write(int target, int item);
    void itemEnded(int target, int item, ApiReply *reply);
    void endJob(int target);
    void failJob(int target, const QString &error);
    void setStatus(int target, int item, BatchItem::Status status);
    void checkFinished();
    int costOf(const BatchTarget &target) const;
    ApiReply *track(ApiReply *reply);

    QPointer<ApiClient> m_client;
    BatchPlan m_plan;
    QHash<int, Job> m_jobs; ///< target index → job of this run
    QList<int> m_queue; ///< targets waiting to start, in order
    QHash<QString, int> m_inFlight; ///< per region
    QList<QPointer<ApiReply>> m_replies;
    QSet<QString> m_addonIds;
    RegionPacer m_pacer;
    QTimer *m_timer;
    int m_maxInFlight = 4;
    int m_done = 0;
    int m_total = 0;
    int m_reserved = 0;
    int m_rateLimited = 0;
    int m_rateLimitedPauseMs = ApiError::DefaultRateLimitPauseMs;
    bool m_running = false;
    bool m_cancelling = false;
    bool m_retryPending = false;
};
