#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "databaseuserspage.h"
#include "extensionspage.h"
#include "history/changehistory.h"
#include "history/historystore.h"
#include "historypage.h"
#include "icons.h"
#include "internetaccesspage.h"
#include "internetaccessibilitypage.h"
#include "models/databasefeaturesmodel.h"
#include "alldatabasespage.h"
#include "databasepickerdelegate.h"
#include "models/alldatabasesmodel.h"
#include "models/addondiscovery.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/expirysweeper.h"
#include "models/databaseusersmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/lastseentracker.h"
#include "models/managedrangesmodel.h"
#include "overviewpage.h"
#include "plaintext.h"
#include "signinpage.h"
#include "system/sandboxlauncher.h"
#include "system/tokenstore.h"
#include "translator.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QSettings>
#include <QTimer>

namespace {
constexpr auto kGeometryKey = "ui/geometry";
constexpr auto kLastDatabaseKey = "session/lastDatabase";
constexpr auto kRememberKey = "session/remember";
constexpr auto kAddonCacheKey = "discovery/postgresqlAddons"; // app -> PostgreSQL addon ids and plans (no secrets)
QString addonKey(const Database &db)
{
    return QStringLiteral("session/addons/%1/%2").arg(db.region.isEmpty() ? QStringLiteral("-") : db.region, db.id);
}
const QString kKeychainService = QStringLiteral("Gatehouse");
const QString kKeychainAccount = QStringLiteral("scalingo-api-token");
} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_options(options)
    , m_nam(new QNetworkAccessManager(this))
    , m_client(new ApiClient(m_nam, this))
    , m_tokenStore(options.tokenStore ? options.tokenStore : new KeychainTokenStore(kKeychainService, this))
    , m_sandbox(new SandboxLauncher(this))
    , m_databases(new DatabasesModel(this))
    , m_discovery(new AddonDiscovery(m_client, this))
    , m_accessibilityPage(new InternetAccessibilityPage(this))
    , m_session(new DatabaseSession(m_client, this))
    , m_signInPage(new SignInPage(this))
    , m_overviewPage(new OverviewPage(this))
    , m_internetAccessPage(new InternetAccessPage(this))
    , m_usersPage(new DatabaseUsersPage(this))
    , m_extensionsPage(new ExtensionsPage(this))
    , m_history(new ChangeHistory(options.historyPath.isEmpty() ? HistoryStore::defaultPath() : options.historyPath, this))
    , m_historyPage(new HistoryPage(this))
    , m_statusLabel(new QLabel(this))
    , m_statusProgress(new QProgressBar(this))
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::appIcon());
    m_ui->signInLayout->addWidget(m_signInPage);
    m_ui->overviewLayout->addWidget(m_overviewPage);
    m_ui->internetAccessLayout->addWidget(m_internetAccessPage);
    // A classic addon has features instead of firewall rules: same place in Settings, another page.
    m_ui->internetAccessLayout->addWidget(m_accessibilityPage);
    m_accessibilityPage->hide();
    m_ui->usersLayout->addWidget(m_usersPage);
    m_ui->extensionsLayout->addWidget(m_extensionsPage);
    m_allDatabasesPage = AllDatabasesPage::attach(m_ui->tabs, m_client, m_databases, m_ui->databaseCombo);
    m_ui->historyLayout->addWidget(m_historyPage);

    m_ui->tabs->setTabIcon(0, Icons::icon(QStringLiteral("info")));
    m_ui->tabs->setTabIcon(1, Icons::icon(QStringLiteral("shield")));
    m_ui->tabs->setTabIcon(2, Icons::icon(QStringLiteral("extension")));
    m_ui->settingsMenu->item(0)->setIcon(Icons::icon(QStringLiteral("globe")));
    m_ui->settingsMenu->item(1)->setIcon(Icons::icon(QStringLiteral("users")));
    m_ui->settingsMenu->setCurrentRow(0);
    connect(m_ui->settingsMenu, &QListWidget::currentRowChanged, m_ui->settingsStack, &QStackedWidget::setCurrentIndex);

    m_ui->refreshButton->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_ui->refreshButton->setToolTip(tr("Refresh (F5)"));
    m_ui->refreshButton->setDefaultAction(m_ui->actionRefresh);
    m_ui->actionRefresh->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_ui->actionSignOut->setIcon(Icons::icon(QStringLiteral("sign-out")));
    auto *accountMenu = new QMenu(this);
    accountMenu->addAction(m_ui->actionSignOut);
    m_ui->accountButton->setMenu(accountMenu);
    m_ui->accountButton->setIcon(Icons::icon(QStringLiteral("users")));

    m_statusProgress->setMaximum(0);
    m_statusProgress->setMaximumWidth(120);
    m_statusProgress->setMaximumHeight(12);
    m_statusProgress->setTextVisible(false);
    m_statusProgress->setAccessibleName(tr("Working"));
    m_statusProgress->hide();
    statusBar()->addPermanentWidget(m_statusLabel);
    statusBar()->addPermanentWidget(m_statusProgress);

    auto *languages = new QActionGroup(this);
    for (QAction *a : {m_ui->actionLanguageSystem, m_ui->actionLanguageEnglish, m_ui->actionLanguageFrench})
        languages->addAction(a);
    const QString language = Translator::storedChoice();
    (language == QLatin1String("fr")           ? m_ui->actionLanguageFrench
             : language == QLatin1String("en") ? m_ui->actionLanguageEnglish
                                               : m_ui->actionLanguageSystem)
            ->setChecked(true);
    connect(m_ui->actionLanguageSystem, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("system")); });
    connect(m_ui->actionLanguageEnglish, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    connect(m_ui->actionLanguageFrench, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("fr")); });

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Gatehouse"),
                           tr("<b>Gatehouse %1</b><p>Manage who can reach your Scalingo for PostgreSQL® databases: "
                              "firewall rules, database users and extensions.</p>")
                                   .arg(QStringLiteral(GATEHOUSE_VERSION)));
    });

    connect(m_signInPage, &SignInPage::signInRequested, this, &MainWindow::signIn);
    connect(m_signInPage, &SignInPage::sandboxRequested, this, &MainWindow::startSandbox);
    m_signInPage->setKeychainAvailable(KeychainTokenStore::isCompiledIn() || options.tokenStore,
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

    // Database names come from the server: the combo draws the proxy's visible text (same rows as m_databases).
    m_ui->databaseCombo->setModel(PlainText::visibleModel(m_databases, this));
    m_ui->databaseCombo->setModelColumn(DatabasesModel::NameColumn);
    connect(m_ui->databaseCombo, &QComboBox::currentIndexChanged, this, &MainWindow::openSelectedDatabase);
    connect(m_databases, &ResourceModel::loaded, this, &MainWindow::onDatabasesLoaded);
    connect(m_databases, &ResourceModel::errorOccurred, this, [this](const ApiError &error) {
        if (std::exchange(m_discoverAfterLoad, false))
            m_discovery->start(); // addons may still be there
        showBanner(tr("Your databases could not be listed: %1").arg(error.message()), true);
    });
    m_databases->bind(m_client);
    // Many databases: typing filters the picker (any part of the name, kind, plan or region).
    m_ui->databaseCombo->setEditable(true);
    m_ui->databaseCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->databaseCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->databaseCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->databaseCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->databaseCombo->lineEdit()->setPlaceholderText(tr("Search databases"));
    // Grouped by kind under section headers, in the list and in the search popup.
    DatabasePickerDelegate::install(m_ui->databaseCombo);
    // A long entry (app · plan · region) is scrolled to its end by setText(): show its beginning, the name.
    connect(m_ui->databaseCombo, &QComboBox::currentIndexChanged, m_ui->databaseCombo->lineEdit(),
            [this] { m_ui->databaseCombo->lineEdit()->setCursorPosition(0); });

    m_discovery->setCache(QSettings().value(QLatin1String(kAddonCacheKey)).toMap());
    connect(m_discovery, &AddonDiscovery::found, this, [this](const QList<Database> &addons) {
        m_databases->addDiscovered(addons);
        const int row = m_databases->rowOf(m_pendingDatabaseId);
        if (row >= 0) {
            m_pendingDatabaseId.clear();
            m_ui->databaseCombo->setCurrentIndex(row);
        } else if (m_pendingDatabaseId.isEmpty() && !m_session->isOpen() && !m_session->isOpening()) {
            onDatabasesLoaded();
        }
    });
    connect(m_discovery, &AddonDiscovery::progress, this, &MainWindow::updateStatus);
    connect(m_discovery, &AddonDiscovery::failed, this,
            [this](const QString &message) { showBanner(message, true); });
    connect(m_discovery, &AddonDiscovery::finished, this, [this] {
        QSettings().setValue(QLatin1String(kAddonCacheKey), m_discovery->cache());
        // The remembered database is gone: fall back to the first one.
        m_pendingDatabaseId.clear();
        if (!m_databases->isLoading())
            onDatabasesLoaded();
        updateStatus();
    });

    m_overviewPage->setSession(m_session);
    m_internetAccessPage->setWhatIsMyIpUrl(InternetAccessPage::defaultWhatIsMyIpUrl());
    m_internetAccessPage->setSession(m_client, m_session);
    m_accessibilityPage->setModel(m_session->features());
    m_usersPage->setSession(m_session);
    m_extensionsPage->setSession(m_session);
    m_history->watch(m_client);
    m_history->watch(m_session);
    connect(m_session->sweeper(), &ExpirySweeper::removingExpiredRule, m_history,
            [this](const DatabaseRef &database, const FirewallRule &rule) {
                m_history->expect(database.addonId, WriteEvent::Kind::RuleDeleted, rule.id,
                                  tr("Temporary rule expired: removed automatically"));
            });
    m_historyPage->setHistory(m_history, m_session);
    m_historyPage->offerUndoIn(m_internetAccessPage->banner(), {WriteEvent::Kind::RuleCreated, WriteEvent::Kind::RuleDeleted});
    m_historyPage->offerUndoIn(m_usersPage->banner(), {WriteEvent::Kind::UserCreated});
    m_historyPage->offerUndoIn(m_extensionsPage->banner(), {WriteEvent::Kind::ExtensionEnabled, WriteEvent::Kind::ExtensionDisabled});
    connect(m_extensionsPage, &ExtensionsPage::allowMyIpRequested, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->settingsTab);
        m_ui->settingsMenu->setCurrentRow(0);
        if (!m_session->database().isAddon()) // an addon: the Internet accessibility toggle is the way in
            m_internetAccessPage->allowMyIp();
    });
    connect(m_overviewPage, &OverviewPage::navigationRequested, this, &MainWindow::navigateTo);
    connect(m_overviewPage, &OverviewPage::accessFixRequested, this, &MainWindow::applyAccessFix);
    connect(m_internetAccessPage, &InternetAccessPage::accessFixRequested, this, &MainWindow::applyAccessFix);
    connect(m_extensionsPage, &ExtensionsPage::accessFixRequested, this, &MainWindow::applyAccessFix);
    connect(m_session, &DatabaseSession::openFailed, this, [this](const ApiError &error) {
        showBanner(tr("This database could not be opened: %1").arg(error.message()), true);
    });
    connect(m_session, &DatabaseSession::opened, this, [this] {
        const bool addon = m_session->database().isAddon();
        m_internetAccessPage->setVisible(!addon);
        m_accessibilityPage->setVisible(addon);
        m_extensionsPage->setAddonMode(addon);
        m_ui->bannerLabel->clearMessage();
        QSettings().setValue(addonKey(m_session->database()), m_session->ref().addonId);
    });
    for (ResourceModel *model : std::initializer_list<ResourceModel *>{m_databases, m_session->rules(),
                                                                       m_session->users(), m_session->ranges()})
        connect(model, &ResourceModel::stateChanged, this, &MainWindow::updateStatus);
    // "Since Monday 14:02: 1 rule added, 1 user removed" (issue 17), dismissed with Clear.
    connect(m_session->lastSeen(), &LastSeenTracker::changesChanged, this, [this] {
        const QString summary = m_session->lastSeen()->summary();
        const QString removed = m_session->lastSeen()->removedText();
        m_ui->bannerLabel->showMessage(MessageBanner::Kind::Info, removed.isEmpty() ? summary : summary + u'\n' + removed,
                                       {{QStringLiteral("clear-changes"), tr("Clear")}});
    });
    connect(m_ui->bannerLabel, &MessageBanner::linkTriggered, this, [this](const QString &link) {
        if (link == QLatin1String("clear-changes"))
            m_session->lastSeen()->clear();
    });

    restoreGeometry(QSettings().value(QLatin1String(kGeometryKey)).toByteArray());
    configureEndpoints();
    showSignIn();
    if (options.startSandbox)
        QTimer::singleShot(0, this, &MainWindow::startSandbox);
    else
        QTimer::singleShot(0, this, &MainWindow::restoreRememberedToken);
}

MainWindow::~MainWindow() = default;

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
    if (m_pendingDatabaseId.isEmpty())
        m_pendingDatabaseId = QSettings().value(QLatin1String(kLastDatabaseKey)).toString();
    if (m_session->isOpen())
        m_session->refresh(); // back from an expired session: resume where the user was
    m_discoverAfterLoad = true;
    m_databases->reload();
}

void MainWindow::onDatabasesLoaded()
{
    // Addons come after the Dedicated Resources, so the picker's first rows never move under the user.
    if (std::exchange(m_discoverAfterLoad, false))
        m_discovery->start();
    if (m_databases->rowCount() == 0) {
        if (!m_discovery->isRunning())
            showBanner(tr("This account has no PostgreSQL database yet (neither Dedicated Resources nor an addon of "
                          "an app). Create one in the Scalingo dashboard, then refresh."),
                       false);
        return;
    }
    int row = m_databases->rowOf(m_pendingDatabaseId);
    // The remembered database may be an addon that discovery has not reached yet: wait for it.
    if (row < 0 && !m_pendingDatabaseId.isEmpty() && m_discovery->isRunning())
        return;
    if (row < 0)
        row = std::max(0, m_ui->databaseCombo->currentIndex());
    m_pendingDatabaseId.clear();
    if (m_ui->databaseCombo->currentIndex() != row)
        m_ui->databaseCombo->setCurrentIndex(row);
    else if (!m_session->isOpen() && !m_session->isOpening())
        openSelectedDatabase();
}

void MainWindow::openSelectedDatabase()
{
    const int row = m_ui->databaseCombo->currentIndex();
    if (row < 0)
        return;
    const Database db = m_databases->databaseAt(row);
    if (m_session->isOpen() && m_session->database().id == db.id)
        return;
    QSettings settings;
    settings.setValue(QLatin1String(kLastDatabaseKey), db.id);
    PlainText::setLabel(m_ui->databaseStatusLabel, db.isAddon()
                                ? tr("Addon of %1 · %2 · %3").arg(db.appName, db.plan, db.region)
                                : tr("%1 · %2").arg(db.plan, db.region));
    // The addon id is not a secret and never changes: remembering it saves a round trip at the next opening.
    m_session->open(db, settings.value(addonKey(db)).toString());
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

void MainWindow::refresh()
{
    if (m_ui->stack->currentWidget() != m_ui->dashboardContainer)
        return;
    m_discoverAfterLoad = true;
    m_databases->reload();
    m_session->refresh();
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

void MainWindow::showBanner(const QString &text, bool error)
{
    m_ui->bannerLabel->showMessage(error ? MessageBanner::Kind::Error : MessageBanner::Kind::Info, text);
}

void MainWindow::updateStatus()
{
    const bool busy = m_databases->isLoading() || m_session->rules()->isLoading() || m_session->users()->isLoading()
            || m_session->ranges()->isLoading();
    const bool discovering = m_discovery->isRunning();
    m_statusProgress->setVisible(busy || discovering);
    if (discovering && m_discovery->total() > 0) {
        m_statusProgress->setMaximum(m_discovery->total());
        m_statusProgress->setValue(m_discovery->done());
    } else {
        m_statusProgress->setMaximum(0);
    }
    m_statusLabel->setText(discovering ? tr("Looking for addons: %1 of %2 apps").arg(m_discovery->done()).arg(m_discovery->total())
                           : busy      ? tr("Loading…")
                                       : QString());
}

void MainWindow::setLanguage(const QString &choice)
{
    Translator::storeChoice(choice);
    Translator::install(Translator::resolve(choice));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateAccountButton();
        for (ResourceModel *model : std::initializer_list<ResourceModel *>{m_databases, m_session->rules(),
                                                                           m_session->users(), m_session->ranges()})
            model->retranslate();
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QLatin1String(kGeometryKey), saveGeometry());
    if (m_sandbox->isActive()) {
        // Quitting may wait for PostgreSQL to shut down (well under a second): say so first.
        statusBar()->showMessage(tr("Stopping the local sandbox…"));
        statusBar()->repaint();
        m_sandbox->stopAndWait();
    }
    event->accept();
}

void MainWindow::updateAccountButton()
{
    // The account name comes from the server: visible characters only, and a tooltip that cannot become markup.
    const QString account = PlainText::visible(m_account);
    m_ui->accountButton->setText(m_usingSandbox ? tr("Local sandbox") : account);
    m_ui->accountButton->setToolTip(PlainText::toolTip(m_usingSandbox ? tr("Signed in to the local sandbox as %1").arg(account)
                                                                      : tr("Signed in as %1").arg(account)));
}

void MainWindow::navigateTo(const QString &where)
{
    if (where == QLatin1String("extensions")) {
        m_ui->tabs->setCurrentWidget(m_ui->extensionsTab);
        return;
    }
    m_ui->tabs->setCurrentWidget(m_ui->settingsTab);
    m_ui->settingsMenu->setCurrentRow(where == QLatin1String("users") ? 1 : 0); // Internet Access or accessibility
}

void MainWindow::applyAccessFix(AccessCheck::Fix fix, const QString &user)
{
    switch (fix) {
    case AccessCheck::Fix::AllowMyIp:
    case AccessCheck::Fix::EnableInternetAccessibility:
        navigateTo(QStringLiteral("rules")); // a classic addon shows its Internet accessibility toggle there
        if (!m_session->database().isAddon())
            m_internetAccessPage->allowMyIp();
        break;
    case AccessCheck::Fix::ResetPassword:
        navigateTo(QStringLiteral("users"));
        m_usersPage->resetPasswordFor(user);
        break;
    default:
        break;
    }
}
