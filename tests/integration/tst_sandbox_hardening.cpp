// The sandbox's transport and validation limits against an outside probe (issue 12, items 3, 4, 6, 7): whole-string
// validation, body limits enforced while reading (Content-Length refused up front, chunked bodies cut off, memory
// bounded), idle and slow connections closed and the number of connections bounded, the rate limit per account
// and region URLs that do not come from the Host header. Raw sockets, so nothing normalises the requests.
#include "sandboxprocess.h"
#include "sandboxstate.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace sandboxstate;

namespace {

std::unique_ptr<QTcpSocket> connectTo(const SandboxProcess &sandbox)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, static_cast<quint16>(sandbox.url().port()));
    socket->waitForConnected(5000);
    return socket;
}

/// Everything the server sends until it closes the connection (or `timeoutMs` passes).
QByteArray readUntilClosed(QTcpSocket *socket, int timeoutMs = 20000)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (socket->state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        socket->waitForReadyRead(200);
        data += socket->readAll();
    }
    return data + socket->readAll();
}

int statusOf(const QByteArray &reply)
{
    return reply.startsWith("HTTP/1.1 ") ? reply.mid(9, 3).toInt() : 0;
}

/// Peak resident memory of a process (VmHWM), in KiB.
qint64 peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray userBody(const QString &name)
{
    return QJsonDocument(
                   QJsonObject{{QStringLiteral("database_user"),
                                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("read_only"), true}}}})
            .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validatorsMatchWholeStrings_data();
    void validatorsMatchWholeStrings();
    void basicAuthIsDecodedStrictly();
    void oversizedContentLengthIsRefusedUnread();
    void chunkedBodyIsCutOffAtTheLimit();
    void regionsComeFromTheListeningAddress();
    void idleAndSlowConnectionsAreClosed();
    void connectionsAreBounded();
    void rateLimitCountsPerAccount();
    void cleanupTestCase();

private:
    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
};

void TestSandboxHardening::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
}

void TestSandboxHardening::validatorsMatchWholeStrings_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    // `^...$` matched before a final newline: these became real roles / rules.
    QTest::newRow("name-trailing-newline") << "user" << QStringLiteral("abcdef\n");
    QTest::newRow("name-owner-lookalike") << "owner+newline" << QString();
    QTest::newRow("name-trailing-crlf") << "user" << QStringLiteral("abcdef\r\n");
    QTest::newRow("cidr-trailing-newline") << "cidr" << QStringLiteral("10.0.0.0/8\n");
    QTest::newRow("cidr-leading-space") << "cidr" << QStringLiteral(" 10.1.0.0/16");
    QTest::newRow("cidr-arabic-digits") << "cidr" << QStringLiteral("\u0661.\u0662.\u0663.\u0664/0");
}

void TestSandboxHardening::validatorsMatchWholeStrings()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    const auto su = superuser(m_sandbox, QStringLiteral("postgres"));
    QVERIFY2(su->ok(), qPrintable(su->error()));
    const QStringList rolesBefore = su->rows(QStringLiteral("SELECT rolname FROM pg_roles ORDER BY 1"));
    const QString path = QStringLiteral("/api/databases/%1/").arg(m_db.addonId);
    SandboxProcess::Reply reply;
    if (what == QLatin1String("cidr")) {
        reply = m_sandbox.post(path + QStringLiteral("firewall_rules"), m_db.addonToken,
                               {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                {QStringLiteral("cidr"), value},
                                {QStringLiteral("label"), QStringLiteral("probe")}});
        QVERIFY2(reply.json.value(QStringLiteral("errors")).toObject().contains(QStringLiteral("cidr")),
                 reply.body.constData());
    } else {
        const QString name = what == QLatin1String("user") ? value : m_db.ownerUser + QLatin1Char('\n');
        reply = m_sandbox.request("POST", path + QStringLiteral("users"), m_db.addonToken, userBody(name));
        QVERIFY2(reply.json.value(QStringLiteral("errors")).toObject().contains(QStringLiteral("name")),
                 reply.body.constData());
    }
    QCOMPARE(reply.status, 422);
    QCOMPARE(su->rows(QStringLiteral("SELECT rolname FROM pg_roles ORDER BY 1")), rolesBefore);
    const auto rules = m_sandbox.get(path + QStringLiteral("firewall_rules"), m_db.addonToken);
    QCOMPARE(rules.json.value(QStringLiteral("rules")).toArray().size(), 0);
}

void TestSandboxHardening::basicAuthIsDecodedStrictly()
{
    const QByteArray valid = QByteArray(":" + m_sandbox.apiToken().toUtf8()).toBase64();
    const auto exchange = [this](const QByteArray &credentials) {
        return m_sandbox
                .request("POST", QStringLiteral("/v1/tokens/exchange"), QString(), "{}",
                         {{QByteArrayLiteral("Authorization"), "Basic " + credentials}})
                .status;
    };
    QCOMPARE(exchange(valid), 200);
    // The lenient decoder skipped characters outside the alphabet, so these were accepted as the token.
    QCOMPARE(exchange(valid.left(8) + "!*" + valid.mid(8)), 401);
    QCOMPARE(exchange(valid + "%%"), 401);
}

void TestSandboxHardening::oversizedContentLengthIsRefusedUnread()
{
    // A 1 GiB body is announced, none of it is sent: the answer must come from the header alone.
    const auto socket = connectTo(m_sandbox);
    socket->write("POST /v1/tokens/exchange HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: 1073741824\r\n\r\n{");
    const QByteArray reply = readUntilClosed(socket.get());
    QCOMPARE(statusOf(reply), 413);
    QVERIFY2(reply.contains("Connection: close") && reply.contains("\"error\""), reply.constData());
}

void TestSandboxHardening::chunkedBodyIsCutOffAtTheLimit()
{
    const qint64 pid = m_sandbox.processId();
    const qint64 before = peakRssKiB(pid);
    QVERIFY(before > 0);
    const auto socket = connectTo(m_sandbox);
    socket->write("POST /v1/tokens/exchange HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    // 16 KiB chunks, 1 MiB per write, up to 256 MiB unless the server answers (and stops reading) first.
    QByteArray batch;
    while (batch.size() < 1024 * 1024)
        batch += "4000\r\n" + QByteArray(0x4000, ' ') + "\r\n";
    qint64 sent = 0;
    while (sent < 256LL * 1024 * 1024 && socket->state() == QAbstractSocket::ConnectedState
           && socket->bytesAvailable() == 0) {
        socket->write(batch);
        socket->waitForBytesWritten(10000);
        sent += batch.size();
    }
    const QByteArray reply = socket->readAll() + readUntilClosed(socket.get());
    QCOMPARE(statusOf(reply), 413);
    const qint64 after = peakRssKiB(pid);
    qInfo() << "sent" << sent / 1024 << "KiB chunked; sandbox peak RSS" << before << "->" << after << "KiB";
    // Before the fix the whole body was buffered (twice): hundreds of MiB.
    QVERIFY2(after - before < 32 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(after - before)));
}

void TestSandboxHardening::regionsComeFromTheListeningAddress()
{
    // The only Host header is the client's invention (rawRequest would add a real one first).
    const auto socket = connectTo(m_sandbox);
    socket->write("GET /v1/regions HTTP/1.1\r\nHost: evil.example:1\r\nConnection: close\r\n\r\n");
    const QByteArray reply = readUntilClosed(socket.get());
    QCOMPARE(statusOf(reply), 200);
    const QJsonObject region = QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4))
                                       .object()
                                       .value(QStringLiteral("regions"))
                                       .toArray()
                                       .first()
                                       .toObject();
    for (const char *key : {"api", "database_api", "dashboard"})
        QCOMPARE(region.value(QLatin1String(key)).toString(), m_sandbox.url().toString());
    QVERIFY(!reply.contains("evil.example"));
}

void TestSandboxHardening::idleAndSlowConnectionsAreClosed()
{
    SandboxProcess sandbox({QStringLiteral("--idle-timeout"), QStringLiteral("2")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    // Silent connection: closed without an answer. Half-sent head: 408. Idle keep-alive after an answer: closed.
    const auto silent = connectTo(sandbox);
    const auto slow = connectTo(sandbox);
    slow->write("GET /whatismyip HTTP/1.1\r\nHost: x\r\n");
    slow->waitForBytesWritten(2000);
    const auto kept = connectTo(sandbox);
    kept->write("GET /whatismyip HTTP/1.1\r\nHost: x\r\n\r\n");
    kept->waitForBytesWritten(2000);
    QCOMPARE(readUntilClosed(silent.get()), QByteArray());
    QCOMPARE(silent->state(), QAbstractSocket::UnconnectedState);
    const QByteArray slowReply = readUntilClosed(slow.get());
    QCOMPARE(statusOf(slowReply), 408);
    QCOMPARE(slow->state(), QAbstractSocket::UnconnectedState);
    const QByteArray keptReply = readUntilClosed(kept.get());
    QCOMPARE(statusOf(keptReply), 200);
    QCOMPARE(kept->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(sandbox.stop(), 0);
}

void TestSandboxHardening::connectionsAreBounded()
{
    SandboxProcess sandbox({QStringLiteral("--idle-timeout"), QStringLiteral("3"), QStringLiteral("--max-connections"),
                            QStringLiteral("4")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const quint16 port = static_cast<quint16>(sandbox.url().port());
    // Idle connections (nothing sent) make room for a new client: the one idle longest is closed.
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 4; ++i)
            idle.push_back(connectTo(sandbox));
        QTest::qWait(200);
        QCOMPARE(rawRequest(port, "GET", "/whatismyip", {}, QByteArray()).status, 200);
        QCOMPARE(readUntilClosed(idle.front().get(), 5000), QByteArray());
        QCOMPARE(idle.front()->state(), QAbstractSocket::UnconnectedState);
    }
    QTest::qWait(200);
    // Connections holding half-sent requests cannot be evicted: a new client is refused with 503 meanwhile...
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(connectTo(sandbox));
        held.back()->write("GET /whatismyip HTTP/1.1\r\nHost: x\r\n");
        held.back()->waitForBytesWritten(2000);
    }
    QTest::qWait(200);
    QCOMPARE(rawRequest(port, "GET", "/whatismyip", {}, QByteArray()).status, 503);
    // ...until the server closes them (408), then new clients are served again.
    for (const auto &socket : held) {
        QCOMPARE(statusOf(readUntilClosed(socket.get())), 408);
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    }
    QCOMPARE(rawRequest(port, "GET", "/whatismyip", {}, QByteArray()).status, 200);
    QCOMPARE(sandbox.stop(), 0);
}

void TestSandboxHardening::rateLimitCountsPerAccount()
{
    SandboxProcess strict({QStringLiteral("--rate-limit"), QStringLiteral("3")});
    QVERIFY2(strict.start(), qPrintable(strict.errorString()));
    // A fresh JWT for every call: all of them belong to the one account behind the API token.
    QList<int> statuses;
    for (int i = 0; i < 4; ++i) {
        const QString jwt = strict.exchangeToken();
        QVERIFY(!jwt.isEmpty());
        statuses.append(strict.get(QStringLiteral("/v1/databases"), jwt).status);
    }
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 429}));
    QCOMPARE(strict.stop(), 0);
}

void TestSandboxHardening::cleanupTestCase()
{
    QCOMPARE(m_sandbox.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxHardening)
#include "tst_sandbox_hardening.moc"
