// Issue 18, "Offboard a person" and "Copy rules" through the real window against the real sandbox (two regions,
// the real rate limit): the buttons of the All databases tab, the search, the preview with check boxes (an unticked
// rule stays), the per-database results; one deletion undone from the History tab; copying rules where one target
// fills up behind Gatehouse's back: "Retry failed" appears only then, and sends only what failed.
// With GATEHOUSE_SHOTS_OUT set (scripts/screenshots-offboard.sh), it also saves the dialogs of each step as PNGs in
// the language GATEHOUSE_SHOTS_LANG (en, fr).
#include "alldatabasespage.h"
#include "api/apiclient.h"
#include "confirmdialog.h"
#include "fakeapiserver.h"
#include "guisandbox.h"
#include "history/changehistory.h"
#include "historypage.h"
#include "messagebanner.h"
#include "models/alldatabasesmodel.h"
#include "models/batchapplier.h"
#include "models/batchplanmodel.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"
#include "offboarddialogs.h"
#include "offboardflow.h"
#include "system/tokenstore.h"
#include "translator.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace GuiSandbox;

namespace {

/// Runs \a act on the modal dialog of type D that the next click opens.
template<typename D>
void whenModal(std::function<void(D *)> act)
{
    QTimer::singleShot(200, qApp, [act] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget()))
            act(dialog);
    });
}

QString nameOf(const Database &db)
{
    return db.isAddon() ? db.appName : db.name;
}

QString shotsLanguage()
{
    const QString language = qEnvironmentVariable("GATEHOUSE_SHOTS_LANG");
    return language.isEmpty() ? QStringLiteral("en") : language;
}

/// Saves \a widget as docs/screenshots-style `<name>-<lang>.png` when screenshots are asked for.
void shot(QWidget *widget, const char *name)
{
    const QString out = qEnvironmentVariable("GATEHOUSE_SHOTS_OUT");
    if (out.isEmpty() || !widget)
        return;
    QTest::qWait(400); // layouts and the table settle
    const QString path = QStringLiteral("%1/%2-%3.png").arg(out, QLatin1String(name), shotsLanguage());
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

} // namespace

class TestOffboardGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offboardWalkthrough();
    void undoOneDeletionFromHistory();
    void copyRulesRetriesOnlyFailures();
    void addressSearchLeavesWiderRulesUnticked();
    void stopASearch();
    void cleanupTestCase();

private:
    Database database(const QString &name) const;
    DatabaseRef ref(const QString &name);
    QString addRule(const QString &database, const QString &cidr, const QString &label);
    QList<FirewallRule> rules(const QString &database);
    ChangePreviewDialog *waitForStage(ChangePreviewDialog::Stage stage);

    SandboxProcess m_sandbox{{QStringLiteral("--rate-limit"), QStringLiteral("60"), QStringLiteral("--regions"),
                              QStringLiteral("2"), QStringLiteral("--seed-databases"), QStringLiteral("6"),
                              QStringLiteral("--feature-delay"), QStringLiteral("0")}};
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
    AllDatabasesPage *m_page = nullptr;
    OffboardFlow *m_flow = nullptr;
};

void TestOffboardGui::initTestCase()
{
    useTestSettings(QStringLiteral("GatehouseGuiTest-offboard"));
    if (qEnvironmentVariableIsSet("GATEHOUSE_SHOTS_OUT")) {
        Translator::storeChoice(shotsLanguage());
        Translator::install(Translator::resolve(shotsLanguage()));
    }
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    MainWindow::Options options = optionsFor(m_sandbox, &m_store);
    options.apiUrl.clear(); // regions discovered: both of the sandbox's
    options.dbUrl.clear();
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(typeTokenAndSignIn(m_window.get(), m_sandbox.apiToken(), false));
    QVERIFY(waitUntilOpen(m_window.get()));
    m_page = m_window->findChild<AllDatabasesPage *>();
    QVERIFY(m_page);
    m_flow = m_page->findChild<OffboardFlow *>();
    QVERIFY(m_flow);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->databases()->rowCount(), 8, 120000);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(m_page);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isRunning() && m_page->model()->done() == 8, 120000);
}

Database TestOffboardGui::database(const QString &name) const
{
    for (const Database &db : m_window->databases()->databases()) {
        if (nameOf(db) == name)
            return db;
    }
    return {};
}

DatabaseRef TestOffboardGui::ref(const QString &name)
{
    ApiReply *reply = ApiTest::awaitReply(m_window->client()->resolveDatabase(database(name)));
    return reply->isSuccess() ? reply->value<DatabaseRef>() : DatabaseRef();
}

QString TestOffboardGui::addRule(const QString &database, const QString &cidr, const QString &label)
{
    NewFirewallRule rule;
    rule.cidr = cidr;
    rule.label = label;
    ApiReply *reply = ApiTest::awaitReply(m_window->client()->createFirewallRule(ref(database), rule));
    return reply->isSuccess() ? reply->value<FirewallRule>().id : QString();
}

QList<FirewallRule> TestOffboardGui::rules(const QString &database)
{
    ApiReply *reply = ApiTest::awaitReply(m_window->client()->listFirewallRules(ref(database)));
    return reply->isSuccess() ? reply->value<QList<FirewallRule>>() : QList<FirewallRule>();
}

ChangePreviewDialog *TestOffboardGui::waitForStage(ChangePreviewDialog::Stage stage)
{
    (void)QTest::qWaitFor([this, stage] { return m_flow->dialog() && m_flow->dialog()->stage() == stage; }, 120000);
    return m_flow->dialog() && m_flow->dialog()->stage() == stage ? m_flow->dialog() : nullptr;
}

void TestOffboardGui::offboardWalkthrough()
{
    QVERIFY(!addRule(QStringLiteral("my-postgres-db"), QStringLiteral("203.0.113.50/32"), QStringLiteral("Carol phone"))
                     .isEmpty());
    QVERIFY(!addRule(QStringLiteral("stark-prod"), QStringLiteral("203.0.113.50/32"), QStringLiteral("Carol phone"))
                     .isEmpty());
    NewDatabaseUser user;
    user.name = QStringLiteral("carol_stark");
    QVERIFY(ApiTest::awaitReply(m_window->client()->createDatabaseUser(ref(QStringLiteral("stark-prod")), user))
                    ->isSuccess());

    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("offboardButton"));
    QVERIFY(button);
    bool asked = false;
    whenModal<OffboardDialog>([&asked](OffboardDialog *dialog) {
        asked = true;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("whoEdit")), QStringLiteral("carol"));
        shot(dialog, "offboard-dialog");
        QVERIFY(click(dialog->findChild<QPushButton *>(QStringLiteral("searchButton"))));
    });
    QVERIFY(click(button));
    QVERIFY(asked);
    ChangePreviewDialog *dialog = waitForStage(ChangePreviewDialog::Stage::Preview);
    QVERIFY(dialog);
    BatchPlanModel *model = m_flow->model();
    QCOMPARE(model->rowCount(), 3); // two rules and a user, in two databases of two regions
    QVERIFY(model->isCheckable());
    QVERIFY(!dialog->retryButton()->isVisible());
    // Untick the rule of my-postgres-db: it stays.
    int keep = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (nameOf(model->targetAt(row).database) == QLatin1String("my-postgres-db"))
            keep = row;
    }
    QVERIFY(keep >= 0);
    QVERIFY(model->setData(model->index(keep, BatchPlanModel::ChangeColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model->checkedCount(), 2);
    shot(dialog, "offboard-preview");
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(dialog->applyButton()));
    QVERIFY(ConfirmDialog::lastRequest().headline.contains(QLatin1String("2")));
    dialog = waitForStage(ChangePreviewDialog::Stage::Results);
    QVERIFY(dialog);
    QCOMPARE(m_flow->applier()->plan().count(BatchItem::Status::Done), 2);
    QVERIFY(!dialog->retryButton()->isVisible()); // nothing failed: nothing to retry
    shot(dialog, "offboard-results");
    QCOMPARE(rules(QStringLiteral("my-postgres-db")).size(), 1);
    QCOMPARE(rules(QStringLiteral("stark-prod")).size(), 0);
    // Once closed, the overview reads again the database that changed, not all of them.
    QVERIFY(!m_page->model()->isRunning()); // paused while the operation runs (one paced reader per region)
    dialog->close();
    QCOMPARE(m_page->model()->total(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isRunning(), 60000);
}

void TestOffboardGui::undoOneDeletionFromHistory()
{
    // Open stark-prod, where the rule was deleted; the History offers to undo that line.
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("databaseCombo"));
    for (int row = 0; row < m_window->databases()->rowCount(); ++row) {
        if (nameOf(m_window->databases()->databaseAt(row)) == QLatin1String("stark-prod"))
            combo->setCurrentIndex(row);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isOpen()
                                     && m_window->session()->database().name == QLatin1String("stark-prod")
                                     && m_window->session()->rules()->hasData(),
                             60000);
    auto *historyPage = m_window->findChild<HistoryPage *>();
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("historyTab")));
    historyPage->setAllDatabases(false);
    auto *view = historyPage->findChild<QTableView *>(QStringLiteral("historyView"));
    qint64 id = 0;
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const auto entry = m_window->history()->entry(view->model()->index(r, 0).data(ModelRoles::IdRole).toLongLong());
        if (entry && entry->kind == WriteEvent::Kind::RuleDeleted) {
            id = entry->id;
            row = r;
        }
    }
    QVERIFY(row >= 0);
    view->selectRow(row);
    auto *undoButton = historyPage->findChild<QPushButton *>(QStringLiteral("undoButton"));
    QVERIFY2(undoButton->isEnabled(), qPrintable(undoButton->toolTip()));
    QVERIFY(click(undoButton));
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->history()->entry(id)->undoneBy > 0,
                              qPrintable(historyPage->banner()->message()), 30000);
    const QList<FirewallRule> back = rules(QStringLiteral("stark-prod"));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).cidr, QStringLiteral("203.0.113.50/32"));
    QCOMPARE(back.at(0).label, QStringLiteral("Carol phone"));
    tabs->setCurrentWidget(m_page);
}

void TestOffboardGui::copyRulesRetriesOnlyFailures()
{
    QVERIFY(!addRule(QStringLiteral("initech-prod"), QStringLiteral("10.20.0.0/16"), QStringLiteral("Office"))
                     .isEmpty());
    QVERIFY(!addRule(QStringLiteral("initech-prod"), QStringLiteral("192.0.2.0/24"), QStringLiteral("VPN")).isEmpty());
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("copyRulesButton"));
    QVERIFY(button);
    const Database source = database(QStringLiteral("initech-prod"));
    const Database main = database(QStringLiteral("my-postgres-db"));
    const Database stark = database(QStringLiteral("stark-prod"));
    bool asked = false;
    whenModal<CopyRulesDialog>([&](CopyRulesDialog *dialog) {
        asked = true;
        dialog->setSource(source);
        dialog->setTargetChecked(main, true);
        dialog->setTargetChecked(stark, true);
        QCOMPARE(dialog->targets().size(), 2);
        shot(dialog, "copyrules-dialog");
        QVERIFY(click(dialog->findChild<QPushButton *>(QStringLiteral("previewButton"))));
    });
    QVERIFY(click(button));
    QVERIFY(asked);
    ChangePreviewDialog *dialog = waitForStage(ChangePreviewDialog::Stage::Preview);
    QVERIFY(dialog);
    QCOMPARE(m_flow->model()->plan().toApply(), 4);
    QVERIFY(!m_flow->model()->isCheckable());
    QVERIFY(dialog->applyButton()->isEnabled());
    QVERIFY(!dialog->retryButton()->isVisible());
    shot(dialog, "copyrules-preview");

    // Behind Gatehouse's back, stark-prod fills up: its two creations fail.
    QStringList filler;
    for (int i = int(rules(QStringLiteral("stark-prod")).size()); i < FirewallRulesModel::MaxRules; ++i)
        filler << addRule(QStringLiteral("stark-prod"), QStringLiteral("10.99.%1.0/24").arg(i), QString());
    QCOMPARE(rules(QStringLiteral("stark-prod")).size(), FirewallRulesModel::MaxRules);
    QVERIFY(click(dialog->applyButton()));
    dialog = waitForStage(ChangePreviewDialog::Stage::Results);
    QVERIFY(dialog);
    QCOMPARE(m_flow->applier()->plan().count(BatchItem::Status::Done), 2);
    QCOMPARE(m_flow->applier()->plan().count(BatchItem::Status::Failed), 2);
    QVERIFY(dialog->retryButton()->isVisible());
    QVERIFY(!dialog->banner()->message().isEmpty());
    shot(dialog, "copyrules-results");

    // Room again: Retry sends the two failed creations only.
    for (int i = 0; i < 2; ++i)
        QVERIFY(ApiTest::awaitReply(
                        m_window->client()->deleteFirewallRule(ref(QStringLiteral("stark-prod")), filler.at(i)))
                        ->isSuccess());
    const int before = int(rules(QStringLiteral("my-postgres-db")).size());
    QVERIFY(click(dialog->retryButton()));
    dialog = waitForStage(ChangePreviewDialog::Stage::Results);
    QVERIFY(dialog);
    QCOMPARE(m_flow->applier()->plan().count(BatchItem::Status::Done), 4);
    QVERIFY(!dialog->retryButton()->isVisible());
    QCOMPARE(rules(QStringLiteral("my-postgres-db")).size(), before); // nothing sent twice
    QCOMPARE(rules(QStringLiteral("stark-prod")).size(), FirewallRulesModel::MaxRules);
    dialog->close();
}

void TestOffboardGui::addressSearchLeavesWiderRulesUnticked()
{
    QVERIFY(!addRule(QStringLiteral("initech-prod"), QStringLiteral("203.0.113.0/24"), QStringLiteral("Shared office"))
                     .isEmpty());
    m_flow->startOffboard(OffboardQuery(QStringLiteral("203.0.113.50")), m_window->databases()->databases());
    ChangePreviewDialog *dialog = waitForStage(ChangePreviewDialog::Stage::Preview);
    QVERIFY(dialog);
    BatchPlanModel *model = m_flow->model();
    int wider = 0;
    int exact = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex change = model->index(row, BatchPlanModel::ChangeColumn);
        const bool checked = change.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        if (nameOf(model->targetAt(row).database) == QLatin1String("initech-prod")) {
            ++wider;
            QVERIFY(!checked); // deleting it would lock the whole office out
            // In the language of the run ("admits 203.0.113.50", "admet 203.0.113.50").
            const QString admits = OffboardQuery::tr("admits %1").arg(QStringLiteral("203.0.113.50"));
            QVERIFY2(change.data().toString().contains(admits), qPrintable(change.data().toString()));
        } else {
            ++exact;
            QVERIFY(checked);
        }
    }
    QCOMPARE(wider, 1);
    QCOMPARE(exact, 2); // the /32 of my-postgres-db and stark-prod
    QCOMPARE(model->checkedCount(), 2);
    dialog->reject();
    QTRY_VERIFY(!m_flow->dialog());
}

void TestOffboardGui::stopASearch()
{
    m_flow->startOffboard(OffboardQuery(QStringLiteral("nobody")), m_window->databases()->databases());
    ChangePreviewDialog *dialog = m_flow->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->stage(), ChangePreviewDialog::Stage::Searching);
    QVERIFY(m_flow->search()->isRunning());
    // One operation at a time: starting another while this one searches only brings it forward.
    m_flow->startOffboard(OffboardQuery(QStringLiteral("someone")), m_window->databases()->databases());
    QCOMPARE(m_flow->dialog(), dialog);
    QVERIFY(m_flow->search()->isRunning());
    QVERIFY(click(dialog->stopButton()));
    QVERIFY(!m_flow->search()->isRunning());
    QTRY_VERIFY(!m_flow->dialog()); // closed (and deleted), nothing planned
    // Cancel while searching does the same.
    m_flow->startOffboard(OffboardQuery(QStringLiteral("nobody")), m_window->databases()->databases());
    QVERIFY(m_flow->search()->isRunning());
    m_flow->dialog()->reject();
    QVERIFY(!m_flow->search()->isRunning());
    QTRY_VERIFY(!m_flow->dialog());
}

void TestOffboardGui::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestOffboardGui)
#include "tst_offboard_gui.moc"
