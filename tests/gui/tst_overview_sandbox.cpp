// Issue 16 item 4: the Overview answers at a glance, against the real gatehouse-sandbox, as soon as the database
// opens: "This computer:" from this computer's public address (the sandbox's --public-ip, a public address behind
// which the loopback hides) and the rules, with the fix as a button; then Check access replaces the prediction with
// a real login's answer. Rules n / 30 and users n (with the MD5 count) are links to their pages.
#include "accesscheckdialog.h"
#include "databaseuserspage.h"
#include "guisandbox.h"
#include "internetaccesspage.h"
#include "models/accesscheck.h"
#include "models/accessglance.h"
#include "models/databasefeaturesmodel.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/databaseusersmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"
#include "newruledialog.h"
#include "overviewpage.h"
#include "system/tokenstore.h"
#include "translator.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace GuiSandbox;

namespace {
const QString kPublicIp = QStringLiteral("203.0.113.7");
} // namespace

class TestOverviewSandbox : public QObject
{
    Q_OBJECT

public:
    TestOverviewSandbox()
        : m_sandbox({QStringLiteral("--public-ip"), kPublicIp, QStringLiteral("--seed-users"), QStringLiteral("6"),
                     QStringLiteral("--seed-md5-percent"), QStringLiteral("50"), QStringLiteral("--feature-delay"),
                     QStringLiteral("1")})
    { }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void answersOnOpening();
    void aRuleForThisComputerAllowsIt();
    void checkAccessReplacesThePrediction();
    void fixButtonAllowsThisComputer();
    void countsAreLinksToTheirPages();
    void classicAddonAnswersFromInternetAccessibility();

private:
    QString rulesPath() const { return QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId); }
    void addRule(const QString &cidr);
    QLabel *label(const char *name) const { return m_overview->findChild<QLabel *>(QLatin1String(name)); }
    QPushButton *button(const char *name) const { return m_overview->findChild<QPushButton *>(QLatin1String(name)); }

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
    OverviewPage *m_overview = nullptr;
};

void TestOverviewSandbox::initTestCase()
{
    useTestSettings(QStringLiteral("GatehouseGuiTest-overview"));
    // As users read it: the English catalogue carries the plural forms ("1 rule", "7 users").
    QVERIFY(Translator::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    QCOMPARE(QString::fromUtf8(m_sandbox.get(QStringLiteral("/whatismyip"), QString()).body), kPublicIp);
    qputenv("GATEHOUSE_WHATISMYIP_URL", m_sandbox.url().resolved(QUrl(QStringLiteral("/whatismyip"))).toEncoded());
    // Opened with no rule at all: the answer on opening is "blocked".
    for (const QJsonValue &rule : m_sandbox.get(rulesPath(), m_db.addonToken).json[QStringLiteral("rules")].toArray())
        m_sandbox.del(rulesPath() + QLatin1Char('/') + rule[QStringLiteral("id")].toString(), m_db.addonToken);

    QVERIFY(openSignedIn(&m_window, m_sandbox, &m_store));
    m_overview = m_window->findChild<OverviewPage *>();
    QVERIFY(m_overview);
}

void TestOverviewSandbox::init()
{
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0); // Overview
}

void TestOverviewSandbox::cleanup()
{
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    QCoreApplication::processEvents();
}

void TestOverviewSandbox::addRule(const QString &cidr)
{
    const SandboxProcess::Reply added = m_sandbox.post(rulesPath(), m_db.addonToken,
                                                       {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                                        {QStringLiteral("cidr"), cidr},
                                                        {QStringLiteral("label"), QStringLiteral("test")}});
    QVERIFY2(added.status == 201, added.body.constData());
    FirewallRulesModel *rules = m_window->session()->rules();
    const int before = rules->rowCount();
    rules->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isLoading() && rules->rowCount() == before + 1, 30000);
}

void TestOverviewSandbox::answersOnOpening()
{
    // Nobody clicked anything: the address was looked up and compared with the (empty) rules.
    QVERIFY(!m_window->session()->accessCheck()->hasRun());
    QTRY_COMPARE_WITH_TIMEOUT(label("thisComputerValue")->text(),
                              QStringLiteral("blocked: no firewall rule admits this computer (%1)").arg(kPublicIp),
                              30000);
    QCOMPARE(m_window->session()->accessGlance()->verdict(), AccessGlance::Verdict::Blocked);
    QVERIFY(button("accessFixButton")->isVisible());
    QCOMPARE(button("accessFixButton")->text(), QStringLiteral("Allow my current IP"));
    QVERIFY(button("checkAccessButton")->isEnabled());
    QVERIFY(label("rulesValue")->text().contains(QStringLiteral("0 / 30 rules")));
    // Dedicated Resources: no classic addon rows.
    QVERIFY(!label("forceTlsValue")->isVisible());
    QVERIFY(!label("internetValue")->isVisible());
    QVERIFY(label("extensionsValue")->text().contains(QStringLiteral("extensions")));
}

void TestOverviewSandbox::aRuleForThisComputerAllowsIt()
{
    addRule(QStringLiteral("203.0.113.0/24"));
    QTRY_COMPARE(label("thisComputerValue")->text(), QStringLiteral("allowed by 1 rule: 203.0.113.0/24"));
    QCOMPARE(m_window->session()->accessGlance()->verdict(), AccessGlance::Verdict::Allowed);
    QTRY_VERIFY(!button("accessFixButton")->isVisible());
    QTRY_VERIFY(label("rulesValue")->text().contains(QStringLiteral("1 / 30 rules")));
    // The address found on opening also marks the rule in the rules table.
    FirewallRulesModel *rules = m_window->session()->rules();
    QCOMPARE(rules->thisComputerAddress(), kPublicIp);
    QVERIFY(rules->index(0, FirewallRulesModel::TargetColumn).data(ModelRoles::AdmitsThisComputerRole).toBool());
}

void TestOverviewSandbox::checkAccessReplacesThePrediction()
{
    // The rule admits 203.0.113.7, but PostgreSQL sees the loopback: a real login says what the rules cannot.
    AccessCheck *check = m_window->session()->accessCheck();
    QVERIFY(click(button("checkAccessButton")));
    QVERIFY(QTest::qWaitFor([check] { return check->hasRun() && !check->isRunning(); }, 60000));
    QCOMPARE(check->state(AccessCheck::RulesStep), AccessCheck::State::Ok);
    QCOMPARE(check->state(AccessCheck::LoginStep), AccessCheck::State::Failed);
    QTRY_VERIFY(label("thisComputerValue")->text().startsWith(QStringLiteral("blocked: ")));
    QVERIFY(label("thisComputerValue")->text() != QStringLiteral("allowed by 1 rule: 203.0.113.0/24"));
    QCOMPARE(m_window->session()->accessGlance()->verdict(), AccessGlance::Verdict::Blocked);

    // A rule added since makes that answer stale: the prediction speaks again until the next check.
    addRule(QStringLiteral("127.0.0.1/32"));
    QTRY_COMPARE(label("thisComputerValue")->text(), QStringLiteral("allowed by 1 rule: 203.0.113.0/24"));
    auto *dialog = m_overview->findChild<AccessCheckDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(click(dialog->findChild<QPushButton *>(QStringLiteral("startButton"))));
    QVERIFY(QTest::qWaitFor([check] { return check->hasRun() && !check->isRunning(); }, 60000));
    QCOMPARE(check->verdict(), AccessCheck::Verdict::CanConnect);
    QTRY_VERIFY(label("thisComputerValue")->text().startsWith(QStringLiteral("can connect (checked as ")));
    QCOMPARE(m_window->session()->accessGlance()->verdict(), AccessGlance::Verdict::CanConnect);
    QVERIFY(!button("accessFixButton")->isVisible());
}

void TestOverviewSandbox::fixButtonAllowsThisComputer()
{
    for (const QJsonValue &rule : m_sandbox.get(rulesPath(), m_db.addonToken).json[QStringLiteral("rules")].toArray())
        m_sandbox.del(rulesPath() + QLatin1Char('/') + rule[QStringLiteral("id")].toString(), m_db.addonToken);
    FirewallRulesModel *rules = m_window->session()->rules();
    rules->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isLoading() && rules->rowCount() == 0, 30000);
    QTRY_VERIFY(label("thisComputerValue")->text().startsWith(QStringLiteral("blocked: no firewall rule")));
    QTRY_VERIFY(button("accessFixButton")->isVisible());
    QVERIFY(click(button("accessFixButton")));
    // Internet Access, with the New rule dialog for this computer's address.
    NewRuleDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<NewRuleDialog *>()) && dialog->isVisible(), 30000);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"))->text(), kPublicIp + QStringLiteral("/32"));
    QVERIFY(m_window->findChild<InternetAccessPage *>()->isVisible());
}

void TestOverviewSandbox::countsAreLinksToTheirPages()
{
    DatabaseUsersModel *users = m_window->session()->users();
    int md5 = 0;
    for (const DatabaseUser &user : users->users())
        md5 += user.passwordEncryption.compare(QLatin1String("MD5"), Qt::CaseInsensitive) == 0 ? 1 : 0;
    QVERIFY(users->rowCount() >= 6); // the seeded ones and the default user
    QVERIFY(md5 >= 3);
    const QString usersText = label("usersValue")->text();
    QVERIFY2(usersText.contains(QStringLiteral("%1 users").arg(users->rowCount())), qPrintable(usersText));
    QVERIFY2(usersText.contains(QStringLiteral("%1 with an MD5 password").arg(md5)), qPrintable(usersText));
    QVERIFY(usersText.contains(QStringLiteral("href=\"users\"")));
    QVERIFY(label("rulesValue")->text().contains(QStringLiteral("href=\"rules\"")));

    emit label("usersValue")->linkActivated(QStringLiteral("users"));
    QTRY_VERIFY(m_window->findChild<DatabaseUsersPage *>()->isVisible());
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
    emit label("rulesValue")->linkActivated(QStringLiteral("rules"));
    QTRY_VERIFY(m_window->findChild<InternetAccessPage *>()->isVisible());
}

void TestOverviewSandbox::classicAddonAnswersFromInternetAccessibility()
{
    // The sandbox's app my-app has a classic addon: no rules, its exposure is Internet accessibility (off at first).
    DatabasesModel *databases = m_window->databases();
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row =
                                      [databases] {
                                          for (int r = 0; r < databases->rowCount(); ++r) {
                                              if (databases->databaseAt(r).isAddon())
                                                  return r;
                                          }
                                          return -1;
                                      }())
                                     >= 0,
                             30000);
    m_window->findChild<QComboBox *>(QStringLiteral("databaseCombo"))->setCurrentIndex(row);
    DatabaseSession *session = m_window->session();
    QTRY_VERIFY_WITH_TIMEOUT(session->isOpen() && session->database().isAddon() && session->features()->isLoaded(),
                             30000);
    QTRY_COMPARE(label("thisComputerValue")->text(),
                 QStringLiteral("blocked: Internet accessibility is off, only Scalingo apps can connect"));
    QTRY_VERIFY(button("accessFixButton")->isVisible());
    QCOMPARE(button("accessFixButton")->text(), QStringLiteral("Internet accessibility…"));
    QVERIFY(label("forceTlsValue")->isVisible());
    QCOMPARE(label("forceTlsValue")->text(), QStringLiteral("off"));
    QVERIFY(label("internetValue")->isVisible());
    QVERIFY(label("internetValue")->text().contains(QStringLiteral("href=\"accessibility\"")));
    QVERIFY(!label("rulesValue")->isVisible());

    // Turned on (Force TLS first, as the platform requires): the glance follows.
    QVERIFY(session->features()->setEnabled(QLatin1String(DatabaseFeature::InternetAccessibility), true));
    QTRY_COMPARE_WITH_TIMEOUT(label("thisComputerValue")->text(),
                              QStringLiteral("allowed: Internet accessibility is on (any address, over TLS only)"),
                              30000);
    QVERIFY(!button("accessFixButton")->isVisible());
    QTRY_COMPARE(label("forceTlsValue")->text(), QStringLiteral("on"));
}

QTEST_MAIN(TestOverviewSandbox)
#include "tst_overview_sandbox.moc"
