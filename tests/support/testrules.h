#pragma once

// Firewall-rule fixtures shared by the rule tests (tst_accesscheck, tst_firewallrulesmodel, tst_cidrassistant,
// tst_newruleassistant): rules built in one line, and a rules model filled by the test instead of a server.

#include "domain/firewallrule.h"
#include "models/firewallrulesmodel.h"

namespace TestRules {

/// A custom (CIDR) rule.
inline FirewallRule custom(const QString &id, const QString &cidr, const QString &label = {})
{
    FirewallRule rule;
    rule.id = id;
    rule.type = FirewallRule::Type::Custom;
    rule.cidr = cidr;
    rule.label = label;
    return rule;
}

/// A rule admitting one of Scalingo's managed ranges.
inline FirewallRule managed(const QString &id, const QString &rangeId = QStringLiteral("scalingo-osc-fr1"))
{
    FirewallRule rule;
    rule.id = id;
    rule.type = FirewallRule::Type::Managed;
    rule.rangeId = rangeId;
    return rule;
}

/// Rules given by the test instead of a server.
class RulesModel : public FirewallRulesModel
{
public:
    using FirewallRulesModel::FirewallRulesModel;
    void setRules(const QList<FirewallRule> &rules) { mergeItems(rules); }
};

} // namespace TestRules
