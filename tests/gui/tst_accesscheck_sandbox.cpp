// Issue 16: "Can I connect?" against the real gatehouse-sandbox, through the real widgets: Check access on the
// Overview (each step's success and failure: firewall closed, wrong password, unknown user, server not listening,
// TLS failure with --bad-certificate), Test login on the Users page, the fixes as buttons, the Overview at a glance,
// the rules table marking the rule that admits this computer, and the propagation that waits with backoff
// (--firewall-delay longer than announced).
#include "accesscheckdialog.h"
#include "confirmdialog.h"
#include "databaseuserspage.h"
#include "extensionspage.h"
#include "guisandbox.h"
#include "internetaccesspage.h"
#include "models/accesscheck.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"
#include "models/propagationwatcher.h"
#include "newruledialog.h"
#include "overviewpage.h"
#include "system/tokenstore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace GuiSandbox;
using State = AccessCheck::State;
using Fix = AccessCheck::Fix;

namespace {
const QString kUser = QStringLiteral("checker");
const QString kPassword = QStringLiteral("a-long-enough-password-for-checks-42");
} // namespace

class TestAccessCheckSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firewallClosed();
    void everyStepPasses();
    void wrongPasswordAndUnknownUser();
    void testLoginOnUsersPage();
    void tooManyConnections();
    void serverNotListening();
    void extensionsOfferCheckAccessFirst();
    void stillRefusedAfterTheDeadline();
    void tlsFailureAndSlowPropagation();

private:
    QString rulesPath(const SandboxProcess::Database &db) const
    {
        return QStringLiteral("/api/databases/%1/firewall_rules").arg(db.addonId);
    }
    void allowLoopback(SandboxProcess &sandbox, const SandboxProcess::Database &db, MainWindow *window);
    /// Clicks Check access on the Overview and waits for the dialog's run to end.
    AccessCheckDialog *checkFromOverview();
    bool waitFinished(AccessCheck *check);
    template<typename T>
    T *in(QWidget *parent, const char *name) const
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
    AccessCheck *m_check = nullptr;
};

void TestAccessCheckSandbox::initTestCase()
{
    useTestSettings(QStringLiteral("GatehouseGuiTest-accesscheck"));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    // The sandbox tells the address it sees (127.0.0.1); the window reads this at construction.
    qputenv("GATEHOUSE_WHATISMYIP_URL", m_sandbox.url().resolved(QUrl(QStringLiteral("/whatismyip"))).toEncoded());
    const SandboxProcess::Reply created
            = m_sandbox.post(QStringLiteral("/api/databases/%1/users").arg(m_db.addonId), m_db.addonToken,
                             {{QStringLiteral("database_user"),
                               QJsonObject{{QStringLiteral("name"), kUser}, {QStringLiteral("password"), kPassword}}}});
    QVERIFY2(created.status / 100 == 2, created.body.constData());

    QVERIFY(openSignedIn(&m_window, m_sandbox, &m_store));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->users()->contains(kUser), 30000);
    m_check = m_window->session()->accessCheck();
}

void TestAccessCheckSandbox::init()
{
    for (const QJsonValue &rule :
         m_sandbox.get(rulesPath(m_db), m_db.addonToken).json[QStringLiteral("rules")].toArray())
        m_sandbox.del(rulesPath(m_db) + QLatin1Char('/') + rule[QStringLiteral("id")].toString(), m_db.addonToken);
    FirewallRulesModel *rules = m_window->session()->rules();
    rules->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isLoading() && rules->rowCount() == 0, 30000);
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0); // Overview
}

void TestAccessCheckSandbox::cleanup()
{
    ConfirmDialog::setNextAnswer(std::nullopt);
    m_check->setConnectionUriOverride(QString());
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
}

void TestAccessCheckSandbox::allowLoopback(SandboxProcess &sandbox, const SandboxProcess::Database &db,
                                           MainWindow *window)
{
    const SandboxProcess::Reply added = sandbox.post(rulesPath(db), db.addonToken,
                                                     {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                                      {QStringLiteral("cidr"), QStringLiteral("127.0.0.1/32")},
                                                      {QStringLiteral("label"), QStringLiteral("test")}});
    QVERIFY2(added.status == 201, added.body.constData());
    FirewallRulesModel *rules = window->session()->rules();
    rules->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isLoading() && rules->rowCount() == 1, 30000);
}

bool TestAccessCheckSandbox::waitFinished(AccessCheck *check)
{
    return QTest::qWaitFor([check] { return check->hasRun() && !check->isRunning(); }, 60000);
}

AccessCheckDialog *TestAccessCheckSandbox::checkFromOverview()
{
    auto *overview = m_window->findChild<OverviewPage *>();
    if (!overview || !click(in<QPushButton>(overview, "checkAccessButton")))
        return nullptr;
    auto *dialog = overview->findChild<AccessCheckDialog *>();
    if (!dialog || !dialog->isVisible() || !waitFinished(m_check))
        return nullptr;
    return dialog;
}

void TestAccessCheckSandbox::firewallClosed()
{
    QAbstractItemModelTester tester(m_check, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AccessCheckDialog *dialog = checkFromOverview();
    QVERIFY(dialog);
    QCOMPARE(m_check->state(AccessCheck::PublicIpStep), State::Ok);
    QCOMPARE(m_check->publicIp(), QStringLiteral("127.0.0.1"));
    // No rule contains 127.0.0.1: predicted, then proved by a real login refused by pg_hba after TLS.
    QCOMPARE(m_check->state(AccessCheck::RulesStep), State::Failed);
    QCOMPARE(m_check->fix(AccessCheck::RulesStep), Fix::AllowMyIp);
    QCOMPARE(m_check->state(AccessCheck::TcpStep), State::Ok);
    QCOMPARE(m_check->state(AccessCheck::TlsStep), State::Ok);
    QVERIFY2(m_check->message(AccessCheck::TlsStep).contains(QStringLiteral("certificate is valid")),
             qPrintable(m_check->message(AccessCheck::TlsStep)));
    QCOMPARE(m_check->state(AccessCheck::LoginStep), State::Failed);
    QCOMPARE(m_check->fix(AccessCheck::LoginStep), Fix::AllowMyIp);
    QCOMPARE(m_check->verdict(), AccessCheck::Verdict::Blocked);
    // The dialog shows it, with the fix as a button; the Overview says "blocked" at a glance.
    QVERIFY(in<QLabel>(dialog, "step4Message")->text().contains(QStringLiteral("refuses this computer")));
    QPushButton *fix = in<QPushButton>(dialog, "step4Fix");
    QVERIFY(fix->isVisible());
    QCOMPARE(fix->text(), QStringLiteral("Allow my current IP"));
    auto *overview = m_window->findChild<OverviewPage *>();
    QTRY_VERIFY(in<QLabel>(overview, "thisComputerValue")->text().startsWith(QStringLiteral("blocked")));
    QCOMPARE(in<QLabel>(overview, "rulesValue")->text().contains(QStringLiteral("0 / 30")), true);
    // The fix leads to Internet Access with the New rule dialog for this computer.
    QVERIFY(click(fix));
    NewRuleDialog *ruleDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((ruleDialog = m_window->findChild<NewRuleDialog *>()) && ruleDialog->isVisible(), 30000);
    QCOMPARE(in<QLineEdit>(ruleDialog, "cidrEdit")->text(), QStringLiteral("127.0.0.1/32"));
    ruleDialog->reject();
}

void TestAccessCheckSandbox::everyStepPasses()
{
    allowLoopback(m_sandbox, m_db, m_window.get());
    AccessCheckDialog *dialog = checkFromOverview();
    QVERIFY(dialog);
    for (int step = 0; step < AccessCheck::StepCount; ++step)
        QVERIFY2(m_check->state(AccessCheck::Step(step)) == State::Ok,
                 qPrintable(QStringLiteral("%1: %2").arg(step).arg(m_check->message(AccessCheck::Step(step)))));
    QVERIFY(m_check->message(AccessCheck::RulesStep).contains(QStringLiteral("127.0.0.1/32 (test)")));
    QCOMPARE(m_check->verdict(), AccessCheck::Verdict::CanConnect);
    QVERIFY(!in<QPushButton>(dialog, "step4Fix")->isVisible());
    auto *overview = m_window->findChild<OverviewPage *>();
    QTRY_VERIFY(in<QLabel>(overview, "thisComputerValue")->text().startsWith(QStringLiteral("can connect")));
    QVERIFY(in<QLabel>(overview, "rulesValue")->text().contains(QStringLiteral("1 / 30")));
    QVERIFY(in<QLabel>(overview, "usersValue")->text().contains(QStringLiteral("users")));
    // The rules table marks the rule that admits this computer (icon and tooltip).
    FirewallRulesModel *rules = m_window->session()->rules();
    QVERIFY(rules->index(0, FirewallRulesModel::TargetColumn).data(ModelRoles::AdmitsThisComputerRole).toBool());
    auto *view = m_window->findChild<InternetAccessPage *>()->findChild<QTableView *>(QStringLiteral("rulesView"));
    const QModelIndex shown = view->model()->index(0, FirewallRulesModel::TargetColumn);
    QVERIFY(!shown.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(shown.data(Qt::ToolTipRole).toString().contains(QStringLiteral("admits this computer")));
}

void TestAccessCheckSandbox::wrongPasswordAndUnknownUser()
{
    allowLoopback(m_sandbox, m_db, m_window.get());
    AccessCheckDialog *dialog = checkFromOverview();
    QVERIFY(dialog);
    auto *users = in<QComboBox>(dialog, "userCombo");
    auto *password = in<QLineEdit>(dialog, "passwordEdit");
    QVERIFY(!password->isEnabled()); // the default user's password is known

    users->setCurrentIndex(users->findData(kUser));
    QVERIFY(password->isEnabled());
    password->setText(QStringLiteral("not-the-password"));
    QVERIFY(click(in<QPushButton>(dialog, "startButton")));
    QVERIFY(password->text().isEmpty()); // typed for this run only
    QVERIFY(waitFinished(m_check));
    QCOMPARE(m_check->state(AccessCheck::TlsStep), State::Ok);
    QCOMPARE(m_check->state(AccessCheck::LoginStep), State::Failed);
    QCOMPARE(m_check->fix(AccessCheck::LoginStep), Fix::ResetPassword);
    QVERIFY(m_check->message(AccessCheck::LoginStep).contains(QStringLiteral("password of checker is wrong")));
    QCOMPARE(in<QPushButton>(dialog, "step4Fix")->text(), QStringLiteral("Reset password…"));

    password->setText(kPassword);
    QVERIFY(click(in<QPushButton>(dialog, "startButton")));
    QVERIFY(waitFinished(m_check));
    QCOMPARE(m_check->state(AccessCheck::LoginStep), State::Ok);
    QCOMPARE(m_check->checkedUser(), kUser);

    users->setEditText(QStringLiteral("nobody_here"));
    password->setText(QStringLiteral("whatever-it-is"));
    QVERIFY(click(in<QPushButton>(dialog, "startButton")));
    QVERIFY(waitFinished(m_check));
    QCOMPARE(m_check->state(AccessCheck::LoginStep), State::Failed);
    QCOMPARE(m_check->fix(AccessCheck::LoginStep), Fix::ChooseUser);
    QVERIFY(m_check->message(AccessCheck::LoginStep).contains(QStringLiteral("no user nobody_here")));
}

void TestAccessCheckSandbox::tooManyConnections()
{
    allowLoopback(m_sandbox, m_db, m_window.get());
    // The database owner may lower its database's connection limit: one session held here fills it, so the check's
    // own login is the one too many (PostgreSQL: 53300, "too many connections for database").
    PgLogin held(uriFor(m_window->session()->connectionUri(), m_db.ownerUser, m_db.ownerPassword));
    QVERIFY2(held.ok(), qPrintable(held.error()));
    QVERIFY2(held.exec(QStringLiteral("ALTER DATABASE \"%1\" CONNECTION LIMIT 1").arg(m_db.pgDatabase)),
             qPrintable(held.lastError()));
    const auto restore = qScopeGuard([&held, this] {
        held.exec(QStringLiteral("ALTER DATABASE \"%1\" CONNECTION LIMIT -1").arg(m_db.pgDatabase));
    });
    AccessCheckDialog *dialog = checkFromOverview();
    QVERIFY(dialog);
    QCOMPARE(m_check->state(AccessCheck::TcpStep), State::Ok);
    QCOMPARE(m_check->state(AccessCheck::TlsStep), State::Ok);
    QCOMPARE(m_check->state(AccessCheck::LoginStep), State::Failed);
    QCOMPARE(m_check->fix(AccessCheck::LoginStep), Fix::Retry);
    QVERIFY2(m_check->message(AccessCheck::LoginStep).startsWith(QStringLiteral("Too many connections")),
             qPrintable(m_check->message(AccessCheck::LoginStep)));
    QCOMPARE(m_check->verdict(), AccessCheck::Verdict::Blocked);
    QCOMPARE(in<QPushButton>(dialog, "step4Fix")->text(), QStringLiteral("Check again"));
    auto *overview = m_window->findChild<OverviewPage *>();
    QTRY_VERIFY(in<QLabel>(overview, "thisComputerValue")->text().contains(QStringLiteral("Too many connections")));

    // Once a connection is free again, "Check again" logs in.
    QVERIFY(held.exec(QStringLiteral("ALTER DATABASE \"%1\" CONNECTION LIMIT -1").arg(m_db.pgDatabase)));
    QVERIFY(click(in<QPushButton>(dialog, "step4Fix")));
    QVERIFY(waitFinished(m_check));
    QTRY_COMPARE_WITH_TIMEOUT(m_check->state(AccessCheck::LoginStep), State::Ok, 30000);
}

void TestAccessCheckSandbox::testLoginOnUsersPage()
{
    allowLoopback(m_sandbox, m_db, m_window.get());
    showSettingsPage(m_window.get(), 1);
    auto *page = m_window->findChild<DatabaseUsersPage *>();
    QVERIFY(selectRow(in<QTableView>(page, "usersView"), kUser));
    QVERIFY(click(in<QPushButton>(page, "testLoginButton")));
    auto *dialog = page->findChild<AccessCheckDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(in<QComboBox>(dialog, "userCombo")->currentData().toString(), kUser);
    QVERIFY(!in<QLabel>(dialog, "step0Title")->isVisible()); // the login step only
    AccessCheck *check = dialog->check();
    QVERIFY(check != m_check); // a test login does not replace the Overview's answer

    in<QLineEdit>(dialog, "passwordEdit")->setText(kPassword);
    QVERIFY(click(in<QPushButton>(dialog, "startButton")));
    QVERIFY(waitFinished(check));
    QCOMPARE(check->state(AccessCheck::LoginStep), State::Ok);
    QCOMPARE(check->state(AccessCheck::TcpStep), State::Skipped);

    in<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("wrong-one"));
    QVERIFY(click(in<QPushButton>(dialog, "startButton")));
    QVERIFY(waitFinished(check));
    QCOMPARE(check->fix(AccessCheck::LoginStep), Fix::ResetPassword);
    // The fix asks to reset this user's password (declined here).
    ConfirmDialog::setNextAnswer(false);
    QVERIFY(click(in<QPushButton>(dialog, "step4Fix")));
    QTRY_VERIFY(ConfirmDialog::lastRequest().headline.contains(kUser));
}

void TestAccessCheckSandbox::serverNotListening()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there any more
    m_check->setConnectionUriOverride(QStringLiteral("postgresql://%1:pw@127.0.0.1:%2/%3?sslmode=require")
                                              .arg(m_db.ownerUser)
                                              .arg(port)
                                              .arg(m_db.pgDatabase));
    AccessCheckDialog *dialog = checkFromOverview();
    QVERIFY(dialog);
    QCOMPARE(m_check->state(AccessCheck::TcpStep), State::Failed);
    QVERIFY2(m_check->message(AccessCheck::TcpStep).startsWith(QStringLiteral("Refused")),
             qPrintable(m_check->message(AccessCheck::TcpStep)));
    QCOMPARE(m_check->state(AccessCheck::TlsStep), State::Skipped);
    QCOMPARE(m_check->state(AccessCheck::LoginStep), State::Skipped);
    QCOMPARE(in<QPushButton>(dialog, "step2Fix")->text(), QStringLiteral("Check again"));
}

void TestAccessCheckSandbox::extensionsOfferCheckAccessFirst()
{
    // No rule: the Extensions tab cannot connect, and the first thing it offers is Check access.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("extensionsTab")));
    auto *page = m_window->findChild<ExtensionsPage *>();
    QPushButton *check = in<QPushButton>(page, "checkAccessButton");
    QTRY_VERIFY_WITH_TIMEOUT(check->isVisible(), 60000);
    QVERIFY(check->isDefault());
    QVERIFY(click(check));
    auto *dialog = page->findChild<AccessCheckDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(waitFinished(m_check));
    QCOMPARE(m_check->fix(AccessCheck::LoginStep), Fix::AllowMyIp);
}

void TestAccessCheckSandbox::stillRefusedAfterTheDeadline()
{
    // No rule: the watcher keeps trying with backoff and only after the deadline says it is still refused.
    PropagationWatcher watcher;
    PropagationWatcher::Timings timings;
    timings.expectedMs = 300;
    timings.deadlineMs = 2500;
    timings.firstProbeMs = 100;
    timings.maxProbeIntervalMs = 800;
    watcher.setTimings(timings);
    watcher.setConnectionUri(m_window->session()->connectionUri());
    QSignalSpy states(&watcher, &PropagationWatcher::stateChanged);
    watcher.start(QStringLiteral("The rule for 127.0.0.1/32"), true);
    QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), PropagationWatcher::State::StillRefused, 30000);
    QVERIFY(watcher.probeCount() >= 3);
    QCOMPARE(states.count(), 2); // Applying, then StillRefused: nothing in between
    QVERIFY(watcher.lastError().isAccessBlocked());
    QVERIFY(watcher.statusText().contains(QStringLiteral("Likely causes")));
}

void TestAccessCheckSandbox::tlsFailureAndSlowPropagation()
{
    // A second sandbox whose PostgreSQL serves a certificate for another host, and applies rules 4 s late.
    SandboxProcess bad({QStringLiteral("--bad-certificate"), QStringLiteral("--firewall-delay"), QStringLiteral("4")});
    QVERIFY2(bad.start(), qPrintable(bad.errorString()));
    SandboxProcess::Database db;
    QVERIFY(bad.discover(&db));
    MemoryTokenStore store;
    MainWindow window(optionsFor(bad, &store));
    window.resize(1000, 700);
    window.show();
    QVERIFY(typeTokenAndSignIn(&window, bad.apiToken(), false));
    QVERIFY(waitUntilOpen(&window));

    // Propagation: Scalingo "announces" 1 s here but takes 4 s. The old single check after the countdown said
    // "still refuses"; now the page keeps applying, probing with backoff, until the rule works.
    showSettingsPage(&window, 0);
    auto *page = window.findChild<InternetAccessPage *>();
    PropagationWatcher::Timings timings;
    timings.expectedMs = 1000;
    timings.deadlineMs = 40000;
    timings.firstProbeMs = 200;
    timings.maxProbeIntervalMs = 1000;
    page->propagation()->setTimings(timings);
    QSignalSpy states(page->propagation(), &PropagationWatcher::stateChanged);
    QVERIFY(click(in<QPushButton>(page, "allowMyIpButton")));
    NewRuleDialog *ruleDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((ruleDialog = page->findChild<NewRuleDialog *>()) && ruleDialog->isVisible(), 30000);
    QVERIFY(click(in<QPushButton>(ruleDialog, "addRuleButton")));
    QTRY_COMPARE_WITH_TIMEOUT(page->propagation()->state(), PropagationWatcher::State::Applying, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(page->propagation()->state(), PropagationWatcher::State::Active, 60000);
    QVERIFY2(page->propagation()->probeCount() >= 2, "the first probes must have been refused");
    for (const QList<QVariant> &args : states)
        QVERIFY(args.at(0).value<PropagationWatcher::State>() != PropagationWatcher::State::StillRefused);
    QVERIFY(in<QLabel>(page, "messageLabel")->text().contains(QStringLiteral("is active")));

    // TLS: the certificate is not the one the region's CA vouches for. sslmode=require alone would not notice ...
    {
        PgLogin login(db.uri);
        QVERIFY2(login.ok(), qPrintable(login.error()));
    }
    // ... the check verifies it and names the problem; the login step is not attempted.
    AccessCheck *check = window.session()->accessCheck();
    check->start();
    QVERIFY(waitFinished(check));
    QCOMPARE(check->state(AccessCheck::TcpStep), State::Ok);
    QCOMPARE(check->state(AccessCheck::TlsStep), State::Failed);
    QVERIFY2(check->message(AccessCheck::TlsStep).contains(QStringLiteral("certificate")),
             qPrintable(check->message(AccessCheck::TlsStep)));
    QCOMPARE(check->state(AccessCheck::LoginStep), State::Skipped);
    QCOMPARE(check->verdict(), AccessCheck::Verdict::Blocked);
}

QTEST_MAIN(TestAccessCheckSandbox)
#include "tst_accesscheck_sandbox.moc"
