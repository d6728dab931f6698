#pragma once

#include "domain/newfirewallrule.h"

#include <QList>

#include <functional>

class FirewallRulesModel;
class QWidget;

/// Opens "Add several rules" for \a rules and wires it to a BulkRuleSubmitter, so the page only adds a button.
/// The dialog never calls the API; the submitter sends the ticked lines one by one through the model and each
/// result goes back to its line. Closing the dialog mid-way stops after the rule in flight. \a whenDone receives
/// the rules that were added (possibly none) once a batch ends with the dialog closed, or the dialog is closed
/// after some were added, for the page's propagation message.
namespace BulkAddFlow {

void open(QWidget *page, FirewallRulesModel *rules, std::function<void(const QList<NewFirewallRule> &added)> whenDone);

} // namespace BulkAddFlow
