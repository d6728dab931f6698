// SandboxLauncher: signing out of the sandbox must not freeze the window while the child (and its PostgreSQL)
// shuts down. A shell script stands in for gatehouse-sandbox: it prints the ready line and ignores SIGTERM, the
// worst case (only the kill after stopTimeoutMs() ends it).
#include "system/sandboxlauncher.h"

#include <QSignalSpy>
#include <QTest>

class TestSandboxLauncher : public QObject
{
    Q_OBJECT

private slots:
    void stopReturnsAtOnceAndKillsLater();
    void startWaitsForThePreviousChild();
    void stopAndWaitWaits();

private:
    static QStringList stubbornChild(const QString &token)
    {
        return {QStringLiteral("-c"),
                QStringLiteral("trap '' TERM; echo GATEHOUSE_SANDBOX url=http://127.0.0.1:9 token=%1; "
                               "while true; do sleep 0.05; done")
                        .arg(token)};
    }
};

void TestSandboxLauncher::stopReturnsAtOnceAndKillsLater()
{
    SandboxLauncher launcher;
    launcher.setStopTimeoutMs(300);
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start(QStringLiteral("/bin/sh"), stubbornChild(QStringLiteral("one")));
    QVERIFY(ready.wait(10000));
    launcher.stop();
    // Returned without waiting for the child: it is still there (it ignores SIGTERM).
    QVERIFY(launcher.isRunning());
    QCOMPARE(stopped.size(), 0);
    QVERIFY(stopped.wait(10000));
    QVERIFY(!launcher.isActive());
    QCOMPARE(failed.size(), 0); // an exit we asked for is not a failure
}

void TestSandboxLauncher::startWaitsForThePreviousChild()
{
    SandboxLauncher launcher;
    launcher.setStopTimeoutMs(300);
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    launcher.start(QStringLiteral("/bin/sh"), stubbornChild(QStringLiteral("one")));
    QVERIFY(ready.wait(10000));
    launcher.stop();
    // Signing in to the sandbox again at once: the new child starts once the old one is gone.
    launcher.start(QStringLiteral("/bin/sh"), stubbornChild(QStringLiteral("two")));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000);
    QCOMPARE(launcher.token(), QStringLiteral("two"));
    launcher.stopAndWait();
    QVERIFY(!launcher.isActive());
}

void TestSandboxLauncher::stopAndWaitWaits()
{
    SandboxLauncher launcher;
    launcher.setStopTimeoutMs(300);
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    launcher.start(QStringLiteral("/bin/sh"), stubbornChild(QStringLiteral("one")));
    QVERIFY(ready.wait(10000));
    launcher.stopAndWait();
    QVERIFY(!launcher.isActive());
}

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandboxlauncher.moc"
