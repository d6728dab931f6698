#pragma once

#include "api/apierror.h"
#include "models/accesscheck.h"
#include "domain/firewallrule.h"
#include "domain/ruleexpiry.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class InternetAccessPage;
}
class ApiClient;
class DatabaseSession;
class NewRuleDialog;
class PropagationWatcher;
class RuleExpiryActions;
class RulesProxyModel;
class MessageBanner;
class QSortFilterProxyModel;

/// Settings → Internet Access: the firewall rules of the open database.
class InternetAccessPage : public QWidget
{
    Q_OBJECT

public:
    explicit InternetAccessPage(QWidget *parent = nullptr);
    ~InternetAccessPage() override;

    void setSession(ApiClient *client, DatabaseSession *session);
    /// The page's status line (the change history offers "Undo" there).
    MessageBanner *banner() const;
    /// Where "Allow my current IP" asks for this computer's public address.
    void setWhatIsMyIpUrl(const QUrl &url);
    /// Where "Allow my current IP" asks for this computer's public IPv4 address: a plain-text service over HTTPS,
    /// configurable with the setting network/whatIsMyIpUrl or GATEHOUSE_WHATISMYIP_URL (the sandbox serves its own).
    static QUrl defaultWhatIsMyIpUrl();
    /// How long Scalingo takes to apply a change (the sandbox may be configured shorter).
    void setPropagationDelay(int seconds);
    /// Follows added and removed rules until they apply (tests inject short timings through it).
    PropagationWatcher *propagation() const { return m_propagation; }

public slots:
    void newRule();
    /// "Add several…": paste addresses, review them, add the ticked ones (BulkAddFlow).
    void addSeveral();
    void allowMyIp();
    void deleteSelected();
    /// Opens the step-by-step access check.
    void checkAccess();

signals:
    /// A fix offered by the access check that another page carries out (reset a password...).
    void accessFixRequested(AccessCheck::Fix fix, const QString &user);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();
    void updateEmptyState();
    /// Rules concerning this computer are proved by test connections (with backoff) until active or the deadline.
    /// \a ruleId: the rule added, whose disappearance (deleted from elsewhere) ends the wait.
    void startPropagation(const QString &what, bool concernsThisComputer, const QString &ruleId = QString());
    /// After a refresh: when the rule being waited for is gone (deleted by another client), stops waiting and says
    /// so. True when it did.
    bool stopIfWatchedRuleGone();
    void showPropagation();
    bool concernsThisComputer(const NewFirewallRule &rule) const;
    void submitRule(NewRuleDialog *dialog, const NewFirewallRule &rule);
    void openNewRuleDialog(const QString &cidr, const QString &label,
                           RuleExpiry::Duration duration = RuleExpiry::Duration::Permanent);
    /// Answers the New rule dialog's publicIpWanted(): the address already found, or a lookup.
    void givePublicIp(NewRuleDialog *dialog);
    FirewallRule selectedRule() const;

    std::unique_ptr<Ui::InternetAccessPage> m_ui;
    QPointer<ApiClient> m_client;
    QPointer<DatabaseSession> m_session;
    RulesProxyModel *m_proxy;
    PropagationWatcher *m_propagation;
    RuleExpiryActions *m_expiry;
    QUrl m_whatIsMyIpUrl;
    QString m_myIp;
    QString m_watchedRuleId; ///< the rule whose addition is being waited for (startPropagation())
    bool m_fetchingIp = false;
};
