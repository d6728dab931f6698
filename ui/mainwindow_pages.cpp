#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "databaseuserspage.h"
#include "extensionspage.h"
#include "history/changehistory.h"
#include "historypage.h"
#include "internetaccessibilitypage.h"
#include "internetaccesspage.h"
#include "models/databasefeaturesmodel.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/databaseusersmodel.h"
#include "models/expirysweeper.h"
#include "models/firewallrulesmodel.h"
#include "models/lastseentracker.h"
#include "models/managedrangesmodel.h"
#include "overviewpage.h"

#include <QSettings>

// The pages on the open database's session: what each shows, where undo is offered, and the links between them.

void MainWindow::wirePages()
{
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
    m_historyPage->offerUndoIn(m_internetAccessPage->banner(),
                               {WriteEvent::Kind::RuleCreated, WriteEvent::Kind::RuleDeleted});
    m_historyPage->offerUndoIn(m_usersPage->banner(), {WriteEvent::Kind::UserCreated});
    m_historyPage->offerUndoIn(m_extensionsPage->banner(),
                               {WriteEvent::Kind::ExtensionEnabled, WriteEvent::Kind::ExtensionDisabled});
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
        m_ui->bannerLabel->showMessage(MessageBanner::Kind::Info,
                                       removed.isEmpty() ? summary : summary + u'\n' + removed,
                                       {{QStringLiteral("clear-changes"), tr("Clear")}});
    });
    connect(m_ui->bannerLabel, &MessageBanner::linkTriggered, this, [this](const QString &link) {
        if (link == QLatin1String("clear-changes"))
            m_session->lastSeen()->clear();
    });
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
