#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "alldatabasespage.h"
#include "api/apiclient.h"
#include "databaseuserspage.h"
#include "extensionspage.h"
#include "history/changehistory.h"
#include "history/historystore.h"
#include "historypage.h"
#include "icons.h"
#include "internetaccessibilitypage.h"
#include "internetaccesspage.h"
#include "models/addondiscovery.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/databaseusersmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"
#include "onboardflow.h"
#include "offboardflow.h"
#include "overviewpage.h"
#include "signinpage.h"
#include "system/sandboxlauncher.h"
#include "system/tokenstore.h"

#include <QCloseEvent>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QSettings>
#include <QTimer>

// The rest of MainWindow lives in mainwindow_chrome.cpp, mainwindow_signin.cpp, mainwindow_databases.cpp and
// mainwindow_pages.cpp.

namespace {
constexpr auto kGeometryKey = "ui/geometry";
const QString kKeychainService = QStringLiteral("Gatehouse");
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
    , m_history(new ChangeHistory(options.historyPath.isEmpty() ? HistoryStore::defaultPath() : options.historyPath,
                                  this))
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
    auto *onboard = OnboardFlow::install(m_allDatabasesPage, m_client, m_history); // issue 18: "Onboard a person…"
    m_ui->historyLayout->addWidget(m_historyPage);
    auto *offboard = OffboardFlow::attach(m_allDatabasesPage, m_client, m_history); // offboard, copy rules
    // Written from the All databases tab: the open database's pages show the new rules and users at once.
    connect(onboard, &OnboardFlow::databasesChanged, this, &MainWindow::refreshIfAmong);
    connect(offboard, &OffboardFlow::databasesChanged, this, &MainWindow::refreshIfAmong);

    setupChrome();
    setupSignIn();
    setupDatabasePicker();
    wirePages();

    restoreGeometry(QSettings().value(QLatin1String(kGeometryKey)).toByteArray());
    configureEndpoints();
    showSignIn();
    if (options.startSandbox)
        QTimer::singleShot(0, this, &MainWindow::startSandbox);
    else
        QTimer::singleShot(0, this, &MainWindow::restoreRememberedToken);
}

MainWindow::~MainWindow() = default;

void MainWindow::showBanner(const QString &text, bool error)
{
    m_ui->bannerLabel->showMessage(error ? MessageBanner::Kind::Error : MessageBanner::Kind::Info, text);
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
