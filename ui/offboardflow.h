#pragma once

#include "domain/database.h"
#include "domain/offboardquery.h"
#include "models/plansearch.h"

#include <QObject>
#include <QPointer>

class AllDatabasesPage;
class ApiClient;
class BatchApplier;
class BatchHistory;
class BatchPlanModel;
class ChangeHistory;
class ChangePreviewDialog;
class QWidget;

/// "Offboard a person" and "Copy rules" across databases, from the All databases page: the first dialog (who /
/// from where to where), then one ChangePreviewDialog that shows the search (PlanSearch, paced per region), the
/// preview per database (BatchPlanModel, checkable for offboarding), the writes (BatchApplier: per-database
/// progress, Stop, the client's reconciled paths) and each result, with "Retry failed" only after failures.
/// Every write is a line of the change history, grouped by the operation (BatchHistory); a deleted rule's network
/// and label are given to the history beforehand (ChangeHistory::describeRule()) so the deletion can be undone.
class OffboardFlow : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Offboard, CopyRules };

    OffboardFlow(ApiClient *client, ChangeHistory *history, QWidget *dialogParent);
    ~OffboardFlow() override;

    /// Adds "Offboard a person…" and "Copy rules…" to \a page (AllDatabasesPage::addToolbarButton()); they work on
    /// the page's databases, and the page reads the changed databases again afterwards.
    static OffboardFlow *attach(AllDatabasesPage *page, ApiClient *client, ChangeHistory *history);

    /// Asks who to offboard (OffboardDialog), then startOffboard().
    void offboard(const QList<Database> &databases);
    /// Asks from where to where (CopyRulesDialog), then startCopy().
    void copyRules(const QList<Database> &databases, const Database &preselected = Database());
    void startOffboard(const OffboardQuery &query, const QList<Database> &databases);
    void startCopy(const Database &source, const QList<Database> &targets);

    ChangePreviewDialog *dialog() const;
    PlanSearch *search() const { return m_search; }
    BatchApplier *applier() const { return m_applier; }
    BatchPlanModel *model() const { return m_model; }
    void setRegionBudget(int perMinute);
    void setAddonCache(const QVariantMap &cache);

signals:
    /// A search starts: the overview's own survey pauses, so both stay within the regional budget together.
    void operationStarted();
    /// The operation's dialog closed: the overview may read again what is stale.
    void operationEnded();
    /// An operation wrote to these databases (the overview reads them again once it ends).
    void databasesChanged(const QList<Database> &databases);
    /// The search ended and the preview shows (tests wait for it).
    void previewReady();
    /// A run of writes ended (results shown).
    void applied();

private:
    /// An operation is searching or writing: its dialog comes forward and no other starts.
    bool isBusy() const;
    void openDialog(const QString &title);
    void searchFinished();
    void apply();
    void retry();
    void stop();
    void runFinished();
    void updatePreviewSummary();

    QPointer<ApiClient> m_client;
    QPointer<ChangeHistory> m_history;
    QPointer<QWidget> m_dialogParent;
    PlanSearch *m_search;
    BatchApplier *m_applier;
    BatchHistory *m_batchHistory;
    BatchPlanModel *m_model;
    QPointer<ChangePreviewDialog> m_dialog;
    Kind m_kind = Kind::Offboard;
    OffboardQuery m_query;
    Database m_source;
    QStringList m_unreadable;
};
