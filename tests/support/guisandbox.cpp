#include "guisandbox.h"

#include "domain/connectionuri.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"
#include "models/modelroles.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <libpq-fe.h>

namespace GuiSandbox {

void useTestSettings(const QString &organisation)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QSettings().clear();
}

MainWindow::Options optionsFor(const SandboxProcess &sandbox, TokenStore *store)
{
    MainWindow::Options options;
    options.startSandbox = false;
    options.sandboxFirewallDelay = 0;
    const QString url = sandbox.url().toString();
    options.authUrl = url;
    options.apiUrl = url;
    options.dbUrl = url;
    options.tokenStore = store;
    return options;
}

bool typeTokenAndSignIn(MainWindow *window, const QString &token, bool remember)
{
    auto *edit = window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    auto *rememberCheck = window->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    auto *button = window->findChild<QAbstractButton *>(QStringLiteral("signInButton"));
    if (!edit || !rememberCheck || !button || !edit->isEnabled())
        return false;
    edit->clear();
    QTest::keyClicks(edit, token);
    rememberCheck->setChecked(remember);
    return click(button);
}

bool dashboardShown(MainWindow *window)
{
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("stack"));
    return stack && stack->currentWidget()
            && stack->currentWidget()->objectName() == QLatin1String("dashboardContainer");
}

bool waitUntilOpen(MainWindow *window, int timeoutMs)
{
    DatabaseSession *session = window->session();
    return QTest::qWaitFor(
            [&] {
                return dashboardShown(window) && session->isOpen() && !session->connectionUri().isEmpty()
                        && session->users()->hasData() && !session->users()->isLoading() && session->rules()->hasData()
                        && !session->rules()->isLoading() && session->ranges()->hasData()
                        && !session->ranges()->isLoading();
            },
            timeoutMs);
}

bool openSignedIn(std::unique_ptr<MainWindow> *window, const SandboxProcess &sandbox, TokenStore *store)
{
    *window = std::make_unique<MainWindow>(optionsFor(sandbox, store));
    (*window)->resize(1000, 700);
    (*window)->show();
    return typeTokenAndSignIn(window->get(), sandbox.apiToken(), false) && waitUntilOpen(window->get());
}

void showSettingsPage(MainWindow *window, int row)
{
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *settingsTab = window->findChild<QWidget *>(QStringLiteral("settingsTab"));
    auto *menu = window->findChild<QListWidget *>(QStringLiteral("settingsMenu"));
    if (tabs && settingsTab)
        tabs->setCurrentWidget(settingsTab);
    if (menu)
        menu->setCurrentRow(row);
}

QString uriFor(const QString &baseUri, const QString &user, const QString &password)
{
    const auto uri = ConnectionUri::parse(baseUri);
    return uri ? uri->withCredentials(user, password).toString() : QString();
}

PgLogin::PgLogin(const QString &conninfo) : m_conn(PQconnectdb(conninfo.toUtf8().constData())) { }

PgLogin::~PgLogin()
{
    PQfinish(m_conn);
}

bool PgLogin::ok() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgLogin::tls() const
{
    return ok() && PQsslInUse(m_conn) == 1;
}

QString PgLogin::error() const
{
    return m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QStringLiteral("out of memory");
}

bool PgLogin::exec(const QString &sql)
{
    return value(sql).has_value();
}

std::optional<QString> PgLogin::value(const QString &sql)
{
    if (!ok()) {
        m_lastError = error();
        return std::nullopt;
    }
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    std::optional<QString> out;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
        out = PQntuples(result) > 0 ? QString::fromUtf8(PQgetvalue(result, 0, 0)) : QString();
        m_lastError.clear();
    } else {
        m_lastError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    }
    PQclear(result);
    return out;
}

} // namespace GuiSandbox
