#include "bulkrulesubmitter.h"

#include "api/apireply.h"
#include "firewallrulesmodel.h"

BulkRuleSubmitter::BulkRuleSubmitter(FirewallRulesModel *model, QObject *parent) : QObject(parent), m_model(model) { }

bool BulkRuleSubmitter::start(const QList<int> &keys, const QList<NewFirewallRule> &rules)
{
    if (m_running || !m_model || keys.size() != rules.size() || rules.isEmpty())
        return false;
    // The quota is checked before anything is sent: a batch never stops half-way because it hit the limit.
    if (m_model->rules().size() + rules.size() > FirewallRulesModel::MaxRules)
        return false;
    m_keys = keys;
    m_rules = rules;
    m_next = m_added = m_failed = 0;
    m_running = true;
    m_stopping = false;
    sendNext();
    return true;
}

void BulkRuleSubmitter::stop()
{
    m_stopping = true;
}

void BulkRuleSubmitter::sendNext()
{
    ApiReply *reply = nullptr;
    while (!reply && m_next < m_rules.size() && !m_stopping && m_model) {
        const int index = m_next++;
        emit ruleStarted(m_keys.at(index));
        reply = m_model->createRule(m_rules.at(index));
        if (!reply) {
            ++m_failed;
            emit ruleFinished(m_keys.at(index), false, false, ApiError(ApiError::Kind::Cancelled)); // signed out
            continue;
        }
        const int key = m_keys.at(index);
        connect(reply, &ApiReply::finished, this, [this, reply, key] {
            if (reply->isSuccess())
                ++m_added;
            else
                ++m_failed;
            emit ruleFinished(key, reply->isSuccess(), reply->reconciled(), reply->error());
            sendNext();
        });
    }
    if (reply)
        return;
    m_running = false;
    emit finished(m_added, m_failed, int(m_rules.size()) - m_next);
}
