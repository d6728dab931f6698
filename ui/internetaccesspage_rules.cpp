// Internet Access, the rule flows: New rule, Allow my current IP, Add several, Delete, and the propagation that
// follows each change (the page itself, its state and actions are in internetaccesspage.cpp).
#include "internetaccesspage.h"
#include "ui_internetaccesspage.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "bulkaddflow.h"
#include "confirmdialog.h"
#include "dialogsubmission.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"
#include "models/propagationwatcher.h"
#include "newruledialog.h"
#include "plaintext.h"

#include <QDate>
#include <QHostInfo>

#include <algorithm>

void InternetAccessPage::newRule()
{
    if (m_ui->newRuleButton->isEnabled())
        openNewRuleDialog(QString(), QString());
}

void InternetAccessPage::openNewRuleDialog(const QString &cidr, const QString &label, RuleExpiry::Duration duration)
{
    auto *dialog = new NewRuleDialog(this);
    dialog->setDuration(duration);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingRules(m_session->rules()->rules());
    dialog->setManagedRanges(m_session->ranges()->ranges());
    if (!cidr.isEmpty())
        dialog->setCustomRule(cidr, label);
    connect(dialog, &NewRuleDialog::publicIpWanted, this, [this, dialog] { givePublicIp(dialog); });
    connect(dialog, &NewRuleDialog::submitted, this,
            [this, dialog](const NewFirewallRule &rule) { submitRule(dialog, rule); });
    dialog->open();
}

void InternetAccessPage::givePublicIp(NewRuleDialog *dialog)
{
    if (!m_myIp.isEmpty() || !m_client) {
        dialog->setPublicIp(m_myIp);
        return;
    }
    QPointer<NewRuleDialog> guard(dialog);
    ApiReply *reply = m_client->whatIsMyIp(m_whatIsMyIpUrl);
    connect(reply, &ApiReply::finished, this, [this, reply, guard] {
        if (reply->isSuccess() && m_session) {
            m_myIp = reply->value<QString>();
            m_session->rules()->setThisComputerAddress(m_myIp);
        }
        if (guard)
            guard->setPublicIp(reply->isSuccess() ? m_myIp : QString());
    });
}

void InternetAccessPage::addSeveral()
{
    if (!m_ui->addSeveralButton->isEnabled())
        return;
    BulkAddFlow::open(this, m_session->rules(), [this](const QList<NewFirewallRule> &added) {
        if (added.isEmpty())
            return;
        const bool mine = std::any_of(added.cbegin(), added.cend(),
                                      [this](const NewFirewallRule &rule) { return concernsThisComputer(rule); });
        startPropagation(tr("The addition of %n rule(s)", nullptr, int(added.size())), mine);
    });
}

void InternetAccessPage::submitRule(NewRuleDialog *dialog, const NewFirewallRule &rule)
{
    ApiReply *reply = m_session->rules()->createRule(rule);
    if (!reply)
        return;
    const QString target = PlainText::visible(rule.type == FirewallRule::Type::Custom
                                                      ? rule.cidr
                                                      : m_session->ranges()->names().value(rule.rangeId, rule.rangeId));
    const QString what = tr("The rule for %1").arg(target);
    const bool mine = concernsThisComputer(rule);
    trackSubmission(
            this, dialog, reply,
            [this, what, target, mine](ApiReply *reply) {
                // After a dropped connection the client found the rule by listing: say it was really added.
                startPropagation(
                        reply->reconciled()
                                ? tr("The rule for %1 (added: confirmed after the connection dropped)").arg(target)
                                : what,
                        mine, reply->value<FirewallRule>().id);
            },
            [this, what](const ApiError &error) {
                // The dialog was closed meanwhile: say which rule failed.
                m_ui->messageLabel->showError(tr("%1 was not added: %2").arg(what, error.message()));
            });
}

void InternetAccessPage::startPropagation(const QString &what, bool concernsThisComputer, const QString &ruleId)
{
    m_watchedRuleId = ruleId;
    m_propagation->setConnectionUri(m_session ? m_session->connectionUri() : QString());
    m_propagation->start(what, concernsThisComputer);
    showPropagation();
}

bool InternetAccessPage::stopIfWatchedRuleGone()
{
    if (m_watchedRuleId.isEmpty() || !m_session || m_propagation->state() != PropagationWatcher::State::Applying)
        return false;
    if (m_session->rules()->rowOf(m_watchedRuleId) >= 0)
        return false;
    // Deleted meanwhile (an undo, another Gatehouse, the dashboard, the CLI): "applying…" would never end.
    const QString what = m_propagation->what();
    m_watchedRuleId.clear();
    m_propagation->stop();
    m_ui->messageLabel->showInfo(
            tr("%1 no longer exists (deleted, perhaps from another window or tool): no longer waiting for it to "
               "apply.")
                    .arg(what));
    return true;
}

void InternetAccessPage::showPropagation()
{
    const QString text = m_propagation->statusText();
    switch (m_propagation->state()) {
    case PropagationWatcher::State::Idle:
        break;
    case PropagationWatcher::State::Applying:
    case PropagationWatcher::State::Active:
    case PropagationWatcher::State::Waited:
        m_ui->messageLabel->showInfo(text);
        break;
    case PropagationWatcher::State::StillRefused:
    case PropagationWatcher::State::Failed:
        m_ui->messageLabel->showError(text, {{QStringLiteral("check"), tr("Check access")}});
        break;
    }
}

void InternetAccessPage::allowMyIp()
{
    if (!m_client || m_fetchingIp)
        return;
    m_fetchingIp = true;
    updateActions();
    m_ui->messageLabel->showInfo(tr("Finding this computer's public IP address…"));
    ApiReply *reply = m_client->whatIsMyIp(m_whatIsMyIpUrl);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_fetchingIp = false;
        updateActions();
        if (!reply->isSuccess()) {
            m_ui->messageLabel->showError(
                    tr("This computer's public IP address could not be found: %1").arg(reply->error().message()));
            return;
        }
        m_myIp = reply->value<QString>();
        m_session->rules()->setThisComputerAddress(m_myIp);
        m_ui->messageLabel->clearMessage();
        const QString label = tr("%1 – %2").arg(QHostInfo::localHostName(), QDate::currentDate().toString(Qt::ISODate));
        openNewRuleDialog(m_myIp + QStringLiteral("/32"), label, RuleExpiry::Duration::EightHours);
    });
}

void InternetAccessPage::deleteSelected()
{
    const FirewallRule rule = selectedRule();
    if (rule.id.isEmpty() || !m_ui->deleteButton->isEnabled())
        return;
    FirewallRulesModel *model = m_session->rules();
    const QString target = PlainText::visible(model->targetText(rule)); // server text, also in messages
    ConfirmRequest request;
    request.title = tr("Delete rule");
    request.headline = rule.label.isEmpty()
            ? tr("Delete the rule for %1?").arg(target)
            : tr("Delete the rule for %1 (%2)?").arg(target, PlainText::visible(rule.label));
    request.message = tr("Connections from this network will be refused once the change is applied (about 2 "
                         "minutes). Sessions already open are not cut.");
    // Warn loudly when this rule is the only one letting this computer in.
    if (model->isLastRuleAdmitting(rule.id, m_myIp)) {
        request.message += QStringLiteral("\n\n")
                + tr("This is the last rule that admits this computer (%1): after it is deleted, Gatehouse can no "
                     "longer manage extensions from here.")
                          .arg(m_myIp);
        request.acknowledgement = tr("I understand this computer will lose access");
    }
    if (model->rowCount() == 1)
        request.message
                += QStringLiteral("\n\n") + tr("It is the last rule: nobody will be able to reach the database.");
    request.confirmText = tr("Delete rule");
    request.confirmIcon = QStringLiteral("delete");
    if (!ConfirmDialog::ask(this, request))
        return;
    ApiReply *reply = model->deleteRule(rule.id);
    if (!reply)
        return;
    updateActions();
    connect(reply, &ApiReply::finished, this, [this, reply, target] {
        if (reply->isSuccess())
            startPropagation(tr("The removal of %1").arg(target), false);
        else if (reply->error().kind() == ApiError::Kind::NotFound)
            m_ui->messageLabel->showInfo(tr("The rule for %1 was already deleted.").arg(target));
        else
            m_ui->messageLabel->showError(
                    tr("The rule for %1 could not be deleted: %2").arg(target, reply->error().message()));
        updateActions();
    });
}

bool InternetAccessPage::concernsThisComputer(const NewFirewallRule &rule) const
{
    // Only what the API tells: a managed range's addresses are unknown, so no test connection is promised for it.
    return FirewallRulesModel::admission(rule.type, rule.cidr, m_myIp) == FirewallRulesModel::Admission::Yes;
}
