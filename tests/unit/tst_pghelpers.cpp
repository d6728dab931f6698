// Pure helpers of the database connection: error classification from real libpq/server texts, identifier quoting,
// connection parameters built from a Scalingo connection URI.
#include "pg/pgconnection.h"
#include "pg/pgconninfo.h"
#include "pg/pgerror.h"

#include <QSet>
#include <QTest>

using Kind = PgError::Kind;

class TestPgHelpers : public QObject
{
    Q_OBJECT

private slots:
    void classifiesConnectionMessages_data();
    void classifiesConnectionMessages();
    void classifiesSqlStates_data();
    void classifiesSqlStates();
    void messagesArePlainLanguage();
    void quotesIdentifiers_data();
    void quotesIdentifiers();
    void buildsParametersFromScalingoUri();
    void keepsStrongerSslModeAndVerifiesWithRootCert();
    void appendsStatementTimeoutToExistingOptions();
    void rejectsUnusableUris_data();
    void rejectsUnusableUris();
};

void TestPgHelpers::classifiesConnectionMessages_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<Kind>("kind");
    // Texts as libpq 15 prints them (copied from real runs against PostgreSQL 15).
    QTest::newRow("hba reject") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 54329 failed: FATAL:  pg_hba.conf rejects connection for "
            "host \"127.0.0.1\", user \"app\", database \"app\", SSL encryption\n")
                                << Kind::Firewall;
    QTest::newRow("hba no entry") << QStringLiteral(
            "connection to server at \"::1\", port 54329 failed: FATAL:  no pg_hba.conf entry for host \"::1\", user "
            "\"app\", database \"app\", SSL encryption\n")
                                  << Kind::Firewall;
    QTest::newRow("password") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 54329 failed: FATAL:  password authentication failed for "
            "user \"app\"\n") << Kind::Password;
    QTest::newRow("no password") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 54329 failed: fe_sendauth: no password supplied\n")
                                 << Kind::Password;
    QTest::newRow("unknown role") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 54329 failed: FATAL:  role \"ghost\" does not exist\n")
                                  << Kind::Password;
    QTest::newRow("no ssl") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 54329 failed: server does not support SSL, but SSL was "
            "required\n") << Kind::Tls;
    QTest::newRow("verify failed") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 54329 failed: SSL error: certificate verify failed\n")
                                   << Kind::Tls;
    QTest::newRow("wrong host name") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 54329 failed: server certificate for \"localhost\" does not "
            "match host name \"127.0.0.1\"\n")
                                     << Kind::Tls;
    QTest::newRow("refused") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the server running on that "
            "host and accepting TCP/IP connections?\n")
                             << Kind::Network;
    QTest::newRow("unreachable") << QStringLiteral(
            "connection to server at \"10.255.255.1\", port 5432 failed: Network is unreachable\n")
                                 << Kind::Network;
    QTest::newRow("dns") << QStringLiteral(
            "could not translate host name \"nope.invalid\" to address: Name or service not known\n")
                         << Kind::Network;
    QTest::newRow("tcp timeout") << QStringLiteral(
            "connection to server at \"10.0.0.1\", port 5432 failed: Connection timed out\n\tIs the server running on "
            "that host and accepting TCP/IP connections?\n")
                                 << Kind::Timeout;
    QTest::newRow("closed") << QStringLiteral("server closed the connection unexpectedly\n\tThis probably means the "
                                              "server terminated abnormally\n")
                            << Kind::Network;
    QTest::newRow("no database") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 54329 failed: FATAL:  database \"gone\" does not exist\n")
                                 << Kind::Sql;
}

void TestPgHelpers::classifiesConnectionMessages()
{
    QFETCH(QString, message);
    QFETCH(Kind, kind);
    const PgError error = PgError::fromConnectionMessage(message);
    QCOMPARE(error.kind(), kind);
    QVERIFY(error.isError());
    QVERIFY(error.isConnectionError() || kind == Kind::Sql);
    QCOMPARE(error.serverMessage, message.trimmed());
}

void TestPgHelpers::classifiesSqlStates_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("primary");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("privilege") << QStringLiteral("42501")
                               << QStringLiteral("permission denied to create extension \"dblink\"") << Kind::Privilege;
    QTest::newRow("allow-list") << QStringLiteral("42501")
                                << QStringLiteral("extension \"pg_repack\" is not allowed (not in extwlist.extensions)")
                                << Kind::NotAllowed;
    QTest::newRow("dependents") << QStringLiteral("2BP01")
                                << QStringLiteral("cannot drop extension citext because other objects depend on it")
                                << Kind::DependentObjects;
    QTest::newRow("missing control") << QStringLiteral("58P01")
                                     << QStringLiteral("could not open extension control file "
                                                       "\"/usr/share/postgresql/15/extension/nope.control\": No such "
                                                       "file or directory")
                                     << Kind::MissingLibrary;
    QTest::newRow("not available") << QStringLiteral("0A000")
                                   << QStringLiteral("extension \"no_such_extension\" is not available")
                                   << Kind::MissingLibrary;
    QTest::newRow("unsupported") << QStringLiteral("0A000")
                                 << QStringLiteral("extension \"x\" has no update path from version \"1.0\" to version "
                                                   "\"2.0\"")
                                 << Kind::NotSupported;
    QTest::newRow("undefined") << QStringLiteral("42704")
                               << QStringLiteral("required extension \"cube\" is not installed")
                               << Kind::UndefinedObject;
    QTest::newRow("duplicate") << QStringLiteral("42710") << QStringLiteral("extension \"citext\" already exists")
                               << Kind::DuplicateObject;
    QTest::newRow("statement timeout") << QStringLiteral("57014")
                                       << QStringLiteral("canceling statement due to statement timeout")
                                       << Kind::StatementTimeout;
    QTest::newRow("user cancel") << QStringLiteral("57014") << QStringLiteral("canceling statement due to user request")
                                 << Kind::Cancelled;
    QTest::newRow("admin shutdown") << QStringLiteral("57P01")
                                    << QStringLiteral("terminating connection due to administrator command")
                                    << Kind::Network;
    QTest::newRow("syntax") << QStringLiteral("42601") << QStringLiteral("syntax error at or near \"x\"") << Kind::Sql;
}

void TestPgHelpers::classifiesSqlStates()
{
    QFETCH(QString, sqlState);
    QFETCH(QString, primary);
    QFETCH(Kind, kind);
    const PgError error = PgError::fromSqlState(sqlState, primary, QStringLiteral("detail"), QStringLiteral("hint"));
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.sqlState, sqlState);
    QCOMPARE(error.detail, QStringLiteral("detail"));
    QCOMPARE(error.hint, QStringLiteral("hint"));
    QVERIFY(!error.isConnectionError() || kind == Kind::Network);
}

void TestPgHelpers::messagesArePlainLanguage()
{
    const auto firewall = PgError::fromConnectionMessage(QStringLiteral("FATAL:  no pg_hba.conf entry for host"));
    QVERIFY(firewall.isAccessBlocked());
    QVERIFY(firewall.message().contains(QLatin1String("not allowed to reach the database")));
    QVERIFY(PgError(Kind::Timeout, {}).isAccessBlocked());
    QVERIFY(PgError(Kind::Timeout, {}).message().contains(QLatin1String("not allowed to reach the database")));
    const auto password = PgError::fromConnectionMessage(QStringLiteral("password authentication failed for user"));
    QVERIFY(!password.isAccessBlocked());
    QVERIFY(password.message().contains(QLatin1String("password")));
    const auto tls
            = PgError::fromConnectionMessage(QStringLiteral("server does not support SSL, but SSL was required"));
    QVERIFY(tls.message().contains(QLatin1String("TLS")));
    // Each of the three is worded differently.
    QVERIFY(firewall.message() != password.message());
    QVERIFY(password.message() != tls.message());
    QVERIFY(PgError().message().isEmpty());
}

void TestPgHelpers::quotesIdentifiers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("pgcrypto") << QStringLiteral("\"pgcrypto\"");
    QTest::newRow("dash") << QStringLiteral("uuid-ossp") << QStringLiteral("\"uuid-ossp\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
    QTest::newRow("injection") << QStringLiteral("x\"; DROP TABLE t; --")
                               << QStringLiteral("\"x\"\"; DROP TABLE t; --\"");
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QStringLiteral("\"ab\"");
    QTest::newRow("unicode") << QStringLiteral("é") << QStringLiteral("\"é\"");
}

void TestPgHelpers::quotesIdentifiers()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(PgConnection::quoteIdentifier(name), quoted);
}

void TestPgHelpers::buildsParametersFromScalingoUri()
{
    PgOptions options;
    options.connectTimeoutMs = 10000;
    options.statementTimeoutMs = 15000;
    QString error;
    const PgConnInfo info = PgConnInfo::fromUri(
            QStringLiteral("postgresql://my_db_1234:p%40ss%3Aw0rd@my-db-1234.postgresql.a.osc-fr1.scalingo-dbs.com:"
                           "31000/my_db_1234?sslmode=prefer"),
            options, &error);
    QVERIFY2(info.isValid(), qPrintable(error));
    QCOMPARE(info.user(), QStringLiteral("my_db_1234"));
    QCOMPARE(info.value("password"), QByteArray("p@ss:w0rd")); // percent-decoded by libpq
    QCOMPARE(info.host(), QStringLiteral("my-db-1234.postgresql.a.osc-fr1.scalingo-dbs.com"));
    QCOMPARE(info.value("port"), QByteArray("31000"));
    QCOMPARE(info.database(), QStringLiteral("my_db_1234"));
    QCOMPARE(info.value("sslmode"), QByteArray("require")); // raised from prefer
    QCOMPARE(info.value("connect_timeout"), QByteArray("10"));
    QCOMPARE(info.value("options"), QByteArray("-c statement_timeout=15000"));
    QCOMPARE(info.value("application_name"), QByteArray("Gatehouse"));
    QCOMPARE(info.value("gssencmode"), QByteArray("disable"));
    QVERIFY(!info.redacted().contains(QLatin1String("w0rd")));
    QVERIFY(info.redacted().contains(QLatin1String("my_db_1234@my-db-1234")));
    // Keys are unique: libpq would take the last one, but we never want two.
    QSet<QByteArray> keys;
    for (const auto &param : info.parameters()) {
        QVERIFY2(!keys.contains(param.first), param.first.constData());
        keys.insert(param.first);
    }
}

void TestPgHelpers::keepsStrongerSslModeAndVerifiesWithRootCert()
{
    PgOptions options;
    PgConnInfo info = PgConnInfo::fromUri(QStringLiteral("postgres://u:p@h:5432/d?sslmode=verify-ca"), options);
    QCOMPARE(info.value("sslmode"), QByteArray("verify-ca"));
    info = PgConnInfo::fromUri(QStringLiteral("postgres://u:p@h:5432/d?sslmode=disable"), options);
    QCOMPARE(info.value("sslmode"), QByteArray("require"));
    info = PgConnInfo::fromUri(QStringLiteral("postgres://u:p@h/d"), options);
    QCOMPARE(info.value("sslmode"), QByteArray("require"));
    options.rootCertificatePath = QStringLiteral("/etc/ssl/scalingo-ca.pem");
    info = PgConnInfo::fromUri(QStringLiteral("postgres://u:p@h:5432/d?sslmode=require"), options);
    QCOMPARE(info.value("sslmode"), QByteArray("verify-full"));
    QCOMPARE(info.value("sslrootcert"), QByteArray("/etc/ssl/scalingo-ca.pem"));
}

void TestPgHelpers::appendsStatementTimeoutToExistingOptions()
{
    PgOptions options;
    options.statementTimeoutMs = 5000;
    const PgConnInfo info = PgConnInfo::fromUri(
            QStringLiteral("postgresql://u:p@h/d?options=-c%20search_path%3Dpublic&application_name=psql"), options);
    QCOMPARE(info.value("options"), QByteArray("-c search_path=public -c statement_timeout=5000"));
    QCOMPARE(info.value("application_name"), QByteArray("psql"));
}

void TestPgHelpers::rejectsUnusableUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("empty") << QString();
    QTest::newRow("not a uri") << QStringLiteral("host=h user=u");
    QTest::newRow("http") << QStringLiteral("https://example.com/");
    QTest::newRow("no host") << QStringLiteral("postgresql:///dbname");
    QTest::newRow("bad option") << QStringLiteral("postgresql://u:p@h/d?frobnicate=1");
}

void TestPgHelpers::rejectsUnusableUris()
{
    QFETCH(QString, uri);
    QString error;
    const PgConnInfo info = PgConnInfo::fromUri(uri, PgOptions(), &error);
    QVERIFY(!info.isValid());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestPgHelpers)
#include "tst_pghelpers.moc"
