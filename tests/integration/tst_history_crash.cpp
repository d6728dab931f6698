// Issue 17: the change history survives a kill -9 of the real Gatehouse binary, not only of a child that writes
// through ChangeHistory (tst_history). The app signs in to a gatehouse-sandbox this test runs (through --sandbox and
// a stand-in launcher that announces it), opens the database, deletes the temporary rules that expired while no
// Gatehouse was running, and records each deletion; it is then killed with SIGKILL (no destructor, no close, no WAL
// checkpoint). Reopening the history finds every deletion with its outcome and reason, and the file intact.
#include "history/historystore.h"
#include "sandboxprocess.h"

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#ifndef GATEHOUSE_APP_EXE
#error "GATEHOUSE_APP_EXE must name the gatehouse binary"
#endif

class TestHistoryCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void historySurvivesKill9OfTheApp();

private:
    QList<HistoryEntry> deletionsIn(const QString &path) const;
    void stopLauncherStandIn();

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    QTemporaryDir m_dir;
};

void TestHistoryCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
}

void TestHistoryCrash::cleanupTestCase()
{
    stopLauncherStandIn();
    m_sandbox.stop();
}

void TestHistoryCrash::stopLauncherStandIn()
{
    QFile pidFile(m_dir.filePath(QStringLiteral("launcher.pid")));
    if (pidFile.open(QIODevice::ReadOnly)) {
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
        if (pid > 0)
            ::kill(pid, SIGKILL); // the stand-in's `sleep`, orphaned by the killed app
        pidFile.remove();
    }
}

QList<HistoryEntry> TestHistoryCrash::deletionsIn(const QString &path) const
{
    QList<HistoryEntry> deletions;
    if (!QFile::exists(path))
        return deletions;
    HistoryStore store(path);
    if (!store.isOpen())
        return deletions; // busy while the app writes: the caller asks again
    for (const HistoryEntry &entry : store.entries()) {
        if (entry.kind == WriteEvent::Kind::RuleDeleted)
            deletions << entry;
    }
    return deletions;
}

void TestHistoryCrash::historySurvivesKill9OfTheApp()
{
    // Three temporary rules another copy of Gatehouse made, expired while nobody ran it, and a permanent one.
    const QString expired = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QStringList ids;
    for (const QString &cidr : {QStringLiteral("198.51.100.1/32"), QStringLiteral("198.51.100.2/32"),
                                QStringLiteral("198.51.100.3/32")}) {
        const auto reply = m_sandbox.post(m_db.path(QStringLiteral("/firewall_rules")), m_db.addonToken,
                                          {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                           {QStringLiteral("cidr"), cidr},
                                           {QStringLiteral("label"),
                                            QStringLiteral("Bob \u00B7 until %1 UTC").arg(expired)}});
        QVERIFY2(reply.status == 201 || reply.status == 200, reply.body.constData());
        ids << reply.json.value(QStringLiteral("rule")).toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(m_sandbox
                    .post(m_db.path(QStringLiteral("/firewall_rules")), m_db.addonToken,
                          {{QStringLiteral("type"), QStringLiteral("custom_range")},
                           {QStringLiteral("cidr"), QStringLiteral("203.0.113.0/24")},
                           {QStringLiteral("label"), QStringLiteral("Office")}})
                    .status
            < 300);

    // --sandbox with a stand-in for gatehouse-sandbox: it announces this test's sandbox the way the real one
    // announces itself, so the app signs in to it with no token typed, and records its pid for the cleanup.
    const QString launcher = m_dir.filePath(QStringLiteral("sandbox-stand-in.sh"));
    {
        QFile script(launcher);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\necho $$ > '%1'\necho 'GATEHOUSE_SANDBOX url=%2 token=%3'\nexec sleep 600\n")
                             .arg(m_dir.filePath(QStringLiteral("launcher.pid")), m_sandbox.url().toString(),
                                  m_sandbox.apiToken())
                             .toUtf8());
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(GATEHOUSE_APP_EXE), {QStringLiteral("--sandbox"), QStringLiteral("--sandbox-exe"), launcher});
    QVERIFY(app.waitForStarted());

    // The app writes its history under XDG_DATA_HOME (…/Gatehouse/history.sqlite); wait for the three deletions.
    QString path;
    QList<HistoryEntry> deletions;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 90000 && app.state() == QProcess::Running) {
        QTest::qWait(200);
        if (path.isEmpty()) {
            QDirIterator it(data, {QStringLiteral("history.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
            if (it.hasNext())
                path = it.next();
            continue;
        }
        deletions = deletionsIn(path);
        if (deletions.size() == 3
            && std::all_of(deletions.cbegin(), deletions.cend(), [](const HistoryEntry &e) { return e.isSuccess(); }))
            break;
    }
    QVERIFY2(!path.isEmpty(), "the app wrote no history file");
    QCOMPARE(deletions.size(), 3);

    app.kill(); // SIGKILL: no destructor, no close, no checkpoint
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    stopLauncherStandIn();

    // The deletions really happened (the sandbox is the team's database)...
    const auto rules = m_sandbox.get(m_db.path(QStringLiteral("/firewall_rules")), m_db.addonToken);
    QCOMPARE(rules.json.value(QStringLiteral("rules")).toArray().size(), 1);

    // ...and reopening the history finds each one, whole: outcome, reason, who, which database, which rule.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    HistoryStore store(path);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QStringList deleted;
    for (const HistoryEntry &entry : store.entries()) {
        if (entry.kind != WriteEvent::Kind::RuleDeleted)
            continue;
        deleted << entry.object;
        QVERIFY(entry.isSuccess());
        QVERIFY2(!entry.reason.isEmpty(), "an expired rule's deletion says why");
        QVERIFY(!entry.account.isEmpty());
        QCOMPARE(entry.databaseKey, m_db.addonId);
        const QString cidr = entry.details.value(QStringLiteral("cidr")).toString();
        QVERIFY2(cidr.startsWith(QStringLiteral("198.51.100.")), qPrintable(cidr));
        QCOMPARE(entry.at.timeSpec(), Qt::UTC);
    }
    deleted.sort();
    ids.sort();
    QCOMPARE(deleted, ids);
}

QTEST_GUILESS_MAIN(TestHistoryCrash)
#include "tst_history_crash.moc"
