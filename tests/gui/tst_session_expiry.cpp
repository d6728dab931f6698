// A session that ends under the user's feet (the API token is revoked while the app runs): the window goes back to
// the sign-in page with a plain message, and signing in again resumes exactly where the user was.
#include "guisandbox.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "system/tokenstore.h"

#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>

using namespace GuiSandbox;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestSessionExpiry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(QStringLiteral("GatehouseGuiTest-expiry")); }

    void revokedTokenLeadsBackToSignInAndResumes()
    {
        // A fixed port so the window keeps talking to the same address across the sandbox restart, and a JWT that
        // needs renewing two seconds after sign-in (the client renews when fewer than 5 minutes remain).
        const QString port = QString::number(freePort());
        const QStringList common{QStringLiteral("--port"), port, QStringLiteral("--jwt-lifetime"),
                                 QStringLiteral("302")};
        SandboxProcess sandbox(common);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));

        MemoryTokenStore store;
        MainWindow window(optionsFor(sandbox, &store));
        window.show();
        QVERIFY(typeTokenAndSignIn(&window, sandbox.apiToken(), false));
        QVERIFY(waitUntilOpen(&window));
        showSettingsPage(&window, 1); // Database Users
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        auto *menu = window.findChild<QListWidget *>(QStringLiteral("settingsMenu"));
        QVERIFY(tabs && menu);
        const QWidget *tabBefore = tabs->currentWidget();
        const QString databaseBefore = window.session()->database().id;

        // The account owner revokes the token: the sandbox now only accepts a new one.
        const QString rotated = QStringLiteral("tk-us-rotated-token-for-the-expiry-test-0123456789");
        QVERIFY(sandbox.restart(common + QStringList{QStringLiteral("--api-token"), rotated}));
        QTest::qWait(2500); // the cached JWT is now due for renewal, which the old API token cannot get

        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboardShown(&window), 30000);
        auto *error = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Sign in again")), qPrintable(error->text()));
        QVERIFY(window.session()->isOpen()); // nothing about the current view is forgotten

        // Signing in with the new token resumes the same database, tab and section.
        QCOMPARE(sandbox.apiToken(), rotated);
        QVERIFY(typeTokenAndSignIn(&window, rotated, false));
        QTRY_VERIFY_WITH_TIMEOUT(dashboardShown(&window), 30000);
        QCOMPARE(window.session()->database().id, databaseBefore);
        QCOMPARE(tabs->currentWidget(), tabBefore);
        QCOMPARE(menu->currentRow(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->users()->rowCount() >= 1, 30000);
        QCOMPARE(sandbox.stop(), 0);
    }
};

QTEST_MAIN(TestSessionExpiry)
#include "tst_session_expiry.moc"
