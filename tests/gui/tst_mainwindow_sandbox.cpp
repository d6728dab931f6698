// The main window against the real gatehouse-sandbox: sign-in (refused token, accepted token), the database picker
// (listed, opened, remembered between runs through QSettings and the token store), and "Try the local sandbox"
// (the window starts the sandbox itself, signs in, and stops it with its PostgreSQL when closed).
#include "api/apiclient.h"
#include "guisandbox.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/firewallrulesmodel.h"
#include "system/tokenstore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace GuiSandbox;

namespace {

/// Command lines of running processes that mention `text` (the sandbox and its postgres carry the data dir).
QStringList processesMentioning(const QString &text)
{
    QProcess pgrep;
    pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-fa"), text});
    pgrep.waitForFinished(10000);
    QStringList lines
            = QString::fromLocal8Bit(pgrep.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.contains(QLatin1String("pgrep")); });
    return lines;
}

} // namespace

class TestMainWindowSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("GatehouseGuiTest-mainwindow"));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_sandbox.discover(&m_db));
    }

    void wrongTokenShowsAClearMessage()
    {
        MemoryTokenStore store;
        MainWindow window(optionsFor(m_sandbox, &store));
        window.show();
        auto *error = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *tokenEdit = window.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QVERIFY(error && tokenEdit);
        QVERIFY(!error->isVisible());

        QVERIFY(typeTokenAndSignIn(&window, QStringLiteral("tk-us-this-is-not-the-sandbox-token"), true));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QCOMPARE(error->text(),
                 QStringLiteral("This token was refused. Check that you copied it entirely and that it "
                                "has not been revoked."));
        QVERIFY(!dashboardShown(&window));
        // The page is usable again, with the token kept for correction; nothing was remembered.
        QVERIFY(tokenEdit->isEnabled());
        QCOMPARE(tokenEdit->text(), QStringLiteral("tk-us-this-is-not-the-sandbox-token"));
        QVERIFY(!window.client()->hasApiToken());
        QVERIFY(!QSettings().contains(QStringLiteral("session/lastDatabase")));
        std::optional<QString> stored = QStringLiteral("unread");
        store.read(QStringLiteral("scalingo-api-token"), this,
                   [&](std::optional<QString> token, const QString &) { stored = token; });
        QTRY_VERIFY(stored != std::optional<QString>(QStringLiteral("unread")));
        QVERIFY(!stored || stored->isEmpty());

        // Typing clears the message.
        QTest::keyClick(tokenEdit, Qt::Key_Backspace);
        QVERIFY(!error->isVisible());
    }

    void signInListsAndOpensTheDatabase()
    {
        MainWindow window(optionsFor(m_sandbox, &m_store));
        window.show();
        QVERIFY(typeTokenAndSignIn(&window, m_sandbox.apiToken(), true));
        QVERIFY(waitUntilOpen(&window));

        auto *combo = window.findChild<QComboBox *>(QStringLiteral("databaseCombo"));
        QVERIFY(combo);
        // The Dedicated Resources database first; the sandbox's classic addon (my-app) follows once discovered.
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 2, 20000);
        QVERIFY(!window.databases()->databaseAt(0).isAddon());
        QVERIFY(window.databases()->databaseAt(1).isAddon());
        QVERIFY(combo->currentText().startsWith(m_db.appName));
        QCOMPARE(window.session()->database().id, m_db.appId);
        QCOMPARE(window.session()->ref().addonId, m_db.addonId);
        QCOMPARE(window.session()->connectionUri(), m_db.uri);
        // The picker shows its entry from the start, the name, also once it has the focus (it showed the end:
        // "… · postgresql-dr-starter-4096 · local"), and as wide as its longest entry allows.
        combo->lineEdit()->setFocus(Qt::ShortcutFocusReason);
        QTRY_VERIFY(combo->lineEdit()->hasFocus());
        QCoreApplication::processEvents();
        QCOMPARE(combo->lineEdit()->cursorPosition(), 0);
        QVERIFY2(combo->sizeHint().width() > combo->fontMetrics().horizontalAdvance(combo->currentText()),
                 qPrintable(QStringLiteral("picker size hint %1 px for a %2 px entry")
                                    .arg(combo->sizeHint().width())
                                    .arg(combo->fontMetrics().horizontalAdvance(combo->currentText()))));
        auto *status = window.findChild<QLabel *>(QStringLiteral("databaseStatusLabel"));
        QVERIFY(status && status->text().contains(window.databases()->databaseAt(0).plan));
        auto *account = window.findChild<QToolButton *>(QStringLiteral("accountButton"));
        QVERIFY(account && !account->text().isEmpty());
        // The token field is emptied once used.
        QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->text().isEmpty());

        // What the next run needs is remembered.
        QCOMPARE(QSettings().value(QStringLiteral("session/lastDatabase")).toString(), m_db.appId);
        QCOMPARE(QSettings().value(QStringLiteral("session/remember")).toBool(), true);
        std::optional<QString> stored;
        m_store.read(QStringLiteral("scalingo-api-token"), this,
                     [&](std::optional<QString> token, const QString &) { stored = token; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(*stored, m_sandbox.apiToken());
    }

    void nextRunReopensTheRememberedDatabase()
    {
        QCOMPARE(QSettings().value(QStringLiteral("session/lastDatabase")).toString(), m_db.appId);
        // A new window (a new run): no typing; the remembered token signs in and the remembered database opens.
        MainWindow window(optionsFor(m_sandbox, &m_store));
        window.show();
        QVERIFY(waitUntilOpen(&window));
        QCOMPARE(window.session()->database().id, m_db.appId);
        QVERIFY(window.findChild<QComboBox *>(QStringLiteral("databaseCombo"))->currentText().startsWith(m_db.appName));
        QVERIFY(window.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isChecked());

        // Signing out forgets the token: the run after that starts at the sign-in page.
        window.signOut();
        QVERIFY(!dashboardShown(&window));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("errorLabel"))
                        ->text()
                        .contains(QStringLiteral("signed out")));
    }

    void afterSignOutTheNextRunAsksForAToken()
    {
        MainWindow window(optionsFor(m_sandbox, &m_store));
        window.show();
        QTest::qWait(1500);
        QVERIFY(!dashboardShown(&window));
        QVERIFY(!window.session()->isOpen());
        QCOMPARE(window.client()->requestCount(), 0);

        // Signing in without "Remember me" keeps the token out of the store.
        QVERIFY(typeTokenAndSignIn(&window, m_sandbox.apiToken(), false));
        QVERIFY(waitUntilOpen(&window));
        QCOMPARE(QSettings().value(QStringLiteral("session/remember")).toBool(), false);
        std::optional<QString> stored = QStringLiteral("unread");
        m_store.read(QStringLiteral("scalingo-api-token"), this,
                     [&](std::optional<QString> token, const QString &) { stored = token; });
        QTRY_VERIFY(stored != std::optional<QString>(QStringLiteral("unread")));
        QVERIFY(!stored || stored->isEmpty());
    }

    void signInWithoutRememberForgetsAnOlderToken()
    {
        // A token remembered earlier that is no longer accepted (revoked, or another account's).
        MemoryTokenStore store;
        bool written = false;
        store.write(QStringLiteral("scalingo-api-token"), QStringLiteral("tk-us-revoked-long-ago"), this,
                    [&](bool ok, const QString &) { written = ok; });
        QTRY_VERIFY(written);
        {
            MainWindow window(optionsFor(m_sandbox, &store));
            window.show();
            auto *error = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
            QVERIFY(error->text().contains(QStringLiteral("This token was refused")));
            // The user signs in with a good token and leaves "Remember me" unticked.
            QVERIFY(typeTokenAndSignIn(&window, m_sandbox.apiToken(), false));
            QVERIFY(waitUntilOpen(&window));
        }
        std::optional<QString> stored = QStringLiteral("unread");
        store.read(QStringLiteral("scalingo-api-token"), this,
                   [&](std::optional<QString> token, const QString &) { stored = token; });
        QTRY_VERIFY(stored != std::optional<QString>(QStringLiteral("unread")));
        QVERIFY2(!stored || stored->isEmpty(), "a token is still remembered although Remember me was unticked");

        // So the next run starts cleanly at the sign-in page, without signing in with the old token.
        MainWindow next(optionsFor(m_sandbox, &store));
        next.show();
        QTest::qWait(1500);
        QVERIFY(!dashboardShown(&next));
        QVERIFY(!next.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
        QCOMPARE(next.client()->requestCount(), 0);
    }

    void sandboxButtonStartsSignsInAndStops()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        // The sandbox runs PostgreSQL as `postgres` when root: it must traverse the directory.
        QVERIFY(QFile::setPermissions(tmp.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                              | QFile::ExeOther));
        const QString dataDir = tmp.filePath(QStringLiteral("data"));
        MemoryTokenStore store;
        MainWindow::Options options;
        options.sandboxExecutable = QStringLiteral(GATEHOUSE_SANDBOX_EXE);
        options.sandboxArguments = {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--fast"),
                                    QStringLiteral("--rate-limit"), QStringLiteral("0")};
        options.sandboxFirewallDelay = 0;
        options.tokenStore = &store;
        // A real account's token remembered earlier: trying the sandbox must neither replace nor forget it.
        bool written = false;
        store.write(QStringLiteral("scalingo-api-token"), QStringLiteral("tk-us-real-account"), this,
                    [&](bool ok, const QString &) { written = ok; });
        QTRY_VERIFY(written);
        // At start the window tries that token (refused here: the explicit URLs are the other sandbox's).
        options.authUrl = options.apiUrl = options.dbUrl = m_sandbox.url().toString();
        {
            MainWindow window(options);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible(), 30000);
            QVERIFY(click(window.findChild<QAbstractButton *>(QStringLiteral("sandboxButton"))));
            QVERIFY(waitUntilOpen(&window, 120000));
            QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("accountButton"))->text(),
                     QStringLiteral("Local sandbox"));
            int dedicated = 0; // the sandbox's classic addon (my-app) may have been found meanwhile too
            for (const Database &db : window.databases()->databases())
                dedicated += db.isAddon() ? 0 : 1;
            QCOMPARE(dedicated, 1);
            QCOMPARE(window.session()->rules()->rowCount(), 0);
            QVERIFY(window.session()->connectionUri().startsWith(QStringLiteral("postgresql://")));
            QVERIFY(!processesMentioning(dataDir).isEmpty());
            // The sandbox's token is never remembered, and the real one is kept.
            std::optional<QString> stored;
            store.read(QStringLiteral("scalingo-api-token"), this,
                       [&](std::optional<QString> token, const QString &) { stored = token; });
            QTRY_VERIFY(stored.has_value());
            QCOMPARE(*stored, QStringLiteral("tk-us-real-account"));
            QVERIFY(window.close());
        }
        // Closing the window stopped the sandbox and its PostgreSQL cluster.
        QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(dataDir).isEmpty(), 20000);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_sandbox.stop(), 0);
        QSettings().clear();
    }

private:
    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    MemoryTokenStore m_store; // "the keychain" shared by successive runs
};

QTEST_MAIN(TestMainWindowSandbox)
#include "tst_mainwindow_sandbox.moc"
