#pragma once

#include "api/apierror.h"
#include "domain/bulkrules.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BulkRulesDialog;
}

/// "Add several rules": the person pastes addresses or CIDRs (lines, commas, a copied table), reviews one verdict
/// per line (ok / invalid / duplicate / already allowed or covered / private range / over quota), unticks what they
/// do not want and adds the rest. Nothing can be sent while the ticked lines exceed the quota. It never calls the
/// API: it emits submitted() with the lines to send and the page reports each line back (setLineStarted(),
/// setLineFinished(), setBatchFinished()); after a partial failure only the failed lines are sent again.
class BulkRulesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { AddressColumn, LabelColumn, VerdictColumn, ColumnCount };

    explicit BulkRulesDialog(QWidget *parent = nullptr);
    ~BulkRulesDialog() override;

    void setExistingRules(const QList<FirewallRule> &rules);
    void setMaxRules(int maxRules);
    /// Replaces the paste (also what a test or a drop would do).
    void setText(const QString &text);

    const QList<BulkRuleLine> &lines() const { return m_lines; }
    /// Indexes into lines() that the next submission sends: ticked and not added yet.
    QList<int> linesToSend() const;
    /// Whether line \a index is ticked; the person's choice, as with a click on its box.
    void setLineSelected(int index, bool selected);

    void setLineStarted(int index);
    void setLineFinished(int index, bool success, bool reconciled, const ApiError &error);
    /// The batch is over: closes the dialog when every ticked line was added, otherwise offers to retry.
    void setBatchFinished();
    /// The batch could not start (e.g. the rules changed meanwhile): nothing was sent, \a message says why.
    void setRefused(const QString &message);

signals:
    /// The person confirmed: \a lines (indexes into lines()) and their rules, in paste order.
    void submitted(const QList<int> &lines, const QList<NewFirewallRule> &rules);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Review, Sending, Added, Failed };

    void reparse();
    void review();
    void rebuildTable();
    void updateRow(int row);
    void updateSummary();
    void setSending(bool sending);
    QList<FirewallRule> rulesAlreadyThere() const;

    std::unique_ptr<Ui::BulkRulesDialog> m_ui;
    QList<FirewallRule> m_existing;
    QList<BulkRuleLine> m_lines;
    QList<State> m_states;
    QStringList m_results;
    int m_maxRules = 30;
    int m_skipped = 0;
    bool m_sending = false;
    bool m_updatingTable = false;
};
