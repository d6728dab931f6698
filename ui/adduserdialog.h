#pragma once

#include "api/apierror.h"
#include "domain/databaseuser.h"

#include <QDialog>
#include <QSet>

#include <memory>

namespace Ui {
class AddUserDialog;
}

/// "Add a database user", and "Set password" for an existing user (same form without the username and read-only
/// fields). Each rule the server enforces is checked live next to its field; OK is enabled only when all pass.
/// The dialog never calls the API: the page submits the value and reports back with setBusy()/setError().
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { AddUser, SetPassword };

    explicit AddUserDialog(Mode mode, QWidget *parent = nullptr);
    ~AddUserDialog() override;

    /// Names already taken (checked case-insensitively, as the CLI does).
    void setExistingUsernames(const QStringList &names);
    /// SetPassword mode: whose password is changed.
    void setUsername(const QString &name);

    NewDatabaseUser user() const;
    QString password() const;
    bool isValid() const;

    void setBusy(bool busy);
    /// Shows the server's 422 messages next to their fields; other errors below the form. Typed values are kept.
    void setError(const ApiError &error);

signals:
    void submitted();

private:
    void updateState();

    std::unique_ptr<Ui::AddUserDialog> m_ui;
    Mode m_mode;
    QSet<QString> m_taken;
    bool m_busy = false;
};
