#include "onboardflow.h"

#include "alldatabasespage.h"
#include "api/apiclient.h"
#include "history/batchhistory.h"
#include "icons.h"
#include "models/alldatabasesmodel.h"
#include "models/batchapplier.h"
#include "models/batchplanmodel.h"
#include "models/onboardplanner.h"
#include "onboardwizard.h"

#include <QPushButton>

OnboardFlow::OnboardFlow(ApiClient *client, AllDatabasesModel *databases, ChangeHistory *history, QWidget *parent)
    : QObject(parent)
    , m_client(client)
    , m_databases(databases)
    , m_batchHistory(history ? new BatchHistory(history, this) : nullptr)
    , m_parent(parent)
{
}

OnboardFlow::~OnboardFlow() = default;

OnboardWizard *OnboardFlow::wizard() const
{
    return m_wizard;
}

BatchApplier *OnboardFlow::applier() const
{
    return m_applier;
}

OnboardFlow *OnboardFlow::install(AllDatabasesPage *page, ApiClient *client, ChangeHistory *history)
{
    auto *flow = new OnboardFlow(client, page->model(), history, page);
    auto *button = new QPushButton(Icons::icon(QStringLiteral("users")), tr("Onboard a &person…"), page);
    button->setObjectName(QStringLiteral("onboardButton"));
    button->setToolTip(tr("Let one person in on several databases at once: a rule for their network and a user"));
    connect(button, &QPushButton::clicked, flow, &OnboardFlow::open);
    page->addToolbarButton(button);
    page->followOperation(flow);
    return flow;
}

OnboardWizard *OnboardFlow::open()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new OnboardWizard(m_parent);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    m_applier = new BatchApplier(m_client, m_wizard);
    m_applier->setRegionBudget(m_budget);
    m_model = new BatchPlanModel(m_wizard);
    if (m_batchHistory)
        m_batchHistory->watch(m_applier);
    if (m_databases) {
        QList<Database> databases;
        for (int row = 0; row < m_databases->rowCount(); ++row)
            databases << m_databases->rowAt(row).database;
        m_wizard->setDatabases(databases);
        m_wizard->setThisComputerAddress(m_databases->myIp());
        if (!m_databases->isRunning())
            m_databases->refresh(false); // the preview uses the survey's figures: read what is stale
        connect(m_databases, &AllDatabasesModel::finished, m_wizard,
                [this] { m_wizard->setThisComputerAddress(m_databases->myIp()); });
    }
    connect(m_wizard, &OnboardWizard::planRequested, this, &OnboardFlow::plan);
    connect(m_wizard, &OnboardWizard::applyRequested, this, &OnboardFlow::apply);
    connect(m_wizard, &OnboardWizard::stopRequested, m_applier, &BatchApplier::cancel);
    connect(m_wizard, &OnboardWizard::retryRequested, m_applier, [this] {
        emit operationStarted();
        m_applier->retryFailed();
    });
    connect(m_applier, &BatchApplier::progress, this, &OnboardFlow::report);
    connect(m_applier, &BatchApplier::finished, this, &OnboardFlow::report);
    connect(m_applier, &BatchApplier::finished, this, &OnboardFlow::runFinished);
    connect(m_wizard, &QDialog::finished, this, &OnboardFlow::operationEnded);
    m_wizard->show();
    return m_wizard;
}

void OnboardFlow::plan()
{
    if (!m_wizard || m_applier->isRunning())
        return;
    QList<AllDatabasesModel::Row> rows;
    for (const Database &db : m_wizard->selectedDatabases()) {
        const int row = m_databases ? m_databases->rowOf(db) : -1;
        if (row >= 0) {
            rows << m_databases->rowAt(row);
        } else {
            AllDatabasesModel::Row unknown;
            unknown.database = db;
            rows << unknown;
        }
    }
    const QVariantMap addons = m_databases ? m_databases->addonCache() : QVariantMap();
    m_model->setPlan(OnboardPlanner::plan(m_wizard->request(), rows, addons));
    m_wizard->setPlanModel(m_model);
}

void OnboardFlow::apply()
{
    m_model->setApplier(m_applier);
    emit operationStarted();
    m_applier->start(m_model->plan());
    report();
}

void OnboardFlow::runFinished()
{
    const QList<Database> touched = m_applier->plan().changedDatabases();
    if (!touched.isEmpty())
        emit databasesChanged(touched);
}

void OnboardFlow::report()
{
    if (!m_wizard || !m_applier)
        return;
    const BatchPlan &plan = m_applier->plan();
    const int failed = plan.count(BatchItem::Status::Failed) + plan.count(BatchItem::Status::Cancelled);
    m_wizard->setProgress(m_applier->done(), m_applier->total(), m_applier->isRunning(), failed);
    if (m_applier->isRunning())
        return;
    QList<OnboardWizard::Password> passwords;
    for (const BatchTarget &target : plan.targets) {
        for (const BatchItem &item : target.items) {
            // A user found by listing after a lost reply (confirmed) has no password to show: say so.
            if (item.action == BatchItem::Action::CreateUser && item.status == BatchItem::Status::Done
                && (!item.password.isEmpty() || item.confirmed))
                passwords << OnboardWizard::Password{
                        target.database.isAddon() ? target.database.appName : target.database.name, item.user.name,
                        item.password};
        }
    }
    m_wizard->setPasswords(passwords);
}
