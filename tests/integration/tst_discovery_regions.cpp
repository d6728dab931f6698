// Addon discovery across the sandbox's two regions (--regions 2), against the real sandbox under its real rate limit
// (60 requests per minute per account and regional API): every classic PostgreSQL addon of both regions is found with
// its app, plan and region; apps without a PostgreSQL addon never appear; no request is refused (429).
#include "api/apiclient.h"
#include "api/apireply.h"
#include "fakeapiserver.h"
#include "models/addondiscovery.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Secnum = QStringLiteral("osc-secnum-fr1");

// The names seeding.cpp gives: customer-stage, one in three Dedicated Resources, odd ones in the first region.
const QStringList SeedNames{QStringLiteral("acme-prod"),    QStringLiteral("globex-prod"),
                            QStringLiteral("initech-prod"), QStringLiteral("umbrella-prod"),
                            QStringLiteral("hooli-prod"),   QStringLiteral("stark-prod"),
                            QStringLiteral("wayne-prod"),   QStringLiteral("tyrell-prod"),
                            QStringLiteral("wonka-prod"),   QStringLiteral("acme-staging")};

} // namespace

class TestDiscoveryRegions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void regionsAdvertised();
    void eachRegionHasItsOwnApps();
    void dedicatedInBothRegions();
    void discoveryFindsEveryAddonUnderTheLimit();
    void cachedDiscoveryListsAppsOnly();
    void rateLimitIsPerRegion();

private:
    QSet<QString> expectedAddons() const;
    int countInLog(const QByteArray &needle) const;

    QTemporaryDir m_logDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    QVariantMap m_cache;
};

void TestDiscoveryRegions::initTestCase()
{
    QVERIFY(m_logDir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{
            QStringLiteral("--rate-limit"), QStringLiteral("60"), QStringLiteral("--regions"), QStringLiteral("2"),
            QStringLiteral("--seed-databases"), QString::number(SeedNames.size()), QStringLiteral("--seed-apps"),
            QStringLiteral("6"), QStringLiteral("--request-log"), m_logDir.filePath(QStringLiteral("requests.log"))});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<ApiClient>(&m_nam);
    // Only the auth URL: the regions come from GET /v1/regions, as on Scalingo.
    ApiEndpoints endpoints;
    endpoints.auth = m_sandbox->url();
    m_client->setEndpoints(endpoints);
    m_client->setApiToken(m_sandbox->apiToken());
    ApiReply *reply = ApiTest::awaitReply(m_client->signIn());
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error().message()));
}

QSet<QString> TestDiscoveryRegions::expectedAddons() const
{
    QSet<QString> out{QStringLiteral("sandbox/my-app")};
    for (int i = 1; i <= SeedNames.size(); ++i) {
        if (i % 3 != 0)
            out.insert((i % 2 == 1 ? QStringLiteral("sandbox/") : Secnum + QLatin1Char('/')) + SeedNames.at(i - 1));
    }
    return out;
}

int TestDiscoveryRegions::countInLog(const QByteArray &needle) const
{
    QFile log(m_logDir.filePath(QStringLiteral("requests.log")));
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    return int(log.readAll().count(needle));
}

void TestDiscoveryRegions::regionsAdvertised()
{
    ApiReply *reply = ApiTest::awaitReply(m_client->usableRegions());
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error().message()));
    const QList<Region> regions = reply->value<QList<Region>>();
    QCOMPARE(regions.size(), 2);
    QCOMPARE(regions.at(0).name, QStringLiteral("sandbox"));
    QVERIFY(regions.at(0).isDefault);
    QCOMPARE(regions.at(0).api, m_sandbox->url().adjusted(QUrl::StripTrailingSlash));
    QCOMPARE(regions.at(1).name, Secnum);
    QVERIFY(!regions.at(1).isDefault);
    // Same port, its own base URL: built from the address the client reached.
    QCOMPARE(regions.at(1).api.port(), m_sandbox->url().port());
    QCOMPARE(regions.at(1).api.path(), QLatin1Char('/') + Secnum);
    QCOMPARE(regions.at(1).databaseApi, regions.at(1).api);
}

void TestDiscoveryRegions::eachRegionHasItsOwnApps()
{
    const QString jwt = m_sandbox->exchangeToken();
    QVERIFY(!jwt.isEmpty());
    QCOMPARE(m_sandbox->get(QStringLiteral("/v1/apps/my-app"), jwt).status, 200);
    QCOMPARE(m_sandbox->get(QLatin1Char('/') + Secnum + QStringLiteral("/v1/apps/my-app"), jwt).status, 404);
    QCOMPARE(m_sandbox->get(QLatin1Char('/') + Secnum + QStringLiteral("/v1/apps/globex-prod"), jwt).status, 200);
    QCOMPARE(m_sandbox->get(QStringLiteral("/v1/apps/globex-prod"), jwt).status, 404);
    // A database's DB API is its region's: another region's answers 404 even with a valid addon token.
    SandboxProcess::Database db;
    QVERIFY(m_sandbox->discoverApp(QStringLiteral("my-app"), &db));
    QCOMPARE(m_sandbox->get(db.path(), db.addonToken).status, 200);
    QCOMPARE(m_sandbox->get(QLatin1Char('/') + Secnum + db.path(), db.addonToken).status, 404);
    // The apps list of each region: its databases' apps and its apps without PostgreSQL.
    const SandboxProcess::Reply apps = m_sandbox->get(QLatin1Char('/') + Secnum + QStringLiteral("/v1/apps"), jwt);
    QCOMPARE(apps.status, 200);
    QStringList names;
    for (const QJsonValue v : apps.json.value(QStringLiteral("apps")).toArray()) {
        names << v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(v.toObject().value(QStringLiteral("region")).toString(), Secnum);
    }
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("acme-staging"), QStringLiteral("globex-prod"), QStringLiteral("stark-prod"),
                          QStringLiteral("tools-02"), QStringLiteral("tools-04"), QStringLiteral("tools-06"),
                          QStringLiteral("tyrell-prod"), QStringLiteral("umbrella-prod")}));
}

void TestDiscoveryRegions::dedicatedInBothRegions()
{
    ApiReply *reply = ApiTest::awaitReply(m_client->listDatabasesInAllRegions());
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error().message()));
    QStringList found;
    for (const Database &db : reply->value<QList<Database>>())
        found << db.region + QLatin1Char('/') + db.name;
    found.sort();
    QCOMPARE(found,
             (QStringList{QStringLiteral("osc-secnum-fr1/stark-prod"), QStringLiteral("sandbox/initech-prod"),
                          QStringLiteral("sandbox/my-postgres-db"), QStringLiteral("sandbox/wonka-prod")}));
}

void TestDiscoveryRegions::discoveryFindsEveryAddonUnderTheLimit()
{
    const int addonListsBefore = countInLog("/addons 200");
    AddonDiscovery discovery(m_client.get()); // default pacing: what the application uses
    QSignalSpy finished(&discovery, &AddonDiscovery::finished);
    QSignalSpy failed(&discovery, &AddonDiscovery::failed);
    QSet<QString> found;
    connect(&discovery, &AddonDiscovery::found, this, [&found](const QList<Database> &databases) {
        for (const Database &db : databases) {
            QVERIFY(db.isAddon());
            QVERIFY(db.plan.startsWith(QLatin1String("postgresql-")));
            QCOMPARE(db.appName, db.name);
            found.insert(db.region + QLatin1Char('/') + db.appName);
        }
    });
    discovery.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(found, expectedAddons());
    for (const QString &entry : std::as_const(found))
        QVERIFY2(!entry.contains(QLatin1String("tools-")), qPrintable(entry)); // no PostgreSQL addon: not shown
    // Every app of both regions was asked once (7 per region), and the limit never answered.
    QCOMPARE(discovery.total(), 14);
    QCOMPARE(countInLog(" 429 "), 0);
    QCOMPARE(countInLog("/addons 200") - addonListsBefore, 14);
    m_cache = discovery.cache();
}

void TestDiscoveryRegions::cachedDiscoveryListsAppsOnly()
{
    AddonDiscovery discovery(m_client.get());
    discovery.setCache(m_cache);
    QSignalSpy finished(&discovery, &AddonDiscovery::finished);
    QSet<QString> found;
    connect(&discovery, &AddonDiscovery::found, this, [&found](const QList<Database> &databases) {
        for (const Database &db : databases)
            found.insert(db.region + QLatin1Char('/') + db.appName);
    });
    const int before = m_client->requestCount();
    discovery.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(found, expectedAddons());
    // Known addons come from the cache: one apps list per region, and the apps without PostgreSQL (3 per region),
    // which have nothing to cache, asked again.
    QCOMPARE(m_client->requestCount() - before, 2 + 6);
}

void TestDiscoveryRegions::rateLimitIsPerRegion()
{
    const QString jwt = m_sandbox->exchangeToken();
    int status = 0;
    for (int i = 0; i < 61 && status != 429; ++i)
        status = m_sandbox->get(QStringLiteral("/v1/apps"), jwt).status;
    QCOMPARE(status, 429);
    // The other region's API has its own budget.
    QCOMPARE(m_sandbox->get(QLatin1Char('/') + Secnum + QStringLiteral("/v1/apps"), jwt).status, 200);
}

QTEST_GUILESS_MAIN(TestDiscoveryRegions)
#include "tst_discovery_regions.moc"
