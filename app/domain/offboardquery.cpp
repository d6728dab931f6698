#include "offboardquery.h"

OffboardQuery::OffboardQuery(const QString &text, bool rules, bool users)
    : m_text(text.trimmed()), m_rules(rules), m_users(users)
{
    if (!m_text.isEmpty())
        m_network = Cidr::parse(m_text);
}

bool OffboardQuery::matches(const DatabaseUser &user) const
{
    if (!m_users || m_text.isEmpty() || user.isProtected)
        return false;
    return user.name.contains(m_text, Qt::CaseInsensitive);
}

QString OffboardQuery::whyMatches(const FirewallRule &rule) const
{
    if (!m_rules || m_text.isEmpty() || rule.type != FirewallRule::Type::Custom)
        return QString();
    if (!rule.label.isEmpty() && rule.label.contains(m_text, Qt::CaseInsensitive))
        return tr("label");
    if (m_network) {
        const std::optional<Cidr> ruleNetwork = Cidr::parse(rule.cidr);
        if (ruleNetwork) {
            const Cidr mine = m_network->network();
            const Cidr theirs = ruleNetwork->network();
            if (mine == theirs)
                return tr("same network");
            if (theirs.contains(mine))
                return tr("admits %1").arg(m_text);
            if (mine.contains(theirs))
                return tr("inside %1").arg(mine.toString());
        }
        return QString(); // "10.0.0.1" must not find 10.0.0.10/32: an address is compared as a network only
    }
    if (rule.cidr.contains(m_text, Qt::CaseInsensitive))
        return tr("network");
    return QString();
}

bool OffboardQuery::isWiderThanSearched(const FirewallRule &rule) const
{
    if (!m_network || rule.type != FirewallRule::Type::Custom)
        return false;
    const std::optional<Cidr> ruleNetwork = Cidr::parse(rule.cidr);
    return ruleNetwork && ruleNetwork->network() != m_network->network()
            && ruleNetwork->network().contains(m_network->network());
}
