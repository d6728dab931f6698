#include "rulecopy.h"

#include "cidr.h"
#include "ruleexpiry.h"

namespace {

QString networkOf(const QString &cidr)
{
    const std::optional<Cidr> parsed = Cidr::parse(cidr);
    return parsed ? parsed->network().toString() : cidr.trimmed();
}

bool sameRule(const FirewallRule &a, const FirewallRule &b)
{
    if (a.type != b.type)
        return false;
    if (a.type == FirewallRule::Type::Managed)
        return a.rangeId == b.rangeId;
    return networkOf(a.cidr) == networkOf(b.cidr);
}

} // namespace

NewFirewallRule RuleCopy::rule() const
{
    NewFirewallRule out;
    out.type = source.type;
    if (source.type == FirewallRule::Type::Managed) {
        out.rangeId = source.rangeId;
    } else {
        out.cidr = networkOf(source.cidr);
        out.label = source.label;
    }
    return out;
}

QList<RuleCopy> RuleCopy::plan(const QList<FirewallRule> &source, const QList<FirewallRule> &target, int maxRules,
                               const std::optional<QStringList> &targetRangeIds, const QDateTime &nowUtc)
{
    QList<RuleCopy> out;
    QList<FirewallRule> after = target; // the target as it will be, to find duplicates within the source too
    for (const FirewallRule &rule : source) {
        RuleCopy item;
        item.source = rule;
        const std::optional<RuleExpiry::Parsed> expiry
                = rule.type == FirewallRule::Type::Custom ? RuleExpiry::parse(rule.label) : std::nullopt;
        const bool exists = std::any_of(after.cbegin(), after.cend(),
                                        [&rule](const FirewallRule &other) { return sameRule(rule, other); });
        if (exists) {
            item.verdict = Verdict::Exists;
            item.reason = tr("Already allowed in this database.");
        } else if (expiry && expiry->until <= nowUtc) {
            item.verdict = Verdict::Expired;
            item.reason = tr("This temporary rule has expired.");
        } else if (rule.type == FirewallRule::Type::Managed && targetRangeIds
                   && !targetRangeIds->contains(rule.rangeId)) {
            item.verdict = Verdict::NoSuchRange;
            item.reason = tr("This managed range is not offered in this database's region.");
        } else if (after.size() >= maxRules) {
            item.verdict = Verdict::OverQuota;
            item.reason = tr("This database would have more than %n rule(s).", nullptr, maxRules);
        } else {
            after.append(rule);
        }
        out.append(item);
    }
    return out;
}
