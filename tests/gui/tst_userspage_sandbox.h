#pragma once

// The fixture of tst_userspage_sandbox, whose tests are in tst_userspage_sandbox.cpp and
// tst_userspage_passwords_sandbox.cpp.

#include "adduserdialog.h"
#include "api/apiclient.h"
#include "clipboardguard.h"
#include "confirmdialog.h"
#include "databaseuserspage.h"
#include "guisandbox.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "passworddialog.h"
#include "plaintext.h"
#include "system/tokenstore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace GuiSandbox;

class TestUsersPageSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void addUser_data();
    void addUser();
    void resetPassword();
    void setPassword();
    void deleteUser();
    void protectedUserIsLocked();
    void nameTakenMeanwhile();
    void clipboardIsClearedAfterTheDelay();
    void clipboardKeepsWhatWasCopiedSince();
    void copyConnectionUriLeavesThePasswordOut();

    void cleanupTestCase();

private:
    QString usersPath() const { return QStringLiteral("/api/databases/%1/users").arg(m_db.addonId); }
    QList<DatabaseUser> serverUsers();
    /// Creates `name` through the API (generated password), waits for the page to list it; returns the password.
    QString createThroughApi(const QString &name, bool readOnly);
    /// Selects `name` in the table, resets its password through the page and returns the dialog showing it.
    PasswordDialog *resetThroughPage(const QString &name);
    /// Answers "yes, stored" and closes a password dialog.
    bool closePasswordDialog(PasswordDialog *dialog);
    QString uri(const QString &user, const QString &password) const
    {
        return uriFor(m_window->session()->connectionUri(), user, password);
    }
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
    DatabaseUsersPage *m_page = nullptr;
    DatabaseUsersModel *m_users = nullptr;
};
