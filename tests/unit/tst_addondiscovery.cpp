// AddonDiscovery against two FakeApiServers (two regions): every app's PostgreSQL addons found with app, plan and
// region; Dedicated Resources apps and non-PostgreSQL addons left out; one addon listing at a time per region
// (paced queue); remembered addon ids not asked for again; a 429 puts the app back in the queue, nothing is lost.
// Also the features model: Force TLS first when Internet accessibility is asked for, Force TLS off refused.
#include "api/apiclient.h"
#include "fakeapiserver.h"
#include "models/addondiscovery.h"
#include "models/databasefeaturesmodel.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using Response = FakeApiServer::Response;

class TestAddonDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsPostgresqlAddonsInEveryRegion();
    void cacheSkipsKnownApps();
    void rateLimitedAppIsRetried();
    void forceTlsFirstThenInternetAccessibility();
    void forceTlsOffRefusedWhilePublic();

private:
    /// `count` apps named `prefix-N` in a region served by `server`: every 10th has a PostgreSQL addon, every 10th
    /// (offset 5) a Redis one only, app 7 is a Dedicated Resources database.
    void installApps(FakeApiServer *server, const QString &prefix, int count);
    QList<Database> runDiscovery(QSignalSpy **finishedOut = nullptr);

    std::unique_ptr<FakeApiServer> m_a; // auth + region-a
    std::unique_ptr<FakeApiServer> m_b; // region-b
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AddonDiscovery> m_discovery;
    QHash<FakeApiServer *, int> m_maxInFlight;
};

void TestAddonDiscovery::installApps(FakeApiServer *server, const QString &prefix, int count)
{
    QJsonArray apps;
    for (int i = 0; i < count; ++i) {
        QJsonObject app{{QStringLiteral("id"), QStringLiteral("%1-id-%2").arg(prefix).arg(i)},
                        {QStringLiteral("name"), QStringLiteral("%1-%2").arg(prefix).arg(i)},
                        {QStringLiteral("region"), prefix}};
        if (i == 7)
            app.insert(QStringLiteral("flags"), QJsonObject{{QStringLiteral("dedicated-database"), true}});
        apps.append(app);
    }
    server->route("GET", QStringLiteral("/v1/apps"),
                  [apps](const auto &) { return Response::json(200, {{QStringLiteral("apps"), apps}}); });
    server->route("GET", QStringLiteral("/v1/apps/[^/]+/addons"), [prefix](const FakeApiServer::Request &r) {
        const int n = r.path.section(QLatin1Char('/'), 3, 3).section(QLatin1Char('-'), -1).toInt();
        QJsonArray addons;
        const auto addon = [&](const QString &provider, const QString &plan) {
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("ad-%1-%2-%3").arg(prefix, provider).arg(n)},
                               {QStringLiteral("plan"), QJsonObject{{QStringLiteral("name"), plan}}},
                               {QStringLiteral("addon_provider"),
                                QJsonObject{{QStringLiteral("id"), provider}, {QStringLiteral("name"), provider}}}};
        };
        if (n % 10 == 0)
            addons.append(addon(QStringLiteral("postgresql"), QStringLiteral("postgresql-starter-512")));
        if (n % 10 == 5)
            addons.append(addon(QStringLiteral("redis"), QStringLiteral("redis-sandbox")));
        return Response::json(200, {{QStringLiteral("addons"), addons}});
    });
}

void TestAddonDiscovery::init()
{
    m_a = std::make_unique<FakeApiServer>();
    m_b = std::make_unique<FakeApiServer>();
    QVERIFY(m_a->listen());
    QVERIFY(m_b->listen());
    const QUrl a = m_a->url();
    const QUrl b = m_b->url();
    m_a->route("GET", QStringLiteral("/v1/regions"), [a, b](const auto &) {
        const auto region = [](const QString &name, const QUrl &url, bool isDefault) {
            return QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("api"), url.toString()},
                               {QStringLiteral("database_api"), url.toString()},
                               {QStringLiteral("default"), isDefault}};
        };
        return Response::json(200, {{QStringLiteral("regions"), QJsonArray{region(QStringLiteral("region-a"), a, true),
                                                                            region(QStringLiteral("region-b"), b, false)}}});
    });
    installApps(m_a.get(), QStringLiteral("region-a"), 40);
    installApps(m_b.get(), QStringLiteral("region-b"), 12);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    ApiEndpoints endpoints;
    endpoints.auth = a; // regions discovered from the auth API
    m_client->setEndpoints(endpoints);
    m_client->setApiToken(m_a->apiToken);
    m_discovery = std::make_unique<AddonDiscovery>(m_client.get());
    m_discovery->setInterval(5); // the pacing is structural (one request at a time per region), not timed here
}

void TestAddonDiscovery::cleanup()
{
    m_discovery.reset();
    m_client.reset();
    m_nam.reset();
    m_a.reset();
    m_b.reset();
}

QList<Database> TestAddonDiscovery::runDiscovery(QSignalSpy **finishedOut)
{
    QList<Database> found;
    QMetaObject::Connection c = connect(m_discovery.get(), &AddonDiscovery::found, this,
                                        [&found](const QList<Database> &dbs) { found += dbs; });
    QSignalSpy finished(m_discovery.get(), &AddonDiscovery::finished);
    m_discovery->start();
    if (!finished.wait(20000))
        qWarning("discovery did not finish");
    disconnect(c);
    Q_UNUSED(finishedOut);
    return found;
}

void TestAddonDiscovery::findsPostgresqlAddonsInEveryRegion()
{
    QSignalSpy progress(m_discovery.get(), &AddonDiscovery::progress);
    const QList<Database> found = runDiscovery();
    QStringList names;
    for (const Database &db : found) {
        QVERIFY(db.isAddon());
        QCOMPARE(db.plan, QStringLiteral("postgresql-starter-512"));
        QVERIFY(db.id.startsWith(QLatin1String("ad-") + db.region + QLatin1String("-postgresql")));
        names << db.appName;
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("region-a-0"), QStringLiteral("region-a-10"),
                                 QStringLiteral("region-a-20"), QStringLiteral("region-a-30"),
                                 QStringLiteral("region-b-0"), QStringLiteral("region-b-10")}));
    // One apps listing per region; one addons listing per app that is not a DR database, never twice.
    QCOMPARE(m_a->count("GET", QStringLiteral("/v1/apps")), 1);
    QCOMPARE(m_b->count("GET", QStringLiteral("/v1/apps")), 1);
    QCOMPARE(m_a->count("GET", QStringLiteral("/v1/apps/[^/]+/addons")), 39);
    QCOMPARE(m_b->count("GET", QStringLiteral("/v1/apps/[^/]+/addons")), 11);
    QCOMPARE(m_a->count("GET", QStringLiteral("/v1/apps/region-a-id-7/addons")), 0);
    // Progress reached the end.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 50);
    QCOMPARE(progress.last().at(1).toInt(), 50);
    // The default spacing keeps one region's discovery under the 60 requests/minute budget, with room to spare.
    QVERIFY(60000 / AddonDiscovery(nullptr).interval() < 60);
}

void TestAddonDiscovery::cacheSkipsKnownApps()
{
    runDiscovery();
    const QVariantMap cache = m_discovery->cache();
    QCOMPARE(cache.size(), 6);
    AddonDiscovery second(m_client.get());
    second.setInterval(5);
    second.setCache(cache);
    m_a->clearRequests();
    m_b->clearRequests();
    QList<Database> found;
    connect(&second, &AddonDiscovery::found, this, [&found](const QList<Database> &dbs) { found += dbs; });
    QSignalSpy finished(&second, &AddonDiscovery::finished);
    second.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(found.size(), 6);
    // Apps with a known PostgreSQL addon are not asked again; the others are (an addon may have been added).
    QCOMPARE(m_a->count("GET", QStringLiteral("/v1/apps/[^/]+/addons")), 39 - 4);
    QCOMPARE(m_b->count("GET", QStringLiteral("/v1/apps/[^/]+/addons")), 11 - 2);
}

void TestAddonDiscovery::rateLimitedAppIsRetried()
{
    Response limited = Response::error(429, QStringLiteral("Retry later"));
    limited.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    for (int i = 0; i < 4; ++i) // more than the client's own GET retries
        m_b->respondOnce("GET", QStringLiteral("/v1/apps/region-b-id-10/addons"), limited);
    const QList<Database> found = runDiscovery();
    QStringList names;
    for (const Database &db : found)
        names << db.appName;
    QVERIFY2(names.contains(QStringLiteral("region-b-10")), qPrintable(names.join(QLatin1Char(','))));
    QCOMPARE(found.size(), 6);
}

void TestAddonDiscovery::forceTlsFirstThenInternetAccessibility()
{
    // A classic addon with a features state machine that completes on the next read.
    QJsonArray features;
    QStringList order;
    // A client sees a new feature PENDING once, then ACTIVATED (the server completes it after that read).
    m_a->route("GET", QStringLiteral("/api/databases/ad-1111"), [&features](const auto &) {
        const Response response = Response::json(
                200, {{QStringLiteral("database"),
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("features"), features}}}});
        for (int i = 0; i < features.size(); ++i) {
            QJsonObject f = features.at(i).toObject();
            f.insert(QStringLiteral("status"), QStringLiteral("ACTIVATED"));
            features.replace(i, f);
        }
        return response;
    });
    m_a->route("POST", QStringLiteral("/api/databases/ad-1111/features"),
               [&features, &order](const FakeApiServer::Request &r) {
                   const QString name = r.json().value(QStringLiteral("feature")).toObject().value(QStringLiteral("name")).toString();
                   order << name;
                   features.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("status"), QStringLiteral("PENDING")}});
                   return Response::json(200, {{QStringLiteral("name"), name}, {QStringLiteral("status"), QStringLiteral("PENDING")}});
               });
    DatabaseFeaturesModel model;
    model.setPollInterval(10);
    Region region;
    region.name = QStringLiteral("region-a");
    region.api = m_a->url();
    region.databaseApi = m_a->url();
    model.bind(m_client.get(), DatabaseRef{region, m_a->appId(), m_a->addonId()});
    QTRY_VERIFY(model.isLoaded());
    QVERIFY(model.setEnabled(QStringLiteral("publicly-available"), true));
    QVERIFY(model.isQueued());
    QTRY_COMPARE_WITH_TIMEOUT(model.internetAccessibility().state(), DatabaseFeature::State::Activated, 10000);
    QCOMPARE(order, (QStringList{QStringLiteral("force-ssl"), QStringLiteral("publicly-available")}));
    QCOMPARE(model.forceTls().state(), DatabaseFeature::State::Activated);
    QVERIFY(!model.isBusy());
}

void TestAddonDiscovery::forceTlsOffRefusedWhilePublic()
{
    m_a->route("GET", QStringLiteral("/api/databases/ad-1111"), [](const auto &) {
        const QJsonArray features{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("force-ssl")}, {QStringLiteral("status"), QStringLiteral("ACTIVATED")}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("publicly-available")},
                            {QStringLiteral("status"), QStringLiteral("ACTIVATED")}}};
        return Response::json(200, {{QStringLiteral("database"), QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                                                             {QStringLiteral("features"), features}}}});
    });
    DatabaseFeaturesModel model;
    Region region;
    region.name = QStringLiteral("region-a");
    region.api = m_a->url();
    region.databaseApi = m_a->url();
    model.bind(m_client.get(), DatabaseRef{region, m_a->appId(), m_a->addonId()});
    QTRY_VERIFY(model.isLoaded());
    QSignalSpy refused(&model, &DatabaseFeaturesModel::refused);
    QVERIFY(!model.setEnabled(QStringLiteral("force-ssl"), false));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QLatin1String("Internet accessibility")));
    QCOMPARE(m_a->count("DELETE", QStringLiteral("/api/databases/.*")), 0);
}

QTEST_GUILESS_MAIN(TestAddonDiscovery)
#include "tst_addondiscovery.moc"
