// The All databases tab and the grouped picker through the real window against the real sandbox with 25 databases in
// two regions (--regions 2 --seed-databases 23) under the real rate limit: the picker groups by kind under headers,
// the tab fills every row, searches, sorts, and opening a row opens that database.
#include "alldatabasespage.h"
#include "databasepickerdelegate.h"
#include "guisandbox.h"
#include "models/alldatabasesmodel.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "system/tokenstore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace GuiSandbox;

class TestAllDatabasesGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pickerGroupsByKind();
    void tabFillsEveryRow();
    void searchAndSort();
    void rowOpensThatDatabase();
    void cleanupTestCase();

private:
    SandboxProcess m_sandbox{{QStringLiteral("--rate-limit"), QStringLiteral("60"), QStringLiteral("--regions"),
                              QStringLiteral("2"), QStringLiteral("--seed-databases"), QStringLiteral("23"),
                              QStringLiteral("--seed-apps"), QStringLiteral("2")}};
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
    AllDatabasesPage *m_page = nullptr;
};

void TestAllDatabasesGui::initTestCase()
{
    useTestSettings(QStringLiteral("GatehouseGuiTest-alldatabases"));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    MainWindow::Options options = optionsFor(m_sandbox, &m_store);
    options.apiUrl.clear(); // regions discovered from the auth API: both of the sandbox's
    options.dbUrl.clear();
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(typeTokenAndSignIn(m_window.get(), m_sandbox.apiToken(), false));
    QVERIFY(waitUntilOpen(m_window.get()));
    m_page = m_window->findChild<AllDatabasesPage *>();
    QVERIFY(m_page);
    m_page->model()->setWhatIsMyIpUrl(m_sandbox.url().resolved(QUrl(QStringLiteral("/whatismyip"))));
}

void TestAllDatabasesGui::pickerGroupsByKind()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->databases()->rowCount(), 25, 120000);
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("databaseCombo"));
    QAbstractItemModel *model = combo->model();
    int firstAddon = -1;
    for (int row = 0; row < model->rowCount() && firstAddon < 0; ++row) {
        if (m_window->databases()->databaseAt(row).isAddon())
            firstAddon = row;
    }
    QCOMPARE(firstAddon, 8); // 8 Dedicated Resources (5 + 3 across the regions), then the addons
    const auto header = [model](int row) { return DatabasePickerDelegate::headerFor(model->index(row, 0)); };
    QCOMPARE(header(0), QStringLiteral("Dedicated Resources"));
    QCOMPARE(header(1), QString());
    QCOMPARE(header(firstAddon), QStringLiteral("Classic addons"));
    QCOMPARE(header(firstAddon + 1), QString());
    QVERIFY(qobject_cast<DatabasePickerDelegate *>(combo->view()->itemDelegate()));
    // The header makes its row taller, in the list as in the search popup.
    const QStyleOptionViewItem option;
    auto *delegate = combo->view()->itemDelegate();
    QVERIFY(delegate->sizeHint(option, model->index(0, 0)).height()
            > delegate->sizeHint(option, model->index(1, 0)).height());
    QVERIFY(qobject_cast<DatabasePickerDelegate *>(combo->completer()->popup()->itemDelegate()));
    // Entries carry app name, plan and region.
    const QString text = combo->itemText(firstAddon);
    const Database db = m_window->databases()->databaseAt(firstAddon);
    QVERIFY2(text.contains(db.appName) && text.contains(db.plan) && text.contains(db.region), qPrintable(text));
}

void TestAllDatabasesGui::tabFillsEveryRow()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(m_page); // shown: the survey starts
    AllDatabasesModel *model = m_page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->isRunning() || model->done() == 25, 5000);
    auto *progress = m_page->findChild<QWidget *>(QStringLiteral("progressBar"));
    QVERIFY(!model->isRunning() || progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isRunning(), 180000);
    QCOMPARE(model->rowCount(), 25);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->rowAt(row).state, AllDatabasesModel::State::Ready);
        // Nothing was opened to the Internet in this sandbox: this computer is let in nowhere.
        QCOMPARE(model->index(row, AllDatabasesModel::ThisComputerColumn).data().toString(), QStringLiteral("Blocked"));
    }
    QVERIFY(!progress->isVisible());
}

void TestAllDatabasesGui::searchAndSort()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("secnum"));
    QCOMPARE(m_page->proxy()->rowCount(), 11);
    search->clear();
    QCOMPARE(m_page->proxy()->rowCount(), 25);
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("databasesView"));
    view->sortByColumn(AllDatabasesModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(m_page->proxy()->index(0, AllDatabasesModel::NameColumn).data().toString(), QStringLiteral("acme-prod"));
    view->sortByColumn(AllDatabasesModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(m_page->proxy()->index(0, AllDatabasesModel::NameColumn).data().toString(),
             QStringLiteral("wonka-staging"));
}

void TestAllDatabasesGui::rowOpensThatDatabase()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("globex-prod"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("databasesView"));
    view->setCurrentIndex(m_page->proxy()->index(0, 0));
    auto *open = m_page->findChild<QPushButton *>(QStringLiteral("openButton"));
    QVERIFY(open->isEnabled());
    click(open);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isOpen()
                                     && m_window->session()->database().appName == QLatin1String("globex-prod"),
                             30000);
    QCOMPARE(m_window->session()->database().region, QStringLiteral("osc-secnum-fr1"));
    QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentIndex(), 0);
}

void TestAllDatabasesGui::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestAllDatabasesGui)
#include "tst_alldatabases_gui.moc"
