// Issue 17 item 2 through the widgets: the History tab says why it shows no row (nothing recorded yet, no database
// open, nothing matching the search or the kind chosen) instead of an empty table, and follows new lines live.
#include "api/apiclient.h"
#include "history/changehistory.h"
#include "history/historymodel.h"
#include "historypage.h"
#include "models/databasesession.h"
#include "testhistory.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using HistoryFixtures::sample;

class TestHistoryGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_history = std::make_unique<ChangeHistory>(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_n)));
        QVERIFY(m_history->isOpen());
        m_client = std::make_unique<ApiClient>(&m_nam);
        m_session = std::make_unique<DatabaseSession>(m_client.get());
        m_page = std::make_unique<HistoryPage>();
        m_page->setHistory(m_history.get(), m_session.get());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_view = m_page->findChild<QTableView *>(QStringLiteral("historyView"));
        m_empty = m_page->findChild<QLabel *>(QStringLiteral("emptyLabel"));
        m_search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        m_kind = m_page->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        QVERIFY(m_view && m_empty && m_search && m_kind);
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        m_client.reset();
        m_history.reset();
    }

    void noDatabaseOpenSaysSo()
    {
        // "This database" with none open: not an empty table.
        QVERIFY(!m_view->isVisible());
        QVERIFY(m_empty->isVisible());
        QVERIFY2(m_page->emptyText().contains(QStringLiteral("Open a database")), qPrintable(m_page->emptyText()));
    }

    void nothingRecordedYetThenLive()
    {
        m_page->setAllDatabases(true);
        QVERIFY(!m_view->isVisible());
        QVERIFY2(m_page->emptyText().startsWith(QStringLiteral("No change recorded yet")),
                 qPrintable(m_page->emptyText()));
        // A first change appears at once and the table comes back.
        m_history->record(sample(1));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(m_view->isVisible());
        QVERIFY(!m_empty->isVisible());
        QCOMPARE(m_page->emptyText(), QString());
    }

    void nothingMatchesTheSearchOrKind()
    {
        m_history->record(sample(1));
        m_history->record(sample(2, QStringLiteral("ad-2")));
        m_page->setAllDatabases(true);
        QVERIFY(m_view->isVisible());
        QTest::keyClicks(m_search, QStringLiteral("no such thing"));
        QVERIFY(!m_view->isVisible());
        QVERIFY2(m_page->emptyText().startsWith(QStringLiteral("No change matches")), qPrintable(m_page->emptyText()));
        m_search->clear();
        QVERIFY(m_view->isVisible());
        QCOMPARE(m_page->filter()->rowCount(), 2);
        QTest::keyClicks(m_search, QStringLiteral("office 2"));
        QCOMPARE(m_page->filter()->rowCount(), 1);
        QVERIFY(m_view->isVisible());
        m_search->clear();
        // A kind with no line: same sentence.
        m_kind->setCurrentIndex(m_kind->findData(int(WriteEvent::Kind::UserDeleted)));
        QCOMPARE(m_page->filter()->rowCount(), 0);
        QVERIFY2(m_page->emptyText().startsWith(QStringLiteral("No change matches")), qPrintable(m_page->emptyText()));
        m_kind->setCurrentIndex(0);
        QVERIFY(m_view->isVisible());
    }

    void filterByOperation()
    {
        // Issue 18: the lines of a batch operation name it, and the Operation filter (shown once there is one)
        // narrows the table to them.
        auto *operations = m_page->findChild<QComboBox *>(QStringLiteral("operationCombo"));
        QVERIFY(operations);
        m_page->setAllDatabases(true);
        const HistoryEntry single = m_history->record(sample(1));
        QVERIFY(operations->isHidden());
        const HistoryEntry a = m_history->record(sample(2, QStringLiteral("ad-1")));
        const HistoryEntry b = m_history->record(sample(3, QStringLiteral("ad-2")));
        QVERIFY(m_history->setOperation(a.id, QStringLiteral("op-1"), QStringLiteral("Onboard Alice")));
        QVERIFY(m_history->setOperation(b.id, QStringLiteral("op-1"), QStringLiteral("Onboard Alice")));
        QVERIFY(!operations->isHidden());
        QCOMPARE(operations->count(), 2);
        QCOMPARE(operations->itemText(1), QStringLiteral("Onboard Alice"));
        QVERIFY(!m_view->isColumnHidden(HistoryModel::OperationColumn));
        operations->setCurrentIndex(1);
        QCOMPARE(m_page->filter()->rowCount(), 2);
        for (int row = 0; row < m_page->filter()->rowCount(); ++row)
            QCOMPARE(m_view->model()->index(row, HistoryModel::OperationColumn).data().toString(),
                     QStringLiteral("Onboard Alice"));
        // Search matches the operation's title too.
        operations->setCurrentIndex(0);
        QCOMPARE(m_page->filter()->rowCount(), 3);
        QTest::keyClicks(m_search, QStringLiteral("onboard"));
        QCOMPARE(m_page->filter()->rowCount(), 2);
        m_search->clear();
        m_page->showOperation(QStringLiteral("op-1"));
        QCOMPARE(operations->currentIndex(), 1);
        QCOMPARE(m_page->filter()->rowCount(), 2);
        Q_UNUSED(single);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ChangeHistory> m_history;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<HistoryPage> m_page;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
};

QTEST_MAIN(TestHistoryGui)
#include "tst_history_gui.moc"
