#pragma once

#include "api/apierror.h"
#include "domain/newfirewallrule.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiReply;
class FirewallRulesModel;

/// Adds several firewall rules one after the other through FirewallRulesModel::createRule(), hence through
/// ApiClient::createFirewallRule(), which settles an ambiguous failure by listing and never creates a rule twice.
/// One at a time keeps the paste's order and stays far from the API's rate limit; each rule is reported on its own,
/// so a partial failure shows which ones failed and a retry sends only those.
class BulkRuleSubmitter : public QObject
{
    Q_OBJECT

public:
    explicit BulkRuleSubmitter(FirewallRulesModel *model, QObject *parent = nullptr);

    /// Starts sending \a rules; \a keys (same length) name them in the signals. Sends nothing and returns false when
    /// it is already running, the lists differ in length, there is no model, or the database would end up with more
    /// than FirewallRulesModel::MaxRules rules.
    bool start(const QList<int> &keys, const QList<NewFirewallRule> &rules);
    /// Sends no further rule; the one in flight still reports, then finished() is emitted.
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void ruleStarted(int key);
    /// \a reconciled: the reply was lost and the rule was found by listing (ApiReply::reconciled()).
    void ruleFinished(int key, bool success, bool reconciled, const ApiError &error);
    /// Once per start(): how many were added, failed, and never sent (after stop()).
    void finished(int added, int failed, int notSent);

private:
    void sendNext();

    QPointer<FirewallRulesModel> m_model;
    QList<int> m_keys;
    QList<NewFirewallRule> m_rules;
    int m_next = 0;
    int m_added = 0;
    int m_failed = 0;
    bool m_running = false;
    bool m_stopping = false;
};
