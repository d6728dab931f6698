#pragma once

#include "api/apierror.h"
#include "domain/firewallrule.h"
#include "domain/ruleexpiry.h"

#include <QObject>
#include <QPointer>

#include <functional>

class DatabaseSession;
class MessageBanner;
class QAction;
class QMenu;
class QToolButton;

/// The Internet Access page's temporary-rule actions and notices: the Expiry menu (extend the selected rule, make
/// it permanent, or make a permanent one temporary, through a label PATCH) and what the ExpirySweeper did on this
/// database ("Removed 2 expired temporary rules", or a failed deletion and when it is tried again).
class RuleExpiryActions : public QObject
{
    Q_OBJECT

public:
    RuleExpiryActions(QToolButton *button, MessageBanner *banner, QObject *parent = nullptr);

    void setSession(DatabaseSession *session);
    /// The rule the page's table has selected (an empty id when none).
    void setSelection(std::function<FirewallRule()> selected) { m_selected = std::move(selected); }
    /// Enables the menu for a selected custom rule when the page can write.
    void updateActions(bool ready);
    void retranslate();

    /// Sets rule \a rule's expiry to \a untilUtc (invalid: permanent). Public for tests.
    void setExpiry(const FirewallRule &rule, const QDateTime &untilUtc);
    /// The new expiry of \a rule for \a duration, counted from its current expiry when that is later than now.
    QDateTime extendedExpiry(const FirewallRule &rule, RuleExpiry::Duration duration) const;

private:
    QString describe(const FirewallRule &rule) const;

    QToolButton *m_button;
    MessageBanner *m_banner;
    QMenu *m_menu;
    QList<QPair<QAction *, RuleExpiry::Duration>> m_extend;
    QAction *m_permanent;
    QPointer<DatabaseSession> m_session;
    std::function<FirewallRule()> m_selected;
};
