// UsersProxyModel over a DatabaseUsersModel fed by the in-process FakeApiServer, watched by QAbstractItemModelTester
// through loading, sorting by each column, searching, the MD5 filter and refreshes (every row changed, rows removed
// and added). A refresh changing every row leaves the username column out of its dataChanged range, so a proxy
// sorted by name does not re-sort (issue 15: that re-sort was the largest part of the refresh stall).
#include "api/apiclient.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/modelroles.h"
#include "sessionfixture.h"
#include "usersproxymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

constexpr int kUsers = 400;

/// `USER_nnnnn` (upper case: the search folds case), every third read-only, every other one on MD5.
QJsonArray someUsers(bool flipped = false, int count = kUsers, int first = 0)
{
    QJsonArray users;
    for (int i = first; i < first + count; ++i) {
        const bool md5 = (i % 2 == 0) != flipped;
        users.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("USER_%1").arg(i, 5, 10, QLatin1Char('0'))},
                                 {QStringLiteral("read_only"), (i % 3 == 0) != flipped},
                                 {QStringLiteral("protected"), i == first},
                                 {QStringLiteral("dbms_attributes"),
                                  QJsonObject{{QStringLiteral("password_encryption"),
                                               md5 ? QStringLiteral("MD5") : QStringLiteral("SCRAM-SHA-256")}}}});
    }
    return users;
}

} // namespace

class TestUsersProxyModel : public QObject, private ApiTest::SessionFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testerFollowsEveryChange();
    void refreshOfEveryRowKeepsTheNameOrderWithoutLayoutChange();
    void changedRowsRefreshTheirSortKeys();
    void workerNameOrderSortsLikeTheFoldedNames();

private:
    bool reload(const QJsonArray &users);
    QString nameAt(int row) const { return m_proxy->index(row, 0).data().toString(); }

    std::unique_ptr<UsersProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
};

void TestUsersProxyModel::init()
{
    createServer()->users = someUsers();
    QVERIFY(startSession());
    m_proxy = std::make_unique<UsersProxyModel>();
    m_proxy->setUsersModel(m_session->users());
    m_proxy->sort(DatabaseUsersModel::UsernameColumn, Qt::AscendingOrder);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(m_session->users(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    openDatabase();
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->rowCount(), kUsers, 10000);
}

void TestUsersProxyModel::cleanup()
{
    m_tester.reset();
    m_sourceTester.reset();
    m_proxy.reset();
    resetSession();
}

bool TestUsersProxyModel::reload(const QJsonArray &users)
{
    m_server->users = users;
    DatabaseUsersModel *model = m_session->users();
    model->reload();
    return QTest::qWaitFor([model] { return model->state() == ResourceModel::State::Loaded; }, 10000);
}

void TestUsersProxyModel::testerFollowsEveryChange()
{
    QCOMPARE(nameAt(0), QStringLiteral("USER_00000"));
    for (int column = 0; column < DatabaseUsersModel::ColumnCount; ++column) {
        m_proxy->sort(column, Qt::DescendingOrder);
        m_proxy->sort(column, Qt::AscendingOrder);
        QCOMPARE(m_proxy->rowCount(), kUsers);
    }
    m_proxy->sort(DatabaseUsersModel::UsernameColumn, Qt::DescendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("USER_00399"));

    m_proxy->setSearchText(QStringLiteral("user_0001")); // folded: matches USER_0001x
    QCOMPARE(m_proxy->rowCount(), 10);
    m_proxy->setMd5Only(true);
    QCOMPARE(m_proxy->rowCount(), 5);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), kUsers / 2 - 1); // the protected MD5 user can't be reset: not listed
    m_proxy->setMd5Only(false);

    QVERIFY(reload(someUsers(true)));
    QCOMPARE(m_proxy->rowCount(), kUsers);
    // Half the users go, as many new ones come.
    QVERIFY(reload(someUsers(false, kUsers, kUsers / 2)));
    QCOMPARE(m_proxy->rowCount(), kUsers);
    QCOMPARE(nameAt(0), QStringLiteral("USER_00599"));
    m_proxy->setSearchText(QStringLiteral("USER_0059"));
    QCOMPARE(m_proxy->rowCount(), 10);
}

void TestUsersProxyModel::refreshOfEveryRowKeepsTheNameOrderWithoutLayoutChange()
{
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy changed(m_session->users(), &QAbstractItemModel::dataChanged);
    QVERIFY(reload(someUsers(true)));
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(changed))
        QVERIFY(signal.at(0).toModelIndex().column() > DatabaseUsersModel::UsernameColumn);
    // The names did not change: sorted by name, nothing moves, so no layout change (no re-sort).
    QCOMPARE(layout.size(), 0);
    QCOMPARE(nameAt(0), QStringLiteral("USER_00000"));
    QCOMPARE(m_proxy->index(1, DatabaseUsersModel::ReadOnlyColumn).data(ModelRoles::RawRole).toBool(), true);
}

void TestUsersProxyModel::changedRowsRefreshTheirSortKeys()
{
    m_proxy->sort(DatabaseUsersModel::PasswordEncryptionColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, DatabaseUsersModel::PasswordEncryptionColumn).data().toString(), QStringLiteral("MD5"));
    // Every user swaps MD5 and SCRAM: the encryption order follows (ranks refreshed for the changed rows only).
    QVERIFY(reload(someUsers(true)));
    const QModelIndex first = m_proxy->index(0, DatabaseUsersModel::UsernameColumn);
    QCOMPARE(first.siblingAtColumn(DatabaseUsersModel::PasswordEncryptionColumn).data().toString(),
             QStringLiteral("MD5"));
    QVERIFY(first.data().toString().back().digitValue() % 2 == 1); // odd users are on MD5 now
    m_proxy->setSearchText(QStringLiteral("USER_0000"));
    QCOMPARE(m_proxy->rowCount(), 10);
}

void TestUsersProxyModel::workerNameOrderSortsLikeTheFoldedNames()
{
    // The pure computation: each row's place in case-folded name order, ties kept in row order.
    QList<DatabaseUser> users;
    for (const char *name : {"bob", "Alice", "carol", "alice", "Bob"})
        users.append(DatabaseUser{QString::fromLatin1(name)});
    users[2].passwordEncryption = QStringLiteral("md5");
    users[3].passwordEncryption = QStringLiteral("SCRAM-SHA-256");
    users[4].passwordEncryption = QStringLiteral("other");
    const UsersSortKeys keys = UsersSortKeys::compute(users);
    QCOMPARE(keys.nameOrder, (QList<int>{2, 0, 4, 1, 3}));
    QCOMPARE(keys.encryptionRanks, (QList<int>{0, 0, 1, 2, 3}));
    QCOMPARE(keys.foldedNames.at(1), QStringLiteral("alice"));

    // In the proxy: the order arrives after a load, and sorting with it gives the same rows as the strings did.
    QTRY_VERIFY(m_proxy->hasNameOrder());
    QVERIFY(reload(someUsers(false, kUsers, kUsers / 2))); // half the rows replaced: the order is computed again
    QSignalSpy ready(m_proxy.get(), &UsersProxyModel::nameOrderReady);
    QVERIFY(m_proxy->hasNameOrder() || ready.wait(5000));
    m_proxy->sort(DatabaseUsersModel::ReadOnlyColumn, Qt::AscendingOrder);
    m_proxy->sort(DatabaseUsersModel::UsernameColumn, Qt::DescendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("USER_00599"));
    m_proxy->sort(DatabaseUsersModel::UsernameColumn, Qt::AscendingOrder);
    for (int row = 1; row < m_proxy->rowCount(); ++row)
        QVERIFY(nameAt(row - 1).toCaseFolded() < nameAt(row).toCaseFolded());
}

QTEST_MAIN(TestUsersProxyModel)
#include "tst_usersproxymodel.moc"
