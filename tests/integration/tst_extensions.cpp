// The Extensions feature against a real PostgreSQL 15 (throwaway TLS cluster, see tests/support/pgtestcluster.h):
// PgConnection's event-loop integration, error classification on real failures, ExtensionsModel's SQL.
#include "models/extensionsmodel.h"
#include "pg/pgconnection.h"
#include "pgtestcluster.h"
#include "pgwait.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using Kind = PgError::Kind;
using PgWait::Outcome;

using PgWait::wait;
using PgWait::waitLoaded;

class TestExtensions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsOverTlsAndReusesOneConnection();
    void neverBlocksTheEventLoop();
    void cancelsARunningStatement();
    void enforcesTheStatementTimeout();
    void verifiesTheServerCertificateWhenGivenACa();
    void tellsFirewallPasswordAndTlsApart();
    void retryAfterTheRuleIsAdded();
    void listsAvailableExtensions();
    void enablesAndDisables_data();
    void enablesAndDisables();
    void installsDependenciesExplicitly();
    void asksBeforeCascadeWhenObjectsDepend();
    void classifiesRefusals();
    void neverPastesRawNames();
    void updatesToTheDefaultVersion();

private:
    PgTestCluster m_cluster;
};

void TestExtensions::initTestCase()
{
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
}

void TestExtensions::connectsOverTlsAndReusesOneConnection()
{
    PgConnection connection;
    connection.setConnectionUri(m_cluster.uri());
    QSignalSpy connected(&connection, &PgConnection::connected);
    Outcome ssl = wait(connection.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    QVERIFY2(!ssl.error.isError(), qPrintable(ssl.error.serverMessage));
    QCOMPARE(ssl.first(), QStringLiteral("t"));
    QCOMPARE(connection.state(), PgConnection::State::Connected);
    QVERIFY(connection.serverVersion() >= 150000);

    // Queued back to back: one connection, run in order, parameters bound (not pasted).
    QList<PgQuery *> queries;
    for (const QString &value : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("it's")})
        queries.append(connection.exec(QStringLiteral("SELECT $1::text, pg_backend_pid()"), {value}));
    QCOMPARE(connection.queuedCount(), 3);
    QStringList order;
    QSet<QString> pids;
    for (PgQuery *query : queries) {
        connect(query, &PgQuery::finished, this, [&order, &pids, query] {
            order.append(query->result().rows.value(0).value(0).toString());
            pids.insert(query->result().rows.value(0).value(1).toString());
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 10000);
    QCOMPARE(order, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("it's")}));
    QCOMPARE(pids.size(), 1);
    QCOMPARE(connected.size(), 1);
}

void TestExtensions::neverBlocksTheEventLoop()
{
    PgConnection connection;
    connection.setConnectionUri(m_cluster.uri(QStringLiteral("localhost"))); // includes the DNS lookup
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    qint64 maxStall = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] { maxStall = qMax(maxStall, sinceTick.restart()); });
    clock.start();
    sinceTick.start();
    ticker.start();
    const Outcome out = wait(connection.exec(QStringLiteral("SELECT pg_sleep(2), 42")));
    ticker.stop();
    const qint64 total = clock.elapsed();
    qInfo("connect + SELECT pg_sleep(2): %lld ms in all, longest event-loop stall %lld ms", total, maxStall);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.serverMessage));
    QCOMPARE(out.result.value(0, QStringLiteral("?column?")).toString(), QStringLiteral("42"));
    QVERIFY(total >= 1900);
    QVERIFY2(maxStall < 100, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(maxStall)));
}

void TestExtensions::cancelsARunningStatement()
{
    PgConnection connection;
    connection.setConnectionUri(m_cluster.uri());
    QVERIFY(!wait(connection.exec(QStringLiteral("SELECT 1"))).error.isError());
    PgQuery *sleeper = connection.exec(QStringLiteral("SELECT pg_sleep(30)"));
    PgQuery *queued = connection.exec(QStringLiteral("SELECT 2"));
    PgQuery *dropped = connection.exec(QStringLiteral("SELECT 3"));
    dropped->cancel(); // still queued: removed without reaching the server
    QTimer::singleShot(300, sleeper, &PgQuery::cancel);
    QElapsedTimer clock;
    clock.start();
    Outcome droppedOut;
    connect(dropped, &PgQuery::finished, this, [&] {
        droppedOut.finished = true;
        droppedOut.error = dropped->error();
    });
    const Outcome out = wait(sleeper, 10000);
    QVERIFY(out.finished);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(out.error.kind(), Kind::Cancelled);
    const Outcome next = wait(queued);
    QCOMPARE(next.first(), QStringLiteral("2")); // the connection survived the cancel
    QVERIFY(droppedOut.finished);
    QCOMPARE(droppedOut.error.kind(), Kind::Cancelled);
}

void TestExtensions::enforcesTheStatementTimeout()
{
    PgConnection connection;
    PgOptions options;
    options.statementTimeoutMs = 300;
    connection.setOptions(options);
    connection.setConnectionUri(m_cluster.uri());
    const Outcome out = wait(connection.exec(QStringLiteral("SELECT pg_sleep(5)")));
    QCOMPARE(out.error.kind(), Kind::StatementTimeout);
    QCOMPARE(out.error.sqlState, QStringLiteral("57014"));
}

void TestExtensions::verifiesTheServerCertificateWhenGivenACa()
{
    PgConnection good;
    PgOptions options;
    options.rootCertificatePath = m_cluster.certificatePath();
    good.setOptions(options);
    good.setConnectionUri(m_cluster.uri());
    const Outcome ok = wait(good.exec(QStringLiteral("SELECT 1")));
    QVERIFY2(!ok.error.isError(), qPrintable(ok.error.serverMessage));

    PgConnection wrongCa;
    options.rootCertificatePath = QStringLiteral("/etc/ssl/certs/ca-certificates.crt"); // public CAs, not ours
    wrongCa.setOptions(options);
    wrongCa.setConnectionUri(m_cluster.uri());
    const Outcome bad = wait(wrongCa.exec(QStringLiteral("SELECT 1")));
    QCOMPARE(bad.error.kind(), Kind::Tls);
    qInfo() << "TLS failure:" << bad.error.serverMessage;
}

void TestExtensions::tellsFirewallPasswordAndTlsApart()
{
    // ::1 has no pg_hba entry: what the real firewall does to an address without a rule.
    PgConnection blocked;
    blocked.setConnectionUri(m_cluster.uri(QStringLiteral("::1")));
    const Outcome firewall = wait(blocked.exec(QStringLiteral("SELECT 1")));
    qInfo() << "firewall:" << firewall.error.serverMessage;
    QCOMPARE(firewall.error.kind(), Kind::Firewall);
    QVERIFY(firewall.error.isAccessBlocked());
    QVERIFY(firewall.error.message().contains(QLatin1String("not allowed to reach the database")));
    QCOMPARE(blocked.state(), PgConnection::State::Failed);
    QCOMPARE(blocked.lastError().kind(), Kind::Firewall);

    PgConnection wrongPassword;
    wrongPassword.setConnectionUri(m_cluster.uri(QStringLiteral("127.0.0.1"), QStringLiteral("wrong")));
    const Outcome password = wait(wrongPassword.exec(QStringLiteral("SELECT 1")));
    qInfo() << "password:" << password.error.serverMessage;
    QCOMPARE(password.error.kind(), Kind::Password);
    QVERIFY(!password.error.isAccessBlocked());

    PgConnection refused;
    refused.setConnectionUri(QStringLiteral("postgresql://app:x@127.0.0.1:1/app"));
    const Outcome network = wait(refused.exec(QStringLiteral("SELECT 1")));
    QCOMPARE(network.error.kind(), Kind::Network);

    QVERIFY(firewall.error.message() != password.error.message());
    QVERIFY(!password.error.message().contains(QLatin1String("not allowed to reach")));
    // The password never shows up in what we report.
    QVERIFY(!password.error.serverMessage.contains(PgTestCluster::appPassword()));
}

void TestExtensions::retryAfterTheRuleIsAdded()
{
    QString error;
    QVERIFY2(m_cluster.writeHba(false, &error), qPrintable(error));
    PgConnection connection;
    connection.setConnectionUri(m_cluster.uri());
    const Outcome rejected = wait(connection.exec(QStringLiteral("SELECT 1")));
    QVERIFY2(m_cluster.writeHba(true, &error), qPrintable(error)); // restore before any QCOMPARE can bail out
    QCOMPARE(rejected.error.kind(), Kind::Firewall);
    QVERIFY(rejected.error.serverMessage.contains(QLatin1String("rejects connection")));
    // The same object connects again once the rule is there ("Retry").
    const Outcome retried = wait(connection.exec(QStringLiteral("SELECT 1")));
    QVERIFY2(!retried.error.isError(), qPrintable(retried.error.serverMessage));
    QCOMPARE(connection.state(), PgConnection::State::Connected);
}

void TestExtensions::listsAvailableExtensions()
{
    PgConnection connection;
    connection.setConnectionUri(m_cluster.uri());
    ExtensionsModel model;
    model.setConnection(&connection);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.state(), ExtensionsModel::State::Loaded);
    QVERIFY(model.rowCount() > 20);
    QVERIFY(!model.isSuperuser());
    // Installed first: plpgsql is in every database.
    QCOMPARE(model.extensions().first().name, QStringLiteral("plpgsql"));
    QVERIFY(model.extensions().first().isInstalled());
    const Extension pgcrypto = model.extension(QStringLiteral("pgcrypto"));
    QVERIFY(!pgcrypto.isInstalled());
    QVERIFY(pgcrypto.trusted);
    QCOMPARE(pgcrypto.allowed, std::optional<bool>(true));
    QVERIFY(!pgcrypto.comment.isEmpty());
    QVERIFY(!pgcrypto.defaultVersion.isEmpty());
    const Extension dblink = model.extension(QStringLiteral("dblink"));
    QVERIFY(!dblink.trusted);
    QCOMPARE(dblink.allowed, std::optional<bool>(false)); // untrusted, and we are not a superuser
    QCOMPARE(model.extension(QStringLiteral("earthdistance")).requiredExtensions, QStringList{QStringLiteral("cube")});
    const QModelIndex allowed = model.index(model.rowOf(QStringLiteral("dblink")), ExtensionsModel::AllowedColumn);
    QCOMPARE(allowed.data().toString(), QStringLiteral("No"));
}

void TestExtensions::enablesAndDisables_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("pgcrypto") << QStringLiteral("pgcrypto");
    QTest::newRow("hstore") << QStringLiteral("hstore");
    QTest::newRow("citext") << QStringLiteral("citext");
}

void TestExtensions::enablesAndDisables()
{
    QFETCH(QString, name);
    PgConnection connection;
    connection.setConnectionUri(m_cluster.uri());
    ExtensionsModel model;
    model.setConnection(&connection);
    QVERIFY(waitLoaded(model));
    QVERIFY(!m_cluster.hasExtension(name));

    QSignalSpy reloaded(&model, &ExtensionsModel::loaded);
    PgQuery *enable = model.enable(name);
    QVERIFY(model.isPending(name));
    const Outcome enabled = wait(enable);
    QVERIFY2(!enabled.error.isError(), qPrintable(enabled.error.serverMessage));
    QVERIFY(m_cluster.hasExtension(name));
    QTRY_VERIFY(!reloaded.isEmpty());
    QVERIFY(!model.isPending(name));
    QVERIFY(model.extension(name).isInstalled());
    QCOMPARE(model.rowOf(name) < model.rowOf(QStringLiteral("dblink")), true); // moved up with the installed ones

    const Outcome disabled = wait(model.disable(name));
    QVERIFY2(!disabled.error.isError(), qPrintable(disabled.error.serverMessage));
    QVERIFY(!m_cluster.hasExtension(name));
    QTRY_VERIFY(!model.extension(name).isInstalled());
}

void TestExtensions::installsDependenciesExplicitly()
{
    // earthdistance is untrusted in PostgreSQL 15: Scalingo's allow-list admits it, here a superuser stands in.
    PgConnection connection;
    connection.setConnectionUri(m_cluster.superuserUri());
    ExtensionsModel model;
    model.setConnection(&connection);
    QVERIFY(waitLoaded(model));
    QVERIFY(model.isSuperuser());
    QCOMPARE(model.extension(QStringLiteral("earthdistance")).allowed, std::optional<bool>(true));
    QCOMPARE(model.missingDependencies(QStringLiteral("earthdistance")), QStringList{QStringLiteral("cube")});
    // Without its dependency the server refuses: the page must explain and ask first.
    const Outcome alone = wait(model.enable(QStringLiteral("earthdistance")));
    QCOMPARE(alone.error.kind(), Kind::UndefinedObject);
    QVERIFY(!m_cluster.hasExtension(QStringLiteral("cube")));
    QVERIFY(connection.isConnected()); // the script must also work on an open connection (it once did not)
    const Outcome both = wait(model.enable(QStringLiteral("earthdistance"), {QStringLiteral("cube")}));
    QVERIFY2(!both.error.isError(), qPrintable(both.error.serverMessage));
    QVERIFY(m_cluster.hasExtension(QStringLiteral("cube")));
    QVERIFY(m_cluster.hasExtension(QStringLiteral("earthdistance")));
    QTRY_VERIFY(model.extension(QStringLiteral("cube")).isInstalled());
    QVERIFY(model.missingDependencies(QStringLiteral("earthdistance")).isEmpty());
    QCOMPARE(model.installedDependents(QStringLiteral("cube")), QStringList{QStringLiteral("earthdistance")});

    // Dropping cube first fails and names what depends on it.
    const Outcome drop = wait(model.disable(QStringLiteral("cube")));
    QCOMPARE(drop.error.kind(), Kind::DependentObjects);
    QVERIFY2(drop.error.detail.contains(QLatin1String("earthdistance")), qPrintable(drop.error.detail));
    QVERIFY(m_cluster.hasExtension(QStringLiteral("cube")));
    const Outcome cascade = wait(model.disable(QStringLiteral("cube"), true));
    QVERIFY(!cascade.error.isError());
    QVERIFY(!m_cluster.hasExtension(QStringLiteral("cube")));
    QVERIFY(!m_cluster.hasExtension(QStringLiteral("earthdistance")));
}

void TestExtensions::asksBeforeCascadeWhenObjectsDepend()
{
    PgConnection connection;
    connection.setConnectionUri(m_cluster.uri());
    ExtensionsModel model;
    model.setConnection(&connection);
    QVERIFY(waitLoaded(model));
    QVERIFY(!wait(model.enable(QStringLiteral("citext"))).error.isError());
    QVERIFY(!wait(connection.exec(QStringLiteral("CREATE TABLE notes (id int, body citext)"))).error.isError());
    QVERIFY(model.installedDependents(QStringLiteral("citext")).isEmpty()); // only the server knows about columns

    const Outcome drop = wait(model.disable(QStringLiteral("citext")));
    QCOMPARE(drop.error.kind(), Kind::DependentObjects);
    QCOMPARE(drop.error.sqlState, QStringLiteral("2BP01"));
    QVERIFY2(drop.error.detail.contains(QLatin1String("column body of table notes depends on type citext")),
             qPrintable(drop.error.detail));
    QVERIFY(m_cluster.hasExtension(QStringLiteral("citext")));
    QCOMPARE(m_cluster.adminValue(QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                                 "WHERE table_name = 'notes' AND column_name = 'body'")),
             QStringLiteral("1"));

    const Outcome cascade = wait(model.disable(QStringLiteral("citext"), true));
    QVERIFY2(!cascade.error.isError(), qPrintable(cascade.error.serverMessage));
    QCOMPARE(cascade.notices, QStringList{QStringLiteral("drop cascades to column body of table notes")});
    QVERIFY(!m_cluster.hasExtension(QStringLiteral("citext")));
    QCOMPARE(m_cluster.adminValue(QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                                 "WHERE table_name = 'notes' AND column_name = 'body'")),
             QStringLiteral("0"));
    m_cluster.admin(QStringLiteral("DROP TABLE notes"));
}

void TestExtensions::classifiesRefusals()
{
    PgConnection connection;
    connection.setConnectionUri(m_cluster.uri());
    ExtensionsModel model;
    model.setConnection(&connection);
    QVERIFY(waitLoaded(model));
    const Outcome untrusted = wait(model.enable(QStringLiteral("dblink")));
    QCOMPARE(untrusted.error.kind(), Kind::Privilege);
    QCOMPARE(untrusted.error.sqlState, QStringLiteral("42501"));
    const Outcome missing = wait(model.enable(QStringLiteral("no_such_extension")));
    QCOMPARE(missing.error.kind(), Kind::MissingLibrary);
    QVERIFY(!wait(model.enable(QStringLiteral("pgcrypto"))).error.isError());
    const Outcome twice = wait(model.enable(QStringLiteral("pgcrypto")));
    QCOMPARE(twice.error.kind(), Kind::DuplicateObject);
    const Outcome notThere = wait(model.disable(QStringLiteral("hstore")));
    QCOMPARE(notThere.error.kind(), Kind::UndefinedObject);
    QVERIFY(!wait(model.disable(QStringLiteral("pgcrypto"))).error.isError());
}

void TestExtensions::neverPastesRawNames()
{
    PgConnection connection;
    connection.setConnectionUri(m_cluster.uri());
    ExtensionsModel model;
    model.setConnection(&connection);
    QVERIFY(wait(connection.exec(QStringLiteral("CREATE TABLE victim (id int)"))).finished);
    const Outcome out = wait(model.enable(QStringLiteral("pgcrypto\"; DROP TABLE victim; --")));
    // Taken as one (odd) extension name: "invalid extension name", nothing else runs.
    QCOMPARE(out.error.sqlState, QStringLiteral("22023"));
    QVERIFY(out.error.serverMessage.contains(QLatin1String("DROP TABLE victim")));
    QCOMPARE(m_cluster.adminValue(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'victim'")),
             QStringLiteral("1"));
    QVERIFY(!m_cluster.hasExtension(QStringLiteral("pgcrypto")));
    m_cluster.admin(QStringLiteral("DROP TABLE victim"));
}

void TestExtensions::updatesToTheDefaultVersion()
{
    PgConnection connection;
    connection.setConnectionUri(m_cluster.uri());
    ExtensionsModel model;
    model.setConnection(&connection);
    const Outcome old = wait(connection.exec(QStringLiteral("CREATE EXTENSION hstore VERSION '1.4'")));
    QVERIFY2(!old.error.isError(), qPrintable(old.error.serverMessage));
    QVERIFY(waitLoaded(model));
    const Extension before = model.extension(QStringLiteral("hstore"));
    QCOMPARE(before.installedVersion, QStringLiteral("1.4"));
    QVERIFY(ExtensionsModel::canUpdate(before));
    const Outcome updated = wait(model.update(QStringLiteral("hstore")));
    QVERIFY2(!updated.error.isError(), qPrintable(updated.error.serverMessage));
    QTRY_COMPARE(model.extension(QStringLiteral("hstore")).installedVersion, before.defaultVersion);
    QVERIFY(!ExtensionsModel::canUpdate(model.extension(QStringLiteral("hstore"))));
    QVERIFY(!wait(model.disable(QStringLiteral("hstore"))).error.isError());
}

QTEST_GUILESS_MAIN(TestExtensions)
#include "tst_extensions.moc"
