// Secrets never leak, and transport security is never relaxed:
//  * the client's flows (sign in, list databases, resolve, create a user with a generated and with a chosen
//    password, reset, set password, list variables, connection URI) run with every gatehouse.* category at debug
//    level and a message handler capturing everything; the sandbox runs with --request-log. Every secret used
//    (API token, JWTs, addon tokens, passwords, the URI's password) is searched for in the captured messages, the
//    request log, the sandbox's stderr and every file written under the test-mode config/data/cache locations
//    (QStandardPaths test mode + a temporary XDG_CONFIG_HOME). Not covered here: window titles (MainWindow is
//    exercised by the GUI tests).
//  * http:// to a non-loopback host is refused without any request;
//  * TLS errors are never ignored: https to a plain TCP server, to a server that hangs up, and to a self-signed
//    TLS server all fail (Tls or Offline), never succeed;
//  * the sandbox refuses a non-loopback --listen without --allow-remote.
#include "api/apiclient.h"
#include "api/tokenchain.h"
#include "domain/connectionuri.h"
#include "domain/databaseuser.h"
#include "domain/variable.h"
#include "fakeapiserver.h"
#include "sandboxprocess.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

QMutex g_logMutex;
QStringList g_log;
int g_gatehouseMessages = 0;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    if (category.startsWith(QLatin1String("gatehouse.")))
        ++g_gatehouseMessages;
    g_log.append(category + QLatin1String(": ") + message);
    fprintf(stderr, "%s: %s\n", qPrintable(category), qPrintable(message));
}

/// A TCP server on 127.0.0.1 that answers every connection in one fixed way.
class BadTlsServer : public QTcpServer
{
public:
    enum class Mode { PlainHttp, HangUp, SelfSigned };
    explicit BadTlsServer(Mode mode) : m_mode(mode) { }
    QSslCertificate certificate;
    QSslKey key;
    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        if (m_mode == Mode::SelfSigned) {
            auto *socket = new QSslSocket(this);
            socket->setSocketDescriptor(descriptor);
            socket->setLocalCertificate(certificate);
            socket->setPrivateKey(key);
            QObject::connect(socket, &QSslSocket::encrypted, socket, [socket] {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 46\r\n\r\n"
                              "{\"token\":\"eyJhbGciOiJIUzI1NiJ9.e30.signature\"}");
            });
            socket->startServerEncryption();
            return;
        }
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        if (m_mode == Mode::HangUp) {
            socket->close();
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        socket->flush();
    }

private:
    Mode m_mode;
};

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientFlowsLeakNoSecret();
    void plainHttpToRemoteHostIsRefused_data();
    void plainHttpToRemoteHostIsRefused();
    void tlsErrorsAreNeverIgnored_data();
    void tlsErrorsAreNeverIgnored();
    void sandboxRefusesRemoteListen_data();
    void sandboxRefusesRemoteListen();
    void cleanupTestCase();

private:
    QTemporaryDir m_home;
    QString m_requestLog;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse-secrets-test"));
    qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("gatehouse.*=true"));
    m_requestLog = m_home.filePath(QStringLiteral("requests.log"));
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--request-log"), m_requestLog});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TestSecrets::clientFlowsLeakNoSecret()
{
    QStringList secrets{m_sandbox->apiToken()};
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    client.setEndpoints(ApiEndpoints::single(m_sandbox->url()));
    client.setApiToken(m_sandbox->apiToken());

    ApiReply *signIn = ApiTest::awaitReply(client.signIn());
    QVERIFY2(signIn->isSuccess(), qPrintable(signIn->error().message()));
    ApiReply *list = ApiTest::awaitReply(client.listDatabasesInAllRegions());
    QVERIFY2(list->isSuccess(), qPrintable(list->error().message()));
    const QList<Database> databases = list->value<QList<Database>>();
    QCOMPARE(databases.size(), 1);
    ApiReply *resolve = ApiTest::awaitReply(client.resolveDatabase(databases.first()));
    QVERIFY2(resolve->isSuccess(), qPrintable(resolve->error().message()));
    const DatabaseRef ref = resolve->value<DatabaseRef>();

    ApiReply *created = ApiTest::awaitReply(
            client.createDatabaseUser(ref, NewDatabaseUser{QStringLiteral("secret_gen"), false, {}}));
    QVERIFY2(created->isSuccess(), qPrintable(created->error().message()));
    const QString generated = created->value<DatabaseUser>().password;
    QCOMPARE(generated.size(), 64);
    secrets << generated;

    const QString chosen = QStringLiteral("Chosen-Secret-Password-4711-xyz");
    secrets << chosen;
    ApiReply *createdChosen = ApiTest::awaitReply(
            client.createDatabaseUser(ref, NewDatabaseUser{QStringLiteral("secret_chosen"), true, chosen}));
    QVERIFY2(createdChosen->isSuccess(), qPrintable(createdChosen->error().message()));

    ApiReply *reset = ApiTest::awaitReply(client.resetDatabaseUserPassword(ref, QStringLiteral("secret_gen")));
    QVERIFY2(reset->isSuccess(), qPrintable(reset->error().message()));
    const QString resetPassword = reset->value<DatabaseUser>().password;
    QCOMPARE(resetPassword.size(), 64);
    secrets << resetPassword;

    const QString updated = QStringLiteral("Updated-Secret-Password-0815-abc");
    secrets << updated;
    ApiReply *update
            = ApiTest::awaitReply(client.updateDatabaseUserPassword(ref, QStringLiteral("secret_chosen"), updated));
    QVERIFY2(update->isSuccess(), qPrintable(update->error().message()));

    ApiReply *uri = ApiTest::awaitReply(client.connectionUri(ref));
    QVERIFY2(uri->isSuccess(), qPrintable(uri->error().message()));
    const QString uriText = uri->value<QString>();
    const auto parsedUri = ConnectionUri::parse(uriText);
    QVERIFY(parsedUri && parsedUri->password().size() >= 24);
    secrets << uriText << parsedUri->password();
    // A failing call logs its error path too.
    ApiReply *missing = ApiTest::awaitReply(client.deleteDatabaseUser(ref, QStringLiteral("no_such_user")));
    QVERIFY(!missing->isSuccess());

    // Tokens of this session (the sandbox issues the same kind of JWTs to anyone holding the API token).
    SandboxProcess::Database db;
    QVERIFY(m_sandbox->discover(&db));
    secrets << db.jwt << db.addonToken << db.ownerPassword;
    secrets.removeDuplicates();

    // Logging really was on (else the test would prove nothing).
    {
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_gatehouseMessages >= 5,
                 qPrintable(QStringLiteral("only %1 gatehouse.* messages captured").arg(g_gatehouseMessages)));
    }
    QFile requestLog(m_requestLog);
    QVERIFY(requestLog.open(QIODevice::ReadOnly));
    const QString requestLogText = QString::fromUtf8(requestLog.readAll());
    QVERIFY2(requestLogText.count(QLatin1Char('\n')) >= 10, "the request log is empty");
    QVERIFY(requestLogText.contains(QLatin1String("/reset_password")));

    // Everything written under the test-mode locations (settings, caches, data).
    QStringList files;
    QString written;
    // (Test mode puts the generic locations under ~/.qttest, shared with other tests: only this app's own
    // locations and the temporary XDG home are read, so the result does not depend on what else ran.)
    for (const QString &root : {QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                QStandardPaths::writableLocation(QStandardPaths::CacheLocation), m_home.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                files << f.fileName();
                written += QString::fromUtf8(f.readAll());
            }
        }
    }

    QString capturedLog;
    {
        QMutexLocker lock(&g_logMutex);
        capturedLog = g_log.join(QLatin1Char('\n'));
    }
    const QString sandboxStderr = QString::fromUtf8(m_sandbox->standardError());
    const QList<QPair<QString, QString>> haystacks{{QStringLiteral("client log"), capturedLog},
                                                   {QStringLiteral("request log"), requestLogText},
                                                   {QStringLiteral("sandbox stderr"), sandboxStderr},
                                                   {QStringLiteral("files written"), written}};
    int checks = 0;
    for (const auto &hay : haystacks) {
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 8);
            ++checks;
            QVERIFY2(!hay.second.contains(secret),
                     qPrintable(QStringLiteral("%1 contains a secret (%2...)").arg(hay.first, secret.left(6))));
        }
        // Shapes of secrets, whatever their value: JWTs start with a base64 '{"', API tokens with tk-us-.
        QVERIFY2(!hay.second.contains(QLatin1String("eyJ")), qPrintable(hay.first + QStringLiteral(" holds a JWT")));
        QVERIFY2(!hay.second.contains(QLatin1String("tk-us-")),
                 qPrintable(hay.first + QStringLiteral(" holds an API token")));
    }
    qInfo().noquote() << QStringLiteral("secrets: %1 secrets x %2 places = %3 checks; %4 log lines (%5 gatehouse.*), "
                                        "%6 request-log lines, %7 files written")
                                 .arg(secrets.size())
                                 .arg(haystacks.size())
                                 .arg(checks)
                                 .arg(capturedLog.count(QLatin1Char('\n')) + 1)
                                 .arg(g_gatehouseMessages)
                                 .arg(requestLogText.count(QLatin1Char('\n')))
                                 .arg(files.size())
                      << files.join(QLatin1String(", "));
}

void TestSecrets::plainHttpToRemoteHostIsRefused_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("documentation address") << QUrl(QStringLiteral("http://203.0.113.7:8080"));
    QTest::newRow("private address") << QUrl(QStringLiteral("http://10.1.2.3"));
    QTest::newRow("host name") << QUrl(QStringLiteral("http://api.example.invalid"));
}

void TestSecrets::plainHttpToRemoteHostIsRefused()
{
    QFETCH(QUrl, url);
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    client.setEndpoints(ApiEndpoints::single(url));
    client.setApiToken(QStringLiteral("tk-us-never-sent-0000000000000000"));
    QElapsedTimer timer;
    timer.start();
    ApiReply *reply = ApiTest::awaitReply(client.signIn(), 10000);
    QVERIFY(reply->isFinished());
    QVERIFY(!reply->isSuccess());
    QCOMPARE(client.requestCount(), 0);
    QVERIFY2(timer.elapsed() < 5000, "refused at once, without trying the network");
    QVERIFY(!reply->error().message().isEmpty());
}

void TestSecrets::tlsErrorsAreNeverIgnored_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("plain HTTP server") << int(BadTlsServer::Mode::PlainHttp);
    QTest::newRow("server hangs up") << int(BadTlsServer::Mode::HangUp);
    QTest::newRow("self-signed TLS server") << int(BadTlsServer::Mode::SelfSigned);
}

void TestSecrets::tlsErrorsAreNeverIgnored()
{
    QFETCH(int, mode);
    BadTlsServer server(static_cast<BadTlsServer::Mode>(mode));
    if (server.certificate.isNull() && mode == int(BadTlsServer::Mode::SelfSigned)) {
        // The sandbox's cluster certificate is self-signed: serve it. Its files belong to whoever runs the cluster:
        // this user, or `postgres` when the tests run as root (who can read them too).
        QFile json(m_sandbox->dataDir() + QStringLiteral("/cluster.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QString dir
                = QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("cluster_dir")).toString();
        QFile cert(dir + QStringLiteral("/data/server.crt")), key(dir + QStringLiteral("/data/server.key"));
        QVERIFY2(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly),
                 "cannot read the sandbox cluster's certificate and key");
        server.certificate = QSslCertificate(cert.readAll());
        server.key = QSslKey(key.readAll(), QSsl::Ec); // the sandbox makes a prime256v1 key
        QVERIFY(!server.certificate.isNull() && !server.key.isNull());
    }
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    RequestPolicy policy = client.policy();
    policy.timeoutMs = 8000;
    client.setPolicy(policy);
    client.setEndpoints(ApiEndpoints::single(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()))));
    client.setApiToken(QStringLiteral("tk-us-never-accepted-0000000000000"));
    ApiReply *reply = ApiTest::awaitReply(client.signIn(), 60000);
    QVERIFY(reply->isFinished());
    QVERIFY2(!reply->isSuccess(), "a TLS failure must never succeed");
    const ApiError::Kind kind = reply->error().kind();
    QVERIFY2(kind == ApiError::Kind::Tls || kind == ApiError::Kind::Offline,
             qPrintable(QStringLiteral("kind %1: %2").arg(int(kind)).arg(reply->error().message())));
    if (mode == int(BadTlsServer::Mode::SelfSigned))
        QCOMPARE(kind, ApiError::Kind::Tls);
    QVERIFY(server.connections >= 1);
}

void TestSecrets::sandboxRefusesRemoteListen_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("any") << QStringLiteral("0.0.0.0");
    QTest::newRow("documentation address") << QStringLiteral("192.0.2.10");
    QTest::newRow("ipv6 any") << QStringLiteral("::");
}

void TestSecrets::sandboxRefusesRemoteListen()
{
    QFETCH(QString, address);
    QTemporaryDir dir;
    QProcess sandbox;
    sandbox.start(
            QStringLiteral(GATEHOUSE_SANDBOX_EXE),
            {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")), QStringLiteral("--listen"), address});
    QVERIFY(sandbox.waitForFinished(20000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QVERIFY(sandbox.exitCode() != 0);
    const QByteArray err = sandbox.readAllStandardError();
    QVERIFY2(err.contains("--allow-remote"), err.constData());
    QVERIFY(sandbox.readAllStandardOutput().isEmpty()); // never announced a URL
    QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("data/cluster.json"))), "no cluster was started");
}

void TestSecrets::cleanupTestCase()
{
    if (m_sandbox)
        QCOMPARE(m_sandbox->stop(), 0);
    qInstallMessageHandler(nullptr);
}

int main(int argc, char *argv[])
{
    // ctest sets QT_LOGGING_RULES=*.debug=false, which would win over setFilterRules(): debug logging is the point.
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestSecrets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
