#pragma once

#include "domain/database.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AllDatabasesModel;
class AllDatabasesPage;
class ApiClient;
class BatchApplier;
class BatchHistory;
class BatchPlanModel;
class ChangeHistory;
class OnboardWizard;
class QWidget;

/// "Onboard a person…" on the All databases page: opens OnboardWizard, plans with OnboardPlanner from what the
/// survey knows, applies with a BatchApplier (history lines grouped by the operation: BatchHistory) and gives the
/// generated passwords to the wizard's last page. The applier and the plan (hence the passwords) belong to the
/// wizard and go with it when it closes.
class OnboardFlow : public QObject
{
    Q_OBJECT

public:
    OnboardFlow(ApiClient *client, AllDatabasesModel *databases, ChangeHistory *history, QWidget *parent);
    ~OnboardFlow() override;

    /// Adds the "Onboard a person…" button to \a page, wired to a flow (owned by the page).
    static OnboardFlow *install(AllDatabasesPage *page, ApiClient *client, ChangeHistory *history);

    /// Opens the wizard (window-modal); the one already open when there is one.
    OnboardWizard *open();
    OnboardWizard *wizard() const;
    BatchApplier *applier() const;
    /// Regional budget and parallelism of the applier (tests; defaults: RegionPacer's, 4 per region).
    void setRegionBudget(int perMinute) { m_budget = perMinute; }

signals:
    /// Changes start being sent: the overview's own survey pauses, so both stay within the regional budget.
    void operationStarted();
    /// The wizard closed: the overview may read again what is stale.
    void operationEnded();
    /// The operation wrote to these databases (the overview, and the open database if among them, read them again).
    void databasesChanged(const QList<Database> &databases);

private:
    void plan();
    void apply();
    void report();
    void runFinished();

    QPointer<ApiClient> m_client;
    QPointer<AllDatabasesModel> m_databases;
    BatchHistory *m_batchHistory = nullptr;
    QWidget *m_parent;
    QPointer<OnboardWizard> m_wizard;
    QPointer<BatchApplier> m_applier;
    QPointer<BatchPlanModel> m_model;
    int m_budget = 40;
};
