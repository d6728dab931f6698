#pragma once

#include "api/apierror.h"
#include "domain/cidr.h"
#include "domain/firewallrule.h"
#include "domain/ruleexpiry.h"
#include "domain/managedrange.h"
#include "messagebanner.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class NewRuleDialog;
}

/// "New rule": a custom IPv4 CIDR with a label, or a managed Scalingo region. Checks the CIDR as the user types
/// (canonical network, address count, host bits, duplicates, rules it is covered by or covers, 0.0.0.0/0) and
/// enables OK only when the rule is valid. Private, shared, loopback, link-local, multicast and reserved ranges are
/// warned about (not refused), with "Use my public IP instead". It never calls the API: the page gives it this
/// computer's public IP (setPublicIp(), asked for with publicIpWanted()), submits the value and reports back with
/// setBusy()/setError().
class NewRuleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewRuleDialog(QWidget *parent = nullptr);
    ~NewRuleDialog() override;

    void setExistingRules(const QList<FirewallRule> &rules);
    void setManagedRanges(const QList<ManagedRange> &ranges);
    /// Pre-fills a custom rule (used by "Allow my current IP").
    void setCustomRule(const QString &cidr, const QString &label);
    /// How long the rule lasts (Permanent unless set; a temporary rule carries its expiry in its label).
    void setDuration(RuleExpiry::Duration duration);

    /// This computer's public IPv4 address, offered instead of a private range; an empty \a ip means it could
    /// not be found (the offer is withdrawn).
    void setPublicIp(const QString &ip);

    NewFirewallRule rule() const;
    bool isValid() const;

    void setBusy(bool busy);
    /// Shows the server's refusal next to the field it concerns; the dialog stays open with the typed values.
    void setError(const ApiError &error);

signals:
    void submitted(const NewFirewallRule &rule);
    /// A private range is typed and the public IP is not known yet: the page may look it up and call setPublicIp().
    /// Emitted once per dialog.
    void publicIpWanted();

private:
    bool isCustom() const;
    void updateState();
    /// The help text for a valid custom network \a cidr (size, rules it is covered by or covers) and its style.
    MessageBanner::Kind describeNetwork(const Cidr &cidr, QString *help) const;
    void updateScopeWarning(const std::optional<Cidr> &cidr);

    std::unique_ptr<Ui::NewRuleDialog> m_ui;
    QList<FirewallRule> m_existing;
    QList<ManagedRange> m_ranges;
    QString m_proposedNetwork;
    QString m_publicIp;
    bool m_publicIpAsked = false;
    bool m_publicIpAnswered = false;
    bool m_busy = false;
};
