// ApiClient against FakeApiServer: request policy (retries, timeouts, redirects, URL rules), error mapping, cancel,
// and secrets kept out of the logs.
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

Q_DECLARE_METATYPE(ApiError::Kind)

using namespace ApiTest;

namespace {

QStringList g_log;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

} // namespace

class TestApiClientPolicy : public QObject, private ApiClientFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

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
    void redactText();

private:
};

void TestApiClientPolicy::init()
{
    QVERIFY(start());
}

void TestApiClientPolicy::cleanup()
{
    reset();
}

void TestApiClientPolicy::getRetriedOn503()
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

void TestApiClientPolicy::getRetryHonoursRetryAfter()
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

void TestApiClientPolicy::rateLimitedAfterLastAttempt()
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

void TestApiClientPolicy::postIsNeverRetried()
{
    m_server->respondOnce("POST", QStringLiteral("/api/databases/ad-1111/users"),
                          FakeApiServer::Response::error(503, QStringLiteral("busy")));
    const Outcome out = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("report_ro"), true, {}}));
    QCOMPARE(out.error.kind(), ApiError::Kind::Server);
    QCOMPARE(m_server->count("POST", QStringLiteral("/api/databases/ad-1111/users")), 1);
    QCOMPARE(m_server->count("GET", QStringLiteral("/api/databases/ad-1111/users")), 0); // 503 is not ambiguous
}

void TestApiClientPolicy::errorKinds_data()
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

void TestApiClientPolicy::errorKinds()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    m_server->route("GET", QStringLiteral("/v1/databases"), [status](const auto &) {
        return FakeApiServer::Response::error(status, QStringLiteral("server says %1").arg(status));
    });
    const Outcome out = waitFor(m_client->listDatabasesInAllRegions());
    QVERIFY(!out.success);
    QCOMPARE(out.error.kind(), kind);
    QCOMPARE(out.error.httpStatus(), status);
    QCOMPARE(out.error.serverMessage(), QStringLiteral("server says %1").arg(status));
    QVERIFY(out.error.message().contains(out.error.serverMessage()));
}

void TestApiClientPolicy::badResponses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed JSON") << 200 << QByteArray("{\"databases\": [");
    QTest::newRow("not an object") << 200 << QByteArray("[1, 2]");
    QTest::newRow("missing root key") << 200 << QByteArray("{\"items\": []}");
    QTest::newRow("201 where 200 expected") << 201 << QByteArray("{\"databases\": []}");
}

void TestApiClientPolicy::badResponses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->respondOnce("GET", QStringLiteral("/v1/databases"), {status, body, {}});
    const Outcome out = waitFor(m_client->listDatabasesInAllRegions());
    QVERIFY(!out.success);
    QCOMPARE(out.error.kind(), ApiError::Kind::BadResponse);
}

void TestApiClientPolicy::redirectToAnotherServerRefused()
{
    FakeApiServer::Response redirect = FakeApiServer::Response::text(302, "moved");
    redirect.headers.append(qMakePair(QByteArray("Location"), QByteArray("http://api.example.com/v1/users/self")));
    m_server->respondOnce("GET", QStringLiteral("/v1/users/self"), redirect);
    const Outcome out = waitFor(m_client->self());
    QCOMPARE(out.error.kind(), ApiError::Kind::Tls);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/users/self")), 1); // not retried either
}

void TestApiClientPolicy::validationFieldErrorsPreserved()
{
    const QJsonObject errors{
            {QStringLiteral("name"), QJsonArray{QStringLiteral("is too short"), QStringLiteral("is invalid")}},
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

void TestApiClientPolicy::offline()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    m_client->setEndpoints(ApiEndpoints::single(url));
    const Outcome out = waitFor(m_client->self());
    QCOMPARE(out.error.kind(), ApiError::Kind::Offline);
}

void TestApiClientPolicy::timeout()
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

void TestApiClientPolicy::tlsFailure()
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

void TestApiClientPolicy::insecureUrlRefusedWithoutRequest()
{
    m_client->setEndpoints(ApiEndpoints::single(QUrl(QStringLiteral("http://api.example.com"))));
    const Outcome out = waitFor(m_client->self());
    QCOMPARE(out.error.kind(), ApiError::Kind::Tls);
    QCOMPARE(m_client->requestCount(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

void TestApiClientPolicy::urlPolicy_data()
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

void TestApiClientPolicy::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(RequestPolicy::isUrlAllowed(QUrl(url)), allowed);
}

void TestApiClientPolicy::cancelEmitsCancelledOnce()
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

void TestApiClientPolicy::secretsNeverLogged()
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
    m_server->respondOnce(
            "GET", QStringLiteral("/v1/users/self"),
            FakeApiServer::Response::error(
                    404,
                    QStringLiteral("no user for Bearer %1 postgresql://u:%2@h/db").arg(m_server->apiToken, typed)));
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

void TestApiClientPolicy::redactText()
{
    const QString jwt = FakeApiServer::jwtWithExpiry(1893456000);
    const QString text = QStringLiteral("token %1 api tk-us-AbC_123-x uri postgresql://bob:p%40ss@h:5432/db "
                                        "body {\"password\":\"hunter2hunter2\"} header Bearer abc.def")
                                 .arg(jwt);
    const QString redacted = Redact::text(text);
    for (const QString &secret : {jwt, QStringLiteral("AbC_123"), QStringLiteral("p%40ss"), QStringLiteral("hunter2"),
                                  QStringLiteral("abc.def")})
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY(redacted.contains(QStringLiteral("postgresql://bob:***@h:5432/db")));
}

QTEST_GUILESS_MAIN(TestApiClientPolicy)
#include "tst_apiclient_policy.moc"
