#pragma once

#include "domain/database.h"
#include "models/alldatabasesmodel.h"

#include <QWidget>

#include <memory>

class QAbstractButton;
class ApiClient;
class DatabasesModel;
class QComboBox;
class QSortFilterProxyModel;
class QTabWidget;
class QTimer;
namespace Ui {
class AllDatabasesPage;
}

/// The "All databases" tab: AllDatabasesModel in a sortable, searchable table with its progress, a Stop button for
/// the paced survey and how old the figures are. It starts a survey the first time it is shown (and when shown
/// again with stale figures); activating a row asks the window to open that database.
class AllDatabasesPage : public QWidget
{
    Q_OBJECT

public:
    explicit AllDatabasesPage(AllDatabasesModel *model, QWidget *parent = nullptr);
    ~AllDatabasesPage() override;

    /// Wires the view into the main window: a last tab of \a tabs, fed with the picker's databases (\a databases,
    /// Dedicated Resources and discovered addons); opening a row selects it in \a picker and shows the first tab.
    static AllDatabasesPage *attach(QTabWidget *tabs, ApiClient *client, DatabasesModel *databases, QComboBox *picker);

    AllDatabasesModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// Adds \a button (reparented) at the end of the toolbar's second row, e.g. "Onboard a person…" (issue 18).
    void addToolbarButton(QAbstractButton *button);
    /// An operation over several databases (onboarding, offboarding, copying rules) shares the survey's regional
    /// budget: one paced reader per region at a time, so the survey pauses while it searches and writes, then reads
    /// again what it changed (and what is stale), not everything. \a Operation has the signals operationStarted(),
    /// databasesChanged(QList<Database>) and operationEnded().
    template<typename Operation>
    void followOperation(Operation *operation)
    {
        AllDatabasesModel *model = m_model;
        connect(operation, &Operation::operationStarted, model, &AllDatabasesModel::cancel);
        connect(operation, &Operation::databasesChanged, model, &AllDatabasesModel::markStale);
        connect(operation, &Operation::operationEnded, model, [model] { model->refresh(false); });
    }

signals:
    void openRequested(const Database &database);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateProgress();
    void updateAge();
    void openCurrent();

    std::unique_ptr<Ui::AllDatabasesPage> m_ui;
    AllDatabasesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer *m_ageTimer;
};
