#pragma once

// The fixture of tst_internetaccess_sandbox, whose tests are in tst_internetaccess_sandbox.cpp and
// tst_internetaccess_dialogs_sandbox.cpp.

#include "api/apiclient.h"
#include "confirmdialog.h"
#include "guisandbox.h"
#include "internetaccesspage.h"
#include "models/databasesession.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"
#include "newruledialog.h"
#include "system/tokenstore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDate>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace GuiSandbox;

class TestInternetAccessSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deniedWithoutRules();
    void customRuleAdmitsThisComputer();
    void managedSandboxRangeAdmitsThisComputer();
    void allowMyIpThenDeleteTheLastRuleForThisComputer();
    void deleteAsksAndNamesTheRule();
    void serverRefusalStaysInTheDialog();
    void quotaOf30Rules();
    void watchedRuleDeletedElsewhere();

    void cleanupTestCase();

private:
    QString rulesPath() const { return QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId); }
    QJsonArray serverRules();
    QString addRuleThroughApi(const QJsonObject &rule);
    /// Reloads the page's model and waits until it shows `count` rules.
    bool reloadAndWait(int count);
    /// Clicks "New rule" and returns the dialog it opened.
    NewRuleDialog *openNewRule();
    bool waitClosed(QPointer<QDialog> dialog);
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
    InternetAccessPage *m_page = nullptr;
    FirewallRulesModel *m_rules = nullptr;
};
