// ApiClient against FakeApiServer: token chain (exchange, caching, renewal, sharing, 401s), regions, resolution.
#include "api/apiclient.h"
#include "api/tokenchain.h"
#include "apiclientfixture.h"
#include "common/logging.h"

#include "domain/database.h"
#include "domain/databaseuser.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace ApiTest;

class TestApiClient : public QObject, private ApiClientFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tokenExchangeSendsBasicAuthAndPolicyHeaders();
    void jwtExpiryIsDecoded();
    void jwtCachedOrRenewedDependingOnExpiry_data();
    void jwtCachedOrRenewedDependingOnExpiry();
    void concurrentCallsShareOneTokenExchange();
    void addonTokenIsCached();
    void addonJwtRenewedBeforeExpiry();
    void dbApi401RenewsAddonTokenOnce();
    void persistent401SignsOut();
    void regional401ExchangesAgain();
    void refusedTokenAtSignInIsNotASignOut();
    void newTokenWhileExchangeInFlightSignsIn();
    void endpointsFromEnvironment();
    void regionsDiscoveredAndDatabasesListed();
    void resolveDatabaseIsCached();
    void resolveDatabaseNeedsExactlyOneAddon();

private:
    void useRegionDiscovery();
};

void TestApiClient::init()
{
    QVERIFY(start());
}

void TestApiClient::cleanup()
{
    reset();
}

void TestApiClient::tokenExchangeSendsBasicAuthAndPolicyHeaders()
{
    const Outcome out = waitFor(m_client->signIn());
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QCOMPARE(out.value.toString(), QStringLiteral("alice"));

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    const FakeApiServer::Request exchange = requests.at(0);
    QCOMPARE(exchange.method, QByteArray("POST"));
    QCOMPARE(exchange.path, QStringLiteral("/v1/tokens/exchange"));
    QCOMPARE(exchange.header("authorization"), "Basic " + QByteArray(':' + m_server->apiToken.toUtf8()).toBase64());
    QCOMPARE(exchange.body, QByteArray("{}"));
    for (const auto &r : requests) {
        QCOMPARE(r.header("user-agent"), QByteArray("Gatehouse/" GATEHOUSE_VERSION));
        QCOMPARE(r.header("accept"), QByteArray("application/json"));
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    }
    QCOMPARE(requests.at(1).path, QStringLiteral("/v1/users/self"));
    QVERIFY(requests.at(1).header("authorization").startsWith("Bearer ey"));
    QCOMPARE(m_client->requestCount(), 2);
}

void TestApiClient::jwtExpiryIsDecoded()
{
    QCOMPARE(TokenChain::jwtExpiry(FakeApiServer::jwtWithExpiry(1893456000)),
             QDateTime::fromSecsSinceEpoch(1893456000, Qt::UTC));
    QVERIFY(!TokenChain::jwtExpiry(QStringLiteral("opaque-token")));
    QVERIFY(!TokenChain::jwtExpiry(QStringLiteral("a.b.c")));
}

void TestApiClient::jwtCachedOrRenewedDependingOnExpiry_data()
{
    QTest::addColumn<int>("lifetime");
    QTest::addColumn<int>("exchanges");
    QTest::newRow("an hour left: cached") << 3600 << 1;
    QTest::newRow("6 minutes left: cached") << 360 << 1;
    QTest::newRow("4 minutes left: renewed") << 240 << 2;
}

void TestApiClient::jwtCachedOrRenewedDependingOnExpiry()
{
    QFETCH(int, lifetime);
    QFETCH(int, exchanges);
    m_server->jwtLifetimeSecs = lifetime;
    QVERIFY(waitFor(m_client->self()).success);
    QVERIFY(waitFor(m_client->self()).success);
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/tokens/exchange")), exchanges);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 2);
}

void TestApiClient::concurrentCallsShareOneTokenExchange()
{
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 3; ++i)
        outcomes << watch(m_client->self());
    for (ApiReply *reply : {m_client->databaseInfo(ref()), m_client->listDatabaseUsers(ref()),
                            m_client->listFirewallRules(ref()), m_client->listManagedRanges(ref())})
        outcomes << watch(reply);
    QTRY_VERIFY(std::all_of(outcomes.cbegin(), outcomes.cend(), [](const auto &o) { return o->finished; }));
    for (const auto &o : outcomes)
        QVERIFY2(o->success, qPrintable(o->error.message()));
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/tokens/exchange")), 1);
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/apps/.*/token")), 1);
    QCOMPARE(m_client->requestCount(), 1 + 1 + 3 + 4);
}

void TestApiClient::addonTokenIsCached()
{
    QVERIFY(waitFor(m_client->listDatabaseUsers(ref())).success);
    const int before = m_client->requestCount();
    QSignalSpy finished(m_client.get(), &ApiClient::requestFinished);
    const Outcome out = waitFor(m_client->listDatabaseUsers(ref()));
    QVERIFY(out.success);
    QCOMPARE(m_client->requestCount() - before, 1); // a warm DB call costs exactly one request
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toByteArray(), QByteArray("GET"));
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("/api/databases/ad-1111/users"));
    QCOMPARE(finished.at(0).at(2).toInt(), 200);
    QCOMPARE(out.value.value<QList<DatabaseUser>>().size(), 1);
}

void TestApiClient::addonJwtRenewedBeforeExpiry()
{
    m_server->addonTokensAreJwts = true;
    m_server->addonTokenLifetimeSecs = 240; // inside the 5-minute margin: never reused
    QVERIFY(waitFor(m_client->listDatabaseUsers(ref())).success);
    QVERIFY(waitFor(m_client->listDatabaseUsers(ref())).success);
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/apps/.*/token")), 2);

    m_server->addonTokenLifetimeSecs = 3600;
    QVERIFY(waitFor(m_client->listDatabaseUsers(ref())).success);
    QVERIFY(waitFor(m_client->listDatabaseUsers(ref())).success);
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/apps/.*/token")), 3);
}

void TestApiClient::dbApi401RenewsAddonTokenOnce()
{
    QVERIFY(waitFor(m_client->listFirewallRules(ref())).success);
    m_server->revokeAddonTokens();
    m_server->clearRequests();
    QSignalSpy signedOut(m_client.get(), &ApiClient::signedOut);
    const Outcome out = waitFor(m_client->listFirewallRules(ref()));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QCOMPARE(m_server->requests().size(), 3); // 401, new addon token, retry
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/apps/.*/token")), 1);
    QCOMPARE(signedOut.count(), 0);
}

void TestApiClient::persistent401SignsOut()
{
    QVERIFY(waitFor(m_client->listDatabaseUsers(ref())).success);
    m_server->route("GET", QStringLiteral("/api/databases/ad-1111/users"),
                    [](const auto &) { return FakeApiServer::Response::error(401, QStringLiteral("expired")); });
    m_server->clearRequests();
    QSignalSpy signedOut(m_client.get(), &ApiClient::signedOut);
    const Outcome out = waitFor(m_client->listDatabaseUsers(ref()));
    QVERIFY(!out.success);
    QCOMPARE(out.error.kind(), ApiError::Kind::SignedOut);
    QCOMPARE(out.error.serverMessage(), QStringLiteral("expired"));
    QCOMPARE(signedOut.count(), 1);
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/apps/.*/token")), 1); // renewed once, not in a loop
    QCOMPARE(m_server->count("GET", QStringLiteral("/api/databases/ad-1111/users")), 2);
}

void TestApiClient::regional401ExchangesAgain()
{
    QVERIFY(waitFor(m_client->self()).success);
    m_server->revokeUserTokens();
    const Outcome out = waitFor(m_client->self());
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/tokens/exchange")), 2);
}

void TestApiClient::refusedTokenAtSignInIsNotASignOut()
{
    m_client->setApiToken(QStringLiteral("tk-us-wrong"));
    QSignalSpy signedOut(m_client.get(), &ApiClient::signedOut);
    const Outcome out = waitFor(m_client->signIn());
    QCOMPARE(out.error.kind(), ApiError::Kind::SignedOut);
    QCOMPARE(signedOut.count(), 0);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 0);
}

void TestApiClient::newTokenWhileExchangeInFlightSignsIn()
{
    // A renewal is still on the wire when the user signs in again with another token (the old one was revoked):
    // the sign-in must get its own exchange, not wait for the abandoned one.
    m_server->script("POST", QStringLiteral("/v1/tokens/exchange"), {FakeApiServer::Fault::Hang});
    const auto abandoned = watch(m_client->self());
    QTRY_COMPARE(m_server->count("POST", QStringLiteral("/v1/tokens/exchange")), 1);
    m_server->apiToken = QStringLiteral("tk-us-rotated-api-token-0123456789");
    m_client->setApiToken(m_server->apiToken);
    const Outcome out = waitFor(m_client->signIn());
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/tokens/exchange")), 2);
    QTRY_VERIFY(abandoned->finished);
    QCOMPARE(abandoned->error.kind(), ApiError::Kind::Cancelled);
}

void TestApiClient::endpointsFromEnvironment()
{
    qputenv("SCALINGO_AUTH_URL", "https://auth.example.test/");
    qputenv("SCALINGO_API_URL", "https://api.example.test");
    qputenv("SCALINGO_DB_API_URL", "https://db-terraform.example.test");
    ApiEndpoints endpoints = ApiEndpoints::fromEnvironment();
    QCOMPARE(endpoints.auth, QUrl(QStringLiteral("https://auth.example.test")));
    QCOMPARE(endpoints.databaseApi, QUrl(QStringLiteral("https://db-terraform.example.test")));
    QVERIFY(endpoints.hasExplicitRegion());
    qputenv("SCALINGO_DB_URL", "https://db-cli.example.test");
    endpoints = ApiEndpoints::fromEnvironment();
    QCOMPARE(endpoints.databaseApi, QUrl(QStringLiteral("https://db-cli.example.test")));
    for (const char *name : {"SCALINGO_AUTH_URL", "SCALINGO_API_URL", "SCALINGO_DB_API_URL", "SCALINGO_DB_URL"})
        qunsetenv(name);
    endpoints = ApiEndpoints::fromEnvironment();
    QCOMPARE(endpoints.auth, QUrl(QStringLiteral("https://auth.scalingo.com")));
    QVERIFY(!endpoints.hasExplicitRegion());
}

void TestApiClient::useRegionDiscovery()
{
    ApiEndpoints endpoints;
    endpoints.auth = m_server->url(); // no api/db URLs: regions come from /v1/regions
    m_client->setEndpoints(endpoints);
}

void TestApiClient::regionsDiscoveredAndDatabasesListed()
{
    useRegionDiscovery();
    const Outcome out = waitFor(m_client->listDatabasesInAllRegions());
    QVERIFY2(out.success, qPrintable(out.error.message()));
    const auto databases = out.value.value<QList<Database>>();
    QCOMPARE(databases.size(), 1);
    QCOMPARE(databases.first().region, m_server->regionName());
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/regions")), 1);
    QVERIFY(waitFor(m_client->listDatabasesInAllRegions()).success);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/regions")), 1); // cached
    QCOMPARE(m_client->defaultRegion()->name, m_server->regionName());
}

void TestApiClient::resolveDatabaseIsCached()
{
    useRegionDiscovery();
    const Outcome list = waitFor(m_client->listDatabasesInAllRegions());
    const Database db = list.value.value<QList<Database>>().value(0);
    const Outcome first = waitFor(m_client->resolveDatabase(db));
    QVERIFY2(first.success, qPrintable(first.error.message()));
    const auto resolved = first.value.value<DatabaseRef>();
    QCOMPARE(resolved.addonId, m_server->addonId());
    QCOMPARE(resolved.region.name, m_server->regionName());
    const int before = m_client->requestCount();
    const Outcome second = waitFor(m_client->resolveDatabase(db));
    QCOMPARE(second.value.value<DatabaseRef>(), resolved);
    QCOMPARE(m_client->requestCount(), before);
}

void TestApiClient::resolveDatabaseNeedsExactlyOneAddon()
{
    Database db;
    db.id = m_server->appId();
    db.name = m_server->appName();
    db.region = QStringLiteral("local");
    m_server->addons = QJsonArray();
    Outcome out = waitFor(m_client->resolveDatabase(db));
    QCOMPARE(out.error.kind(), ApiError::Kind::NotFound);
    m_server->addons = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("ad-1")}},
                                  QJsonObject{{QStringLiteral("id"), QStringLiteral("ad-2")}}};
    out = waitFor(m_client->resolveDatabase(db));
    QCOMPARE(out.error.kind(), ApiError::Kind::Conflict);
    QVERIFY(out.error.message().contains(QStringLiteral("application")));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
