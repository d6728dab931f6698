#pragma once

#include "cidr.h"
#include "firewallrule.h"

#include <QList>

/// How a network a person is about to allow relates to the custom rules already there: the same network, inside an
/// existing rule (adding it changes nothing), around existing rules (they become
/// redundant); two CIDR blocks are either nested or disjoint, so nothing else can happen.
/// Managed ranges are left out: the API does not give their addresses.
struct CidrRelation
{
    enum class Kind { Same, CoveredBy, Covers };
    Kind kind = Kind::Same;
    FirewallRule rule;

    /// Relations of \a cidr (its network) with each custom rule of \a existing whose CIDR parses, in rule order.
    static QList<CidrRelation> of(const Cidr &cidr, const QList<FirewallRule> &existing);
};
