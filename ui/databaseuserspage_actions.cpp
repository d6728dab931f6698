// Database Users page: the actions on users (add, test login, reset or set a password, delete, copy a URI).
#include "databaseuserspage.h"
#include "ui_databaseuserspage.h"

#include "accesscheckdialog.h"
#include "adduserdialog.h"
#include "api/apireply.h"
#include "clipboardguard.h"
#include "confirmdialog.h"
#include "dialogsubmission.h"
#include "domain/connectionuri.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "passworddialog.h"
#include "plaintext.h"
#include "usersproxymodel.h"

#include <QItemSelectionModel>

void DatabaseUsersPage::addUser()
{
    if (!m_ui->addButton->isEnabled())
        return;
    auto *dialog = new AddUserDialog(AddUserDialog::Mode::AddUser, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (const DatabaseUser &u : m_session->users()->users())
        names << u.name;
    dialog->setExistingUsernames(names);
    connect(dialog, &AddUserDialog::submitted, this, [this, dialog] {
        const NewDatabaseUser user = dialog->user();
        ApiReply *reply = m_session->users()->createUser(user);
        if (!reply)
            return;
        trackSubmission(
                this, dialog, reply,
                [this, user](ApiReply *reply) {
                    const DatabaseUser created = reply->value<DatabaseUser>();
                    if (reply->secretLost())
                        showLost(user.name, true);
                    else if (user.password.isEmpty() && !created.password.isEmpty())
                        showSecret(user.name, created.password);
                    else
                        m_ui->messageLabel->showInfo(
                                reply->reconciled()
                                        ? tr("User %1 was created (confirmed after the connection dropped).")
                                                  .arg(PlainText::visible(user.name))
                                        : tr("User %1 created.").arg(PlainText::visible(user.name)));
                },
                [this, name = user.name](const ApiError &error) {
                    // The dialog was closed meanwhile: say what failed.
                    m_ui->messageLabel->showError(tr("User %1 was not created: %2").arg(PlainText::visible(name), error.message()));
                });
    });
    dialog->open();
}

void DatabaseUsersPage::testLogin()
{
    const DatabaseUser user = selectedUser();
    if (user.name.isEmpty() || !m_ui->testLoginButton->isEnabled())
        return;
    auto *dialog = AccessCheckDialog::openFor(this, m_session, AccessCheckDialog::Mode::LoginTest, user.name);
    connect(dialog, &AccessCheckDialog::fixRequested, this, [this](AccessCheck::Fix fix, const QString &name) {
        if (fix == AccessCheck::Fix::ResetPassword)
            QMetaObject::invokeMethod(this, [this, name] { resetPasswordFor(name); }, Qt::QueuedConnection);
    });
}

void DatabaseUsersPage::resetPasswordFor(const QString &name)
{
    DatabaseUsersModel *model = m_session ? m_session->users() : nullptr;
    const int row = model ? model->rowOf(name) : -1;
    if (row < 0)
        return;
    m_ui->usersView->selectionModel()->setCurrentIndex(
            m_proxy->mapFromSource(model->index(row, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    resetPassword();
}

void DatabaseUsersPage::resetPassword()
{
    const DatabaseUser user = selectedUser();
    if (!user.name.isEmpty() && m_ui->resetButton->isEnabled())
        resetPasswordOf(user.name, true);
}

void DatabaseUsersPage::resetPasswordOf(const QString &name, bool ask)
{
    if (ask) {
        ConfirmRequest request;
        request.title = tr("Reset password");
        request.headline = tr("Reset the password of %1?").arg(PlainText::visible(name));
        request.message = tr("Scalingo generates a new password and shows it once. Applications using the current "
                             "password will be refused until you update them. The current password cannot be "
                             "restored afterwards: this cannot be undone.");
        request.confirmText = tr("Reset password");
        if (!ConfirmDialog::ask(this, request))
            return;
    }
    ApiReply *reply = m_session->users()->resetPassword(name);
    if (!reply)
        return;
    m_ui->messageLabel->showInfo(tr("Resetting the password of %1…").arg(PlainText::visible(name)));
    connect(reply, &ApiReply::finished, this, [this, reply, name] {
        if (reply->isSuccess()) {
            m_ui->messageLabel->clearMessage();
            showSecret(name, reply->value<DatabaseUser>().password);
        } else if (reply->secretLost()) {
            m_ui->messageLabel->clearMessage();
            showLost(name);
        } else {
            m_ui->messageLabel->showError(
                    tr("The password of %1 was not reset: %2").arg(PlainText::visible(name), reply->error().message()));
        }
    });
}

void DatabaseUsersPage::showSecret(const QString &name, const QString &password)
{
    auto *dialog = new PasswordDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showPassword(name, password, m_session->connectionUri());
    dialog->open();
}

void DatabaseUsersPage::showLost(const QString &name, bool created)
{
    auto *dialog = new PasswordDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showLost(name, created);
    connect(dialog, &PasswordDialog::resetAgainRequested, this,
            [this](const QString &user) { resetPasswordOf(user, false); });
    dialog->open();
}

void DatabaseUsersPage::setPassword()
{
    const DatabaseUser user = selectedUser();
    if (user.name.isEmpty() || !m_ui->setPasswordButton->isEnabled())
        return;
    auto *dialog = new AddUserDialog(AddUserDialog::Mode::SetPassword, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUsername(user.name);
    connect(dialog, &AddUserDialog::submitted, this, [this, dialog, name = user.name] {
        ApiReply *reply = m_session->users()->updatePassword(name, dialog->password());
        if (!reply)
            return;
        trackSubmission(
                this, dialog, reply,
                [this, name](ApiReply *) { m_ui->messageLabel->showInfo(tr("Password of %1 updated.").arg(PlainText::visible(name))); },
                [this, name](const ApiError &error) {
                    m_ui->messageLabel->showError(
                            tr("The password of %1 was not changed: %2").arg(PlainText::visible(name), error.message()));
                });
    });
    dialog->open();
}

void DatabaseUsersPage::deleteUser()
{
    const DatabaseUser user = selectedUser();
    if (user.name.isEmpty() || !m_ui->deleteButton->isEnabled())
        return;
    ConfirmRequest request;
    request.title = tr("Delete user");
    request.headline = tr("Delete the user %1?").arg(PlainText::visible(user.name));
    request.message = tr("Applications and people using this user will lose access to the database. Objects it "
                         "owns are handed over to the database owner. This cannot be undone: a deleted user "
                         "cannot be restored, not even from the History tab.");
    request.typeToConfirm = user.name;
    request.confirmText = tr("Delete user");
    request.confirmIcon = QStringLiteral("delete");
    if (!ConfirmDialog::ask(this, request))
        return;
    ApiReply *reply = m_session->users()->deleteUser(user.name);
    if (!reply)
        return;
    connect(reply, &ApiReply::finished, this, [this, reply, name = user.name] {
        if (reply->isSuccess())
            m_ui->messageLabel->showInfo(tr("User %1 has been deleted.").arg(PlainText::visible(name)));
        else if (reply->error().kind() == ApiError::Kind::NotFound)
            m_ui->messageLabel->showInfo(tr("User %1 was already deleted.").arg(PlainText::visible(name)));
        else
            m_ui->messageLabel->showError(tr("User %1 was not deleted: %2").arg(PlainText::visible(name), reply->error().message()));
    });
}

void DatabaseUsersPage::copyConnectionUri()
{
    const DatabaseUser user = selectedUser();
    const auto base = ConnectionUri::parse(m_session ? m_session->connectionUri() : QString());
    if (user.name.isEmpty() || !base)
        return;
    // Passwords are never kept: the URI carries only the username (add the password you stored).
    ClipboardGuard::instance()->copySecret(base->withCredentials(user.name, QString()).toString());
    m_ui->messageLabel->showInfo(tr("Connection URI of %1 copied, without its password.").arg(PlainText::visible(user.name)));
}
