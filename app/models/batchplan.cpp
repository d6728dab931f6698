#include "batchplan.h"

#include <QUuid>

#include <algorithm>

BatchItem BatchItem::createRule(const NewFirewallRule &rule)
{
    BatchItem item;
    item.action = Action::CreateRule;
    item.rule = rule;
    return item;
}

BatchItem BatchItem::createUser(const NewDatabaseUser &user)
{
    BatchItem item;
    item.action = Action::CreateUser;
    item.user = user;
    return item;
}

BatchItem BatchItem::deleteRule(const QString &ruleId, const QString &label)
{
    BatchItem item;
    item.action = Action::DeleteRule;
    item.key = ruleId;
    item.label = label;
    return item;
}

BatchItem BatchItem::deleteUser(const QString &name)
{
    BatchItem item;
    item.action = Action::DeleteUser;
    item.key = name;
    return item;
}

void BatchItem::setVerdict(Verdict newVerdict, const QString &why)
{
    verdict = newVerdict;
    reason = why;
    switch (verdict) {
    case Verdict::Apply:
        status = Status::Planned;
        break;
    case Verdict::AlreadyThere:
        status = Status::Skipped;
        break;
    case Verdict::Impossible:
        status = Status::Impossible;
        break;
    }
}

QString BatchItem::object() const
{
    switch (action) {
    case Action::CreateRule:
        return rule.type == FirewallRule::Type::Custom ? rule.cidr : rule.rangeId;
    case Action::CreateUser:
        return user.name;
    case Action::DeleteRule:
    case Action::DeleteUser:
        return key;
    }
    return {};
}

QString BatchItem::summary() const
{
    switch (action) {
    case Action::CreateRule:
        if (rule.type == FirewallRule::Type::Managed)
            return tr("Add managed range %1").arg(rule.rangeId);
        return rule.label.isEmpty() ? tr("Add rule %1").arg(rule.cidr)
                                    : tr("Add rule %1 (%2)").arg(rule.cidr, rule.label);
    case Action::CreateUser:
        return user.readOnly ? tr("Add user %1 (read-only)").arg(user.name)
                             : tr("Add user %1 (read-write)").arg(user.name);
    case Action::DeleteRule:
        return tr("Delete rule %1").arg(label.isEmpty() ? key : label);
    case Action::DeleteUser:
        return tr("Delete user %1").arg(key);
    }
    return {};
}

QString BatchItem::statusText() const
{
    switch (status) {
    case Status::Planned:
        return action == Action::DeleteRule || action == Action::DeleteUser ? tr("To delete") : tr("To create");
    case Status::Running:
        return tr("In progress…");
    case Status::Done:
        if (confirmed)
            return tr("Done (confirmed by listing)");
        return action == Action::DeleteRule || action == Action::DeleteUser ? tr("Deleted") : tr("Created");
    case Status::Failed:
        return tr("Failed: %1").arg(error.simplified()); // one line in a table cell
    case Status::Cancelled:
        return tr("Not sent (cancelled)");
    case Status::Skipped:
        return reason.isEmpty() ? tr("Already there, skipped") : tr("Skipped: %1").arg(reason);
    case Status::Impossible:
        return tr("Impossible: %1").arg(reason);
    }
    return {};
}

int BatchTarget::count(BatchItem::Status status) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [status](const BatchItem &i) { return i.status == status; }));
}

int BatchTarget::toApply() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const BatchItem &i) { return i.verdict == BatchItem::Verdict::Apply; }));
}

QString BatchPlan::newOperationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int BatchPlan::itemCount() const
{
    int n = 0;
    for (const BatchTarget &t : targets)
        n += int(t.items.size());
    return n;
}

int BatchPlan::count(BatchItem::Status status) const
{
    int n = 0;
    for (const BatchTarget &t : targets)
        n += t.count(status);
    return n;
}

QList<Database> BatchPlan::changedDatabases() const
{
    QList<Database> changed;
    for (const BatchTarget &t : targets) {
        if (t.count(BatchItem::Status::Done) > 0)
            changed.append(t.database);
    }
    return changed;
}

int BatchPlan::toApply() const
{
    int n = 0;
    for (const BatchTarget &t : targets)
        n += t.toApply();
    return n;
}
