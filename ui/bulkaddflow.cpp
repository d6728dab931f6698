#include "bulkaddflow.h"

#include "bulkrulesdialog.h"
#include "domain/bulkrules.h"
#include "models/bulkrulesubmitter.h"
#include "models/firewallrulesmodel.h"

#include <QPointer>

#include <memory>
#include <utility>

namespace {

/// Someone may have added or deleted rules since the dialog opened (another window, a colleague): the rules are
/// listed again and the lines reviewed against them before anything is sent, so the quota and the duplicates are
/// judged on the database as it is now. When the review changes what would be sent, nothing is sent and the
/// person sees the new verdicts.
void relistThenSend(FirewallRulesModel *rules, BulkRuleSubmitter *submitter, QPointer<BulkRulesDialog> guard,
                    const QList<int> &lines)
{
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto done = [connections] {
        for (const QMetaObject::Connection &connection : std::as_const(*connections))
            QObject::disconnect(connection);
        connections->clear();
    };
    auto send = [rules, submitter, guard, lines, done] {
        done();
        if (!guard)
            return;
        guard->setExistingRules(rules->rules());
        const QList<int> now = guard->linesToSend();
        if (now != lines || BulkRules::isOverQuota(guard->lines())) {
            guard->setRefused(BulkRulesDialog::tr("Nothing was sent: the rules changed since this window opened. "
                                                  "Each line shows its verdict against them now; review, then add."));
            return;
        }
        QList<NewFirewallRule> newRules;
        for (int index : now)
            newRules.append(guard->lines().at(index).rule());
        // The submitter checks the quota once more against the model.
        if (!submitter->start(now, newRules))
            guard->setRefused(BulkRulesDialog::tr("Nothing was sent: the database would have more than %n rule(s). "
                                                  "Untick some lines.",
                                                  nullptr, FirewallRulesModel::MaxRules));
    };
    connections->append(QObject::connect(rules, &ResourceModel::loaded, submitter, send));
    connections->append(
            QObject::connect(rules, &ResourceModel::errorOccurred, submitter, [guard, done](const ApiError &error) {
                done();
                if (guard)
                    guard->setRefused(BulkRulesDialog::tr("Nothing was sent: the rules could not be listed again "
                                                          "to check the quota: %1")
                                              .arg(error.message()));
            }));
    rules->reload();
    if (!connections->isEmpty() && !rules->isLoading())
        send(); // nothing to ask (no client): judge on what is known
}

} // namespace

namespace BulkAddFlow {

void open(QWidget *page, FirewallRulesModel *rules, std::function<void(const QList<NewFirewallRule> &added)> whenDone)
{
    auto *dialog = new BulkRulesDialog(page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMaxRules(FirewallRulesModel::MaxRules);
    dialog->setExistingRules(rules->rules());
    // The submitter outlives a closed dialog until its rule in flight has answered, then reports to the page.
    auto *submitter = new BulkRuleSubmitter(rules, page);
    struct Outcome
    {
        QList<NewFirewallRule> added;
        bool reported = false;
    };
    auto outcome = std::make_shared<Outcome>();
    const auto report = [outcome, submitter, whenDone] {
        if (std::exchange(outcome->reported, true))
            return;
        submitter->deleteLater();
        whenDone(outcome->added);
    };
    QPointer<BulkRulesDialog> guard(dialog);
    QObject::connect(dialog, &BulkRulesDialog::submitted, submitter,
                     [rules, submitter, guard](const QList<int> &lines, const QList<NewFirewallRule> &) {
                         relistThenSend(rules, submitter, guard, lines);
                     });
    QObject::connect(submitter, &BulkRuleSubmitter::ruleStarted, dialog, &BulkRulesDialog::setLineStarted);
    QObject::connect(submitter, &BulkRuleSubmitter::ruleFinished, submitter,
                     [guard, outcome](int line, bool success, bool reconciled, const ApiError &error) {
                         if (!guard)
                             return;
                         if (success)
                             outcome->added.append(guard->lines().at(line).rule());
                         guard->setLineFinished(line, success, reconciled, error);
                     });
    QObject::connect(submitter, &BulkRuleSubmitter::finished, submitter, [guard, report] {
        if (guard)
            guard->setBatchFinished(); // closes the dialog when everything was added
        if (!guard || !guard->isVisible())
            report(); // otherwise the person retries or closes, reported then
    });
    QObject::connect(dialog, &QDialog::finished, submitter, [submitter, report] {
        if (submitter->isRunning())
            submitter->stop(); // finished() reports once the rule in flight has answered
        else
            report();
    });
    dialog->open();
}

} // namespace BulkAddFlow
