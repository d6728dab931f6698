// Classic PostgreSQL addons through the real window against the real gatehouse-sandbox (app `my-app`): the picker
// lists the addon after the Dedicated Resources with app, plan and region and remembers it; the overview says what it
// is; Database Users works with the addon token; Settings → Internet Access shows the two toggles, asks before
// exposing the database, turns Force TLS on first, shows the pending state, refuses Force TLS off while public, and
// PostgreSQL follows (libpq logins over TLS); Extensions falls back to the API's read-only list with a way to the
// toggle while the addon is not reachable.
#include "confirmdialog.h"
#include "extensionspage.h"
#include "guisandbox.h"
#include "internetaccessibilitypage.h"
#include "internetaccesspage.h"
#include "models/databasefeaturesmodel.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/databaseusersmodel.h"
#include "models/extensionsmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"
#include "system/tokenstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

using namespace GuiSandbox;

class TestClassicSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pickerListsTheAddon();
    void overviewSaysWhatItIs();
    void usersOnTheAddon();
    void extensionsReadOnlyFallback();
    void internetAccessibilityWithConfirmation();
    void forceTlsOffRefusedWhilePublic();
    void internetAccessibilityOff();
    void lastDatabaseRemembered();
    void cleanupTestCase();

private:
    int addonRow() const;

    SandboxProcess m_sandbox{{QStringLiteral("--feature-delay"), QStringLiteral("1")}};
    SandboxProcess::Database m_addon;
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
};

int TestClassicSandbox::addonRow() const
{
    DatabasesModel *model = m_window->databases();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->databaseAt(row).isAddon() && model->databaseAt(row).appName == QLatin1String("my-app"))
            return row;
    }
    return -1;
}

void TestClassicSandbox::initTestCase()
{
    useTestSettings(QStringLiteral("GatehouseGuiTest-classic"));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discoverApp(QStringLiteral("my-app"), &m_addon));
    QVERIFY(openSignedIn(&m_window, m_sandbox, &m_store)); // the Dedicated Resources database opens first, as before
}

void TestClassicSandbox::pickerListsTheAddon()
{
    QTRY_VERIFY_WITH_TIMEOUT(addonRow() >= 0, 20000);
    const int row = addonRow();
    QVERIFY(row > 0); // after the Dedicated Resources
    const Database db = m_window->databases()->databaseAt(row);
    QCOMPARE(db.id, m_addon.addonId);
    QCOMPARE(db.plan, QStringLiteral("postgresql-starter-512"));
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("databaseCombo"));
    const QString text = combo->itemText(row);
    QVERIFY2(text.contains(QLatin1String("my-app")) && text.contains(QLatin1String("postgresql-starter-512"))
                     && text.contains(QLatin1String("addon")),
             qPrintable(text));
    QCOMPARE(m_window->databases()->index(row, DatabasesModel::KindColumn).data().toString(), QStringLiteral("Addon"));
    // Search: typing part of the app name offers the addon.
    QVERIFY(combo->isEditable());
    combo->completer()->setCompletionPrefix(QStringLiteral("app"));
    QCOMPARE(combo->completer()->completionCount(), 1);
    combo->setCurrentIndex(row);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isOpen()
                                     && m_window->session()->database().id == m_addon.addonId,
                             20000);
}

void TestClassicSandbox::overviewSaysWhatItIs()
{
    auto *kind = m_window->findChild<QLabel *>(QStringLiteral("kindValue"));
    QVERIFY(kind);
    QTRY_VERIFY(kind->text().contains(QLatin1String("my-app")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->connectionUri().isEmpty(), 20000);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("planValue"))->text().contains(QLatin1String("starter")));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("versionValue"))->text().isEmpty());
}

void TestClassicSandbox::usersOnTheAddon()
{
    showSettingsPage(m_window.get(), 1);
    DatabaseUsersModel *users = m_window->session()->users();
    QTRY_VERIFY_WITH_TIMEOUT(users->hasData() && !users->isLoading(), 20000);
    QStringList names;
    for (const DatabaseUser &u : users->users())
        names << u.name;
    QVERIFY2(names.contains(m_addon.ownerUser), qPrintable(names.join(QLatin1Char(','))));
    // No firewall was asked for: a classic addon has none.
    QVERIFY(!m_window->session()->rules()->hasData());
}

void TestClassicSandbox::extensionsReadOnlyFallback()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *page = m_window->findChild<ExtensionsPage *>();
    tabs->setCurrentIndex(tabs->indexOf(m_window->findChild<QWidget *>(QStringLiteral("extensionsTab"))));
    QVERIFY(page->isVisible());
    // Not reachable from this computer: the API's list, read-only, and the way to Internet accessibility.
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasData() && page->model()->isReadOnly(), 30000);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("allowMyIpButton"));
    QVERIFY(button->isVisible());
    QVERIFY(button->text().contains(QLatin1String("Internet accessibility")));
    // The introduction names what lets this computer in on an addon, not a firewall it does not have.
    const QString intro = page->findChild<QLabel *>(QStringLiteral("introLabel"))->text();
    QVERIFY2(intro.contains(QLatin1String("Internet accessibility")) && !intro.contains(QLatin1String("firewall")),
             qPrintable(intro));
    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY2(message->text().contains(QLatin1String("read-only")), qPrintable(message->text()));
    QVERIFY(click(button));
    auto *accessibility = m_window->findChild<InternetAccessibilityPage *>();
    QTRY_VERIFY(accessibility->isVisible());
    QVERIFY(!m_window->findChild<InternetAccessPage *>()->isVisible());
}

void TestClassicSandbox::internetAccessibilityWithConfirmation()
{
    DatabaseFeaturesModel *features = m_window->session()->features();
    QTRY_VERIFY(features->isLoaded());
    auto *page = m_window->findChild<InternetAccessibilityPage *>();
    auto *publicCheck = page->findChild<QCheckBox *>(QStringLiteral("publicCheck"));
    auto *forceCheck = page->findChild<QCheckBox *>(QStringLiteral("forceTlsCheck"));
    QVERIFY(!publicCheck->isChecked() && !forceCheck->isChecked());
    PgLogin before(uriFor(m_addon.uri, m_addon.ownerUser, m_addon.ownerPassword));
    QVERIFY(!before.ok());

    ConfirmDialog::setNextAnswer(false); // cancelled: nothing asked of the server
    QTest::mouseClick(publicCheck, Qt::LeftButton);
    QVERIFY(!publicCheck->isChecked());
    QVERIFY(!features->isBusy());

    ConfirmDialog::setNextAnswer(true);
    QTest::mouseClick(publicCheck, Qt::LeftButton);
    QVERIFY(ConfirmDialog::lastRequest().title.contains(QLatin1String("internet")));
    QVERIFY(features->isBusy());
    QVERIFY(page->findChild<QProgressBar *>(QStringLiteral("pendingBar"))->isVisible());
    QVERIFY(!publicCheck->isEnabled()); // no second change while one is pending
    QTRY_COMPARE_WITH_TIMEOUT(features->forceTls().state(), DatabaseFeature::State::Activated, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(features->internetAccessibility().state(), DatabaseFeature::State::Activated, 20000);
    QTRY_VERIFY(!features->isBusy());
    QVERIFY(publicCheck->isChecked() && forceCheck->isChecked());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("publicStatus"))->text().contains(QLatin1String("activated")));

    PgLogin after(uriFor(m_addon.uri, m_addon.ownerUser, m_addon.ownerPassword));
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QVERIFY(after.tls());
}

void TestClassicSandbox::forceTlsOffRefusedWhilePublic()
{
    auto *page = m_window->findChild<InternetAccessibilityPage *>();
    auto *forceCheck = page->findChild<QCheckBox *>(QStringLiteral("forceTlsCheck"));
    QVERIFY(!forceCheck->isEnabled());
    QVERIFY(forceCheck->toolTip().contains(QLatin1String("Internet accessibility")));
}

void TestClassicSandbox::internetAccessibilityOff()
{
    DatabaseFeaturesModel *features = m_window->session()->features();
    auto *page = m_window->findChild<InternetAccessibilityPage *>();
    auto *publicCheck = page->findChild<QCheckBox *>(QStringLiteral("publicCheck"));
    ConfirmDialog::setNextAnswer(true);
    QTest::mouseClick(publicCheck, Qt::LeftButton);
    QVERIFY(ConfirmDialog::lastRequest().message.contains(QLatin1String("Extensions")));
    QTRY_COMPARE_WITH_TIMEOUT(features->internetAccessibility().state(), DatabaseFeature::State::Disabled, 20000);
    QTRY_VERIFY(!features->isBusy());
    QVERIFY(!publicCheck->isChecked());
    QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("forceTlsCheck"))->isEnabled());
    PgLogin refused(uriFor(m_addon.uri, m_addon.ownerUser, m_addon.ownerPassword));
    QVERIFY(!refused.ok());
    ConfirmDialog::setNextAnswer(std::nullopt);
}

void TestClassicSandbox::lastDatabaseRemembered()
{
    QCOMPARE(QSettings().value(QStringLiteral("session/lastDatabase")).toString(), m_addon.addonId);
    // A new window opens the addon directly once discovery reaches it.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(optionsFor(m_sandbox, &m_store));
    m_window->show();
    QVERIFY(typeTokenAndSignIn(m_window.get(), m_sandbox.apiToken(), false));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->database().id, m_addon.addonId, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isOpen(), 30000);
}

void TestClassicSandbox::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestClassicSandbox)
#include "tst_classic_sandbox.moc"
