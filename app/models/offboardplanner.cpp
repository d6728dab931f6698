#include "offboardplanner.h"

#include "domain/rulecopy.h"
#include "firewallrulesmodel.h"

BatchPlan OffboardPlanner::plan(const OffboardQuery &query, const QList<PlanSearch::Found> &found)
{
    BatchPlan plan;
    plan.operationId = BatchPlan::newOperationId();
    plan.title = tr("Offboard %1").arg(query.text());
    for (const PlanSearch::Found &result : found) {
        if (!result.ok)
            continue;
        BatchTarget target;
        target.database = result.database;
        target.addonId = result.ref.addonId;
        for (const FirewallRule &rule : result.rules) {
            const QString why = query.whyMatches(rule);
            if (why.isEmpty())
                continue;
            // Searching by address: say how each rule relates to it ("admits 203.0.113.7" is a wider rule).
            const QString label = query.network() ? tr("%1 \u2014 %2").arg(describe(rule), why) : describe(rule);
            target.items.append(BatchItem::deleteRule(rule.id, label));
        }
        for (const DatabaseUser &user : result.users) {
            if (query.matches(user))
                target.items.append(BatchItem::deleteUser(user.name));
        }
        if (!target.items.isEmpty())
            plan.targets.append(target);
    }
    return plan;
}

QStringList OffboardPlanner::unreadable(const QList<PlanSearch::Found> &found)
{
    QStringList out;
    for (const PlanSearch::Found &result : found) {
        if (!result.ok) {
            const QString name = result.database.isAddon() ? result.database.appName : result.database.name;
            out.append(tr("%1: %2").arg(name, result.error));
        }
    }
    return out;
}

QString OffboardPlanner::describe(const FirewallRule &rule)
{
    return rule.label.isEmpty() ? rule.cidr : tr("%1 (%2)").arg(rule.cidr, rule.label);
}

std::optional<FirewallRule> OffboardPlanner::ruleOf(const QList<PlanSearch::Found> &found, const QString &addonId,
                                                    const QString &ruleId)
{
    for (const PlanSearch::Found &result : found) {
        if (result.ref.addonId != addonId)
            continue;
        for (const FirewallRule &rule : result.rules) {
            if (rule.id == ruleId)
                return rule;
        }
    }
    return std::nullopt;
}

BatchPlan CopyRulesPlanner::plan(const QList<FirewallRule> &sourceRules, const QList<PlanSearch::Found> &targets,
                                 const QDateTime &nowUtc)
{
    BatchPlan plan;
    plan.operationId = BatchPlan::newOperationId();
    for (const PlanSearch::Found &result : targets) {
        BatchTarget target;
        target.database = result.database;
        target.addonId = result.ref.addonId;
        if (!result.ok || !result.rulesAvailable) {
            const QString why = !result.ok ? tr("This database could not be read: %1").arg(result.error)
                                           : tr("This database has no firewall rules (a classic addon).");
            for (const FirewallRule &rule : sourceRules) {
                BatchItem item = BatchItem::createRule(RuleCopy{rule, RuleCopy::Verdict::Create, {}}.rule());
                item.setVerdict(BatchItem::Verdict::Impossible, why);
                target.items.append(item);
            }
        } else {
            for (const RuleCopy &copy : RuleCopy::plan(sourceRules, result.rules, FirewallRulesModel::MaxRules,
                                                       result.rangeIds, nowUtc)) {
                BatchItem item = BatchItem::createRule(copy.rule());
                if (copy.isSkipped())
                    item.setVerdict(BatchItem::Verdict::AlreadyThere, copy.reason);
                else if (!copy.willCreate())
                    item.setVerdict(BatchItem::Verdict::Impossible, copy.reason);
                target.items.append(item);
            }
        }
        if (!target.items.isEmpty())
            plan.targets.append(target);
    }
    return plan;
}
