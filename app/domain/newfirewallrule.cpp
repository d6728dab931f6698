#include "newfirewallrule.h"

QJsonObject NewFirewallRule::toJson() const
{
    QJsonObject json{{QLatin1String("type"), FirewallRule::typeToString(type)}};
    if (type == FirewallRule::Type::Managed) {
        // The CLI and Terraform refuse a label or a CIDR on a managed rule: never send them.
        json.insert(QLatin1String("range_id"), rangeId);
        return json;
    }
    json.insert(QLatin1String("cidr"), cidr);
    if (!label.isEmpty())
        json.insert(QLatin1String("label"), label);
    return json;
}

QJsonObject NewFirewallRule::toRootedJson() const
{
    return QJsonObject{{QLatin1String("firewall_rule"), toJson()}};
}
