#include "offboardflow.h"

#include "alldatabasespage.h"
#include "api/apiclient.h"
#include "confirmdialog.h"
#include "history/batchhistory.h"
#include "history/changehistory.h"
#include "icons.h"
#include "messagebanner.h"
#include "models/alldatabasesmodel.h"
#include "models/batchapplier.h"
#include "models/batchplanmodel.h"
#include "models/offboardplanner.h"
#include "offboarddialogs.h"
#include "plaintext.h"

#include <QDateTime>
#include <QPushButton>

namespace {

QString nameOf(const Database &db)
{
    return PlainText::visible(db.isAddon() ? db.appName : db.name);
}

QList<Database> databasesOf(const AllDatabasesModel *model)
{
    QList<Database> out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->rowAt(row).database);
    return out;
}

} // namespace

OffboardFlow::OffboardFlow(ApiClient *client, ChangeHistory *history, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_history(history)
    , m_dialogParent(dialogParent)
    , m_search(new PlanSearch(client, this))
    , m_applier(new BatchApplier(client, this))
    , m_batchHistory(new BatchHistory(history, this))
    , m_model(new BatchPlanModel(this))
{
    m_batchHistory->watch(m_applier);
    connect(m_search, &PlanSearch::progress, this, [this](int done, int total) {
        if (m_dialog)
            m_dialog->setProgress(done, total);
    });
    connect(m_search, &PlanSearch::finished, this, &OffboardFlow::searchFinished);
    connect(m_applier, &BatchApplier::progress, this, [this](int done, int total) {
        if (m_dialog)
            m_dialog->setProgress(done, total);
    });
    connect(m_applier, &BatchApplier::finished, this, &OffboardFlow::runFinished);
    connect(m_model, &BatchPlanModel::checkedChanged, this, &OffboardFlow::updatePreviewSummary);
}

OffboardFlow::~OffboardFlow() = default;

OffboardFlow *OffboardFlow::attach(AllDatabasesPage *page, ApiClient *client, ChangeHistory *history)
{
    auto *flow = new OffboardFlow(client, history, page);
    auto *offboard = new QPushButton(Icons::icon(QStringLiteral("delete")), tr("Offboar&d a person…"), page);
    offboard->setObjectName(QStringLiteral("offboardButton"));
    offboard->setToolTip(tr("Find and delete a person's rules and users in every database"));
    auto *copy = new QPushButton(Icons::icon(QStringLiteral("copy")), tr("&Copy rules…"), page);
    copy->setObjectName(QStringLiteral("copyRulesButton"));
    copy->setToolTip(tr("Copy the firewall rules of one database to others"));
    page->addToolbarButton(offboard);
    page->addToolbarButton(copy);
    AllDatabasesModel *model = page->model();
    connect(offboard, &QPushButton::clicked, flow, [flow, model] {
        flow->setAddonCache(model->addonCache());
        flow->offboard(databasesOf(model));
    });
    connect(copy, &QPushButton::clicked, flow, [flow, model] {
        flow->setAddonCache(model->addonCache());
        flow->copyRules(databasesOf(model));
    });
    page->followOperation(flow);
    return flow;
}

ChangePreviewDialog *OffboardFlow::dialog() const
{
    return m_dialog;
}

void OffboardFlow::setRegionBudget(int perMinute)
{
    m_search->setRegionBudget(perMinute);
    m_applier->setRegionBudget(perMinute);
}

void OffboardFlow::setAddonCache(const QVariantMap &cache)
{
    m_search->setAddonCache(cache);
}

bool OffboardFlow::isBusy() const
{
    if (!m_dialog || (m_dialog->stage() != ChangePreviewDialog::Stage::Searching && !m_applier->isRunning()))
        return false;
    m_dialog->raise(); // one operation at a time: the one running comes forward
    m_dialog->activateWindow();
    return true;
}

void OffboardFlow::offboard(const QList<Database> &databases)
{
    if (isBusy())
        return;
    OffboardDialog dialog(m_dialogParent);
    dialog.setObjectName(QStringLiteral("offboardDialog"));
    dialog.setDatabaseCount(int(databases.size()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    startOffboard(dialog.query(), databases);
}

void OffboardFlow::copyRules(const QList<Database> &databases, const Database &preselected)
{
    if (isBusy())
        return;
    CopyRulesDialog dialog(m_dialogParent);
    dialog.setObjectName(QStringLiteral("copyRulesDialog"));
    dialog.setDatabases(databases);
    if (!preselected.id.isEmpty())
        dialog.setSource(preselected);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startCopy(dialog.source(), dialog.targets());
}

void OffboardFlow::openDialog(const QString &title)
{
    if (m_dialog)
        m_dialog->deleteLater();
    m_search->cancel();
    m_model->setApplier(nullptr);
    m_model->setPlan(BatchPlan());
    m_unreadable.clear();
    m_dialog = new ChangePreviewDialog(m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("changePreviewDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowTitle(title);
    m_dialog->setModel(m_model);
    connect(m_dialog, &ChangePreviewDialog::applyRequested, this, &OffboardFlow::apply);
    connect(m_dialog, &ChangePreviewDialog::retryRequested, this, &OffboardFlow::retry);
    connect(m_dialog, &ChangePreviewDialog::stopRequested, this, &OffboardFlow::stop);
    connect(m_dialog, &QDialog::finished, this, &OffboardFlow::operationEnded);
    m_dialog->setStage(ChangePreviewDialog::Stage::Searching);
    emit operationStarted();
    m_dialog->show();
}

void OffboardFlow::startOffboard(const OffboardQuery &query, const QList<Database> &databases)
{
    if (query.isEmpty() || databases.isEmpty() || isBusy())
        return;
    m_kind = Kind::Offboard;
    m_query = query;
    openDialog(tr("Offboard %1").arg(PlainText::visible(query.text())));
    m_dialog->setApplyText(tr("&Delete selected"), true);
    m_dialog->setIntro(tr("Searching %n database(s) for \u201c%1\u201d…", nullptr, int(databases.size()))
                               .arg(PlainText::visible(query.text())));
    PlanSearch::Needs needs;
    if (query.searchesRules())
        needs |= PlanSearch::Rules;
    if (query.searchesUsers())
        needs |= PlanSearch::Users;
    m_search->start(databases, needs);
}

void OffboardFlow::startCopy(const Database &source, const QList<Database> &targets)
{
    if (source.id.isEmpty() || targets.isEmpty() || isBusy())
        return;
    m_kind = Kind::CopyRules;
    m_source = source;
    openDialog(tr("Copy rules from %1").arg(nameOf(source)));
    m_dialog->setApplyText(tr("&Create rules"), false);
    m_dialog->setIntro(tr("Reading the rules of %1 and of %n other database(s)…", nullptr, int(targets.size()))
                               .arg(nameOf(source)));
    m_search->start(QList<Database>{source} + targets, PlanSearch::Rules | PlanSearch::Ranges);
}

void OffboardFlow::searchFinished()
{
    if (!m_dialog || m_dialog->stage() != ChangePreviewDialog::Stage::Searching)
        return;
    if (m_search->done() < m_search->total()) { // stopped
        m_dialog->reject();
        return;
    }
    BatchPlan plan;
    if (m_kind == Kind::Offboard) {
        plan = OffboardPlanner::plan(m_query, m_search->results());
        m_unreadable = OffboardPlanner::unreadable(m_search->results());
    } else {
        QList<PlanSearch::Found> targets;
        std::optional<PlanSearch::Found> source;
        for (const PlanSearch::Found &found : m_search->results()) {
            if (found.database.id == m_source.id && found.database.region == m_source.region)
                source = found;
            else
                targets.append(found);
        }
        if (!source || !source->ok) {
            m_dialog->setStage(ChangePreviewDialog::Stage::Results);
            m_dialog->setIntro(QString());
            m_dialog->banner()->showError(tr("The rules of %1 could not be read: %2")
                                                  .arg(nameOf(m_source), source ? source->error : QString()));
            return;
        }
        plan = CopyRulesPlanner::plan(source->rules, targets, QDateTime::currentDateTimeUtc());
        plan.title = tr("Copy rules from %1").arg(nameOf(m_source));
        if (source->rules.isEmpty())
            m_dialog->banner()->showInfo(tr("%1 has no firewall rules to copy.").arg(nameOf(m_source)));
    }
    m_model->setCheckable(m_kind == Kind::Offboard);
    m_model->setPlan(plan);
    if (m_kind == Kind::Offboard) {
        // A rule wider than the address searched for (a shared office network) would lock others out: unticked.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const BatchItem &item = m_model->itemAt(row);
            if (item.action != BatchItem::Action::DeleteRule)
                continue;
            const auto rule = OffboardPlanner::ruleOf(m_search->results(), m_model->targetAt(row).addonId, item.key);
            if (rule && m_query.isWiderThanSearched(*rule))
                m_model->setData(m_model->index(row, BatchPlanModel::ChangeColumn), Qt::Unchecked,
                                 Qt::CheckStateRole);
        }
    }
    m_dialog->setStage(ChangePreviewDialog::Stage::Preview);
    if (m_kind == Kind::Offboard) {
        const QString who = PlainText::visible(m_query.text());
        m_dialog->setIntro(plan.isEmpty()
                                   ? tr("Nothing matches \u201c%1\u201d in the %n database(s) searched.", nullptr,
                                        m_search->total())
                                             .arg(who)
                                   : tr("Found in %n database(s). Untick what must stay, then delete the rest. A "
                                        "deleted rule can be added again from the History; a deleted user cannot be "
                                        "restored.",
                                        nullptr, int(plan.targets.size())));
        if (!m_unreadable.isEmpty())
            m_dialog->banner()->showError(tr("%n database(s) could not be searched: %1", nullptr,
                                             int(m_unreadable.size()))
                                                  .arg(m_unreadable.join(QLatin1String("; "))));
    } else {
        m_dialog->setIntro(tr("What each database gets. Rules it has already are skipped; what cannot be done says "
                              "why on its line."));
    }
    updatePreviewSummary();
    emit previewReady();
}

void OffboardFlow::updatePreviewSummary()
{
    if (!m_dialog || m_dialog->stage() != ChangePreviewDialog::Stage::Preview)
        return;
    const BatchPlan &plan = m_model->plan();
    const int selected = m_model->checkedCount();
    QStringList parts;
    parts << (m_kind == Kind::Offboard ? tr("%n deletion(s) selected.", nullptr, selected)
                                       : tr("%n rule(s) to create.", nullptr, selected));
    if (const int skipped = plan.count(BatchItem::Status::Skipped))
        parts << tr("%n already there (skipped).", nullptr, skipped);
    if (const int impossible = plan.count(BatchItem::Status::Impossible))
        parts << tr("%n cannot be done.", nullptr, impossible);
    m_dialog->setSummary(parts.join(QLatin1Char(' ')));
    m_dialog->setApplyEnabled(selected > 0);
}

void OffboardFlow::apply()
{
    if (!m_dialog || m_applier->isRunning())
        return;
    BatchPlan plan = m_model->checkedPlan();
    if (plan.toApply() == 0)
        return;
    if (m_kind == Kind::Offboard) {
        ConfirmRequest request;
        request.title = tr("Offboard %1").arg(PlainText::visible(m_query.text()));
        request.headline = tr("Delete %n rule(s) and user(s)?", nullptr, plan.toApply());
        request.message = tr("They are deleted in %n database(s). People and applications using them lose access. "
                             "Deleted users cannot be restored.",
                             nullptr, int(plan.targets.size()));
        request.confirmText = tr("Delete");
        request.confirmIcon = QStringLiteral("delete");
        if (!ConfirmDialog::ask(m_dialog, request))
            return;
        // What each rule admitted, for the history: a deletion in a database that is not open can be undone too.
        if (m_history) {
            for (const BatchTarget &target : std::as_const(plan.targets)) {
                for (const BatchItem &item : target.items) {
                    if (item.action != BatchItem::Action::DeleteRule)
                        continue;
                    if (const auto rule = OffboardPlanner::ruleOf(m_search->results(), target.addonId, item.key))
                        m_history->describeRule(target.addonId, *rule);
                }
            }
        }
    }
    m_model->setCheckable(false);
    m_model->setApplier(m_applier);
    m_dialog->setStage(ChangePreviewDialog::Stage::Applying);
    m_dialog->banner()->clearMessage();
    m_dialog->setSummary(QString());
    m_dialog->setIntro(m_kind == Kind::Offboard ? tr("Deleting, a few databases at a time…")
                                                : tr("Creating the rules, a few databases at a time…"));
    m_applier->start(plan);
}

void OffboardFlow::retry()
{
    if (!m_dialog || !m_applier->retryFailed())
        return;
    m_dialog->setStage(ChangePreviewDialog::Stage::Applying);
    m_dialog->banner()->clearMessage();
    m_dialog->setIntro(tr("Trying the failed changes again…"));
}

void OffboardFlow::stop()
{
    if (m_search->isRunning())
        m_search->cancel();
    if (m_applier->isRunning())
        m_applier->cancel();
}

void OffboardFlow::runFinished()
{
    const BatchPlan &plan = m_applier->plan();
    const QList<Database> touched = plan.changedDatabases();
    if (!touched.isEmpty())
        emit databasesChanged(touched);
    if (m_dialog) {
        const int done = plan.count(BatchItem::Status::Done);
        const int failed = plan.count(BatchItem::Status::Failed) + plan.count(BatchItem::Status::Cancelled);
        m_dialog->setStage(ChangePreviewDialog::Stage::Results);
        m_dialog->setIntro(failed == 0 ? tr("Done: %n change(s) applied.", nullptr, done)
                                       : tr("%n change(s) applied.", nullptr, done));
        if (failed > 0) {
            m_dialog->banner()->showError(
                    tr("%n change(s) failed or were not sent: see each line. Retry sends only those, and never "
                       "twice what reached the server.",
                       nullptr, failed));
        }
        m_dialog->setRetryVisible(failed > 0);
        m_dialog->setSummary(tr("Every change is in the History, grouped as \u201c%1\u201d.")
                                     .arg(PlainText::visible(plan.title)));
    }
    emit applied();
}
