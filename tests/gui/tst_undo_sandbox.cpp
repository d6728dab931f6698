// Issue 17 items 2 and 3 against the real gatehouse-sandbox, through the real MainWindow: every undoable kind is
// undone (from the page's transient "Undo" or from the History tab) and the result is checked in PostgreSQL (a TLS
// login that pg_hba.conf admits or refuses, pg_roles through the login, pg_extension); the history links each undo
// to what it undid; and the history file never holds a password or token after a set and a reset.
#include "api/apireply.h"
#include "confirmdialog.h"
#include "databaseuserspage.h"
#include "domain/newdatabaseuser.h"
#include "domain/newfirewallrule.h"
#include "extensionspage.h"
#include "guisandbox.h"
#include "history/changehistory.h"
#include "history/historymodel.h"
#include "historypage.h"
#include "internetaccesspage.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/extensionsmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"
#include "pgwait.h"
#include "system/tokenstore.h"
#include "undocontroller.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace GuiSandbox;

namespace {

bool wait(ApiReply *reply)
{
    if (!reply)
        return false;
    QSignalSpy done(reply, &ApiReply::finished);
    if (!done.wait(30000))
        return false;
    if (!reply->isSuccess())
        qWarning() << "write failed:" << reply->error().message();
    return reply->isSuccess();
}

const QString kUndo = QStringLiteral("undo");

} // namespace

class TestUndoSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ruleCreationUndoneFromTheBanner();
    void ruleDeletionUndoneFromTheHistory();
    void managedRuleDeletionUndone();
    void userCreationUndoneAfterConfirmation();
    void extensionEnableAndDisableUndone();
    void historyFileHoldsNoSecret();

private:
    bool admitted(QString *error = nullptr);
    QJsonArray serverRules();
    /// The newest history line of \a kind for the open database.
    HistoryEntry newest(WriteEvent::Kind kind);
    bool undoFromBanner(MessageBanner *banner);
    int extensionCount(const QString &name);

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
    DatabaseSession *m_session = nullptr;
    ChangeHistory *m_history = nullptr;
    HistoryPage *m_historyPage = nullptr;
};

void TestUndoSandbox::initTestCase()
{
    useTestSettings(QStringLiteral("GatehouseGuiTest-undo"));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    MainWindow::Options options = optionsFor(m_sandbox, &m_store);
    options.historyPath = m_dir.filePath(QStringLiteral("history.sqlite"));
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(typeTokenAndSignIn(m_window.get(), m_sandbox.apiToken(), false));
    QVERIFY(waitUntilOpen(m_window.get()));
    m_session = m_window->session();
    m_history = m_window->history();
    QVERIFY(m_history && m_history->isOpen());
    m_historyPage = m_window->findChild<HistoryPage *>();
    QVERIFY(m_historyPage);
    m_window->findChild<InternetAccessPage *>()->setPropagationDelay(0);
    QVERIFY(!admitted()); // deny by default
}

void TestUndoSandbox::cleanupTestCase()
{
    ConfirmDialog::setNextAnswer(std::nullopt);
    m_window.reset();
    m_sandbox.stop();
}

bool TestUndoSandbox::admitted(QString *error)
{
    PgLogin login(m_db.uri);
    if (error)
        *error = login.error();
    return login.ok();
}

QJsonArray TestUndoSandbox::serverRules()
{
    return m_sandbox.get(QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId), m_db.addonToken)
            .json.value(QStringLiteral("rules"))
            .toArray();
}

HistoryEntry TestUndoSandbox::newest(WriteEvent::Kind kind)
{
    const QList<HistoryEntry> entries = m_history->entries(m_session->ref().addonId);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->kind == kind)
            return *it;
    }
    return HistoryEntry();
}

bool TestUndoSandbox::undoFromBanner(MessageBanner *banner)
{
    // The offer comes with the write's end; the page's own message may follow an event-loop turn later.
    auto offered = [banner] {
        for (const MessageBanner::Link &link : banner->links()) {
            if (link.id == kUndo)
                return true;
        }
        return false;
    };
    for (int i = 0; i < 100 && !offered(); ++i)
        QTest::qWait(50);
    if (!offered()) {
        qWarning() << "no Undo in the banner:" << banner->message();
        return false;
    }
    emit banner->linkTriggered(kUndo); // what a click on the link emits
    return true;
}

int TestUndoSandbox::extensionCount(const QString &name)
{
    PgLogin login(m_db.uri);
    return login.value(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = '%1'").arg(name))
            .value_or(QStringLiteral("-1"))
            .toInt();
}

void TestUndoSandbox::ruleCreationUndoneFromTheBanner()
{
    MessageBanner *banner = m_window->findChild<InternetAccessPage *>()->banner();
    NewFirewallRule rule{FirewallRule::Type::Custom, QStringLiteral("127.0.0.1/32"), QStringLiteral("undo probe"), {}};
    QVERIFY(wait(m_session->rules()->createRule(rule)));
    QTRY_VERIFY_WITH_TIMEOUT(admitted(), 20000);
    const HistoryEntry created = newest(WriteEvent::Kind::RuleCreated);
    QCOMPARE(created.outcome, WriteEvent::Outcome::Applied);
    QVERIFY(created.object.startsWith(QStringLiteral("fw-")) || !created.object.isEmpty());

    QVERIFY(undoFromBanner(banner));
    QTRY_VERIFY_WITH_TIMEOUT(m_history->entry(created.id)->undoneBy > 0, 30000);
    QString error;
    QTRY_VERIFY_WITH_TIMEOUT(!admitted(&error), 20000);
    QVERIFY2(error.contains(QStringLiteral("no pg_hba.conf entry")), qPrintable(error));
    const HistoryEntry undo = *m_history->entry(m_history->entry(created.id)->undoneBy);
    QCOMPARE(undo.kind, WriteEvent::Kind::RuleDeleted);
    QCOMPARE(undo.undoOf, created.id);
    QCOMPARE(undo.object, created.object);
    QVERIFY(serverRules().isEmpty());
    QVERIFY2(banner->message().contains(QStringLiteral("Undone")), qPrintable(banner->message()));
    QVERIFY(!banner->hasTransientLink()); // offered once
}

void TestUndoSandbox::ruleDeletionUndoneFromTheHistory()
{
    NewFirewallRule rule{
            FirewallRule::Type::Custom, QStringLiteral("127.0.0.1/32"), QStringLiteral("Alice laptop"), {}};
    ApiReply *create = m_session->rules()->createRule(rule);
    QVERIFY(wait(create));
    const QString id = create->value<FirewallRule>().id;
    QTRY_VERIFY_WITH_TIMEOUT(admitted(), 20000);
    QVERIFY(wait(m_session->rules()->deleteRule(id)));
    QTRY_VERIFY_WITH_TIMEOUT(!admitted(), 20000);
    const HistoryEntry deleted = newest(WriteEvent::Kind::RuleDeleted);
    QCOMPARE(deleted.object, id);
    // What the rule admitted was read before it went: the undo needs it.
    QCOMPARE(deleted.details.value(QStringLiteral("cidr")).toString(), QStringLiteral("127.0.0.1/32"));
    QCOMPARE(deleted.details.value(QStringLiteral("label")).toString(), QStringLiteral("Alice laptop"));

    // The History tab: select the deletion, Undo.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("historyTab")));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_historyPage->setAllDatabases(false);
    auto *view = m_historyPage->findChild<QTableView *>(QStringLiteral("historyView"));
    QVERIFY(view);
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data(ModelRoles::IdRole).toLongLong() == deleted.id)
            row = r;
    }
    QVERIFY(row >= 0);
    view->selectRow(row);
    auto *undoButton = m_historyPage->findChild<QPushButton *>(QStringLiteral("undoButton"));
    QVERIFY2(undoButton->isEnabled(), qPrintable(undoButton->toolTip()));
    click(undoButton);
    QTRY_VERIFY2_WITH_TIMEOUT(m_history->entry(deleted.id)->undoneBy > 0,
                              qPrintable(m_historyPage->banner()->message()), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(admitted(), 20000);
    const QJsonArray rules = serverRules();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.at(0)[QStringLiteral("cidr")].toString(), QStringLiteral("127.0.0.1/32"));
    QCOMPARE(rules.at(0)[QStringLiteral("label")].toString(), QStringLiteral("Alice laptop"));
    // Undone once: the button now refuses and says why.
    view->selectRow(row);
    QTRY_VERIFY(!undoButton->isEnabled());
}

void TestUndoSandbox::managedRuleDeletionUndone()
{
    MessageBanner *banner = m_window->findChild<InternetAccessPage *>()->banner();
    // Start from no rule (the previous test left one admitting 127.0.0.1): what admits this computer below is the
    // managed range alone (the sandbox's "this computer" region, 127.0.0.1/32).
    for (const QJsonValue &r : serverRules())
        QVERIFY(wait(m_session->rules()->deleteRule(r[QStringLiteral("id")].toString())));
    QTRY_VERIFY_WITH_TIMEOUT(!admitted(), 20000);
    NewFirewallRule rule{FirewallRule::Type::Managed, {}, {}, QStringLiteral("mr-sandbox-local")};
    ApiReply *create = m_session->rules()->createRule(rule);
    QVERIFY(wait(create));
    QTRY_VERIFY_WITH_TIMEOUT(admitted(), 20000);
    QVERIFY(wait(m_session->rules()->deleteRule(create->value<FirewallRule>().id)));
    QTRY_VERIFY_WITH_TIMEOUT(!admitted(), 20000);
    const HistoryEntry deleted = newest(WriteEvent::Kind::RuleDeleted);
    QCOMPARE(deleted.details.value(QStringLiteral("range_id")).toString(), QStringLiteral("mr-sandbox-local"));
    QVERIFY(undoFromBanner(banner));
    QTRY_VERIFY_WITH_TIMEOUT(m_history->entry(deleted.id)->undoneBy > 0, 30000);
    int managed = 0;
    for (const QJsonValue &r : serverRules())
        managed += r[QStringLiteral("range_id")].toString() == QLatin1String("mr-sandbox-local");
    QCOMPARE(managed, 1); // re-created once, never twice
    // In PostgreSQL: pg_hba.conf admits this computer again, through the re-created range.
    QString error;
    QTRY_VERIFY2_WITH_TIMEOUT(admitted(&error), qPrintable(error), 20000);
}

void TestUndoSandbox::userCreationUndoneAfterConfirmation()
{
    const QString name = QStringLiteral("undo_probe_user");
    const QString password = QStringLiteral("Undo-Probe-Password-0123456789");
    QVERIFY(wait(m_session->users()->createUser(NewDatabaseUser{name, false, password})));
    {
        PgLogin login(uriFor(m_db.uri, name, password));
        QVERIFY2(login.ok(), qPrintable(login.error()));
    }
    MessageBanner *banner = m_window->findChild<DatabaseUsersPage *>()->banner();
    const HistoryEntry created = newest(WriteEvent::Kind::UserCreated);
    QCOMPARE(created.object, name);
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(undoFromBanner(banner));
    // The usual confirmation, which says the deletion itself cannot be undone.
    QCOMPARE(ConfirmDialog::lastRequest().typeToConfirm, name);
    QVERIFY2(ConfirmDialog::lastRequest().message.contains(QStringLiteral("cannot be undone")),
             qPrintable(ConfirmDialog::lastRequest().message));
    QTRY_VERIFY_WITH_TIMEOUT(m_history->entry(created.id)->undoneBy > 0, 30000);
    PgLogin refused(uriFor(m_db.uri, name, password));
    QVERIFY(!refused.ok());
    PgLogin owner(m_db.uri);
    QCOMPARE(owner.value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(name)),
             std::optional<QString>(QStringLiteral("0")));
    const HistoryEntry undo = *m_history->entry(m_history->entry(created.id)->undoneBy);
    QCOMPARE(undo.kind, WriteEvent::Kind::UserDeleted);
    QVERIFY(!ChangeHistory::undoRefusal(undo).isEmpty()); // a deleted user is never "undone"
}

void TestUndoSandbox::extensionEnableAndDisableUndone()
{
    QVERIFY(admitted()); // the rules above let Gatehouse's SQL connection in
    ExtensionsModel *extensions = m_session->extensions();
    extensions->setInUse(true);
    QVERIFY(PgWait::waitLoaded(*extensions, 30000));
    MessageBanner *banner = m_window->findChild<ExtensionsPage *>()->banner();

    QVERIFY(!PgWait::wait(extensions->enable(QStringLiteral("pgcrypto")), 30000).error.isError());
    QCOMPARE(extensionCount(QStringLiteral("pgcrypto")), 1);
    const HistoryEntry enabled = newest(WriteEvent::Kind::ExtensionEnabled);
    QCOMPARE(enabled.object, QStringLiteral("pgcrypto"));
    QTRY_VERIFY_WITH_TIMEOUT(extensions->extension(QStringLiteral("pgcrypto")).isInstalled(), 20000);
    QVERIFY(undoFromBanner(banner));
    QTRY_VERIFY_WITH_TIMEOUT(m_history->entry(enabled.id)->undoneBy > 0, 30000);
    QCOMPARE(extensionCount(QStringLiteral("pgcrypto")), 0);

    QVERIFY(!PgWait::wait(extensions->enable(QStringLiteral("hstore")), 30000).error.isError());
    QTRY_VERIFY_WITH_TIMEOUT(extensions->extension(QStringLiteral("hstore")).isInstalled(), 20000);
    QVERIFY(!PgWait::wait(extensions->disable(QStringLiteral("hstore")), 30000).error.isError());
    QCOMPARE(extensionCount(QStringLiteral("hstore")), 0);
    const HistoryEntry disabled = newest(WriteEvent::Kind::ExtensionDisabled);
    QCOMPARE(disabled.object, QStringLiteral("hstore"));
    QTRY_VERIFY_WITH_TIMEOUT(!extensions->extension(QStringLiteral("hstore")).isInstalled(), 20000);
    QVERIFY(undoFromBanner(banner));
    QTRY_VERIFY_WITH_TIMEOUT(m_history->entry(disabled.id)->undoneBy > 0, 30000);
    QCOMPARE(extensionCount(QStringLiteral("hstore")), 1);
}

void TestUndoSandbox::historyFileHoldsNoSecret()
{
    const QString name = QStringLiteral("secret_probe_user");
    const QString first = QStringLiteral("First-Secret-Password-0123456789");
    const QString second = QStringLiteral("Second-Secret-Password-987654321");
    QVERIFY(wait(m_session->users()->createUser(NewDatabaseUser{name, false, first})));
    QVERIFY(wait(m_session->users()->updatePassword(name, second)));
    ApiReply *reset = m_session->users()->resetPassword(name);
    QVERIFY(wait(reset));
    const QString third = reset->value<DatabaseUser>().password;
    QVERIFY(third.size() >= 24);
    QCOMPARE(newest(WriteEvent::Kind::PasswordSet).outcome, WriteEvent::Outcome::Applied);
    QCOMPARE(newest(WriteEvent::Kind::PasswordReset).outcome, WriteEvent::Outcome::Applied);
    QCOMPARE(newest(WriteEvent::Kind::PasswordReset).object, name);

    const QStringList secrets{first, second, third, m_sandbox.apiToken(), m_db.ownerPassword, m_db.addonToken};
    QByteArray bytes;
    const QDir dir(m_dir.path());
    for (const QString &file : dir.entryList({QStringLiteral("history.sqlite*")}, QDir::Files)) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes += f.readAll();
    }
    QVERIFY(bytes.size() > 4096);
    QVERIFY(bytes.contains(name.toUtf8())); // the grep would find what is there
    for (const QString &secret : secrets) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!bytes.contains(secret.toUtf8()), "a secret is in the history file");
    }
}

QTEST_MAIN(TestUndoSandbox)
#include "tst_undo_sandbox.moc"
