// Replays every fuzz input kept in the repository (fuzz/regressions/<target>/: crashers and invariant violations
// found by scripts/fuzz.sh; fuzz/corpus/<target>/: the seeds) through the same entry points the libFuzzer targets
// use (fuzz/fuzzentrypoints.cpp), compiled here with the normal compiler and linked against gatehouse_core.
// A crash fails the test by crashing; a violated invariant fails it with the entry point's message.
#include "fuzzentrypoints.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
    void entryPointsCanFail();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    int count = 0;
    for (const QString &kind : {QStringLiteral("regressions"), QStringLiteral("corpus")}) {
        for (const QString &target : FuzzEntry::targets()) {
            const QDir dir(QStringLiteral(GATEHOUSE_FUZZ_DIR "/") + kind + QLatin1Char('/') + target);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(kind + QLatin1Char('/') + target + QLatin1Char('/') + name))
                        << target << dir.filePath(name);
                ++count;
            }
        }
    }
    QVERIFY2(count >= 10, "fuzz/regressions and fuzz/corpus hold the inputs to replay");
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
    const QString problem = FuzzEntry::run(target, input.readAll());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFuzzRegressions::entryPointsCanFail()
{
    // The harness reports violations rather than passing everything: an unknown target is one.
    QVERIFY(!FuzzEntry::run(QStringLiteral("no_such_target"), QByteArray()).isEmpty());
    // And well-formed inputs of every target pass.
    QVERIFY(FuzzEntry::cidr("10.0.0.0/8").isEmpty());
    QVERIFY(FuzzEntry::connectionUri("postgresql://u:p%40ss@db.example.com:5432/db?sslmode=require").isEmpty());
    QVERIFY(FuzzEntry::domainJson(R"({"rules":[{"id":"r","cidr":"10.0.0.0/8"}]})").isEmpty());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
