// The sandbox's HTTP contract (shared/docs/scalingo-api.md): shapes, status codes, error bodies, tokens, rate limit.
// PostgreSQL-side effects are checked in tst_sandbox_postgres.cpp.
#include "sandboxprocess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using Reply = SandboxProcess::Reply;

class TestSandboxApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readyLineAndTokenFile();
    void exchange();
    void regionsAndSelf();
    void databases();
    void appsAddonsAndVariables();
    void addonToken();
    void databaseDetails();
    void managedRangesAndExtensions();
    void publicEndpoints();
    void tokenScopes();
    void routingAndBodies();
    void expiredTokensAndRateLimit();

private:
    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
};

void TestSandboxApi::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    qInfo("fresh sandbox ready in %lld ms", m_sandbox.startupMs());
    QVERIFY(m_sandbox.discover(&m_db));
}

void TestSandboxApi::readyLineAndTokenFile()
{
    QCOMPARE(m_sandbox.url().scheme(), QStringLiteral("http"));
    QCOMPARE(m_sandbox.url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_sandbox.url().port() > 0);
    QVERIFY(m_sandbox.apiToken().startsWith(QLatin1String("tk-us-")));
    const QFileInfo tokenFile(m_sandbox.dataDir() + QStringLiteral("/api-token"));
    QVERIFY(tokenFile.exists());
    QCOMPARE(tokenFile.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    // No secret in the logs.
    const QByteArray log = m_sandbox.standardError();
    QVERIFY(!log.contains(m_sandbox.apiToken().toUtf8()));
    QVERIFY(!log.contains(m_db.ownerPassword.toUtf8()));
}

void TestSandboxApi::exchange()
{
    const QString jwt = m_sandbox.exchangeToken();
    const QStringList parts = jwt.split(QLatin1Char('.'));
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims
            = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding))
                      .object();
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(exp > now + 3500 && exp <= now + 3601, "JWT must expire in about an hour");

    const Reply wrong = m_sandbox.request("POST", QStringLiteral("/v1/tokens/exchange"), QString(), "{}",
                                          {{"Authorization", "Basic " + QByteArray(":tk-us-wrong").toBase64()}});
    QCOMPARE(wrong.status, 401);
    QVERIFY(!wrong.error().isEmpty());
    const Reply missing = m_sandbox.request("POST", QStringLiteral("/v1/tokens/exchange"), QString(), "{}");
    QCOMPARE(missing.status, 401);
    QVERIFY(!missing.error().isEmpty());
    // An empty body is fine too.
    const Reply empty = m_sandbox.request(
            "POST", QStringLiteral("/v1/tokens/exchange"), QString(), QByteArray(),
            {{"Authorization", "Basic " + QByteArray(":" + m_sandbox.apiToken().toUtf8()).toBase64()}});
    QCOMPARE(empty.status, 200);
}

void TestSandboxApi::regionsAndSelf()
{
    const Reply regions = m_sandbox.get(QStringLiteral("/v1/regions"), m_db.jwt);
    QCOMPARE(regions.status, 200);
    const QJsonObject region = regions.json.value(QStringLiteral("regions")).toArray().first().toObject();
    QCOMPARE(region.value(QStringLiteral("api")).toString(), m_sandbox.url().toString());
    QCOMPARE(region.value(QStringLiteral("database_api")).toString(), m_sandbox.url().toString());
    QVERIFY(region.value(QStringLiteral("default")).toBool());
    QVERIFY(!region.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(!region.value(QStringLiteral("display_name")).toString().isEmpty());

    const Reply self = m_sandbox.get(QStringLiteral("/v1/users/self"), m_db.jwt);
    QCOMPARE(self.status, 200);
    const QJsonObject user = self.json.value(QStringLiteral("user")).toObject();
    for (const char *key : {"id", "username", "email"})
        QVERIFY2(!user.value(QLatin1String(key)).toString().isEmpty(), key);
    QCOMPARE(m_sandbox.get(QStringLiteral("/v1/users/self"), QString()).status, 401);
}

void TestSandboxApi::databases()
{
    const Reply list = m_sandbox.get(QStringLiteral("/v1/databases?"), m_db.jwt);
    QCOMPARE(list.status, 200);
    const QJsonArray dbs = list.json.value(QStringLiteral("databases")).toArray();
    QCOMPARE(dbs.size(), 1);
    const QJsonObject db = dbs.first().toObject();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$"))
                    .match(db.value(QStringLiteral("id")).toString())
                    .hasMatch());
    QCOMPARE(db.value(QStringLiteral("technology")).toString(), QStringLiteral("postgresql-ng"));
    QVERIFY(db.value(QStringLiteral("project_id")).toString().startsWith(QLatin1String("pr-")));
    QVERIFY(!db.value(QStringLiteral("plan")).toString().isEmpty());

    for (const QString &key : {m_db.appId, m_db.appName}) {
        const Reply one = m_sandbox.get(QStringLiteral("/v1/databases/") + key, m_db.jwt);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json.value(QStringLiteral("database")).toObject(), db);
    }
    const Reply missing = m_sandbox.get(QStringLiteral("/v1/databases/nope"), m_db.jwt);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.error(), QStringLiteral("Database not found"));

    const Reply endpoints = m_sandbox.get(QStringLiteral("/v1/databases/%1/endpoints").arg(m_db.appName), m_db.jwt);
    QCOMPARE(endpoints.status, 200);
    const QJsonObject ep = endpoints.json.value(QStringLiteral("endpoints")).toArray().first().toObject();
    QCOMPARE(ep.value(QStringLiteral("type")).toString(), QStringLiteral("public-rw"));
    QCOMPARE(ep.value(QStringLiteral("hostname")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(ep.value(QStringLiteral("port")).toInt(), m_db.port);
    QCOMPARE(ep.value(QStringLiteral("database_id")).toString(), m_db.appId);
}

void TestSandboxApi::appsAddonsAndVariables()
{
    const Reply app = m_sandbox.get(QStringLiteral("/v1/apps/") + m_db.appName, m_db.jwt);
    QCOMPARE(app.status, 200);
    const QJsonObject a = app.json.value(QStringLiteral("app")).toObject();
    QCOMPARE(a.value(QStringLiteral("id")).toString(), m_db.appId);
    QVERIFY(a.value(QStringLiteral("flags")).toObject().value(QStringLiteral("dedicated-database")).toBool());

    const Reply addons = m_sandbox.get(QStringLiteral("/v1/apps/%1/addons").arg(m_db.appId), m_db.jwt);
    QCOMPARE(addons.status, 200);
    const QJsonArray list = addons.json.value(QStringLiteral("addons")).toArray();
    QCOMPARE(list.size(), 1);
    QVERIFY(m_db.addonId.startsWith(QLatin1String("ad-")));
    QCOMPARE(list.first().toObject().value(QStringLiteral("app_id")).toString(), m_db.appId);

    // SCALINGO_POSTGRESQL_URL: the protected user, TLS required, db name == user name.
    QVERIFY(m_db.uri.startsWith(QLatin1String("postgresql://")));
    QVERIFY(m_db.uri.endsWith(QLatin1String("?sslmode=require")));
    QCOMPARE(m_db.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(m_db.pgDatabase, m_db.ownerUser);
    QCOMPARE(m_db.ownerPassword.size(), 64);
    const Reply vars = m_sandbox.get(QStringLiteral("/v1/apps/%1/variables?aliases=false").arg(m_db.appName), m_db.jwt);
    QCOMPARE(vars.status, 200);
    bool sawDatabaseUrl = false;
    for (const QJsonValue v : vars.json.value(QStringLiteral("variables")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("DATABASE_URL")) {
            QCOMPARE(v.toObject().value(QStringLiteral("value")).toString(), m_db.uri);
            sawDatabaseUrl = true;
        }
    }
    QVERIFY(sawDatabaseUrl);
    QCOMPARE(m_sandbox.get(QStringLiteral("/v1/apps/nope/addons"), m_db.jwt).status, 404);
}

void TestSandboxApi::addonToken()
{
    const Reply r
            = m_sandbox.post(QStringLiteral("/v1/apps/%1/addons/%2/token").arg(m_db.appName, m_db.addonId), m_db.jwt);
    QCOMPARE(r.status, 200);
    const QJsonObject addon = r.json.value(QStringLiteral("addon")).toObject();
    QCOMPARE(addon.value(QStringLiteral("id")).toString(), m_db.addonId);
    QCOMPARE(addon.value(QStringLiteral("token")).toString().count(QLatin1Char('.')), 2);
    const Reply wrongAddon
            = m_sandbox.post(QStringLiteral("/v1/apps/%1/addons/ad-nope/token").arg(m_db.appId), m_db.jwt);
    QCOMPARE(wrongAddon.status, 404);
    QVERIFY(!wrongAddon.error().isEmpty());
}

void TestSandboxApi::databaseDetails()
{
    const Reply r = m_sandbox.get(m_db.path(), m_db.addonToken);
    QCOMPARE(r.status, 200);
    const QJsonObject db = r.json.value(QStringLiteral("database")).toObject();
    QCOMPARE(db.value(QStringLiteral("type_name")).toString(), QStringLiteral("postgresql"));
    QCOMPARE(db.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    QCOMPARE(db.value(QStringLiteral("hostname")).toString(), QStringLiteral("127.0.0.1:%1").arg(m_db.port));
    QCOMPARE(db.value(QStringLiteral("app_name")).toString(), m_db.appName);
    QVERIFY(db.value(QStringLiteral("readable_version")).toString().startsWith(QLatin1String("15.")));
    QVERIFY(QDateTime::fromString(db.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(db.value(QStringLiteral("features")).toArray().size(), 2);
}

void TestSandboxApi::managedRangesAndExtensions()
{
    const Reply ranges = m_sandbox.get(QStringLiteral("/api/firewall/managed_ranges"), m_db.addonToken);
    QCOMPARE(ranges.status, 200);
    QStringList ids;
    for (const QJsonValue v : ranges.json.value(QStringLiteral("ranges")).toArray()) {
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(!v.toObject().value(QStringLiteral("name")).toString().isEmpty());
    }
    QCOMPARE(ids,
             (QStringList{QStringLiteral("mr-scalingo-osc-fr1"), QStringLiteral("mr-scalingo-osc-secnum-fr1"),
                          QStringLiteral("mr-sandbox-local")}));
    QCOMPARE(m_sandbox.get(QStringLiteral("/api/firewall/managed_ranges"), m_db.jwt).status, 401);

    const Reply ext = m_sandbox.post(m_db.path(QStringLiteral("/action")), m_db.addonToken,
                                     {{QStringLiteral("action_name"), QStringLiteral("list-extensions")},
                                      {QStringLiteral("params"), QJsonValue::Null}});
    QCOMPARE(ext.status, 200);
    QCOMPARE(ext.json.value(QStringLiteral("ok")).toInt(), 1);
    const QJsonArray result = ext.json.value(QStringLiteral("result")).toArray();
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("plpgsql"));
    QCOMPARE(result.first().toObject().value(QStringLiteral("version")).toString(), QStringLiteral("v1.0"));
    const Reply unknown = m_sandbox.post(m_db.path(QStringLiteral("/action")), m_db.addonToken,
                                         {{QStringLiteral("action_name"), QStringLiteral("nope")}});
    QCOMPARE(unknown.json.value(QStringLiteral("ok")).toInt(-1), 0);
}

void TestSandboxApi::publicEndpoints()
{
    const Reply ca = m_sandbox.get(QStringLiteral("/api/ca_certificate"), QString());
    QCOMPARE(ca.status, 200);
    QVERIFY(ca.body.startsWith("-----BEGIN CERTIFICATE-----"));
    const Reply ip = m_sandbox.get(QStringLiteral("/whatismyip"), QString());
    QCOMPARE(ip.status, 200);
    QCOMPARE(ip.body.trimmed(), QByteArray("127.0.0.1"));
}

void TestSandboxApi::tokenScopes()
{
    // A user JWT is not an addon token, and vice versa.
    QCOMPARE(m_sandbox.get(m_db.path(QStringLiteral("/users")), m_db.jwt).status, 401);
    QCOMPARE(m_sandbox.get(QStringLiteral("/v1/databases"), m_db.addonToken).status, 401);
    // An addon token only opens its own addon.
    const Reply other = m_sandbox.get(QStringLiteral("/api/databases/ad-00000000-0000-0000-0000-000000000000/users"),
                                      m_db.addonToken);
    QCOMPARE(other.status, 401);
    // Garbage, a forged signature and no token at all.
    QString forged = m_db.addonToken;
    forged[forged.size() - 2] = forged.at(forged.size() - 2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    for (const QString &bad : {QStringLiteral("garbage"), forged, QString()}) {
        const Reply r = m_sandbox.get(m_db.path(QStringLiteral("/firewall_rules")), bad);
        QCOMPARE(r.status, 401);
        QVERIFY(!r.error().isEmpty());
    }
}

void TestSandboxApi::routingAndBodies()
{
    const Reply unknown = m_sandbox.get(QStringLiteral("/v1/nothing/here"), m_db.jwt);
    QCOMPARE(unknown.status, 404);
    QVERIFY(!unknown.error().isEmpty());
    const Reply method = m_sandbox.request("PUT", m_db.path(QStringLiteral("/users")), m_db.addonToken, "{}");
    QCOMPARE(method.status, 405);
    QVERIFY(!method.error().isEmpty());
    QCOMPARE(m_sandbox.get(m_db.path(QStringLiteral("/users?")), m_db.addonToken).status, 200);
    const Reply badJson
            = m_sandbox.request("POST", m_db.path(QStringLiteral("/firewall_rules")), m_db.addonToken, "{nope");
    QCOMPARE(badJson.status, 400);
    QVERIFY(badJson.error().startsWith(QLatin1String("There was a problem in the JSON you submitted:")));
    const Reply big = m_sandbox.request("POST", m_db.path(QStringLiteral("/users")), m_db.addonToken,
                                        QByteArray(70 * 1024, 'x'));
    QCOMPARE(big.status, 413);
    QVERIFY(!big.error().isEmpty());
    // Reset needs no body: none, or {}.
    QCOMPARE(m_sandbox.request("POST", m_db.path(QStringLiteral("/users/nobody_here/reset_password")), m_db.addonToken)
                     .status,
             404);
}

void TestSandboxApi::expiredTokensAndRateLimit()
{
    SandboxProcess strict({QStringLiteral("--jwt-lifetime"), QStringLiteral("2"),
                           QStringLiteral("--addon-token-lifetime"), QStringLiteral("2"),
                           QStringLiteral("--rate-limit"), QStringLiteral("3")});
    QVERIFY2(strict.start(), qPrintable(strict.errorString()));
    SandboxProcess::Database db;
    db.jwt = strict.exchangeToken();
    QVERIFY(!db.jwt.isEmpty());
    // Three regional calls pass, the fourth is limited with a Retry-After in seconds.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(strict.get(QStringLiteral("/v1/databases"), db.jwt).status, 200);
    const Reply limited = strict.get(QStringLiteral("/v1/databases"), db.jwt);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.error(), QStringLiteral("Retry later"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
    // The auth API is not rate limited.
    QCOMPARE(strict.get(QStringLiteral("/v1/users/self"), db.jwt).status, 200);

    const QString jwt = strict.exchangeToken();
    QThread::msleep(3100);
    const Reply expired = strict.get(QStringLiteral("/v1/users/self"), jwt);
    QCOMPARE(expired.status, 401);
    QVERIFY(!expired.error().isEmpty());
    QCOMPARE(strict.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
