#include "cidrrelations.h"

QList<CidrRelation> CidrRelation::of(const Cidr &cidr, const QList<FirewallRule> &existing)
{
    const Cidr network = cidr.network();
    QList<CidrRelation> relations;
    for (const FirewallRule &rule : existing) {
        if (rule.type != FirewallRule::Type::Custom)
            continue;
        const std::optional<Cidr> parsed = Cidr::parse(rule.cidr);
        if (!parsed)
            continue;
        const Cidr other = parsed->network();
        if (other == network)
            relations.append({Kind::Same, rule});
        else if (other.contains(network))
            relations.append({Kind::CoveredBy, rule});
        else if (network.contains(other))
            relations.append({Kind::Covers, rule});
    }
    return relations;
}
