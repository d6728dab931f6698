// ApiClient against a hostile FakeApiServer (issue 12 items 9 and 10): a total deadline per request besides the
// silence timeout, a cap on reply sizes that stops reading at once, and Retry-After capped before it is shown.
#include "api/apiclient.h"
#include "fakeapiserver.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <memory>

using namespace ApiTest;

class TestApiClientLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dribblingServerHitsTheDeadline();
    void hugeReplyWithContentLengthRefusedAtOnce();
    void hugeReplyWithoutContentLengthStopsAtTheCap();
    void replyJustUnderTheCapIsRead();
    void retryAfterShownIsCapped_data();
    void retryAfterShownIsCapped();
    void defaults();

private:
    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClientLimits::init()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_client->setEndpoints(ApiEndpoints::single(m_server->url()));
    RequestPolicy policy;
    policy.timeoutMs = 400; // silence
    policy.deadlineMs = 1500; // total
    policy.maxReplyBytes = 1024 * 1024;
    policy.retryBaseDelayMs = 10;
    policy.maxRetryDelayMs = 100;
    m_client->setPolicy(policy);
    m_client->setApiToken(m_server->apiToken);
    QVERIFY(waitFor(m_client->self()).success); // token exchanged: the tests below see one GET each
}

void TestApiClientLimits::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void TestApiClientLimits::dribblingServerHitsTheDeadline()
{
    // One byte every 100 ms: never silent for 400 ms, so only a total deadline ends it (the whole body takes ~20 s).
    FakeApiServer::Script script;
    script.fault = FakeApiServer::Fault::Dribble;
    script.intervalMs = 100;
    script.response = FakeApiServer::Response::text(200, QByteArray(200, ' ') + "{}");
    m_server->script("GET", QStringLiteral("/v1/users/self"), script);
    const Outcome out = waitFor(m_client->self(), 10000);
    QVERIFY(out.finished);
    QCOMPARE(out.error.kind(), ApiError::Kind::Timeout);
    QVERIFY2(out.error.message().contains(QLatin1String("did not finish answering within 1 second")),
             qPrintable(out.error.message()));
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 2); // not retried past the deadline
}

void TestApiClientLimits::hugeReplyWithContentLengthRefusedAtOnce()
{
    FakeApiServer::Script script;
    script.fault = FakeApiServer::Fault::HugeBody;
    script.hugeBytes = qint64(256) * 1024 * 1024;
    script.announceLength = true;
    m_server->script("GET", QStringLiteral("/v1/users/self"), script);
    const Outcome out = waitFor(m_client->self(), 10000);
    QVERIFY(out.finished);
    QCOMPARE(out.error.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(out.error.message().contains(QLatin1String("larger than 1 MiB")), qPrintable(out.error.message()));
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 2); // a huge reply is not asked for again
    // Aborted from the header: far less than the body went out (socket buffers hold a few MiB at most).
    QVERIFY2(m_server->hugeBytesSent() < 32 * 1024 * 1024, qPrintable(QString::number(m_server->hugeBytesSent())));
}

void TestApiClientLimits::hugeReplyWithoutContentLengthStopsAtTheCap()
{
    FakeApiServer::Script script;
    script.fault = FakeApiServer::Fault::HugeBody;
    script.hugeBytes = qint64(256) * 1024 * 1024;
    script.announceLength = false;
    m_server->script("GET", QStringLiteral("/v1/users/self"), script);
    const Outcome out = waitFor(m_client->self(), 10000);
    QVERIFY(out.finished);
    QCOMPARE(out.error.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(out.error.message().contains(QLatin1String("larger than 1 MiB")), qPrintable(out.error.message()));
    QVERIFY2(m_server->hugeBytesSent() < 32 * 1024 * 1024, qPrintable(QString::number(m_server->hugeBytesSent())));
}

void TestApiClientLimits::replyJustUnderTheCapIsRead()
{
    // A large but legal body: the cap is about absurd replies, not big lists.
    QByteArray body = R"({"user": {"id": "us-1", "username": "alice", "email": "a@example.test", "pad": ")";
    body += QByteArray(1024 * 1024 - body.size() - 4, 'x') + "\"}}";
    QCOMPARE(body.size(), 1024 * 1024 - 1);
    m_server->respondOnce("GET", QStringLiteral("/v1/users/self"), FakeApiServer::Response::text(200, body));
    const Outcome out = waitFor(m_client->self(), 10000);
    QVERIFY(out.finished);
    QVERIFY2(out.success, qPrintable(out.error.message()));
}

void TestApiClientLimits::retryAfterShownIsCapped_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("shown");
    QTest::newRow("small") << QByteArray("7") << 7;
    QTest::newRow("a day") << QByteArray("86400") << ApiError::MaxRetryAfterSeconds;
    QTest::newRow("overflowing") << QByteArray("99999999999999999999999") << ApiError::MaxRetryAfterSeconds;
    QTest::newRow("far date") << QByteArray("Fri, 31 Dec 2100 23:59:59 GMT") << ApiError::MaxRetryAfterSeconds;
}

void TestApiClientLimits::retryAfterShownIsCapped()
{
    QFETCH(QByteArray, header);
    QFETCH(int, shown);
    RequestPolicy policy = m_client->policy();
    policy.maxAttempts = 1; // the 429 reaches the user at once
    m_client->setPolicy(policy);
    FakeApiServer::Response tooMany = FakeApiServer::Response::text(429, "Retry later");
    tooMany.headers.append(qMakePair(QByteArray("Retry-After"), header));
    m_server->respondOnce("GET", QStringLiteral("/v1/users/self"), tooMany);
    const Outcome out = waitFor(m_client->self());
    QCOMPARE(out.error.kind(), ApiError::Kind::RateLimited);
    QCOMPARE(out.error.retryAfter(), shown);
    QVERIFY2(out.error.message().contains(QStringLiteral("Try again in %1 second").arg(shown)),
             qPrintable(out.error.message()));
}

void TestApiClientLimits::defaults()
{
    const RequestPolicy policy;
    QCOMPARE(policy.timeoutMs, 30000);
    QCOMPARE(policy.deadlineMs, 120000);
    QCOMPARE(policy.maxReplyBytes, qint64(64) * 1024 * 1024);
    QCOMPARE(policy.maxRetryDelayMs, ApiError::MaxRetryAfterSeconds * 1000);
}

QTEST_GUILESS_MAIN(TestApiClientLimits)
#include "tst_apiclient_limits.moc"
