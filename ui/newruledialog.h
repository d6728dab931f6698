#pragma once

#include "api/apierror.h"
#include "domain/firewallrule.h"
#include "domain/ruleexpiry.h"
#include "domain/managedrange.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewRuleDialog;
}

/// "New rule": a custom IPv4 CIDR with a label, or a managed Scalingo region. Checks the CIDR as the user types
/// (canonical network, address count, host bits, duplicates, overlaps, 0.0.0.0/0) and enables OK only when the
/// rule is valid. It never calls the API: the page submits the value and reports back with setBusy()/setError().
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

    NewFirewallRule rule() const;
    bool isValid() const;

    void setBusy(bool busy);
    /// Shows the server's refusal next to the field it concerns; the dialog stays open with the typed values.
    void setError(const ApiError &error);

signals:
    void submitted(const NewFirewallRule &rule);

private:
    bool isCustom() const;
    void updateState();

    std::unique_ptr<Ui::NewRuleDialog> m_ui;
    QList<FirewallRule> m_existing;
    QList<ManagedRange> m_ranges;
    QString m_proposedNetwork;
    bool m_busy = false;
};
