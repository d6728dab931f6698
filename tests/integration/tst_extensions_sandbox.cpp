// The Extensions feature against the real gatehouse-sandbox's cluster (not a throwaway one, see tst_extensions.cpp):
// the default (protected) user's URI from the API, its firewall (pg_hba rewritten from the API's rules), and the
// app's own SQL layer (PgConnection, PgError, ExtensionsModel) as that user, a non-superuser owner of the database.
//
// The functions run in order and build on each other:
//   blockedBeforeAnyRule       no firewall rule yet: Kind::Firewall, isAccessBlocked(), "not allowed to reach"
//   connectsOverTlsAfterRule   POST managed_range mr-sandbox-local -> the same URI connects, pg_stat_ssl.ssl = t
//   wrongPasswordIsNotFirewall the URI with another password (withCredentials): Kind::Password, not blocked
//   enablesAndDisables         pgcrypto, hstore, citext through ExtensionsModel, checked in pg_extension
//   refusesDropWithDependents  a citext column: DROP without cascade -> 2BP01 naming the table; with cascade -> gone
//   matchesTheApiAction        after enabling pgcrypto: pg_extension and the API's list-extensions both have it,
//                              with the same versions; the read-only fallback model (setApiList) agrees
#include "pg/pgconnection.h"
#include "domain/connectionuri.h"
#include "domain/extension.h"
#include "models/extensionsmodel.h"
#include "pgwait.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using Kind = PgError::Kind;
using PgWait::Outcome;

namespace {

Outcome wait(PgQuery *query)
{
    return PgWait::wait(query, 20000);
}

bool waitLoaded(ExtensionsModel &model)
{
    return PgWait::waitLoaded(model, 20000);
}

} // namespace

class TestExtensionsSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void blockedBeforeAnyRule();
    void connectsOverTlsAfterRule();
    void wrongPasswordIsNotFirewall();
    void enablesAndDisables_data();
    void enablesAndDisables();
    void refusesDropWithDependents();
    void matchesTheApiAction();

private:
    /// extname of every extension in the database, read as the default user on a connection of its own.
    QStringList installed(bool *ok = nullptr);
    bool has(const QString &name) { return installed().contains(name); }
    /// The API's list-extensions action, sent and parsed as the app does (Extension's helpers); *ok = false when
    /// the exchange or the parsing failed.
    QList<Extension> apiExtensions(bool *ok);
    QStringList apiList(bool *ok);

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    bool m_ruleAdded = false;
};

void TestExtensionsSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    QVERIFY(!m_db.uri.isEmpty());
    QVERIFY(ConnectionUri::parse(m_db.uri).has_value());
}

void TestExtensionsSandbox::cleanupTestCase()
{
    QCOMPARE(m_sandbox.stop(), 0); // the sandbox stops its cluster: no postgres left behind
}

QStringList TestExtensionsSandbox::installed(bool *ok)
{
    PgConnection connection;
    connection.setConnectionUri(m_db.uri);
    const Outcome out = wait(connection.exec(QStringLiteral("SELECT extname FROM pg_extension ORDER BY extname")));
    if (ok)
        *ok = out.finished && !out.error.isError();
    if (out.error.isError())
        qWarning() << "pg_extension:" << out.error.serverMessage;
    return out.column();
}

QList<Extension> TestExtensionsSandbox::apiExtensions(bool *ok)
{
    const auto reply = m_sandbox.post(QStringLiteral("/api/databases/%1/action").arg(m_db.addonId), m_db.addonToken,
                                      Extension::listActionRequest());
    QString error;
    const auto list = Extension::listFromActionResponse(reply.json, &error);
    *ok = reply.status == 200 && list.has_value();
    if (!*ok)
        qWarning() << "list-extensions:" << reply.status << reply.body << error;
    return list.value_or(QList<Extension>());
}

QStringList TestExtensionsSandbox::apiList(bool *ok)
{
    QStringList names;
    for (const Extension &extension : apiExtensions(ok))
        names.append(extension.name);
    return names;
}

void TestExtensionsSandbox::blockedBeforeAnyRule()
{
    const auto rules
            = m_sandbox.get(QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId), m_db.addonToken);
    QCOMPARE(rules.status, 200);
    QVERIFY2(rules.json.value(QStringLiteral("rules")).toArray().isEmpty(), rules.body.constData());

    PgConnection connection;
    connection.setConnectionUri(m_db.uri);
    const Outcome out = wait(connection.exec(QStringLiteral("SELECT 1")));
    QVERIFY(out.finished);
    qInfo() << "firewall:" << out.error.serverMessage;
    QCOMPARE(out.error.kind(), Kind::Firewall);
    QVERIFY(out.error.isAccessBlocked());
    QVERIFY2(out.error.message().contains(QLatin1String("not allowed to reach the database")),
             qPrintable(out.error.message()));
    QCOMPARE(connection.state(), PgConnection::State::Failed);
    QVERIFY(!out.error.serverMessage.contains(m_db.ownerPassword));
}

void TestExtensionsSandbox::connectsOverTlsAfterRule()
{
    const auto reply
            = m_sandbox.post(QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId), m_db.addonToken,
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("managed_range")},
                                         {QStringLiteral("range_id"), QStringLiteral("mr-sandbox-local")}});
    QVERIFY2(reply.status == 201 || reply.status == 200, reply.body.constData());
    m_ruleAdded = true;

    PgConnection connection;
    connection.setConnectionUri(m_db.uri);
    const Outcome ssl
            = wait(connection.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    QVERIFY(ssl.finished);
    QVERIFY2(!ssl.error.isError(), qPrintable(ssl.error.serverMessage));
    QCOMPARE(ssl.first(), QStringLiteral("t"));
    QCOMPARE(connection.state(), PgConnection::State::Connected);
    const Outcome who = wait(connection.exec(
            QStringLiteral("SELECT current_user, current_database(), (SELECT rolsuper FROM pg_roles WHERE rolname = "
                           "current_user), (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = "
                           "current_database())")));
    QVERIFY2(!who.error.isError(), qPrintable(who.error.serverMessage));
    const QVariantList row = who.result.rows.value(0);
    QCOMPARE(row.value(0).toString(), m_db.ownerUser);
    QCOMPARE(row.value(1).toString(), m_db.pgDatabase);
    QCOMPARE(row.value(2).toString(), QStringLiteral("f")); // not a superuser
    QCOMPARE(row.value(3).toString(), m_db.ownerUser); // owns the database
}

void TestExtensionsSandbox::wrongPasswordIsNotFirewall()
{
    QVERIFY(m_ruleAdded);
    const auto uri = ConnectionUri::parse(m_db.uri);
    QVERIFY(uri.has_value());
    const QString wrong = uri->withCredentials(uri->user(), QStringLiteral("not-the-password")).toString();
    QVERIFY(wrong != m_db.uri);
    PgConnection connection;
    connection.setConnectionUri(wrong);
    const Outcome out = wait(connection.exec(QStringLiteral("SELECT 1")));
    QVERIFY(out.finished);
    qInfo() << "password:" << out.error.serverMessage;
    QCOMPARE(out.error.kind(), Kind::Password);
    QVERIFY(!out.error.isAccessBlocked());
    QVERIFY(!out.error.message().contains(QLatin1String("not allowed to reach")));
    QVERIFY(!out.error.serverMessage.contains(QLatin1String("not-the-password")));

    // The right password still works: the failure was about the password only.
    PgConnection good;
    good.setConnectionUri(uri->withCredentials(uri->user(), uri->password()).toString());
    const Outcome ok = wait(good.exec(QStringLiteral("SELECT 1")));
    QVERIFY2(!ok.error.isError(), qPrintable(ok.error.serverMessage));
}

void TestExtensionsSandbox::enablesAndDisables_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("pgcrypto") << QStringLiteral("pgcrypto");
    QTest::newRow("hstore") << QStringLiteral("hstore");
    QTest::newRow("citext") << QStringLiteral("citext");
}

void TestExtensionsSandbox::enablesAndDisables()
{
    QFETCH(QString, name);
    QVERIFY(m_ruleAdded);
    PgConnection connection;
    connection.setConnectionUri(m_db.uri);
    ExtensionsModel model;
    model.setConnection(&connection);
    QVERIFY(waitLoaded(model));
    QVERIFY(!model.isSuperuser());
    bool ok = false;
    QVERIFY(!installed(&ok).contains(name));
    QVERIFY(ok);
    QVERIFY(!model.extension(name).isInstalled());
    QCOMPARE(model.extension(name).allowed, std::optional<bool>(true));

    QSignalSpy reloaded(&model, &ExtensionsModel::loaded);
    const Outcome enabled = wait(model.enable(name));
    QVERIFY(enabled.finished);
    QVERIFY2(!enabled.error.isError(), qPrintable(enabled.error.serverMessage));
    QVERIFY(has(name));
    QTRY_VERIFY(!reloaded.isEmpty());
    QVERIFY(model.extension(name).isInstalled());

    const Outcome disabled = wait(model.disable(name));
    QVERIFY(disabled.finished);
    QVERIFY2(!disabled.error.isError(), qPrintable(disabled.error.serverMessage));
    QVERIFY(!installed(&ok).contains(name));
    QVERIFY(ok);
    QTRY_VERIFY(!model.extension(name).isInstalled());
}

void TestExtensionsSandbox::refusesDropWithDependents()
{
    QVERIFY(m_ruleAdded);
    PgConnection connection;
    connection.setConnectionUri(m_db.uri);
    ExtensionsModel model;
    model.setConnection(&connection);
    QVERIFY(waitLoaded(model));
    const Outcome enabled = wait(model.enable(QStringLiteral("citext")));
    QVERIFY2(!enabled.error.isError(), qPrintable(enabled.error.serverMessage));
    const Outcome table = wait(connection.exec(QStringLiteral("CREATE TABLE gh_notes (id int, body citext)")));
    QVERIFY2(!table.error.isError(), qPrintable(table.error.serverMessage));

    const Outcome drop = wait(model.disable(QStringLiteral("citext")));
    QVERIFY(drop.finished);
    QCOMPARE(drop.error.kind(), Kind::DependentObjects);
    QCOMPARE(drop.error.sqlState, QStringLiteral("2BP01"));
    QVERIFY2(drop.error.detail.contains(QLatin1String("column body of table gh_notes depends on type citext")),
             qPrintable(drop.error.detail));
    QVERIFY(has(QStringLiteral("citext")));

    const Outcome cascade = wait(model.disable(QStringLiteral("citext"), true));
    QVERIFY2(!cascade.error.isError(), qPrintable(cascade.error.serverMessage));
    QCOMPARE(cascade.notices, QStringList{QStringLiteral("drop cascades to column body of table gh_notes")});
    QVERIFY(!has(QStringLiteral("citext")));
    const Outcome columns = wait(connection.exec(QStringLiteral(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'gh_notes' AND column_name = 'body'")));
    QCOMPARE(columns.first(), QStringLiteral("0"));
    QVERIFY(!wait(connection.exec(QStringLiteral("DROP TABLE gh_notes"))).error.isError());
}

void TestExtensionsSandbox::matchesTheApiAction()
{
    QVERIFY(m_ruleAdded);
    bool ok = false;
    QVERIFY(!apiList(&ok).contains(QStringLiteral("pgcrypto")));
    QVERIFY(ok);

    PgConnection connection;
    connection.setConnectionUri(m_db.uri);
    ExtensionsModel model;
    model.setConnection(&connection);
    QVERIFY(waitLoaded(model));
    const Outcome enabled = wait(model.enable(QStringLiteral("pgcrypto")));
    QVERIFY2(!enabled.error.isError(), qPrintable(enabled.error.serverMessage));

    const QStringList sql = installed(&ok);
    QVERIFY(ok);
    const QStringList api = apiList(&ok);
    QVERIFY(ok);
    qInfo() << "pg_extension:" << sql << "list-extensions:" << api;
    QVERIFY(sql.contains(QStringLiteral("pgcrypto")));
    QVERIFY(api.contains(QStringLiteral("pgcrypto")));
    QCOMPARE(api, sql); // both ordered by name: the same database, the same list

    // Same installed versions as the SQL model sees (the action's "v1.3" normalized to "1.3").
    QTRY_VERIFY(model.extension(QStringLiteral("pgcrypto")).isInstalled());
    const QList<Extension> fromApi = apiExtensions(&ok);
    QVERIFY(ok);
    for (const Extension &extension : fromApi) {
        QVERIFY2(!extension.installedVersion.startsWith(QLatin1Char('v')), qPrintable(extension.installedVersion));
        QCOMPARE(extension.installedVersion, model.extension(extension.name).installedVersion);
    }
    // The read-only fallback (no SQL) shows the same enabled extensions.
    ExtensionsModel fallback;
    fallback.setApiList(fromApi);
    QVERIFY(fallback.isReadOnly());
    QCOMPARE(fallback.rowCount(), int(sql.size()));
    QCOMPARE(fallback.extension(QStringLiteral("pgcrypto")).installedVersion,
             model.extension(QStringLiteral("pgcrypto")).installedVersion);

    QVERIFY(!wait(model.disable(QStringLiteral("pgcrypto"))).error.isError());
    QVERIFY(!apiList(&ok).contains(QStringLiteral("pgcrypto")));
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(TestExtensionsSandbox)
#include "tst_extensions_sandbox.moc"
