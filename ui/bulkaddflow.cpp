#include "bulkaddflow.h"

#include "bulkrulesdialog.h"
#include "models/bulkrulesubmitter.h"
#include "models/firewallrulesmodel.h"

#include <QPointer>

#include <memory>
#include <utility>

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
                     [submitter, guard](const QList<int> &lines, const QList<NewFirewallRule> &newRules) {
                         // The submitter checks the quota again against the model, which may have changed.
                         if (!submitter->start(lines, newRules) && guard)
                             guard->setRefused(BulkRulesDialog::tr("Nothing was sent: the database would have more "
                                                                   "than %n rule(s). Untick some lines.",
                                                                   nullptr, FirewallRulesModel::MaxRules));
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
