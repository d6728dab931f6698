#pragma once

#include "cidr.h"
#include "databaseuser.h"
#include "firewallrule.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// What "Offboard a person" looks for in every database: rules whose label or network matches, and users whose name
/// matches. Pure: the search (PlanSearch) reads each database's lists and asks this which entries to offer.
///
/// The text is a person's name, a fragment of a label or user name (case-insensitive substring), or an IPv4 address
/// or network: then a custom rule also matches when its network contains that address or lies inside that network
/// ("203.0.113.7" finds the rule 203.0.113.0/24 that admits it). Managed ranges carry no label or network of a
/// person and never match; the platform's protected user is never offered.
class OffboardQuery
{
    Q_DECLARE_TR_FUNCTIONS(OffboardQuery)

public:
    OffboardQuery() = default;
    explicit OffboardQuery(const QString &text, bool rules = true, bool users = true);

    QString text() const { return m_text; }
    bool searchesRules() const { return m_rules; }
    bool searchesUsers() const { return m_users; }
    /// Nothing to search for (blank text, or neither rules nor users).
    bool isEmpty() const { return m_text.isEmpty() || (!m_rules && !m_users); }
    /// The text read as an IPv4 address or network, when it is one.
    std::optional<Cidr> network() const { return m_network; }

    bool matches(const FirewallRule &rule) const { return !whyMatches(rule).isEmpty(); }
    bool matches(const DatabaseUser &user) const;
    /// Why \a rule matches, in words ("label", "admits 203.0.113.7"...), or empty when it does not.
    QString whyMatches(const FirewallRule &rule) const;
    /// \a rule admits more than the address or network searched for (e.g. a shared office /24 found by one
    /// person's address): deleting it would lock others out, so the preview leaves it unticked.
    bool isWiderThanSearched(const FirewallRule &rule) const;

private:
    QString m_text;
    std::optional<Cidr> m_network;
    bool m_rules = true;
    bool m_users = true;
};
