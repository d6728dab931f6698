// What the sandbox's API does to PostgreSQL: real roles that log in over TLS with their passwords, read-only grants,
// password resets, deletion, and pg_hba.conf rules that admit or reject a client by source address (127.0.0.2
// through SourceProxy). Also: firewall propagation delay, restart and crash recovery keep every piece of state.
#include "sandboxprocess.h"
#include "sandboxstate.h"
#include "sourceproxy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

#include <libpq-fe.h>

using Reply = SandboxProcess::Reply;
using sandboxstate::PgSession;

class TestSandboxPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deniedByDefault();
    void sandboxRangeAdmitsOwnerOverTls();
    void createdUserLogsIn();
    void readOnlyUser();
    void resetAndUpdatePassword();
    void deleteUser();
    void firewallBySourceAddress();
    void firewallDelay();
    void restartKeepsState();
    void crashRecovery();

private:
    QString dbPath(const QString &suffix) const { return QStringLiteral("/api/databases/") + m_db.addonId + suffix; }
    /// Superuser session over the cluster's admin socket (only reachable by root/postgres on this machine).
    std::unique_ptr<PgSession> admin(const QString &database = QStringLiteral("postgres")) const;
    std::unique_ptr<PgSession> login(const QString &user, const QString &password, int port = 0) const
    {
        return std::make_unique<PgSession>(QStringLiteral("127.0.0.1"), port ? port : m_db.port, m_db.pgDatabase, user,
                                           password);
    }
    QString addRule(const QJsonObject &rule);
    QString createUser(const QString &name, bool readOnly, const QString &password = QString());

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    QString m_rwPassword;
    QString m_roPassword;
    QString m_localRuleId;
};

std::unique_ptr<PgSession> TestSandboxPostgres::admin(const QString &database) const
{
    QFile file(m_sandbox.dataDir() + QStringLiteral("/cluster.json"));
    file.open(QIODevice::ReadOnly);
    const QJsonObject location = QJsonDocument::fromJson(file.readAll()).object();
    return std::make_unique<PgSession>(
            location.value(QStringLiteral("cluster_dir")).toString() + QStringLiteral("/run"),
            location.value(QStringLiteral("port")).toInt(), database, QStringLiteral("postgres"));
}

QString TestSandboxPostgres::addRule(const QJsonObject &rule)
{
    const Reply r = m_sandbox.post(dbPath(QStringLiteral("/firewall_rules")), m_db.addonToken, rule);
    if (r.status != 201)
        qWarning("rule not created: %d %s", r.status, r.body.constData());
    return r.json.value(QStringLiteral("rule")).toObject().value(QStringLiteral("id")).toString();
}

QString TestSandboxPostgres::createUser(const QString &name, bool readOnly, const QString &password)
{
    QJsonObject user{{QStringLiteral("name"), name}, {QStringLiteral("read_only"), readOnly}};
    if (!password.isEmpty()) {
        user.insert(QStringLiteral("password"), password);
        user.insert(QStringLiteral("password_confirmation"), password);
    }
    const Reply r = m_sandbox.post(dbPath(QStringLiteral("/users")), m_db.addonToken,
                                   {{QStringLiteral("database_user"), user}});
    if (r.status != 201)
        qWarning("user not created: %d %s", r.status, r.body.constData());
    const QString returned
            = r.json.value(QStringLiteral("database_user")).toObject().value(QStringLiteral("password")).toString();
    return password.isEmpty() ? returned : password;
}

void TestSandboxPostgres::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    QVERIFY(admin()->ok());
}

void TestSandboxPostgres::deniedByDefault()
{
    const auto owner = login(m_db.ownerUser, m_db.ownerPassword);
    QVERIFY(!owner->ok());
    QVERIFY2(owner->error().contains(QLatin1String("no pg_hba.conf entry")), qPrintable(owner->error()));
    // Only the admin socket line concerns this database (the classic addon `my-app` has lines of its own).
    const auto su = admin();
    QCOMPARE(su->query(QStringLiteral("SELECT type || ' ' || array_to_string(user_name, ',') FROM pg_hba_file_rules "
                                      "WHERE error IS NULL AND (database && ARRAY['all', '%1'])")
                               .arg(m_db.pgDatabase))
                     .value_or(QStringList()),
             QStringList{QStringLiteral("local postgres")});
}

void TestSandboxPostgres::sandboxRangeAdmitsOwnerOverTls()
{
    m_localRuleId = addRule({{QStringLiteral("type"), QStringLiteral("managed_range")},
                             {QStringLiteral("range_id"), QStringLiteral("mr-sandbox-local")}});
    QVERIFY(!m_localRuleId.isEmpty());
    const auto owner = login(m_db.ownerUser, m_db.ownerPassword);
    QVERIFY2(owner->ok(), qPrintable(owner->error()));
    QVERIFY(owner->tls());
    // hostssl only: the same credentials without TLS are refused.
    PgSession plain(QStringLiteral("127.0.0.1"), m_db.port, m_db.pgDatabase, m_db.ownerUser, m_db.ownerPassword,
                    "disable");
    QVERIFY(!plain.ok());
    QVERIFY(owner->query(QStringLiteral("CREATE TABLE items (id serial PRIMARY KEY, name text)")));
    QVERIFY(owner->query(QStringLiteral("INSERT INTO items (name) VALUES ('first')")));
    // The documented grants of the default user, incl. the two default privileges (tables, sequences).
    const auto su = admin(m_db.pgDatabase);
    QCOMPARE(su->value(QStringLiteral("SELECT count(*) FROM pg_default_acl d JOIN pg_roles r ON r.oid = d.defaclrole "
                                      "WHERE r.rolname = '%1'")
                               .arg(m_db.ownerUser)),
             QStringLiteral("2"));
    QCOMPARE(su->value(QStringLiteral("SELECT password_encryption FROM (SELECT current_setting('password_encryption') "
                                      "AS password_encryption) s")),
             QStringLiteral("scram-sha-256"));
}

void TestSandboxPostgres::createdUserLogsIn()
{
    m_rwPassword = createUser(QStringLiteral("app_writer"), false);
    QCOMPARE(m_rwPassword.size(), 64);
    const auto writer = login(QStringLiteral("app_writer"), m_rwPassword);
    QVERIFY2(writer->ok(), qPrintable(writer->error()));
    QVERIFY(writer->tls());
    QCOMPARE(writer->value(QStringLiteral("SELECT current_user")), QStringLiteral("app_writer"));
    QVERIFY2(writer->query(QStringLiteral("INSERT INTO items (name) VALUES ('by writer')")),
             qPrintable(writer->lastError()));
    QVERIFY(!login(QStringLiteral("app_writer"), QStringLiteral("wrong-password-0123456789"))->ok());
    QVERIFY(admin()->value(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'app_writer'"))
                    .startsWith(QLatin1String("SCRAM-SHA-256$")));
}

void TestSandboxPostgres::readOnlyUser()
{
    m_roPassword = QStringLiteral("read-only-password-1234567890");
    QCOMPARE(createUser(QStringLiteral("app_reader"), true, m_roPassword), m_roPassword);
    const auto reader = login(QStringLiteral("app_reader"), m_roPassword);
    QVERIFY2(reader->ok(), qPrintable(reader->error()));
    QCOMPARE(reader->value(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("2"));
    QVERIFY(!reader->query(QStringLiteral("INSERT INTO items (name) VALUES ('nope')")));
    QVERIFY2(reader->lastError().contains(QLatin1String("permission denied")), qPrintable(reader->lastError()));
    QVERIFY(!reader->query(QStringLiteral("CREATE TABLE mine (x int)")));
    // Tables the owner creates later are readable too (default privileges).
    const auto owner = login(m_db.ownerUser, m_db.ownerPassword);
    QVERIFY(owner->query(QStringLiteral("CREATE TABLE later (x int); INSERT INTO later VALUES (7)")));
    QCOMPARE(reader->value(QStringLiteral("SELECT x FROM later")), QStringLiteral("7"));
    QVERIFY(!reader->query(QStringLiteral("DELETE FROM later")));
}

void TestSandboxPostgres::resetAndUpdatePassword()
{
    const Reply reset = m_sandbox.post(dbPath(QStringLiteral("/users/app_writer/reset_password")), m_db.addonToken);
    QCOMPARE(reset.status, 200);
    const QString fresh
            = reset.json.value(QStringLiteral("database_user")).toObject().value(QStringLiteral("password")).toString();
    QCOMPARE(fresh.size(), 64);
    QVERIFY(fresh != m_rwPassword);
    QVERIFY(!login(QStringLiteral("app_writer"), m_rwPassword)->ok());
    QVERIFY(login(QStringLiteral("app_writer"), fresh)->ok());

    const QString chosen = QStringLiteral("my-own-chosen-password-0123");
    const Reply update = m_sandbox.patch(dbPath(QStringLiteral("/users/app_writer")), m_db.addonToken,
                                         {{QStringLiteral("database_user"),
                                           QJsonObject{{QStringLiteral("database_id"), m_db.addonId},
                                                       {QStringLiteral("password"), chosen},
                                                       {QStringLiteral("password_confirmation"), chosen}}}});
    QCOMPARE(update.status, 200);
    QVERIFY(!login(QStringLiteral("app_writer"), fresh)->ok());
    QVERIFY(login(QStringLiteral("app_writer"), chosen)->ok());
    m_rwPassword = chosen;
}

void TestSandboxPostgres::deleteUser()
{
    const QString pw = createUser(QStringLiteral("temp_worker"), false);
    auto worker = login(QStringLiteral("temp_worker"), pw);
    QVERIFY2(worker->ok(), qPrintable(worker->error()));
    QVERIFY(worker->query(QStringLiteral("CREATE TABLE worker_table (x int)")));

    const Reply del = m_sandbox.del(dbPath(QStringLiteral("/users/temp_worker")), m_db.addonToken);
    QCOMPARE(del.status, 204);
    const auto su = admin(m_db.pgDatabase);
    QCOMPARE(su->value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'temp_worker'")),
             QStringLiteral("0"));
    // Its objects went to the database owner; its session was terminated.
    QCOMPARE(su->value(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'worker_table'")),
             m_db.ownerUser);
    QVERIFY(!worker->query(QStringLiteral("SELECT 1")));
    QVERIFY(!login(QStringLiteral("temp_worker"), pw)->ok());
    const Reply list = m_sandbox.get(dbPath(QStringLiteral("/users")), m_db.addonToken);
    for (const QJsonValue v : list.json.value(QStringLiteral("database-users")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("name")).toString() != QLatin1String("temp_worker"));
}

void TestSandboxPostgres::firewallBySourceAddress()
{
    SourceProxy proxy(QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress::LocalHost,
                      static_cast<quint16>(m_db.port));
    QString error;
    QVERIFY2(proxy.start(&error), qPrintable(error));

    // No rule for 127.0.0.2 yet: rejected (only 127.0.0.1 is allowed so far).
    {
        const auto rejected = login(m_db.ownerUser, m_db.ownerPassword, proxy.port());
        QVERIFY(!rejected->ok());
        QVERIFY2(rejected->error().contains(QLatin1String("127.0.0.2")), qPrintable(rejected->error()));
    }
    const QString ruleId = addRule({{QStringLiteral("type"), QStringLiteral("custom_range")},
                                    {QStringLiteral("cidr"), QStringLiteral("127.0.0.2/32")},
                                    {QStringLiteral("label"), QStringLiteral("Proxy")}});
    QVERIFY(!ruleId.isEmpty());
    {
        const auto admitted = login(QStringLiteral("app_reader"), m_roPassword, proxy.port());
        QVERIFY2(admitted->ok(), qPrintable(admitted->error()));
        QVERIFY(admitted->tls());
        QCOMPARE(admitted->value(QStringLiteral("SELECT host(inet_client_addr())")), QStringLiteral("127.0.0.2"));
    }
    const auto su = admin();
    QCOMPARE(su->value(QStringLiteral("SELECT type || ' ' || array_to_string(database, ',') || ' ' || "
                                      "array_to_string(user_name, ',') || ' ' || address || ' ' || netmask || ' ' || "
                                      "auth_method FROM pg_hba_file_rules WHERE address = '127.0.0.2'")),
             QStringLiteral("hostssl %1 all 127.0.0.2 255.255.255.255 scram-sha-256").arg(m_db.pgDatabase));
    QCOMPARE(su->value(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL")),
             QStringLiteral("0"));

    QCOMPARE(m_sandbox.del(dbPath(QStringLiteral("/firewall_rules/")) + ruleId, m_db.addonToken).status, 204);
    QVERIFY(!login(QStringLiteral("app_reader"), m_roPassword, proxy.port())->ok());
    QCOMPARE(su->value(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE address = '127.0.0.2'")),
             QStringLiteral("0"));
    // 127.0.0.1 is still allowed by the managed range.
    QVERIFY(login(QStringLiteral("app_reader"), m_roPassword)->ok());
    QVERIFY(proxy.connectionCount() >= 3);
}

void TestSandboxPostgres::firewallDelay()
{
    SandboxProcess delayed({QStringLiteral("--firewall-delay"), QStringLiteral("2")});
    QVERIFY2(delayed.start(), qPrintable(delayed.errorString()));
    SandboxProcess::Database db;
    QVERIFY(delayed.discover(&db));
    const Reply created
            = delayed.post(QStringLiteral("/api/databases/%1/firewall_rules").arg(db.addonId), db.addonToken,
                           {{QStringLiteral("type"), QStringLiteral("custom_range")},
                            {QStringLiteral("cidr"), QStringLiteral("127.0.0.1/32")}});
    QCOMPARE(created.status, 201);
    const auto tryLogin = [&] {
        return PgSession(QStringLiteral("127.0.0.1"), db.port, db.pgDatabase, db.ownerUser, db.ownerPassword).ok();
    };
    QVERIFY2(!tryLogin(), "the rule must not be applied before the delay");
    QTRY_VERIFY_WITH_TIMEOUT(tryLogin(), 6000);
    QCOMPARE(delayed.stop(), 0);
}

void TestSandboxPostgres::restartKeepsState()
{
    const QString token = m_sandbox.apiToken();
    const Reply rulesBefore = m_sandbox.get(dbPath(QStringLiteral("/firewall_rules")), m_db.addonToken);
    const Reply usersBefore = m_sandbox.get(dbPath(QStringLiteral("/users")), m_db.addonToken);
    QCOMPARE(usersBefore.json.value(QStringLiteral("database-users")).toArray().size(), 3);
    QCOMPARE(rulesBefore.json.value(QStringLiteral("rules")).toArray().size(), 1);

    QCOMPARE(m_sandbox.stop(), 0);
    QVERIFY2(!login(QStringLiteral("app_reader"), m_roPassword)->ok(), "PostgreSQL must stop with the sandbox");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));

    QCOMPARE(m_sandbox.apiToken(), token);
    // Tokens issued before the restart stay valid: the signing secret is persistent.
    QCOMPARE(m_sandbox.get(dbPath(QStringLiteral("/users")), m_db.addonToken).json, usersBefore.json);
    QCOMPARE(m_sandbox.get(dbPath(QStringLiteral("/firewall_rules")), m_db.addonToken).json, rulesBefore.json);
    SandboxProcess::Database again;
    QVERIFY(m_sandbox.discover(&again));
    QCOMPARE(again.addonId, m_db.addonId);
    QCOMPARE(again.uri, m_db.uri);
    QVERIFY(login(QStringLiteral("app_reader"), m_roPassword)->ok());
    QVERIFY(login(QStringLiteral("app_writer"), m_rwPassword)->ok());
}

void TestSandboxPostgres::crashRecovery()
{
    m_sandbox.kill(); // the postmaster survives a SIGKILL of the sandbox
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    SandboxProcess::Database again;
    QVERIFY(m_sandbox.discover(&again));
    QCOMPARE(again.uri, m_db.uri);
    QVERIFY(login(m_db.ownerUser, m_db.ownerPassword)->ok());
    QCOMPARE(m_sandbox.get(dbPath(QStringLiteral("/users")), again.addonToken).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxPostgres)
#include "tst_sandbox_postgres.moc"
