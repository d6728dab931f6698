#pragma once

#include "api/apierror.h"
#include "domain/firewallrule.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class InternetAccessPage;
}
class ApiClient;
class DatabaseSession;
class NewRuleDialog;
class QSortFilterProxyModel;
class QTimer;

/// Settings → Internet Access: the firewall rules of the open database.
class InternetAccessPage : public QWidget
{
    Q_OBJECT

public:
    explicit InternetAccessPage(QWidget *parent = nullptr);
    ~InternetAccessPage() override;

    void setSession(ApiClient *client, DatabaseSession *session);
    /// Where "Allow my current IP" asks for this computer's public address.
    void setWhatIsMyIpUrl(const QUrl &url);
    /// Where "Allow my current IP" asks for this computer's public IPv4 address: a plain-text service over HTTPS,
    /// configurable with the setting network/whatIsMyIpUrl or GATEHOUSE_WHATISMYIP_URL (the sandbox serves its own).
    static QUrl defaultWhatIsMyIpUrl();
    /// How long Scalingo takes to apply a change (the sandbox may be configured shorter).
    void setPropagationDelay(int seconds);

public slots:
    void newRule();
    void allowMyIp();
    void deleteSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();
    void updateEmptyState();
    void startPropagation(const QString &what, bool concernsThisComputer);
    /// After propagation, a TLS connection from here proves a rule that concerns this computer works.
    void checkReachable();
    bool concernsThisComputer(const NewFirewallRule &rule) const;
    void updateCountdown();
    void submitRule(NewRuleDialog *dialog, const NewFirewallRule &rule);
    void openNewRuleDialog(const QString &cidr, const QString &label);
    FirewallRule selectedRule() const;

    std::unique_ptr<Ui::InternetAccessPage> m_ui;
    QPointer<ApiClient> m_client;
    QPointer<DatabaseSession> m_session;
    QSortFilterProxyModel *m_proxy;
    QTimer *m_countdown;
    QDateTime m_appliedAt;
    QString m_propagationWhat;
    QUrl m_whatIsMyIpUrl;
    QString m_myIp;
    int m_propagationSeconds = 120;
    bool m_fetchingIp = false;
    bool m_checkAfterPropagation = false;
};
