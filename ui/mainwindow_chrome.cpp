#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "icons.h"
#include "models/addondiscovery.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/databaseusersmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"
#include "plaintext.h"
#include "translator.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>

// The window's chrome: tab icons, menus and their actions, the account button, the status bar and the language.

void MainWindow::setupChrome()
{
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
    m_statusLabel->setText(
            discovering    ? tr("Looking for addons: %1 of %2 apps").arg(m_discovery->done()).arg(m_discovery->total())
                    : busy ? tr("Loading…")
                           : QString());
}

void MainWindow::setLanguage(const QString &choice)
{
    Translator::storeChoice(choice);
    Translator::install(Translator::resolve(choice));
}

void MainWindow::updateAccountButton()
{
    // The account name comes from the server: visible characters only, and a tooltip that cannot become markup.
    const QString account = PlainText::visible(m_account);
    m_ui->accountButton->setText(m_usingSandbox ? tr("Local sandbox") : account);
    m_ui->accountButton->setToolTip(PlainText::toolTip(m_usingSandbox
                                                               ? tr("Signed in to the local sandbox as %1").arg(account)
                                                               : tr("Signed in as %1").arg(account)));
}
