#pragma once

#include "models/accesscheck.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class AccessCheckDialog;
}
class DatabaseSession;
class QLabel;
class QPushButton;

/// Shows an AccessCheck step by step: state icon, plain-language result and the fix as a button. The person picks
/// the user to log in as; the default user's password is known, another user's is typed for this check only (the
/// field is cleared as soon as the check starts). Fixes that belong to other pages are handed out with
/// fixRequested() and close the dialog; "check again" and "choose another user" are handled here.
class AccessCheckDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { FullCheck, LoginTest };

    /// \a check defaults to the session's own (its verdict feeds the Overview); LoginTest uses a private one.
    AccessCheckDialog(DatabaseSession *session, Mode mode, QWidget *parent = nullptr);
    ~AccessCheckDialog() override;

    /// Opens a FullCheck (starting at once) or a LoginTest for \a user (waiting for the password); deleted on close.
    static AccessCheckDialog *openFor(QWidget *parent, DatabaseSession *session, Mode mode,
                                      const QString &user = QString());

    AccessCheck *check() const { return m_check; }
    /// The fix's button text ("Allow my current IP", "Reset password…"); empty for None. The Overview shows it too.
    static QString fixText(AccessCheck::Fix fix);
    void setUser(const QString &user);

public slots:
    void startCheck();

signals:
    void fixRequested(AccessCheck::Fix fix, const QString &user);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    struct Row
    {
        QLabel *icon;
        QLabel *title;
        QLabel *message;
        QPushButton *fix;
    };
    void updateStep(AccessCheck::Step step);
    void updateAll();
    void updateLoginFields();
    bool isDefaultUser() const;

    std::unique_ptr<Ui::AccessCheckDialog> m_ui;
    QPointer<DatabaseSession> m_session;
    AccessCheck *m_check;
    Mode m_mode;
    QString m_defaultUser;
    QList<Row> m_rows;
};
