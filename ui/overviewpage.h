#pragma once

#include "models/accesscheck.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}
class DatabaseSession;
class QTimer;

/// Overview: status, version, plan, endpoint and the default user's connection string (masked; reveal and copy),
/// plus the answers at a glance: can this computer connect (the session's AccessCheck, with Check access), how many
/// rules and users (links to their pages), extensions enabled and, for a classic addon, Force TLS and Internet
/// accessibility.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setSession(DatabaseSession *session);

public slots:
    void checkAccess();

signals:
    /// A link was followed: "rules", "users", "extensions" or "accessibility".
    void navigationRequested(const QString &where);
    /// A fix offered by the access check, carried out by another page.
    void accessFixRequested(AccessCheck::Fix fix, const QString &user);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateInfo();
    void updateUri();
    void updateGlance();
    void scheduleGlance();

    std::unique_ptr<Ui::OverviewPage> m_ui;
    QPointer<DatabaseSession> m_session;
    QTimer *m_glanceTimer;
};
