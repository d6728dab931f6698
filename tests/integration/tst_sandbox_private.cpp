// What the sandbox keeps private (issue 12, items 1, 2, 5): the socket directory of a long data dir is a fresh
// private directory (a symlink planted at the old predictable name is not followed), every file it writes is 0600
// from its first byte and the data dir is not listable, a data dir others can write is refused, control characters
// in passwords are refused (422), and no statement carrying a password reaches PostgreSQL's log or the sandbox's
// stderr, whatever fails.
#include "sandboxprocess.h"
#include "sandboxstate.h"
#include "sqlhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace sandboxstate;

namespace {

struct stat lstatOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        st.st_mode = 0;
    return st;
}

QString modeOf(const QString &path)
{
    return QString::number(lstatOf(path).st_mode & 07777, 8);
}

QByteArray serverLog(const SandboxProcess &sandbox)
{
    QFile log(clusterLocation(sandbox).clusterDir + QStringLiteral("/server.log"));
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray("<unreadable server.log>");
}

QStringList captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured.append(message);
}

} // namespace

class TestSandboxPrivate : public QObject
{
    Q_OBJECT

private slots:
    void longDataDirGetsAFreshSocketDir();
    void filesArePrivateFromTheFirstByte();
    void dataDirWritableByOthersIsRefused();
    void controlCharactersInPasswordsAreRefused();
    void failedPasswordStatementsAreNotLogged();
};

void TestSandboxPrivate::longDataDirGetsAFreshSocketDir()
{
    SandboxProcess sandbox;
    const QString name = QStringLiteral("a-data-directory-with-a-name-long-enough-to-push-the-socket-path-over");
    sandbox.setDataDirName(name);
    const QString dataDir = sandbox.dataDir();
    QVERIFY((dataDir + QStringLiteral("/pg/run/.s.PGSQL.65535")).toUtf8().size() >= 107);
    // Another user plants the name the sandbox used to choose, pointing at a directory of theirs.
    const QString predictable = QStringLiteral("/tmp/gatehouse-sandbox-")
            + QString::fromLatin1(QCryptographicHash::hash((dataDir + QStringLiteral("/pg")).toUtf8(),
                                                           QCryptographicHash::Sha256)
                                          .toHex()
                                          .left(16));
    const QString victim = sandbox.tempPath() + QStringLiteral("/victim");
    QVERIFY(QDir().mkpath(victim));
    QVERIFY(::chmod(QFile::encodeName(victim).constData(), 0755) == 0);
    QFile::remove(predictable);
    QVERIFY(QFile::link(victim, predictable));
    const struct stat victimBefore = lstatOf(victim);

    const bool started = sandbox.start();
    const struct stat victimAfter = lstatOf(victim);
    QFile::remove(predictable);
    QVERIFY2(started, qPrintable(sandbox.errorString()));
    QCOMPARE(victimAfter.st_mode, victimBefore.st_mode);
    QCOMPARE(victimAfter.st_uid, victimBefore.st_uid);
    QCOMPARE(victimAfter.st_gid, victimBefore.st_gid);

    const QString socketDir = clusterLocation(sandbox).socketDir();
    QVERIFY2(socketDir.startsWith(QLatin1String("/tmp/gatehouse-sandbox-")) && socketDir != predictable,
             qPrintable(socketDir));
    const struct stat st = lstatOf(socketDir);
    QVERIFY(S_ISDIR(st.st_mode));
    QCOMPARE(modeOf(socketDir), QStringLiteral("700"));
    const auto su = superuser(sandbox, QStringLiteral("postgres"));
    QVERIFY2(su->ok(), qPrintable(su->error()));
    SandboxProcess::Database db;
    QVERIFY(sandbox.discover(&db));
    QCOMPARE(sandbox.stop(), 0);
    QVERIFY2(!QFileInfo::exists(socketDir), "the temporary socket directory is removed at stop");
}

void TestSandboxPrivate::filesArePrivateFromTheFirstByte()
{
    SandboxProcess sandbox;
    const QString requestLog = sandbox.tempPath() + QStringLiteral("/requests.log");
    QVERIFY2(sandbox.restart({QStringLiteral("--request-log"), requestLog}), qPrintable(sandbox.errorString()));
    const QString data = sandbox.dataDir();
    // Not listable by others (as root postgres must traverse it to its cluster in DATA/pg: 711).
    QCOMPARE(modeOf(data), ::geteuid() == 0 ? QStringLiteral("711") : QStringLiteral("700"));
    QCOMPARE(modeOf(data + QStringLiteral("/api-token")), QStringLiteral("600"));
    // Files nobody chmods afterwards show the mode they were created with: the umask makes all of them private,
    // so the API token, written under the same umask with mode 0600, never had a readable moment either.
    QCOMPARE(modeOf(data + QStringLiteral("/cluster.json")), QStringLiteral("600"));
    QCOMPARE(modeOf(data + QStringLiteral("/sandbox.lock")), QStringLiteral("600"));
    const QString pgData = clusterLocation(sandbox).clusterDir + QStringLiteral("/data");
    QCOMPARE(modeOf(pgData + QStringLiteral("/server.key")), QStringLiteral("600"));
    QCOMPARE(modeOf(requestLog), QStringLiteral("600"));
    QCOMPARE(sandbox.stop(), 0);
}

void TestSandboxPrivate::dataDirWritableByOthersIsRefused()
{
    // Anyone could plant an api-token (their token accepted) or a cluster.json (our cluster elsewhere) there.
    SandboxProcess sandbox;
    QVERIFY(QDir().mkpath(sandbox.dataDir()));
    QVERIFY(::chmod(QFile::encodeName(sandbox.dataDir()).constData(), 0777) == 0);
    QVERIFY(!sandbox.start(30000));
    QVERIFY2(sandbox.standardError().contains("data directory"), sandbox.standardError().constData());
    QCOMPARE(modeOf(sandbox.dataDir()), QStringLiteral("777"));
}

void TestSandboxPrivate::controlCharactersInPasswordsAreRefused()
{
    // NUL answered 500 and put the password (up to the NUL) in stderr and server.log; the others became passwords.
    const QString marker = QStringLiteral("MarkerSecret7Qz");
    const QStringList passwords{
            marker + QChar(0) + QStringLiteral("abcdefghijklmnop"), marker + QStringLiteral("\nabcdefghijklmnop"),
            marker + QStringLiteral("\tabcdefghijklmnop"), marker + QChar(0x7f) + QStringLiteral("abcdefghijklmnop"),
            marker + QChar(0x85) + QStringLiteral("abcdefghijklmnop")};
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxProcess::Database db;
    QVERIFY(sandbox.discover(&db));
    const QString users = QStringLiteral("/api/databases/%1/users").arg(db.addonId);
    QCOMPARE(sandbox.post(users, db.addonToken,
                          {{QStringLiteral("name"), QStringLiteral("control_victim")},
                           {QStringLiteral("read_only"), true}})
                     .status,
             201);
    for (const QString &password : passwords) {
        const auto created = sandbox.post(users, db.addonToken,
                                          {{QStringLiteral("database_user"),
                                            QJsonObject{{QStringLiteral("name"), QStringLiteral("control_victim2")},
                                                        {QStringLiteral("read_only"), true},
                                                        {QStringLiteral("password"), password}}}});
        const auto patched = sandbox.patch(users + QStringLiteral("/control_victim"), db.addonToken,
                                           {{QStringLiteral("password"), password}});
        for (const auto &reply : {created, patched}) {
            QCOMPARE(reply.status, 422);
            const QJsonArray messages
                    = reply.json.value(QStringLiteral("errors")).toObject().value(QStringLiteral("password")).toArray();
            QVERIFY2(messages.contains(QStringLiteral("must not contain control characters (such as NUL, tab or "
                                                      "newline)")),
                     reply.body.constData());
        }
    }
    QCOMPARE(sandbox.stop(), 0);
    QVERIFY(!sandbox.standardError().contains(marker.toUtf8()));
    QVERIFY(!serverLog(sandbox).contains(marker.toUtf8()));
}

void TestSandboxPrivate::failedPasswordStatementsAreNotLogged()
{
    // Any failing statement that carries a password, on the sandbox's own sessions: here ALTER ROLE of a role that
    // does not exist, with a password PostgreSQL must hash itself (non-ASCII, so it is sent as is).
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const ClusterLocation where = clusterLocation(sandbox);
    const QString connection = QStringLiteral("tst_private");
    QString error;
    QVERIFY2(Sql::connect(connection, where.socketDir(), static_cast<quint16>(where.port), QStringLiteral("postgres"),
                          &error),
             qPrintable(error));
    captured.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    bool ok = true;
    {
        const QSqlDatabase db = QSqlDatabase::database(connection);
        ok = Sql::execFormatted(
                db, QStringLiteral("ALTER ROLE %I PASSWORD %L"),
                {QStringLiteral("no_such_role_here"), QStringLiteral("MarkerSecret8\u00e9Wx-abcdefghijklm")}, &error,
                Sql::Secrecy::Secret);
        ok = ok
                || Sql::run(db, QStringLiteral("SELECT CAST(:pw AS integer)"),
                            {{QStringLiteral("pw"), QStringLiteral("MarkerSecret8\u00e9Wx-abcdefghijklm")}}, &error,
                            Sql::Secrecy::Secret)
                           .has_value();
    }
    qInstallMessageHandler(previous);
    Sql::disconnect(connection);
    QVERIFY(!ok);
    QVERIFY2(!error.contains(QLatin1String("MarkerSecret8")), qPrintable(error));
    QVERIFY2(!captured.join(QLatin1Char('\n')).contains(QLatin1String("MarkerSecret8")),
             qPrintable(captured.join(QLatin1Char('\n'))));
    QCOMPARE(sandbox.stop(), 0);
    const QByteArray log = serverLog(sandbox);
    QVERIFY2(!log.contains("MarkerSecret8"), log.right(2000).constData());
}

QTEST_GUILESS_MAIN(TestSandboxPrivate)
#include "tst_sandbox_private.moc"
