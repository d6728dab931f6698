// ConnectionUri: SCALINGO_POSTGRESQL_URL-shaped URIs, percent-encoding of any credential, credential swap, redaction.
#include "domain/connectionuri.h"

#include <QRegularExpression>
#include <QTest>
#include <QVariant>

namespace {

const QString kScalingo = QStringLiteral(
        "postgresql://my_dedicate_wxyz:K_gaef6ripo7Ao4Uaxai6KieyK_gaef6ripo7Ao4Uaxai6KieyK_gaef6ripo7Ao@"
        "my-dedicate-wxyz.postgresql.a.osc-fr1.scalingo-dbs.com:31000/my_dedicate_wxyz?sslmode=require");

} // namespace

class TestConnectionUri : public QObject
{
    Q_OBJECT

private slots:
    void parsesScalingoUri();
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void encodesSpecialCharacters();
    void anyCredentialRoundTrips_data();
    void anyCredentialRoundTrips();
    void scalingoUriRoundTripsVerbatim();
    void writesDefaultPort();
    void keepsQueryOrderAndValues();
    void withCredentials();
    void withCredentialsWithoutPassword();
    void withCredentialsAddsSslMode();
    void redacted();
    void travelsInQVariant();
};

void TestConnectionUri::parsesScalingoUri()
{
    QString error;
    const auto uri = ConnectionUri::parse(kScalingo, &error);
    QVERIFY2(uri, qPrintable(error));
    QVERIFY(uri->isValid());
    QCOMPARE(uri->scheme(), QStringLiteral("postgresql"));
    QCOMPARE(uri->user(), QStringLiteral("my_dedicate_wxyz"));
    QCOMPARE(uri->password(), QStringLiteral("K_gaef6ripo7Ao4Uaxai6KieyK_gaef6ripo7Ao4Uaxai6KieyK_gaef6ripo7Ao"));
    QCOMPARE(uri->password().size(), 64);
    QCOMPARE(uri->host(), QStringLiteral("my-dedicate-wxyz.postgresql.a.osc-fr1.scalingo-dbs.com"));
    QCOMPARE(uri->port(), 31000);
    QCOMPARE(uri->database(), QStringLiteral("my_dedicate_wxyz"));
    QCOMPARE(uri->sslMode(), QStringLiteral("require"));
    QCOMPARE(uri->queryItems().size(), 1);
}

void TestConnectionUri::parses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslmode");

    QTest::newRow("postgres scheme") << QStringLiteral("postgres://u:p@db.example.com:6000/app?sslmode=require")
                                     << QStringLiteral("postgres") << QStringLiteral("u") << QStringLiteral("p")
                                     << QStringLiteral("db.example.com") << 6000 << QStringLiteral("app")
                                     << QStringLiteral("require");
    QTest::newRow("upper-case scheme") << QStringLiteral("PostgreSQL://u:p@h:5433/d") << QStringLiteral("postgresql")
                                       << QStringLiteral("u") << QStringLiteral("p") << QStringLiteral("h") << 5433
                                       << QStringLiteral("d") << QString();
    QTest::newRow("missing port") << QStringLiteral("postgresql://u:p@db.example.com/app")
                                  << QStringLiteral("postgresql") << QStringLiteral("u") << QStringLiteral("p")
                                  << QStringLiteral("db.example.com") << 5432 << QStringLiteral("app") << QString();
    QTest::newRow("empty port") << QStringLiteral("postgresql://u:p@h:/app") << QStringLiteral("postgresql")
                                << QStringLiteral("u") << QStringLiteral("p") << QStringLiteral("h") << 5432
                                << QStringLiteral("app") << QString();
    QTest::newRow("encoded specials") << QStringLiteral("postgresql://u%40x:p%40ss%3Aw%2Frd%3F%23%25@h:1/d%2Fb")
                                      << QStringLiteral("postgresql") << QStringLiteral("u@x")
                                      << QStringLiteral("p@ss:w/rd?#%") << QStringLiteral("h") << 1
                                      << QStringLiteral("d/b") << QString();
    QTest::newRow("raw @ in password") << QStringLiteral("postgresql://u:p@ss@h:5432/db")
                                       << QStringLiteral("postgresql") << QStringLiteral("u") << QStringLiteral("p@ss")
                                       << QStringLiteral("h") << 5432 << QStringLiteral("db") << QString();
    QTest::newRow("raw : in password") << QStringLiteral("postgresql://u:a:b@h/db") << QStringLiteral("postgresql")
                                       << QStringLiteral("u") << QStringLiteral("a:b") << QStringLiteral("h") << 5432
                                       << QStringLiteral("db") << QString();
    QTest::newRow("plus stays plus") << QStringLiteral("postgresql://u:a+b@h/db") << QStringLiteral("postgresql")
                                     << QStringLiteral("u") << QStringLiteral("a+b") << QStringLiteral("h") << 5432
                                     << QStringLiteral("db") << QString();
    QTest::newRow("utf-8 password") << QStringLiteral("postgresql://u:p%C3%A9@h/db") << QStringLiteral("postgresql")
                                    << QStringLiteral("u") << QStringLiteral("p\u00e9") << QStringLiteral("h") << 5432
                                    << QStringLiteral("db") << QString();
    QTest::newRow("no credentials") << QStringLiteral("postgresql://h.example.com/db") << QStringLiteral("postgresql")
                                    << QString() << QString() << QStringLiteral("h.example.com") << 5432
                                    << QStringLiteral("db") << QString();
    QTest::newRow("user only") << QStringLiteral("postgresql://reader@h:6000") << QStringLiteral("postgresql")
                               << QStringLiteral("reader") << QString() << QStringLiteral("h") << 6000 << QString()
                               << QString();
    QTest::newRow("no database") << QStringLiteral("postgresql://u:p@h:5433?sslmode=verify-full")
                                 << QStringLiteral("postgresql") << QStringLiteral("u") << QStringLiteral("p")
                                 << QStringLiteral("h") << 5433 << QString() << QStringLiteral("verify-full");
    QTest::newRow("ipv4 host") << QStringLiteral("postgresql://u:p@127.0.0.1:54329/app?sslmode=disable")
                               << QStringLiteral("postgresql") << QStringLiteral("u") << QStringLiteral("p")
                               << QStringLiteral("127.0.0.1") << 54329 << QStringLiteral("app")
                               << QStringLiteral("disable");
    QTest::newRow("surrounding spaces") << QStringLiteral("  postgresql://u:p@h:5432/db \n")
                                        << QStringLiteral("postgresql") << QStringLiteral("u") << QStringLiteral("p")
                                        << QStringLiteral("h") << 5432 << QStringLiteral("db") << QString();
}

void TestConnectionUri::parses()
{
    QFETCH(QString, input);
    QString error;
    const auto uri = ConnectionUri::parse(input, &error);
    QVERIFY2(uri, qPrintable(error));
    QVERIFY(error.isEmpty());
    QTEST(uri->scheme(), "scheme");
    QTEST(uri->user(), "user");
    QTEST(uri->password(), "password");
    QTEST(uri->host(), "host");
    QTEST(uri->port(), "port");
    QTEST(uri->database(), "database");
    QTEST(uri->sslMode(), "sslmode");
}

void TestConnectionUri::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("empty") << QString() << QStringLiteral("postgresql://");
    QTest::newRow("no scheme") << QStringLiteral("u:p@h:5432/db") << QStringLiteral("postgresql://");
    QTest::newRow("mysql") << QStringLiteral("mysql://u:p@h/db") << QStringLiteral("not mysql://");
    QTest::newRow("http") << QStringLiteral("https://h/db") << QStringLiteral("not https://");
    QTest::newRow("nothing after scheme") << QStringLiteral("postgresql://") << QStringLiteral("no host");
    QTest::newRow("no host") << QStringLiteral("postgresql://u:p@/db") << QStringLiteral("no host");
    QTest::newRow("port word") << QStringLiteral("postgresql://u:p@h:port/db") << QStringLiteral("not port");
    QTest::newRow("port too big") << QStringLiteral("postgresql://u:p@h:70000/db") << QStringLiteral("not 70000");
    QTest::newRow("port zero") << QStringLiteral("postgresql://u:p@h:0/db") << QStringLiteral("not 0");
    QTest::newRow("raw slash in password")
            << QStringLiteral("postgresql://u:pa/ss@h:5432/db") << QStringLiteral("percent-encoded");
    QTest::newRow("raw slash after digits")
            << QStringLiteral("postgresql://u:12/x@h/db") << QStringLiteral("percent-encoded");
    QTest::newRow("raw ? in password") << QStringLiteral("postgresql://u:a?b@h/db")
                                       << QStringLiteral("percent-encoded");
    QTest::newRow("raw # in password") << QStringLiteral("postgresql://u:a#b@h/db")
                                       << QStringLiteral("percent-encoded");
    QTest::newRow("unclosed bracket") << QStringLiteral("postgresql://u:p@[h/db") << QStringLiteral("\"]\"");
}

void TestConnectionUri::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, errorPart);
    QString error;
    const auto uri = ConnectionUri::parse(input, &error);
    QVERIFY2(!uri, qPrintable(uri ? uri->toString() : QString()));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(!ConnectionUri::parse(input)); // no error pointer: no crash
}

void TestConnectionUri::encodesSpecialCharacters()
{
    ConnectionUri uri;
    uri.setUser(QStringLiteral("u"));
    uri.setPassword(QStringLiteral("p@ss:w/rd?#%"));
    uri.setHost(QStringLiteral("h"));
    uri.setDatabase(QStringLiteral("db"));
    uri.setQueryItem(QStringLiteral("sslmode"), QStringLiteral("require"));
    QCOMPARE(uri.toString(), QStringLiteral("postgresql://u:p%40ss%3Aw%2Frd%3F%23%25@h:5432/db?sslmode=require"));

    uri.setPassword(QStringLiteral("a b+c&d=e\"'"));
    QCOMPARE(uri.toString(), QStringLiteral("postgresql://u:a%20b%2Bc%26d%3De%22%27@h:5432/db?sslmode=require"));
    uri.setPassword(QStringLiteral("\u00e9"));
    QCOMPARE(uri.toString(), QStringLiteral("postgresql://u:%C3%A9@h:5432/db?sslmode=require"));
    uri.setPassword(QStringLiteral("A-z_0.9~")); // unreserved characters stay as they are
    QCOMPARE(uri.toString(), QStringLiteral("postgresql://u:A-z_0.9~@h:5432/db?sslmode=require"));
}

void TestConnectionUri::anyCredentialRoundTrips_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");

    QString printable;
    for (char c = 0x20; c < 0x7f; ++c)
        printable.append(QLatin1Char(c));
    QTest::newRow("uri specials") << QStringLiteral("u") << QStringLiteral("@:/?#%") << QStringLiteral("db");
    QTest::newRow("percent sequences") << QStringLiteral("u") << QStringLiteral("%25%zz%") << QStringLiteral("db");
    QTest::newRow("every printable ascii") << printable << printable << printable;
    QTest::newRow("control characters") << QStringLiteral("u") << QStringLiteral("a\tb\nc\rd") << QStringLiteral("db");
    QTest::newRow("non-ascii") << QStringLiteral("\u00e9l\u00e8ve") << QStringLiteral("\U0001F680 m\u00f6t")
                               << QStringLiteral("base_\u00e9");
    QTest::newRow("generated-style") << QStringLiteral("reporting_ro")
                                     << QStringLiteral("K_gaef6ripo7Ao4Uaxai6KieyK_gaef6ripo7Ao4Uaxai6Kiey")
                                     << QStringLiteral("my_db");
}

void TestConnectionUri::anyCredentialRoundTrips()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    const auto base = ConnectionUri::parse(kScalingo);
    QVERIFY(base);
    ConnectionUri uri = base->withCredentials(user, password);
    uri.setDatabase(database);
    const QString text = uri.toString();
    // Nothing but unreserved characters and escapes between the scheme and the host: libpq cannot misread it.
    static const QRegularExpression safe(QStringLiteral("^postgresql://[A-Za-z0-9._~%-]*:[A-Za-z0-9._~%-]*@[^@]*$"));
    QVERIFY2(safe.match(text).hasMatch(), qPrintable(text));
    const auto back = ConnectionUri::parse(text);
    QVERIFY2(back, qPrintable(text));
    QCOMPARE(back->user(), user);
    QCOMPARE(back->password(), password);
    QCOMPARE(back->database(), database);
    QCOMPARE(*back, uri);
}

void TestConnectionUri::scalingoUriRoundTripsVerbatim()
{
    const auto uri = ConnectionUri::parse(kScalingo);
    QVERIFY(uri);
    QCOMPARE(uri->toString(), kScalingo);
    const QString postgres = QStringLiteral("postgres://u:p%40ss@h:5432/db?sslmode=require&application_name=gatehouse");
    QCOMPARE(ConnectionUri::parse(postgres)->toString(), postgres);
}

void TestConnectionUri::writesDefaultPort()
{
    const auto uri = ConnectionUri::parse(QStringLiteral("postgresql://u:p@h/db"));
    QVERIFY(uri);
    QCOMPARE(uri->toString(), QStringLiteral("postgresql://u:p@h:5432/db"));
    const auto noDb = ConnectionUri::parse(QStringLiteral("postgresql://h"));
    QVERIFY(noDb);
    QCOMPARE(noDb->toString(), QStringLiteral("postgresql://h:5432"));
}

void TestConnectionUri::keepsQueryOrderAndValues()
{
    auto uri = ConnectionUri::parse(
            QStringLiteral("postgresql://u:p@h/db?application_name=gate%20house&sslmode=prefer&connect_timeout=10"));
    QVERIFY(uri);
    QCOMPARE(uri->queryItems().size(), 3);
    QCOMPARE(uri->queryValue(QStringLiteral("application_name")), QStringLiteral("gate house"));
    QCOMPARE(uri->sslMode(), QStringLiteral("prefer"));
    QVERIFY(uri->hasQueryItem(QStringLiteral("connect_timeout")));
    QVERIFY(!uri->hasQueryItem(QStringLiteral("sslrootcert")));
    uri->setQueryItem(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    uri->removeQueryItem(QStringLiteral("connect_timeout"));
    QCOMPARE(uri->toString(),
             QStringLiteral("postgresql://u:p@h:5432/db?application_name=gate%20house&sslmode=verify-full"));
}

void TestConnectionUri::withCredentials()
{
    const auto base = ConnectionUri::parse(
            QStringLiteral("postgresql://owner:s3cret@db.example.com:31000/mydb?sslmode=prefer&application_name=x"));
    QVERIFY(base);
    const ConnectionUri other = base->withCredentials(QStringLiteral("reporting_ro"), QStringLiteral("n3w@pw/#"));
    QCOMPARE(other.user(), QStringLiteral("reporting_ro"));
    QCOMPARE(other.password(), QStringLiteral("n3w@pw/#"));
    QCOMPARE(other.host(), QStringLiteral("db.example.com"));
    QCOMPARE(other.port(), 31000);
    QCOMPARE(other.database(), QStringLiteral("mydb"));
    QCOMPARE(other.sslMode(), QStringLiteral("require"));
    QCOMPARE(other.toString(),
             QStringLiteral("postgresql://reporting_ro:n3w%40pw%2F%23@db.example.com:31000/mydb?sslmode=require"
                            "&application_name=x"));
    QCOMPARE(base->password(), QStringLiteral("s3cret")); // the original is untouched
}

void TestConnectionUri::withCredentialsWithoutPassword()
{
    const auto base = ConnectionUri::parse(kScalingo);
    QVERIFY(base);
    const ConnectionUri other = base->withCredentials(QStringLiteral("metabase"), QString());
    QCOMPARE(other.toString(),
             QStringLiteral("postgresql://metabase@my-dedicate-wxyz.postgresql.a.osc-fr1.scalingo-dbs.com:31000/"
                            "my_dedicate_wxyz?sslmode=require"));
    QVERIFY(!other.toString().contains(base->password()));
}

void TestConnectionUri::withCredentialsAddsSslMode()
{
    const auto base = ConnectionUri::parse(QStringLiteral("postgres://owner:pw@h:6000/db"));
    QVERIFY(base);
    const ConnectionUri other = base->withCredentials(QStringLiteral("someone"), QStringLiteral("pw2"));
    QCOMPARE(other.scheme(), QStringLiteral("postgres"));
    QCOMPARE(other.toString(), QStringLiteral("postgres://someone:pw2@h:6000/db?sslmode=require"));
}

void TestConnectionUri::redacted()
{
    const auto uri = ConnectionUri::parse(kScalingo);
    QVERIFY(uri);
    QCOMPARE(uri->redacted(),
             QStringLiteral("postgresql://my_dedicate_wxyz:***@my-dedicate-wxyz.postgresql.a.osc-fr1.scalingo-dbs.com:"
                            "31000/my_dedicate_wxyz?sslmode=require"));
    QVERIFY(!uri->redacted().contains(uri->password()));

    // A password full of specials leaks neither raw nor encoded.
    const ConnectionUri special = uri->withCredentials(QStringLiteral("u"), QStringLiteral("p@ss:w/rd?#%"));
    QVERIFY(!special.redacted().contains(QStringLiteral("p%40ss")));
    QVERIFY(!special.redacted().contains(QStringLiteral("p@ss")));
    QVERIFY(special.redacted().startsWith(QStringLiteral("postgresql://u:***@")));

    const auto noPassword = ConnectionUri::parse(QStringLiteral("postgresql://u@h:5432/db"));
    QVERIFY(noPassword);
    QCOMPARE(noPassword->redacted(), QStringLiteral("postgresql://u@h:5432/db"));
}

void TestConnectionUri::travelsInQVariant()
{
    const auto uri = ConnectionUri::parse(kScalingo);
    QVERIFY(uri);
    const QVariant variant = QVariant::fromValue(*uri);
    QCOMPARE(variant.value<ConnectionUri>(), *uri);
    QVERIFY(variant.value<ConnectionUri>() != ConnectionUri());
}

QTEST_APPLESS_MAIN(TestConnectionUri)
#include "tst_connectionuri.moc"
