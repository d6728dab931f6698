#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "alldatabasespage.h"
#include "api/apiclient.h"
#include "api/apireply.h"
#include "history/changehistory.h"
#include "internetaccesspage.h"
#include "models/addondiscovery.h"
#include "models/alldatabasesmodel.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/expirysweeper.h"
#include "plaintext.h"
#include "signinpage.h"
#include "system/sandboxlauncher.h"
#include "system/tokenstore.h"

#include <QSettings>

// Signing in and out: with a token (remembered in the keychain or not) or in the local sandbox.

namespace {
constexpr auto kRememberKey = "session/remember";
const QString kKeychainAccount = QStringLiteral("scalingo-api-token");
} // namespace

void MainWindow::setupSignIn()
{
    connect(m_signInPage, &SignInPage::signInRequested, this, &MainWindow::signIn);
    connect(m_signInPage, &SignInPage::sandboxRequested, this, &MainWindow::startSandbox);
    m_signInPage->setKeychainAvailable(KeychainTokenStore::isCompiledIn() || m_options.tokenStore,
                                       tr("Gatehouse was built without QtKeychain"));
    m_signInPage->setRemember(QSettings().value(QLatin1String(kRememberKey), true).toBool());

    connect(m_sandbox, &SandboxLauncher::ready, this, [this](const QUrl &url, const QString &token) {
        m_usingSandbox = true;
        configureEndpoints(url);
        m_internetAccessPage->setPropagationDelay(m_options.sandboxFirewallDelay);
        m_internetAccessPage->setWhatIsMyIpUrl(url.resolved(QUrl(QStringLiteral("/whatismyip"))));
        m_allDatabasesPage->model()->setWhatIsMyIpUrl(url.resolved(QUrl(QStringLiteral("/whatismyip"))));
        signIn(token, false);
    });
    connect(m_sandbox, &SandboxLauncher::failed, this,
            [this](const QString &message) { m_signInPage->setError(message); });

    connect(m_client, &ApiClient::signedOut, this, [this] {
        showSignIn(tr("Your session has expired or the token was revoked. Sign in again to continue where you "
                      "left off."));
    });
}

void MainWindow::configureEndpoints(const QUrl &sandboxUrl)
{
    ApiEndpoints endpoints = ApiEndpoints::fromEnvironment();
    if (!m_options.authUrl.isEmpty())
        endpoints.auth = QUrl(m_options.authUrl);
    if (!m_options.apiUrl.isEmpty())
        endpoints.api = QUrl(m_options.apiUrl);
    if (!m_options.dbUrl.isEmpty())
        endpoints.databaseApi = QUrl(m_options.dbUrl);
    if (sandboxUrl.isValid())
        endpoints = ApiEndpoints::single(sandboxUrl);
    m_client->setEndpoints(endpoints);
}

void MainWindow::restoreRememberedToken()
{
    m_tokenStore->read(kKeychainAccount, this, [this](std::optional<QString> token, const QString &error) {
        if (!error.isEmpty() && m_tokenStore->isPersistent())
            m_signInPage->setKeychainAvailable(false, error);
        if (token && !token->isEmpty())
            signIn(*token, true);
    });
}

void MainWindow::startSandbox()
{
    const QString exe = SandboxLauncher::findExecutable(m_options.sandboxExecutable);
    if (exe.isEmpty()) {
        m_signInPage->setError(tr("The local sandbox (gatehouse-sandbox) is not installed next to Gatehouse."));
        return;
    }
    m_signInPage->setBusy(true, tr("Starting the local sandbox…"));
    statusBar()->showMessage(tr("Starting the local sandbox and its PostgreSQL database…"));
    QStringList arguments = m_options.sandboxArguments;
    arguments << QStringLiteral("--firewall-delay") << QString::number(m_options.sandboxFirewallDelay);
    m_sandbox->start(exe, arguments);
}

void MainWindow::signIn(const QString &token, bool remember)
{
    m_signInPage->setBusy(true, tr("Signing in…"));
    statusBar()->showMessage(tr("Signing in…"));
    m_client->setApiToken(token);
    ApiReply *reply = m_client->signIn();
    connect(reply, &ApiReply::finished, this, [this, reply, token, remember] {
        if (!reply->isSuccess()) {
            const ApiError error = reply->error();
            m_client->clearCredentials();
            m_signInPage->setError(error.kind() == ApiError::Kind::Unauthorized
                                                   || error.kind() == ApiError::Kind::SignedOut
                                           ? tr("This token was refused. Check that you copied it entirely and that "
                                                "it has not been revoked.")
                                           : error.message());
            statusBar()->clearMessage();
            return;
        }
        m_account = reply->value<QString>();
        m_history->setAccount(m_account);
        onSignedIn(token, remember);
    });
}

void MainWindow::onSignedIn(const QString &token, bool remember)
{
    QSettings().setValue(QLatin1String(kRememberKey), remember);
    if (remember) {
        m_tokenStore->write(kKeychainAccount, token, this, [this](bool ok, const QString &error) {
            if (!ok)
                statusBar()->showMessage(tr("The token could not be saved in the keychain (%1); it is kept in memory "
                                            "until you quit.")
                                                 .arg(PlainText::visible(error)),
                                         10000);
        });
    } else if (!m_usingSandbox) {
        // "Remember me" unticked: a token remembered earlier (maybe another account's) must not sign in next time.
        m_tokenStore->remove(kKeychainAccount, this, [](bool, const QString &) {});
    }
    m_signInPage->setBusy(false);
    m_signInPage->clearToken();
    updateAccountButton();
    statusBar()->showMessage(tr("Signed in as %1").arg(PlainText::visible(m_account)), 5000);
    showDashboard();
    loadDatabasesAfterSignIn();
}

void MainWindow::signOut()
{
    m_tokenStore->remove(kKeychainAccount, this, [](bool, const QString &) {});
    m_client->clearCredentials();
    m_session->sweeper()->forgetAll(); // no deletions (or retries) with nobody signed in
    m_session->close();
    m_discovery->stop();
    m_databases->clear();
    m_pendingDatabaseId.clear();
    m_sandbox->stop();
    m_usingSandbox = false;
    m_internetAccessPage->setPropagationDelay(120);
    m_internetAccessPage->setWhatIsMyIpUrl(InternetAccessPage::defaultWhatIsMyIpUrl());
    configureEndpoints();
    showSignIn(tr("You are signed out."), false);
}

void MainWindow::showSignIn(const QString &message, bool isError)
{
    m_ui->stack->setCurrentWidget(m_ui->signInContainer);
    m_ui->menuBar->setEnabled(true);
    m_ui->actionSignOut->setEnabled(false);
    m_ui->actionRefresh->setEnabled(false);
    m_signInPage->setBusy(false);
    if (!message.isEmpty() && isError)
        m_signInPage->setError(message);
    else if (!message.isEmpty())
        m_signInPage->setInfo(message);
    setWindowTitle(tr("Gatehouse — Sign in"));
}

void MainWindow::showDashboard()
{
    m_ui->stack->setCurrentWidget(m_ui->dashboardContainer);
    m_ui->actionSignOut->setEnabled(true);
    m_ui->actionRefresh->setEnabled(true);
    setWindowTitle(tr("Gatehouse"));
}
