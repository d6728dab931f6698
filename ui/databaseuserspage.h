#pragma once

#include "api/apierror.h"
#include "domain/databaseuser.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class DatabaseUsersPage;
}
class DatabaseSession;
class MessageBanner;
class QTimer;
class UsersProxyModel;

/// Settings → Database Users: list, add, reset or set a password, delete, copy a connection URI.
class DatabaseUsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit DatabaseUsersPage(QWidget *parent = nullptr);
    ~DatabaseUsersPage() override;

    void setSession(DatabaseSession *session);
    /// The page's status line (the change history offers "Undo" there).
    MessageBanner *banner() const;

public slots:
    void addUser();
    void resetPassword();
    void setPassword();
    void deleteUser();
    void copyConnectionUri();
    /// Logs in once as the selected user with a password typed for this test only (the access check's step 5).
    void testLogin();
    /// Selects \a name and asks to reset its password (the access check's "Reset password" fix).
    void resetPasswordFor(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();
    void scheduleMd5Notice();
    void updateEmptyState();
    void updateMd5Notice();
    void resetPasswordOf(const QString &name, bool ask);
    void showSecret(const QString &name, const QString &password);
    void showLost(const QString &name, bool created = false);
    DatabaseUser selectedUser() const;

    std::unique_ptr<Ui::DatabaseUsersPage> m_ui;
    QPointer<DatabaseSession> m_session;
    UsersProxyModel *m_proxy;
    QTimer *m_searchTimer;
    bool m_md5NoticeQueued = false;
};
