#pragma once

#include "firewallrule.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

/// What the user asked for when adding a firewall rule.
struct NewFirewallRule
{
    FirewallRule::Type type = FirewallRule::Type::Custom;
    QString cidr; ///< custom only
    QString label; ///< custom only (the API refuses a label on a managed rule)
    QString rangeId; ///< managed only

    /// Un-rooted body as go-scalingo/CLI/Terraform send it. Custom: `type`, `cidr`, and `label` when non-empty;
    /// managed: only `type` and `range_id` (a label or CIDR would be refused).
    QJsonObject toJson() const;
    /// The same fields rooted under `firewall_rule` (scalingo.js style).
    QJsonObject toRootedJson() const;

    friend bool operator==(const NewFirewallRule &a, const NewFirewallRule &b)
    {
        return a.type == b.type && a.cidr == b.cidr && a.label == b.label && a.rangeId == b.rangeId;
    }
    friend bool operator!=(const NewFirewallRule &a, const NewFirewallRule &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(NewFirewallRule)
