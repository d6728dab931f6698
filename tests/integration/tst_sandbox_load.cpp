// Bounded load on loopback, then kill -9 during writes, with a consistency check after each phase:
//   firewall rules: API list == `firewall_rules` rows of the state database (superuser over the admin socket)
//                   == the hostssl lines of pg_hba.conf (the file) == pg_hba_file_rules (what PostgreSQL parses);
//   users:          API list == `database_users` rows == LOGIN roles in pg_roles (read as the default user), and
//                   every such role has CONNECT on the database (no half-created user).
// Defaults: 20 clients for 20 s, then 3 kill cycles. By hand: GATEHOUSE_LOAD_CLIENTS=50 GATEHOUSE_LOAD_SECONDS=60
// (GATEHOUSE_LOAD_KILLS for the number of kill -9 cycles). Figures are printed at the end.
#include "loadclient.h"
#include "sandboxprocess.h"
#include "sandboxstate.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace sandboxstate;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

QString netmaskToCidr(const QString &address, const QString &netmask)
{
    const QHostAddress mask(netmask);
    quint32 bits = mask.toIPv4Address();
    int prefix = 0;
    while (bits & 0x80000000u) {
        ++prefix;
        bits <<= 1;
    }
    return address + QLatin1Char('/') + QString::number(prefix);
}

} // namespace

class TestSandboxLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void load();
    void killDuringWrites();
    void cleanupTestCase();

private:
    /// Runs \a clients for \a ms; with \a killAfterMs >= 0 the sandbox is SIGKILLed then (requests in flight).
    LoadStats runClients(const QString &tag, int clients, qint64 ms, bool writesOnly, qint64 killAfterMs = -1);
    /// Deletes every custom rule (the load's), so that each phase starts below the 30-rule limit.
    void deleteCustomRules();
    /// Empty when consistent, else what differs. Fills the counts for the report.
    QString consistency(int *rules, int *users);

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    QStringList m_report;
};

void TestSandboxLoad::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    QCOMPARE(m_sandbox
                     .post(QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId), m_db.addonToken,
                           {{QStringLiteral("type"), QStringLiteral("managed_range")},
                            {QStringLiteral("range_id"), QStringLiteral("mr-sandbox-local")}})
                     .status,
             201);
    QVERIFY2(superuser(m_sandbox, QStringLiteral("gatehouse_sandbox"))->ok(),
             "the state database is read as the postgres superuser over the admin socket (run as root or postgres)");
    int rules = 0, users = 0;
    const QString problem = consistency(&rules, &users);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(rules, 1);
    QCOMPARE(users, 1);
}

LoadStats TestSandboxLoad::runClients(const QString &tag, int count, qint64 ms, bool writesOnly, qint64 killAfterMs)
{
    std::vector<std::unique_ptr<LoadClient>> clients;
    for (int i = 0; i < count; ++i)
        clients.push_back(
                std::make_unique<LoadClient>(tag, i, m_sandbox.url(), m_db.addonId, m_db.addonToken, writesOnly));
    for (auto &c : clients)
        c->start(ms);
    QElapsedTimer clock;
    clock.start();
    bool killed = false;
    while (true) {
        QTest::qWait(20);
        if (killAfterMs >= 0 && !killed && clock.elapsed() >= killAfterMs) {
            m_sandbox.kill();
            killed = true;
            for (auto &c : clients)
                c->stop();
        }
        const bool allIdle = std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->idle(); });
        if (allIdle && (clock.elapsed() >= ms || killed))
            break;
        if (clock.elapsed() > ms + 60000)
            break; // requests time out after 30 s; never hang the test
    }
    LoadStats total;
    for (auto &c : clients)
        total.add(c->stats());
    return total;
}

QString TestSandboxLoad::consistency(int *ruleCount, int *userCount)
{
    QStringList problems;
    const auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    // --- rules -------------------------------------------------------------------------------------------------
    const auto listed
            = m_sandbox.get(QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId), m_db.addonToken);
    if (listed.status != 200)
        return QStringLiteral("rule list answered %1").arg(listed.status);
    QStringList apiRules, expectedHba;
    for (const QJsonValue v : listed.json.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString type = r.value(QStringLiteral("type")).toString();
        apiRules.append(QStringLiteral("%1 %2 %3 %4")
                                .arg(r.value(QStringLiteral("id")).toString(), type,
                                     r.value(QStringLiteral("cidr")).toString(),
                                     r.value(QStringLiteral("range_id")).toString()));
        if (type == QLatin1String("custom_range"))
            expectedHba.append(r.value(QStringLiteral("cidr")).toString());
        else if (r.value(QStringLiteral("range_id")).toString() == QLatin1String("mr-sandbox-local"))
            expectedHba.append(QStringLiteral("127.0.0.1/32"));
        else
            problems.append(
                    QStringLiteral("unexpected managed range %1").arg(r.value(QStringLiteral("range_id")).toString()));
    }
    *ruleCount = int(apiRules.size());

    const auto state = superuser(m_sandbox, QStringLiteral("gatehouse_sandbox"));
    if (!state->ok())
        return QStringLiteral("state database unreachable: %1").arg(state->error());
    const QStringList stateRules = state->rows(
            QStringLiteral("SELECT id || ' ' || type || ' ' || cidr || ' ' || range_id FROM firewall_rules "
                           "WHERE app_id = '%1'")
                    .arg(m_db.appId));
    if (sorted(apiRules) != sorted(stateRules))
        problems.append(
                QStringLiteral("rules: API [%1] != state [%2]")
                        .arg(sorted(apiRules).join(QLatin1String(", ")), sorted(stateRules).join(QLatin1String(", "))));

    QStringList fileHba;
    QFile hba(clusterLocation(m_sandbox).hbaPath());
    if (!hba.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("cannot read %1").arg(hba.fileName());
    for (const QByteArray &raw : hba.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).simplified();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("local ")))
            continue;
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.size() == 5 && f[1] != m_db.pgDatabase && f[1] != QLatin1String("all"))
            continue; // another database's lines (the classic addon my-app), checked by tst_sandbox_classic
        if (f.size() != 5 || f[0] != QLatin1String("hostssl") || f[1] != m_db.pgDatabase || f[2] != QLatin1String("all")
            || f[4] != QLatin1String("scram-sha-256"))
            problems.append(QStringLiteral("unexpected pg_hba.conf line: %1").arg(line));
        else
            fileHba.append(f[3]);
    }
    if (sorted(expectedHba) != sorted(fileHba))
        problems.append(
                QStringLiteral("rules: API [%1] != pg_hba.conf [%2]")
                        .arg(sorted(expectedHba).join(QLatin1String(", ")), sorted(fileHba).join(QLatin1String(", "))));
    QStringList parsedHba;
    const auto su = superuser(m_sandbox, QStringLiteral("postgres"));
    for (const QString &row : su->rows(QStringLiteral("SELECT coalesce(address, '') || ' ' || coalesce(netmask, '') || "
                                                      "' ' || coalesce(error, '') FROM pg_hba_file_rules "
                                                      "WHERE type <> 'local' AND (database && ARRAY['all', '%1'] OR error IS NOT NULL)")
                                                      .arg(m_db.pgDatabase))) {
        const QStringList f = row.split(QLatin1Char(' '));
        parsedHba.append(netmaskToCidr(f.value(0), f.value(1))
                         + (f.value(2).isEmpty() ? QString() : f.mid(2).join(QLatin1Char(' '))));
    }
    if (sorted(parsedHba) != sorted(fileHba))
        problems.append(
                QStringLiteral("pg_hba.conf [%1] != pg_hba_file_rules [%2]")
                        .arg(sorted(fileHba).join(QLatin1String(", ")), sorted(parsedHba).join(QLatin1String(", "))));

    // --- users -------------------------------------------------------------------------------------------------
    const auto users = m_sandbox.get(QStringLiteral("/api/databases/%1/users").arg(m_db.addonId), m_db.addonToken);
    if (users.status != 200)
        return QStringLiteral("user list answered %1").arg(users.status);
    QStringList apiUsers;
    for (const QJsonValue v : users.json.value(QStringLiteral("database-users")).toArray())
        apiUsers.append(v.toObject().value(QStringLiteral("name")).toString());
    *userCount = int(apiUsers.size());
    const QStringList stateUsers
            = state->rows(QStringLiteral("SELECT name FROM database_users WHERE app_id = '%1'").arg(m_db.appId));
    PgSession owner(QStringLiteral("127.0.0.1"), m_db.port, m_db.pgDatabase, m_db.ownerUser, m_db.ownerPassword);
    if (!owner.ok())
        return problems.join(QLatin1String("; ")) + QStringLiteral("; default user cannot log in: ") + owner.error();
    // Roles are cluster-wide: the other databases' users (the classic addon my-app's) are not this database's.
    const QStringList otherUsers
            = state->rows(QStringLiteral("SELECT name FROM database_users WHERE app_id <> '%1'").arg(m_db.appId));
    QStringList loginRoles
            = owner.rows(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolcanlogin AND rolname <> 'postgres'"));
    for (const QString &other : otherUsers)
        loginRoles.removeAll(other);
    if (sorted(apiUsers) != sorted(stateUsers))
        problems.append(
                QStringLiteral("users: API [%1] != state [%2]")
                        .arg(sorted(apiUsers).join(QLatin1String(", ")), sorted(stateUsers).join(QLatin1String(", "))));
    if (sorted(apiUsers) != sorted(loginRoles))
        problems.append(
                QStringLiteral("users: API [%1] != LOGIN roles [%2]")
                        .arg(sorted(apiUsers).join(QLatin1String(", ")), sorted(loginRoles).join(QLatin1String(", "))));
    QStringList withoutConnect = owner.rows(
            QStringLiteral("SELECT rolname FROM pg_roles WHERE rolcanlogin AND rolname <> 'postgres' AND NOT "
                           "has_database_privilege(rolname, current_database(), 'CONNECT')"));
    for (const QString &other : otherUsers)
        withoutConnect.removeAll(other);
    if (!withoutConnect.isEmpty())
        problems.append(
                QStringLiteral("half-created users (no CONNECT): %1").arg(withoutConnect.join(QLatin1String(", "))));
    return problems.join(QLatin1String("; "));
}

void TestSandboxLoad::load()
{
    const int clients = envInt("GATEHOUSE_LOAD_CLIENTS", 20);
    const int seconds = envInt("GATEHOUSE_LOAD_SECONDS", 20);
    QElapsedTimer clock;
    clock.start();
    const LoadStats s = runClients(QStringLiteral("ld"), clients, seconds * 1000LL, false);
    const double elapsed = clock.elapsed() / 1000.0;
    int rules = 0, users = 0;
    const QString problem = consistency(&rules, &users);
    QStringList ops;
    for (auto it = s.byOperation.cbegin(); it != s.byOperation.cend(); ++it)
        ops.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    m_report << QStringLiteral("load: %1 clients x %2 s: %3 requests in %4 s = %5 req/s (%6)")
                        .arg(clients)
                        .arg(seconds)
                        .arg(s.requests)
                        .arg(elapsed, 0, 'f', 1)
                        .arg(s.requests / elapsed, 0, 'f', 1)
                        .arg(ops.join(QLatin1String(", ")))
             << QStringLiteral("load: latency p50 %1 ms, p95 %2 ms, max %3 ms")
                        .arg(s.percentile(0.5))
                        .arg(s.percentile(0.95))
                        .arg(s.percentile(1.0))
             << QStringLiteral("load: ok %1, 422 %2, 429 %3, 5xx %4, timeouts %5, network %6, other 4xx %7")
                        .arg(s.ok)
                        .arg(s.validation)
                        .arg(s.rateLimited)
                        .arg(s.server)
                        .arg(s.timeouts)
                        .arg(s.network)
                        .arg(s.unexpected4xx)
             << QStringLiteral("load: consistency after load: %1 (API rules %2, users %3)")
                        .arg(problem.isEmpty() ? QStringLiteral("OK") : problem)
                        .arg(rules)
                        .arg(users);
    const QString samples = s.samples.join(QLatin1String("\n"));
    QVERIFY2(s.requests > clients, "the clients made (almost) no requests");
    QVERIFY2(s.server == 0, qPrintable(samples));
    QVERIFY2(s.timeouts == 0 && s.network == 0, qPrintable(samples));
    QVERIFY2(s.rateLimited == 0, qPrintable(samples)); // the DB API is not rate limited
    QVERIFY2(s.unexpected4xx == 0, qPrintable(samples));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_sandbox.isRunning());
}

void TestSandboxLoad::killDuringWrites()
{
    const int cycles = envInt("GATEHOUSE_LOAD_KILLS", 3);
    const int clients = envInt("GATEHOUSE_LOAD_CLIENTS", 20);
    QRandomGenerator rng(4242);
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        deleteCustomRules();
        const qint64 killAt = 1500 + rng.bounded(2500);
        const LoadStats s = runClients(QStringLiteral("k%1").arg(cycle), clients, 600000, true, killAt);
        QVERIFY(!m_sandbox.isRunning());
        QElapsedTimer restart;
        restart.start();
        const bool restarted = m_sandbox.start();
        if (!restarted)
            qWarning().noquote() << "sandbox stderr:\n"
                                 << QString::fromLocal8Bit(m_sandbox.standardError().right(12000));
        QVERIFY2(restarted, qPrintable(m_sandbox.errorString()));
        const qint64 restartMs = restart.elapsed();
        SandboxProcess::Database again;
        QVERIFY(m_sandbox.discover(&again));
        QCOMPARE(again.addonId, m_db.addonId);
        m_db.addonToken = again.addonToken;
        int rules = 0, users = 0;
        const QString problem = consistency(&rules, &users);
        m_report << QStringLiteral("kill -9 #%1 after %2 ms of writes: %3 answered (%4 ok, %5 5xx), %6 cut off; "
                                   "restart %7 ms; consistency: %8 (API rules %9, users %10)")
                            .arg(cycle)
                            .arg(killAt)
                            .arg(s.requests - s.network - s.timeouts)
                            .arg(s.ok)
                            .arg(s.server)
                            .arg(s.network + s.timeouts)
                            .arg(restartMs)
                            .arg(problem.isEmpty() ? QStringLiteral("OK") : problem)
                            .arg(rules)
                            .arg(users);
        QVERIFY2(s.server == 0, qPrintable(s.samples.join(QLatin1Char('\n'))));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The recovered sandbox still works for writes.
        const auto created
                = m_sandbox.post(QStringLiteral("/api/databases/%1/users").arg(m_db.addonId), m_db.addonToken,
                                 {{QStringLiteral("database_user"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("after_kill_%1").arg(cycle)}}}});
        QCOMPARE(created.status, 201);
    }
}

void TestSandboxLoad::deleteCustomRules()
{
    const QString path = QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId);
    for (const QJsonValue v : m_sandbox.get(path, m_db.addonToken).json.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject rule = v.toObject();
        if (rule.value(QStringLiteral("type")).toString() == QLatin1String("custom_range"))
            QCOMPARE(
                    m_sandbox
                            .del(path + QLatin1Char('/') + rule.value(QStringLiteral("id")).toString(), m_db.addonToken)
                            .status,
                    204);
    }
}

void TestSandboxLoad::cleanupTestCase()
{
    qInfo().noquote() << "\nSandbox load and durability\n" << m_report.join(QLatin1Char('\n'));
    if (m_sandbox.isRunning())
        QCOMPARE(m_sandbox.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxLoad)
#include "tst_sandbox_load.moc"
