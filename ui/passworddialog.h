#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

/// Shows a password exactly once (after a reset or a creation with a generated password), with Copy buttons and the
/// ready-made connection URI for that user. Closing asks whether the password was stored. In "lost" mode it explains
/// that the password changed but never reached Gatehouse, and offers another reset.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordDialog(QWidget *parent = nullptr);
    ~PasswordDialog() override;

    /// `baseUri` is the default user's URI; host, port and database are kept, credentials replaced.
    void showPassword(const QString &username, const QString &password, const QString &baseUri);
    /// `created`: the user was just created (else its password was reset).
    void showLost(const QString &username, bool created = false);

    QString connectionUri() const;

    void done(int result) override;

signals:
    void resetAgainRequested(const QString &username);

private:
    std::unique_ptr<Ui::PasswordDialog> m_ui;
    QString m_username;
    bool m_lost = false;
};
