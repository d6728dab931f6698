// Classic addon refusals through the real window against the real gatehouse-sandbox, started so that the addon's plan
// refuses user management (--refuse-addon-users: the users endpoints answer 403) and Force TLS fails its first
// activation (--fail-features force-ssl --fail-features-once): the Users page says so in plain words on the page (no
// dialog, no "Try again"), and Internet accessibility shows the server's failure message with a Retry button whose
// retry reaches ACTIVATED. The picker shows the beginning of the chosen entry.
#include "guisandbox.h"
#include "internetaccessibilitypage.h"
#include "models/databasefeaturesmodel.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/databaseusersmodel.h"
#include "system/tokenstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace GuiSandbox;

class TestClassicRefusals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pickerShowsTheBeginning();
    void usersRefusedByThePlan();
    void failedFeatureShownWithRetry();
    void cleanupTestCase();

private:
    SandboxProcess m_sandbox{{QStringLiteral("--feature-delay"), QStringLiteral("1"), QStringLiteral("--fail-features"),
                              QStringLiteral("force-ssl"), QStringLiteral("--fail-features-once"),
                              QStringLiteral("--refuse-addon-users")}};
    SandboxProcess::Database m_addon;
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestClassicRefusals::initTestCase()
{
    useTestSettings(QStringLiteral("GatehouseGuiTest-classic-refusals"));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discoverApp(QStringLiteral("my-app"), &m_addon));
    QVERIFY(openSignedIn(&m_window, m_sandbox, &m_store));
    DatabasesModel *model = m_window->databases();
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = model->rowOf(m_addon.addonId)) >= 0, 20000);
    m_window->findChild<QComboBox *>(QStringLiteral("databaseCombo"))->setCurrentIndex(row);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isOpen() && m_window->session()->database().id == m_addon.addonId,
                             20000);
}

void TestClassicRefusals::pickerShowsTheBeginning()
{
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("databaseCombo"));
    QVERIFY(combo->lineEdit()->text().contains(QLatin1String("my-app")));
    QCOMPARE(combo->lineEdit()->cursorPosition(), 0); // the name is in view, not the end of "app · plan · region"
}

void TestClassicRefusals::usersRefusedByThePlan()
{
    showSettingsPage(m_window.get(), 1);
    DatabaseUsersModel *users = m_window->session()->users();
    const auto usersMessage = [this] {
        for (QLabel *label : m_window->findChildren<QLabel *>(QStringLiteral("messageLabel"))) {
            if (label->isVisible() && label->text().contains(QLatin1String("user management")))
                return label;
        }
        return static_cast<QLabel *>(nullptr);
    };
    QTRY_VERIFY_WITH_TIMEOUT(usersMessage() != nullptr, 20000);
    QLabel *label = usersMessage();
    const QString text = label->text();
    QVERIFY2(text.contains(QLatin1String("postgresql-starter-512")), qPrintable(text)); // the plan
    QVERIFY2(text.contains(QLatin1String("not available on this plan")), qPrintable(text)); // the server's words
    QVERIFY2(!text.contains(QLatin1String("Try again")), qPrintable(text)); // retrying would not help
    QVERIFY(label->styleSheet().isEmpty()); // information, not an error in red
    QVERIFY(!users->hasData());
    QCOMPARE(QApplication::activeModalWidget(), nullptr); // on the page, no dialog
}

void TestClassicRefusals::failedFeatureShownWithRetry()
{
    showSettingsPage(m_window.get(), 0);
    DatabaseFeaturesModel *features = m_window->session()->features();
    QTRY_VERIFY_WITH_TIMEOUT(features->isLoaded(), 20000);
    auto *page = m_window->findChild<InternetAccessibilityPage *>();
    QTRY_VERIFY(page->isVisible());
    auto *forceCheck = page->findChild<QCheckBox *>(QStringLiteral("forceTlsCheck"));
    auto *retry = page->findChild<QPushButton *>(QStringLiteral("forceTlsRetry"));
    auto *status = page->findChild<QLabel *>(QStringLiteral("forceTlsStatus"));
    QVERIFY(!forceCheck->isChecked());
    QVERIFY(!retry->isVisible());

    QTest::mouseClick(forceCheck, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(features->forceTls().state(), DatabaseFeature::State::Failed, 20000);
    QTRY_VERIFY(!features->isBusy());
    QVERIFY2(status->text().contains(QLatin1String("Simulated failure")), qPrintable(status->text()));
    QCOMPARE(status->textFormat(), Qt::PlainText); // the server's words, never rich text
    QTRY_VERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    // Retry sends the activation again; the sandbox lets this second attempt through.
    QVERIFY(click(retry));
    QTRY_COMPARE_WITH_TIMEOUT(features->forceTls().state(), DatabaseFeature::State::Activated, 20000);
    QTRY_VERIFY(!features->isBusy());
    QVERIFY(forceCheck->isChecked());
    QVERIFY(!retry->isVisible());
    QVERIFY2(status->text().contains(QLatin1String("activated")), qPrintable(status->text()));
}

void TestClassicRefusals::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestClassicRefusals)
#include "tst_classic_refusals.moc"
