// Database Users with thousands of users, against the in-process FakeApiServer: the MD5 notice stays one line with
// one link (a filter), a refresh where every row changed keeps the selection and reaches views as a few batched
// dataChanged ranges, and sorting and searching read the typed users. Timing goals live in gatehouse-bench.
#include "api/apiclient.h"
#include "databaseuserspage.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "sessionfixture.h"
#include "usersproxymodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {

constexpr int kUsers = 3000;

QJsonObject user(const QString &name, bool readOnly, bool isProtected, const QString &encryption)
{
    return QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("read_only"), readOnly},
            {QStringLiteral("protected"), isProtected},
            {QStringLiteral("dbms_attributes"), QJsonObject{{QStringLiteral("password_encryption"), encryption}}}};
}

/// One protected MD5 user (can't be reset: not counted) and kUsers users, every other one on MD5.
QJsonArray manyUsers(bool readOnly = false)
{
    QJsonArray users{user(QStringLiteral("mydb_owner"), false, true, QStringLiteral("MD5"))};
    for (int i = 0; i < kUsers; ++i)
        users.append(user(QStringLiteral("user_%1").arg(i, 5, 10, QLatin1Char('0')), readOnly, false,
                          i % 2 ? QStringLiteral("SCRAM-SHA-256") : QStringLiteral("MD5")));
    return users;
}

} // namespace

class TestUsersPageScale : public QObject, private ApiTest::SessionFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void md5NoticeIsOneLineWithOneFilter();
    void refreshWithEverythingChangedKeepsTheSelection();
    void searchAndSortReadTheTypedUsers();

private:
    bool open();
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<DatabaseUsersPage> m_page;
};

void TestUsersPageScale::init()
{
    createServer()->users = manyUsers();
    QVERIFY(startSession());
    m_page = std::make_unique<DatabaseUsersPage>();
    m_page->setSession(m_session.get());
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(open());
}

void TestUsersPageScale::cleanup()
{
    m_page.reset();
    resetSession();
}

bool TestUsersPageScale::open()
{
    openDatabase();
    return QTest::qWaitFor([this] { return m_session->users()->rowCount() == kUsers + 1; }, 10000);
}

void TestUsersPageScale::md5NoticeIsOneLineWithOneFilter()
{
    auto *notice = child<QLabel>("md5Label");
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    // One count and one link, never a link per user.
    QVERIFY2(notice->text().startsWith(QLatin1String("1500 user")), qPrintable(notice->text()));
    QCOMPARE(notice->text().count(QLatin1String("<a ")), 1);

    auto *view = child<QTableView>("usersView");
    QCOMPARE(view->model()->rowCount(), kUsers + 1);
    emit notice->linkActivated(QStringLiteral("md5"));
    QCOMPARE(view->model()->rowCount(), kUsers / 2);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->index(row, DatabaseUsersModel::PasswordEncryptionColumn).data().toString(),
                 QStringLiteral("MD5"));
    QCOMPARE(notice->text().count(QLatin1String("<a ")), 1);
    emit notice->linkActivated(QStringLiteral("all"));
    QCOMPARE(view->model()->rowCount(), kUsers + 1);
}

void TestUsersPageScale::refreshWithEverythingChangedKeepsTheSelection()
{
    auto *view = child<QTableView>("usersView");
    const QModelIndex target = view->model()->index(1234, 0);
    const QString name = target.data().toString();
    view->selectionModel()->select(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    DatabaseUsersModel *model = m_session->users();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    m_server->users = manyUsers(true); // every user turned read-only
    model->reload();
    QTRY_VERIFY(model->state() == ResourceModel::State::Loaded && model->users().value(5).readOnly);
    // Contiguous changed rows arrive as one range, not one signal per row.
    QVERIFY2(changed.size() <= 2, qPrintable(QString::number(changed.size())));
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), name);
    QCOMPARE(model->rowOf(name), name == QLatin1String("mydb_owner") ? 0 : name.mid(5).toInt() + 1);
}

void TestUsersPageScale::searchAndSortReadTheTypedUsers()
{
    auto *view = child<QTableView>("usersView");
    auto *search = child<QLineEdit>("searchEdit");
    search->setText(QStringLiteral("USER_0001"));
    // Typing is debounced: the filter applies once the text settles.
    QTRY_COMPARE(view->model()->rowCount(), 10);
    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), kUsers + 1);

    view->sortByColumn(DatabaseUsersModel::UsernameColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("user_02999"));
    QCOMPARE(view->model()->index(kUsers, 0).data().toString(), QStringLiteral("mydb_owner"));
    view->sortByColumn(DatabaseUsersModel::PasswordEncryptionColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, DatabaseUsersModel::PasswordEncryptionColumn).data().toString(),
             QStringLiteral("MD5"));
    QCOMPARE(view->model()->index(kUsers, DatabaseUsersModel::PasswordEncryptionColumn).data().toString(),
             QStringLiteral("SCRAM-SHA-256"));
    view->sortByColumn(DatabaseUsersModel::ProtectedColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("mydb_owner"));
}

QTEST_MAIN(TestUsersPageScale)
#include "tst_userspage_scale.moc"
