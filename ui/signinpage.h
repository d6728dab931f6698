#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SignInPage;
}

/// First-run page: asks for a Scalingo API token, or offers the local sandbox. It only collects input and shows
/// progress/errors; the main window performs the sign-in.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);
    ~SignInPage() override;

    QString token() const;
    bool remember() const;
    void setRemember(bool remember);
    void setBusy(bool busy, const QString &status = QString());
    void setError(const QString &message);
    /// A neutral notice (e.g. "You are signed out.").
    void setInfo(const QString &message);
    /// Explains where a remembered token goes, or that it will be kept in memory only.
    void setKeychainAvailable(bool available, const QString &detail = QString());
    void clearToken();

signals:
    void signInRequested(const QString &token, bool remember);
    void sandboxRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();

    std::unique_ptr<Ui::SignInPage> m_ui;
    bool m_busy = false;
};
