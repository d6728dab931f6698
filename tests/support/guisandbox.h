#pragma once
// Helpers for GUI tests that drive the real application against the real gatehouse-sandbox (SandboxProcess):
// isolated QSettings, a MainWindow signed in through its sign-in page, blocking libpq logins (to check in PostgreSQL
// what a flow did) and small widget helpers. Register such tests with `GUI INTEGRATION` and link
// gatehouse_ui, PostgreSQL::PostgreSQL and Qt6::Network.

#include "mainwindow.h"
#include "sandboxprocess.h"
#include "widgethelpers.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class TokenStore;
typedef struct pg_conn PGconn;

namespace GuiSandbox {

/// QStandardPaths test mode and a test organisation/application name, then clears those settings: QSettings never
/// reads or writes the user's real configuration. Call before anything touches QSettings.
void useTestSettings(const QString &organisation);

/// Options for a MainWindow talking to `sandbox` (explicit URLs, no sandbox launch), tokens kept in `store`.
MainWindow::Options optionsFor(const SandboxProcess &sandbox, TokenStore *store);

/// Types `token` in the sign-in page, sets "Remember me" and clicks Sign in. False if a widget is missing/disabled.
bool typeTokenAndSignIn(MainWindow *window, const QString &token, bool remember);

/// True while the dashboard (not the sign-in page) is shown.
bool dashboardShown(MainWindow *window);

/// Waits until the dashboard shows and the session is open with its URI, users, rules and ranges loaded.
bool waitUntilOpen(MainWindow *window, int timeoutMs = 60000);

/// A MainWindow for `sandbox` (optionsFor), 1000×700 and shown, signed in with the sandbox's API token (not
/// remembered) and open (waitUntilOpen). The window is in *window even when this fails, so the test can look at it.
bool openSignedIn(std::unique_ptr<MainWindow> *window, const SandboxProcess &sandbox, TokenStore *store);

/// Settings tab, then row 0 (Internet Access) or 1 (Database Users) of its menu.
void showSettingsPage(MainWindow *window, int row);

using TestWidgets::click;
using TestWidgets::selectRow;

/// `baseUri` (a postgresql:// URI) with another user's credentials and sslmode=require.
QString uriFor(const QString &baseUri, const QString &user, const QString &password);

/// One blocking libpq connection made exactly as an application would: PQconnectdb(conninfo) as given.
class PgLogin
{
public:
    explicit PgLogin(const QString &conninfo);
    ~PgLogin();
    PgLogin(const PgLogin &) = delete;
    PgLogin &operator=(const PgLogin &) = delete;

    bool ok() const;
    /// The session is encrypted (PQsslInUse).
    bool tls() const;
    /// libpq's connection error (e.g. `no pg_hba.conf entry ...`, `password authentication failed ...`).
    QString error() const;
    /// Runs one statement; false with lastError() on failure.
    bool exec(const QString &sql);
    /// First column of the first row, or nullopt on failure.
    std::optional<QString> value(const QString &sql);
    QString lastError() const { return m_lastError; }

private:
    PGconn *m_conn = nullptr;
    QString m_lastError;
};

} // namespace GuiSandbox
