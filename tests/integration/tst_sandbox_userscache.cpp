// The sandbox's users-list cache (issue 15): the rendered list is reused only while the users version in PostgreSQL
// is unchanged, so every write is visible on the very next GET: create, reset (an MD5 user turning SCRAM: a role
// change without any database_users row change), password update, delete, a direct SQL write to database_users and
// a restart. The version lives in the state database, not in the process.
#include "sandboxprocess.h"
#include "sandboxstate.h"

#include <QJsonArray>
#include <QTest>

class TestSandboxUsersCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void repeatedListsAreIdentical();
    void createIsVisibleAtOnce();
    void resetIsVisibleAtOnce();
    void updateIsVisibleAtOnce();
    void deleteIsVisibleAtOnce();
    void directSqlWriteIsVisibleAtOnce();
    void versionLivesInPostgres();

private:
    /// name -> the user's JSON object, from one GET of the list (fails the test on a non-200).
    QHash<QString, QJsonObject> list();
    qint64 version();

    std::unique_ptr<SandboxProcess> m_sandbox;
    SandboxProcess::Database m_db;
};

namespace {

const QString Password = QStringLiteral("Cache_test_password_0123456789");

QString encryptionOf(const QJsonObject &user)
{
    return user.value(QStringLiteral("dbms_attributes"))
            .toObject()
            .value(QStringLiteral("password_encryption"))
            .toString();
}

} // namespace

void TestSandboxUsersCache::initTestCase()
{
    // Every seeded user on MD5: a reset switches one to SCRAM, which changes only pg_authid.
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--seed-users"), QStringLiteral("5"),
                                                             QStringLiteral("--seed-md5-percent"),
                                                             QStringLiteral("100")});
    QVERIFY2(m_sandbox->start(180000), qPrintable(m_sandbox->errorString()));
    QVERIFY(m_sandbox->discover(&m_db));
}

void TestSandboxUsersCache::cleanupTestCase()
{
    if (m_sandbox)
        m_sandbox->stop();
}

QHash<QString, QJsonObject> TestSandboxUsersCache::list()
{
    QHash<QString, QJsonObject> out;
    const auto reply = m_sandbox->get(m_db.path(QStringLiteral("/users")), m_db.addonToken);
    if (reply.status != 200) {
        qWarning() << "GET users:" << reply.status << reply.body;
        return out;
    }
    for (const QJsonValue &v : reply.json.value(QStringLiteral("database-users")).toArray())
        out.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    return out;
}

qint64 TestSandboxUsersCache::version()
{
    const auto admin = sandboxstate::superuser(*m_sandbox, QStringLiteral("gatehouse_sandbox"));
    if (!admin->ok())
        return -1;
    bool ok = false;
    const qint64 v
            = admin->value(QStringLiteral("SELECT value FROM change_counters WHERE name = 'users'")).toLongLong(&ok);
    return ok ? v : -1;
}

void TestSandboxUsersCache::repeatedListsAreIdentical()
{
    const auto first = m_sandbox->get(m_db.path(QStringLiteral("/users")), m_db.addonToken);
    const auto second = m_sandbox->get(m_db.path(QStringLiteral("/users")), m_db.addonToken);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    // The owner and the 5 seeded users.
    QCOMPARE(first.json.value(QStringLiteral("database-users")).toArray().size(), 6);
}

void TestSandboxUsersCache::createIsVisibleAtOnce()
{
    list(); // the list is cached now
    const auto created
            = m_sandbox->post(m_db.path(QStringLiteral("/users")), m_db.addonToken,
                              QJsonObject{{QStringLiteral("database_user"),
                                           QJsonObject{{QStringLiteral("name"), QStringLiteral("cache_created")},
                                                       {QStringLiteral("read_only"), true}}}});
    QCOMPARE(created.status, 201);
    const auto users = list();
    QVERIFY(users.contains(QStringLiteral("cache_created")));
    QCOMPARE(users.value(QStringLiteral("cache_created")).value(QStringLiteral("read_only")).toBool(), true);
    QCOMPARE(encryptionOf(users.value(QStringLiteral("cache_created"))), QStringLiteral("SCRAM-SHA-256"));
}

void TestSandboxUsersCache::resetIsVisibleAtOnce()
{
    const QString name = QStringLiteral("svc_maple_00001");
    QCOMPARE(encryptionOf(list().value(name)), QStringLiteral("MD5"));
    list(); // served from the cache
    const auto reset
            = m_sandbox->post(m_db.path(QStringLiteral("/users/%1/reset_password").arg(name)), m_db.addonToken);
    QCOMPARE(reset.status, 200);
    // Only pg_authid changed (no database_users row): the list must still say SCRAM at once.
    QCOMPARE(encryptionOf(list().value(name)), QStringLiteral("SCRAM-SHA-256"));
}

void TestSandboxUsersCache::updateIsVisibleAtOnce()
{
    const QString name = QStringLiteral("etl_maple_00002");
    QCOMPARE(encryptionOf(list().value(name)), QStringLiteral("MD5"));
    const auto updated = m_sandbox->patch(
            m_db.path(QStringLiteral("/users/%1").arg(name)), m_db.addonToken,
            QJsonObject{{QStringLiteral("database_user"), QJsonObject{{QStringLiteral("password"), Password}}}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(encryptionOf(list().value(name)), QStringLiteral("SCRAM-SHA-256"));
}

void TestSandboxUsersCache::deleteIsVisibleAtOnce()
{
    QVERIFY(list().contains(QStringLiteral("cache_created")));
    const auto removed = m_sandbox->del(m_db.path(QStringLiteral("/users/cache_created")), m_db.addonToken);
    QCOMPARE(removed.status, 204);
    QVERIFY(!list().contains(QStringLiteral("cache_created")));
}

void TestSandboxUsersCache::directSqlWriteIsVisibleAtOnce()
{
    const QString name = QStringLiteral("report_maple_00003");
    const bool before = list().value(name).value(QStringLiteral("read_only")).toBool();
    const auto admin = sandboxstate::superuser(*m_sandbox, QStringLiteral("gatehouse_sandbox"));
    QVERIFY2(admin->ok(), qPrintable(admin->error()));
    QVERIFY2(admin->query(
                     QStringLiteral("UPDATE database_users SET read_only = NOT read_only WHERE name = '%1'").arg(name)),
             qPrintable(admin->lastError()));
    QCOMPARE(list().value(name).value(QStringLiteral("read_only")).toBool(), !before);
}

void TestSandboxUsersCache::versionLivesInPostgres()
{
    const qint64 before = version();
    QVERIFY(before > 0);
    const auto reset
            = m_sandbox->post(m_db.path(QStringLiteral("/users/backup_maple_00004/reset_password")), m_db.addonToken);
    QCOMPARE(reset.status, 200);
    QVERIFY(version() > before);
    // A restart starts with an empty cache and the same state: the list is what PostgreSQL holds.
    const auto users = list();
    QVERIFY(m_sandbox->restart());
    QVERIFY(m_sandbox->discover(&m_db));
    QCOMPARE(list().keys().size(), users.size());
    QCOMPARE(encryptionOf(list().value(QStringLiteral("backup_maple_00004"))), QStringLiteral("SCRAM-SHA-256"));
}

QTEST_GUILESS_MAIN(TestSandboxUsersCache)
#include "tst_sandbox_userscache.moc"
