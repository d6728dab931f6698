// ApiClient against FakeApiServer: token chain, request policy, retries, error mapping, cancel, logging.
#include "api/apiclient.h"
#include "api/logging.h"
#include "api/tokenchain.h"
#include "fakeapiserver.h"

#include "domain/database.h"
#include "domain/databaseuser.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

struct Outcome
{
    bool finished = false;
    int emissions = 0;
    bool success = false;
    ApiError error;
    QVariant value;
    bool reconciled = false;
    bool secretLost = false;
};

// Copies the outcome while the reply is alive (it deletes itself after finished()).
std::shared_ptr<Outcome> watch(ApiReply *reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &ApiReply::finished, reply, [reply, outcome] {
        ++outcome->emissions;
        outcome->finished = true;
        outcome->success = reply->isSuccess();
        outcome->error = reply->error();
        outcome->value = reply->variant();
        outcome->reconciled = reply->reconciled();
        outcome->secretLost = reply->secretLost();
    });
    return outcome;
}

Outcome waitFor(ApiReply *reply, int timeoutMs = 5000)
{
    auto outcome = watch(reply);
    (void)QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs);
    return *outcome;
}

QStringList g_log;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

} // namespace

class TstApiClient : public QObject
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
    void getRetriedOn503();
    void getRetryHonoursRetryAfter();
    void rateLimitedAfterLastAttempt();
    void postIsNeverRetried();
    void errorKinds_data();
    void errorKinds();
    void badResponses_data();
    void badResponses();
    void redirectToAnotherServerRefused();
    void validationFieldErrorsPreserved();
    void offline();
    void timeout();
    void tlsFailure();
    void insecureUrlRefusedWithoutRequest();
    void urlPolicy_data();
    void urlPolicy();
    void cancelEmitsCancelledOnce();
    void secretsNeverLogged();
    void endpointsFromEnvironment();
    void regionsDiscoveredAndDatabasesListed();
    void resolveDatabaseIsCached();
    void resolveDatabaseNeedsExactlyOneAddon();

private:
    DatabaseRef ref() const { return {*m_client->defaultRegion(), m_server->appId(), m_server->addonId()}; }
    void useRegionDiscovery();

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
};

void TstApiClient::init()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_client->setEndpoints(ApiEndpoints::single(m_server->url()));
    RequestPolicy policy;
    policy.timeoutMs = 300;
    policy.retryBaseDelayMs = 10;
    policy.maxRetryDelayMs = 1500;
    m_client->setPolicy(policy);
    m_client->setApiToken(m_server->apiToken);
}

void TstApiClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void TstApiClient::tokenExchangeSendsBasicAuthAndPolicyHeaders()
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

void TstApiClient::jwtExpiryIsDecoded()
{
    QCOMPARE(TokenChain::jwtExpiry(FakeApiServer::jwtWithExpiry(1893456000)),
             QDateTime::fromSecsSinceEpoch(1893456000, Qt::UTC));
    QVERIFY(!TokenChain::jwtExpiry(QStringLiteral("opaque-token")));
    QVERIFY(!TokenChain::jwtExpiry(QStringLiteral("a.b.c")));
}

void TstApiClient::jwtCachedOrRenewedDependingOnExpiry_data()
{
    QTest::addColumn<int>("lifetime");
    QTest::addColumn<int>("exchanges");
    QTest::newRow("an hour left: cached") << 3600 << 1;
    QTest::newRow("6 minutes left: cached") << 360 << 1;
    QTest::newRow("4 minutes left: renewed") << 240 << 2;
}

void TstApiClient::jwtCachedOrRenewedDependingOnExpiry()
{
    QFETCH(int, lifetime);
    QFETCH(int, exchanges);
    m_server->jwtLifetimeSecs = lifetime;
    QVERIFY(waitFor(m_client->self()).success);
    QVERIFY(waitFor(m_client->self()).success);
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/tokens/exchange")), exchanges);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 2);
}

void TstApiClient::concurrentCallsShareOneTokenExchange()
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

void TstApiClient::addonTokenIsCached()
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

void TstApiClient::addonJwtRenewedBeforeExpiry()
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

void TstApiClient::dbApi401RenewsAddonTokenOnce()
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

void TstApiClient::persistent401SignsOut()
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

void TstApiClient::regional401ExchangesAgain()
{
    QVERIFY(waitFor(m_client->self()).success);
    m_server->revokeUserTokens();
    const Outcome out = waitFor(m_client->self());
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/tokens/exchange")), 2);
}

void TstApiClient::refusedTokenAtSignInIsNotASignOut()
{
    m_client->setApiToken(QStringLiteral("tk-us-wrong"));
    QSignalSpy signedOut(m_client.get(), &ApiClient::signedOut);
    const Outcome out = waitFor(m_client->signIn());
    QCOMPARE(out.error.kind(), ApiError::Kind::SignedOut);
    QCOMPARE(signedOut.count(), 0);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 0);
}

void TstApiClient::getRetriedOn503()
{
    QVERIFY(waitFor(m_client->self()).success);
    m_server->respondOnce("GET", QStringLiteral("/v1/users/self"), FakeApiServer::Response::error(503, {}));
    m_server->respondOnce("GET", QStringLiteral("/v1/users/self"), FakeApiServer::Response::error(502, {}));
    QVERIFY(waitFor(m_client->self()).success);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 1 + 3);

    for (int i = 0; i < 3; ++i)
        m_server->respondOnce("GET", QStringLiteral("/v1/users/self"), FakeApiServer::Response::error(503, {}));
    const Outcome out = waitFor(m_client->self());
    QCOMPARE(out.error.kind(), ApiError::Kind::Server);
    QCOMPARE(out.error.httpStatus(), 503);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 4 + 3); // default: 3 attempts
}

void TstApiClient::getRetryHonoursRetryAfter()
{
    QVERIFY(waitFor(m_client->self()).success);
    FakeApiServer::Response tooMany = FakeApiServer::Response::text(429, "Retry later");
    tooMany.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    m_server->respondOnce("GET", QStringLiteral("/v1/users/self"), tooMany);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(waitFor(m_client->self()).success);
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed()))); // not the 10 ms backoff
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 3);
}

void TstApiClient::rateLimitedAfterLastAttempt()
{
    FakeApiServer::Response tooMany = FakeApiServer::Response::text(429, "Retry later");
    tooMany.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
    m_server->route("GET", QStringLiteral("/v1/users/self"), [tooMany](const auto &) { return tooMany; });
    const Outcome out = waitFor(m_client->self());
    QCOMPARE(out.error.kind(), ApiError::Kind::RateLimited);
    QCOMPARE(out.error.serverMessage(), QStringLiteral("Retry later"));
    QCOMPARE(out.error.retryAfter(), 0);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 3);
}

void TstApiClient::postIsNeverRetried()
{
    m_server->respondOnce("POST", QStringLiteral("/api/databases/ad-1111/users"),
                          FakeApiServer::Response::error(503, QStringLiteral("busy")));
    const Outcome out = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("report_ro"), true, {}}));
    QCOMPARE(out.error.kind(), ApiError::Kind::Server);
    QCOMPARE(m_server->count("POST", QStringLiteral("/api/databases/ad-1111/users")), 1);
    QCOMPARE(m_server->count("GET", QStringLiteral("/api/databases/ad-1111/users")), 0); // 503 is not ambiguous
}

void TstApiClient::errorKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("400") << 400 << ApiError::Kind::Validation;
    QTest::newRow("402") << 402 << ApiError::Kind::Forbidden;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("409") << 409 << ApiError::Kind::Conflict;
    QTest::newRow("422") << 422 << ApiError::Kind::Validation;
    QTest::newRow("500") << 500 << ApiError::Kind::Server;
    QTest::newRow("504") << 504 << ApiError::Kind::Server;
}

void TstApiClient::errorKinds()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    m_server->route("GET", QStringLiteral("/v1/databases/missing"), [status](const auto &) {
        return FakeApiServer::Response::error(status, QStringLiteral("server says %1").arg(status));
    });
    const Outcome out = waitFor(m_client->showDatabase(*m_client->defaultRegion(), QStringLiteral("missing")));
    QVERIFY(!out.success);
    QCOMPARE(out.error.kind(), kind);
    QCOMPARE(out.error.httpStatus(), status);
    QCOMPARE(out.error.serverMessage(), QStringLiteral("server says %1").arg(status));
    QVERIFY(out.error.message().contains(out.error.serverMessage()));
}

void TstApiClient::redirectToAnotherServerRefused()
{
    FakeApiServer::Response redirect = FakeApiServer::Response::text(302, "moved");
    redirect.headers.append(qMakePair(QByteArray("Location"), QByteArray("http://api.example.com/v1/users/self")));
    m_server->respondOnce("GET", QStringLiteral("/v1/users/self"), redirect);
    const Outcome out = waitFor(m_client->self());
    QCOMPARE(out.error.kind(), ApiError::Kind::Tls);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 1); // not retried either
}

void TstApiClient::badResponses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed JSON") << 200 << QByteArray("{\"databases\": [");
    QTest::newRow("not an object") << 200 << QByteArray("[1, 2]");
    QTest::newRow("missing root key") << 200 << QByteArray("{\"items\": []}");
    QTest::newRow("201 where 200 expected") << 201 << QByteArray("{\"databases\": []}");
}

void TstApiClient::badResponses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->respondOnce("GET", QStringLiteral("/v1/databases"), {status, body, {}});
    const Outcome out = waitFor(m_client->listDatabases());
    QVERIFY(!out.success);
    QCOMPARE(out.error.kind(), ApiError::Kind::BadResponse);
}

void TstApiClient::validationFieldErrorsPreserved()
{
    const QJsonObject errors{{QStringLiteral("name"), QJsonArray{QStringLiteral("is too short"), QStringLiteral("is invalid")}},
                             {QStringLiteral("base"), QJsonArray{QStringLiteral("limit reached")}}};
    m_server->respondOnce("POST", QStringLiteral("/api/databases/ad-1111/users"),
                          FakeApiServer::Response::json(422, {{QStringLiteral("errors"), errors}}));
    const Outcome out = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("ab"), false, {}}));
    QCOMPARE(out.error.kind(), ApiError::Kind::Validation);
    QCOMPARE(out.error.fieldErrors().value(QStringLiteral("name")),
             QStringList({QStringLiteral("is too short"), QStringLiteral("is invalid")}));
    QCOMPARE(out.error.fieldErrors().value(QStringLiteral("base")), QStringList{QStringLiteral("limit reached")});
    QVERIFY(out.error.message().contains(QStringLiteral("is too short")));
    QVERIFY(out.error.message().contains(QStringLiteral("limit reached")));
}

void TstApiClient::offline()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    m_client->setEndpoints(ApiEndpoints::single(url));
    const Outcome out = waitFor(m_client->self());
    QCOMPARE(out.error.kind(), ApiError::Kind::Offline);
}

void TstApiClient::timeout()
{
    QVERIFY(waitFor(m_client->self()).success);
    for (int i = 0; i < 3; ++i)
        m_server->faultOnce("GET", QStringLiteral("/v1/users/self"), FakeApiServer::Fault::Hang);
    QElapsedTimer timer;
    timer.start();
    const Outcome out = waitFor(m_client->self());
    QCOMPARE(out.error.kind(), ApiError::Kind::Timeout);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 1 + 3); // a GET may retry a timeout
    QVERIFY(timer.elapsed() < 3000);
}

void TstApiClient::tlsFailure()
{
    // https:// to a server that answers in plain HTTP: the handshake fails, and is never ignored.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        QTcpSocket *socket = plain.nextPendingConnection();
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
    });
    m_client->setEndpoints(ApiEndpoints::single(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()))));
    const Outcome out = waitFor(m_client->self());
    QCOMPARE(out.error.kind(), ApiError::Kind::Tls);
}

void TstApiClient::insecureUrlRefusedWithoutRequest()
{
    m_client->setEndpoints(ApiEndpoints::single(QUrl(QStringLiteral("http://api.example.com"))));
    const Outcome out = waitFor(m_client->self());
    QCOMPARE(out.error.kind(), ApiError::Kind::Tls);
    QCOMPARE(m_client->requestCount(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

void TstApiClient::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://api.osc-fr1.scalingo.com" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http 127.3.4.5") << "http://127.3.4.5" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080" << true;
    QTest::newRow("http localhost") << "http://localhost:8080" << true;
    QTest::newRow("http LAN") << "http://192.168.1.10" << false;
    QTest::newRow("http public") << "http://api.osc-fr1.scalingo.com" << false;
    QTest::newRow("http localhost.evil") << "http://localhost.evil.com" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
}

void TstApiClient::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(RequestPolicy::isUrlAllowed(QUrl(url)), allowed);
}

void TstApiClient::cancelEmitsCancelledOnce()
{
    QVERIFY(waitFor(m_client->self()).success);
    m_server->faultOnce("GET", QStringLiteral("/v1/users/self"), FakeApiServer::Fault::Hang);
    ApiReply *reply = m_client->self();
    auto outcome = watch(reply);
    QTRY_COMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 2);
    reply->cancel();
    QVERIFY(outcome->finished);
    QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
    QTest::qWait(400); // past the timeout: nothing else may arrive
    QCOMPARE(outcome->emissions, 1);

    // Cancelled after the result is known but before delivery (a cached resolution): still never a success.
    Database db;
    db.id = m_server->appId();
    db.region = QStringLiteral("local");
    QVERIFY(waitFor(m_client->resolveDatabase(db)).success);
    ApiReply *late = m_client->resolveDatabase(db);
    auto lateOutcome = watch(late);
    late->cancel();
    QTest::qWait(50);
    QCOMPARE(lateOutcome->emissions, 1);
    QCOMPARE(lateOutcome->error.kind(), ApiError::Kind::Cancelled);
}

void TstApiClient::secretsNeverLogged()
{
    g_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("gatehouse.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const Outcome signIn = waitFor(m_client->signIn());
    const Outcome created = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("report_rw"), false, {}}));
    const QString typed = QStringLiteral("Typed-Secret-Password-000111222");
    m_server->faultOnce("PATCH", QStringLiteral(".*"), FakeApiServer::Fault::DropReply);
    const Outcome updated = waitFor(m_client->updateDatabaseUserPassword(ref(), QStringLiteral("report_rw"), typed));
    const Outcome uri = waitFor(m_client->connectionUri(ref()));
    m_server->respondOnce("GET", QStringLiteral("/v1/users/self"), FakeApiServer::Response::error(
            404, QStringLiteral("no user for Bearer %1 postgresql://u:%2@h/db").arg(m_server->apiToken, typed)));
    waitFor(m_client->self());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(signIn.success && created.success && uri.success);
    QCOMPARE(m_server->count("PATCH", QStringLiteral(".*")), 1); // Qt itself must not resend it either
    QCOMPARE(updated.error.kind(), ApiError::Kind::Unknown);
    QVERIFY(!g_log.isEmpty());
    const QString all = g_log.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("/api/databases/ad-1111/users"))); // it did log the calls
    QStringList secrets{m_server->apiToken, m_server->generatedPassword, typed,
                        QStringLiteral("Owner-Secret-Password-abcdefghij"),
                        QString::fromLatin1(QByteArray(':' + m_server->apiToken.toUtf8()).toBase64())};
    for (const auto &r : m_server->requests()) {
        if (r.header("authorization").startsWith("Bearer "))
            secrets << r.bearer();
    }
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("leaked: ") + secret.left(8)));
}

void TstApiClient::endpointsFromEnvironment()
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

void TstApiClient::useRegionDiscovery()
{
    ApiEndpoints endpoints;
    endpoints.auth = m_server->url(); // no api/db URLs: regions come from /v1/regions
    m_client->setEndpoints(endpoints);
}

void TstApiClient::regionsDiscoveredAndDatabasesListed()
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

void TstApiClient::resolveDatabaseIsCached()
{
    useRegionDiscovery();
    const Outcome list = waitFor(m_client->listDatabases());
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

void TstApiClient::resolveDatabaseNeedsExactlyOneAddon()
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

QTEST_GUILESS_MAIN(TstApiClient)
#include "tst_apiclient.moc"
