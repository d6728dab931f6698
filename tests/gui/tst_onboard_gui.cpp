// "Onboard a person…" through the real window against the real sandbox (issue 18): the button on the All databases
// page opens the wizard; who / network / user, databases ticked through the filters, the preview's verdicts, the
// apply with per-database results, and the password shown once with a copy button whose clipboard copy is cleared.
// With GATEHOUSE_SHOTS_DIR set, each step is also saved as onboard-<step>-<GATEHOUSE_SHOTS_LANG>.png (docs).
#include "alldatabasespage.h"
#include "clipboardguard.h"
#include "guisandbox.h"
#include "history/changehistory.h"
#include "history/historystore.h"
#include "models/alldatabasesmodel.h"
#include "models/batchplanmodel.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/databasesmodel.h"
#include "models/firewallrulesmodel.h"
#include "onboardwizard.h"
#include "system/tokenstore.h"
#include "translator.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace GuiSandbox;

class TestOnboardGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wizardFromButton();
    void personStepValidates();
    void databasesStepFilters();
    void previewShowsVerdicts();
    void applyAndPasswords();
    void retryFromTheWizard();
    void cleanupTestCase();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_wizard ? m_wizard->findChild<T *>(QLatin1String(name)) : nullptr;
    }
    void shot(const char *step);
    bool next();

    SandboxProcess m_sandbox{{QStringLiteral("--seed-databases"), QStringLiteral("3"),
                              QStringLiteral("--refuse-addon-users")}};
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
    AllDatabasesPage *m_page = nullptr;
    QPointer<OnboardWizard> m_wizard;
};

void TestOnboardGui::initTestCase()
{
    useTestSettings(QStringLiteral("GatehouseGuiTest-onboard"));
    const QString language = qEnvironmentVariable("GATEHOUSE_SHOTS_LANG", QStringLiteral("en"));
    Translator::install(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(openSignedIn(&m_window, m_sandbox, &m_store));
    m_page = m_window->findChild<AllDatabasesPage *>();
    QVERIFY(m_page);
    m_page->model()->setWhatIsMyIpUrl(m_sandbox.url().resolved(QUrl(QStringLiteral("/whatismyip"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->databases()->rowCount(), 5, 60000);
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(m_page);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->done() == 5 && !m_page->model()->isRunning(), 60000);
    ClipboardGuard::instance()->setClearDelay(300);
}

void TestOnboardGui::shot(const char *step)
{
    const QString dir = qEnvironmentVariable("GATEHOUSE_SHOTS_DIR");
    if (dir.isEmpty() || !m_wizard)
        return;
    QTest::qWait(50);
    const QString language = qEnvironmentVariable("GATEHOUSE_SHOTS_LANG", QStringLiteral("en"));
    QVERIFY(m_wizard->grab().save(QStringLiteral("%1/onboard-%2-%3.png").arg(dir, QLatin1String(step), language)));
}

bool TestOnboardGui::next()
{
    QAbstractButton *button = m_wizard->button(QWizard::NextButton);
    if (!button->isVisible())
        button = m_wizard->button(QWizard::CommitButton);
    return click(button);
}

void TestOnboardGui::wizardFromButton()
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("onboardButton"));
    QVERIFY(button);
    QVERIFY(click(button));
    QTRY_VERIFY(m_wizard = m_window->findChild<OnboardWizard *>());
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->currentId(), int(OnboardWizard::PersonPage));
    // The same wizard when asked again.
    QVERIFY(click(button));
    QCOMPARE(m_window->findChildren<OnboardWizard *>().size(), 1);
}

void TestOnboardGui::personStepValidates()
{
    QVERIFY(next()); // empty: refused, with the reason
    QCOMPARE(m_wizard->currentId(), int(OnboardWizard::PersonPage));
    QVERIFY(!child<QLabel>("personBanner")->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>("whoEdit"), QStringLiteral("Dana Scully"));
    QVERIFY(child<QLabel>("personBanner")->text().isEmpty());
    QCOMPARE(child<QLineEdit>("userNameEdit")->text(), QStringLiteral("dana_scully"));
    QVERIFY(!child<QLineEdit>("userNameEdit")->isEnabled());
    auto *thisComputer = child<QPushButton>("thisComputerButton");
    QTRY_VERIFY(thisComputer->isEnabled());
    QVERIFY(click(thisComputer));
    QCOMPARE(child<QLineEdit>("networkEdit")->text(), QStringLiteral("127.0.0.1"));
    child<QLineEdit>("networkEdit")->setText(QStringLiteral("203.0.113.300"));
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(OnboardWizard::PersonPage)); // a bad address
    child<QLineEdit>("networkEdit")->setText(QStringLiteral("203.0.113.30"));
    QVERIFY(click(child<QCheckBox>("createUserCheck")));
    QVERIFY(child<QLineEdit>("userNameEdit")->isEnabled());
    QVERIFY(child<QRadioButton>("readOnlyRadio")->isChecked());
    shot("1-person");
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(OnboardWizard::DatabasesPage));
    const OnboardRequest request = m_wizard->request();
    QCOMPARE(request.cidr, QStringLiteral("203.0.113.30/32"));
    QVERIFY(request.createUser);
    QVERIFY(!request.expiresAt.isValid()); // permanent by default
}

void TestOnboardGui::databasesStepFilters()
{
    auto *tree = child<QTreeWidget>("databasesTree");
    QCOMPARE(tree->topLevelItemCount(), 5);
    QVERIFY(next()); // nothing ticked: refused
    QCOMPARE(m_wizard->currentId(), int(OnboardWizard::DatabasesPage));
    auto *kind = child<QComboBox>("kindCombo");
    kind->setCurrentIndex(1); // Dedicated Resources
    int shown = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        shown += tree->topLevelItem(i)->isHidden() ? 0 : 1;
    QCOMPARE(shown, 2); // my-postgres-db and the seeded one
    QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("my-"));
    QVERIFY(click(child<QPushButton>("selectShownButton")));
    QCOMPARE(m_wizard->selectedDatabases().size(), 1);
    child<QLineEdit>("filterEdit")->clear();
    kind->setCurrentIndex(2); // classic addons
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == QLatin1String("my-app"))
            tree->topLevelItem(i)->setCheckState(0, Qt::Checked);
    }
    kind->setCurrentIndex(0);
    QCOMPARE(m_wizard->selectedDatabases().size(), 2);
    shot("2-databases");
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(OnboardWizard::PreviewPage));
}

void TestOnboardGui::previewShowsVerdicts()
{
    auto *view = child<QTableView>("previewView");
    auto *model = qobject_cast<BatchPlanModel *>(view->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 4);
    int apply = 0;
    int impossible = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const BatchItem &item = model->itemAt(row);
        (item.verdict == BatchItem::Verdict::Apply ? apply : impossible) += 1;
        if (model->targetAt(row).database.isAddon())
            QCOMPARE(item.verdict, BatchItem::Verdict::Impossible); // no rules, users refused
    }
    QCOMPARE(apply, 2);
    QCOMPARE(impossible, 2);
    QVERIFY(!child<QLabel>("previewSummaryLabel")->text().isEmpty());
    shot("3-preview");
}

void TestOnboardGui::applyAndPasswords()
{
    QVERIFY(next()); // Apply
    QCOMPARE(m_wizard->currentId(), int(OnboardWizard::ApplyPage));
    auto *model = qobject_cast<BatchPlanModel *>(child<QTableView>("applyView")->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->plan().count(BatchItem::Status::Done) == 2, 30000);
    QTRY_VERIFY(!child<QPushButton>("stopButton")->isEnabled());
    QVERIFY(!child<QPushButton>("retryButton")->isEnabled());
    // The database open in the window was among them: its pages show the new rule and user without a refresh.
    DatabaseSession *session = m_window->session();
    QCOMPARE(session->database().name, QStringLiteral("my-postgres-db"));
    QTRY_VERIFY(std::any_of(session->rules()->items().cbegin(), session->rules()->items().cend(),
                            [](const FirewallRule &rule) { return rule.cidr == QLatin1String("203.0.113.30/32"); }));
    QTRY_VERIFY(session->users()->rowOfKey(QStringLiteral("dana_scully")) >= 0);
    // The change history: one line per database and object, grouped under the operation.
    QTRY_VERIFY(m_window->history()->entries(QString(), 2).size() == 2
                && m_window->history()->entries(QString(), 2).last().isSuccess());
    const QList<HistoryEntry> lines = m_window->history()->entries(QString(), 2);
    const auto first = m_window->history()->store()->operationOf(lines.at(0).id);
    QVERIFY(!first.first.isEmpty());
    QVERIFY(first.second.contains(QStringLiteral("Dana Scully")));
    QCOMPARE(m_window->history()->store()->operationOf(lines.at(1).id), first);
    QCOMPARE(m_window->history()->store()->operationEntries(first.first).size(), 2);
    shot("4-apply");
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(OnboardWizard::PasswordsPage));
    auto *table = child<QTableWidget>("passwordsTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("my-postgres-db"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("dana_scully"));
    const QString password = table->item(0, 2)->text();
    QVERIFY(password.size() >= 16);
    shot("5-passwords");
    QSignalSpy cleared(ClipboardGuard::instance(), &ClipboardGuard::cleared);
    QVERIFY(click(child<QPushButton>("copyPassword0")));
    QCOMPARE(QGuiApplication::clipboard()->text(), password);
    QVERIFY(cleared.wait(3000));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    // Closing forgets the passwords with the wizard; the overview reads the changed databases again.
    m_wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!m_wizard);
    AllDatabasesModel *overview = m_page->model();
    const int row = overview->rowOf(session->database());
    QVERIFY(row >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(overview->rowAt(row).rules.cbegin(), overview->rowAt(row).rules.cend(),
                                         [](const FirewallRule &rule) {
                                             return rule.cidr == QLatin1String("203.0.113.30/32");
                                         }),
                             30000);
}

void TestOnboardGui::retryFromTheWizard()
{
    // initech-prod fills up to the quota after the survey: the preview (from the survey) plans the rule, the API
    // refuses it; once a rule is gone, Retry sends that one again.
    SandboxProcess::Database initech;
    QVERIFY(m_sandbox.discoverApp(QStringLiteral("initech-prod"), &initech));
    QString firstRule;
    for (int i = 0; i < 30; ++i) {
        const SandboxProcess::Reply r = m_sandbox.post(
                initech.path(QStringLiteral("/firewall_rules")), initech.addonToken,
                QJsonObject{{QStringLiteral("type"), QStringLiteral("custom_range")},
                            {QStringLiteral("cidr"), QStringLiteral("10.7.%1.0/24").arg(i)}});
        QCOMPARE(r.status, 201);
        if (firstRule.isEmpty())
            firstRule = r.json.value(QStringLiteral("rule")).toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(click(m_page->findChild<QPushButton *>(QStringLiteral("onboardButton"))));
    QTRY_VERIFY(m_wizard = m_window->findChild<OnboardWizard *>());
    QTest::keyClicks(child<QLineEdit>("whoEdit"), QStringLiteral("Eve Polastri"));
    child<QLineEdit>("networkEdit")->setText(QStringLiteral("198.51.100.9"));
    QVERIFY(next());
    QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("initech"));
    QVERIFY(click(child<QPushButton>("selectShownButton")));
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(OnboardWizard::PreviewPage));
    QVERIFY(next()); // Apply
    auto *model = qobject_cast<BatchPlanModel *>(child<QTableView>("applyView")->model());
    auto *retry = child<QPushButton>("retryButton");
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 30000);
    QCOMPARE(model->itemAt(0).status, BatchItem::Status::Failed);
    QVERIFY2(model->itemAt(0).error.contains(QStringLiteral("30")), qPrintable(model->itemAt(0).error));
    QVERIFY(!child<QLabel>("applySummaryLabel")->text().isEmpty());
    shot("4-apply-failed");
    QCOMPARE(m_sandbox.del(initech.path(QStringLiteral("/firewall_rules/") + firstRule), initech.addonToken).status,
             204);
    QVERIFY(click(retry));
    QTRY_COMPARE_WITH_TIMEOUT(model->itemAt(0).status, BatchItem::Status::Done, 30000);
    QTRY_VERIFY(!retry->isEnabled());
    QVERIFY(next());
    QCOMPARE(child<QTableWidget>("passwordsTable")->rowCount(), 0); // no user asked for
    m_wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!m_wizard);
}

void TestOnboardGui::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestOnboardGui)
#include "tst_onboard_gui.moc"
