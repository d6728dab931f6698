#pragma once

#include "api/apierror.h"
#include "models/accesscheck.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>

namespace Ui {
class MainWindow;
}
class AllDatabasesPage;
class AddonDiscovery;
struct Database;
class ChangeHistory;
class HistoryPage;
class ApiClient;
struct Database;
class DatabaseSession;
class DatabaseUsersPage;
class ExtensionsPage;
class DatabasesModel;
class InternetAccessPage;
class InternetAccessibilityPage;
class OverviewPage;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class SandboxLauncher;
class SignInPage;
class TokenStore;

/// The shell: sign-in, database picker, top-level tabs (Overview, Settings → Internet Access / Database Users,
/// Extensions), account menu and status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool startSandbox = false;
        QString sandboxExecutable;
        /// Extra gatehouse-sandbox arguments (tests pass a throwaway --data-dir).
        QStringList sandboxArguments;
        /// Propagation delay the sandbox emulates, in seconds (Scalingo takes about 2 minutes).
        int sandboxFirewallDelay = 10;
        QString authUrl;
        QString apiUrl;
        QString dbUrl;
        /// Tests inject an in-memory store; nullptr means the OS keychain.
        TokenStore *tokenStore = nullptr;
        /// The change history's file; empty means HistoryStore::defaultPath().
        QString historyPath;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    ApiClient *client() const { return m_client; }
    DatabaseSession *session() const { return m_session; }
    DatabasesModel *databases() const { return m_databases; }
    /// Every write made from here (issue 17); whoever writes on its own may add a reason (ChangeHistory::expect()).
    ChangeHistory *history() const { return m_history; }

public slots:
    void signIn(const QString &token, bool remember);
    void startSandbox();
    void signOut();
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The constructor's wiring, one part per file (mainwindow_<part>.cpp), connected in this order.
    void setupChrome(); // mainwindow_chrome.cpp: tab icons, menus and actions, account button, status bar
    void setupSignIn(); // mainwindow_signin.cpp: sign-in page, sandbox launcher, expired session
    void setupDatabasePicker(); // mainwindow_databases.cpp: database picker, its model and addon discovery
    void wirePages(); // mainwindow_pages.cpp: pages on the session, history and undo, navigation
    void refreshIfAmong(const QList<Database> &databases);

    void showSignIn(const QString &message = QString(), bool isError = true);
    void showDashboard();
    void configureEndpoints(const QUrl &sandboxUrl = QUrl());
    void onSignedIn(const QString &token, bool remember);
    void onDatabasesLoaded();
    void openSelectedDatabase();
    /// After signing in: reopen the remembered database and list them all again.
    void loadDatabasesAfterSignIn();
    /// Where the addon id of \a db is remembered (not a secret): saves a round trip at the next opening.
    static QString addonKey(const Database &db);
    void updateStatus();
    void updateAccountButton();
    void showBanner(const QString &text, bool error);
    void setLanguage(const QString &choice);
    void restoreRememberedToken();
    /// Overview links and the access check's fixes: show the page that carries them out.
    void navigateTo(const QString &where);
    void applyAccessFix(AccessCheck::Fix fix, const QString &user);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Options m_options;
    QNetworkAccessManager *m_nam;
    ApiClient *m_client;
    TokenStore *m_tokenStore;
    SandboxLauncher *m_sandbox;
    DatabasesModel *m_databases;
    AddonDiscovery *m_discovery;
    InternetAccessibilityPage *m_accessibilityPage;
    DatabaseSession *m_session;
    SignInPage *m_signInPage;
    OverviewPage *m_overviewPage;
    InternetAccessPage *m_internetAccessPage;
    DatabaseUsersPage *m_usersPage;
    ExtensionsPage *m_extensionsPage;
    AllDatabasesPage *m_allDatabasesPage = nullptr;
    ChangeHistory *m_history;
    HistoryPage *m_historyPage;
    QLabel *m_statusLabel;
    QProgressBar *m_statusProgress;
    QString m_account;
    QString m_pendingDatabaseId;
    bool m_discoverAfterLoad = false; ///< addon discovery starts once the Dedicated Resources are listed
    bool m_usingSandbox = false;
};
