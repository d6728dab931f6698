// RegionPacer: the sliding one-minute window that keeps a survey within a share of each region's 60 requests/minute.
#include "models/regionpacer.h"

#include <QTest>

class TestRegionPacer : public QObject
{
    Q_OBJECT

private slots:
    void burstThatFitsStartsAtOnce()
    {
        RegionPacer pacer(10);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(pacer.reserve(QStringLiteral("a"), 2, 1000 + i), qint64(0));
        QCOMPARE(pacer.used(QStringLiteral("a"), 2000), 10);
    }

    void overBudgetWaitsForTheWindow()
    {
        RegionPacer pacer(4);
        QCOMPARE(pacer.reserve(QStringLiteral("a"), 2, 0), qint64(0));
        QCOMPARE(pacer.reserve(QStringLiteral("a"), 2, 10000), qint64(0));
        // Full: the next two fit once the first two leave the window (at 60 s).
        QCOMPARE(pacer.reserve(QStringLiteral("a"), 2, 20000), qint64(40000));
        QCOMPARE(pacer.used(QStringLiteral("a"), 20000), 4); // a refusal records nothing
        // One more than what leaves first: wait for the second batch too.
        QCOMPARE(pacer.reserve(QStringLiteral("a"), 3, 20000), qint64(50000));
        QCOMPARE(pacer.reserve(QStringLiteral("a"), 2, 60000), qint64(0));
    }

    void regionsHaveTheirOwnBudget()
    {
        RegionPacer pacer(2);
        QCOMPARE(pacer.reserve(QStringLiteral("osc-fr1"), 2, 0), qint64(0));
        QVERIFY(pacer.reserve(QStringLiteral("osc-fr1"), 1, 0) > 0);
        QCOMPARE(pacer.reserve(QStringLiteral("osc-secnum-fr1"), 2, 0), qint64(0));
    }

    void neverMoreThanTheBudgetInAnyMinute()
    {
        // Simulated: steps of cost 1..3 start as soon as allowed; any 60 s window holds at most the budget.
        RegionPacer pacer(40);
        QList<qint64> starts;
        qint64 now = 0;
        for (int i = 0; i < 200; ++i) {
            const int cost = 1 + i % 3;
            const qint64 wait = pacer.reserve(QStringLiteral("r"), cost, now);
            if (wait > 0) {
                now += wait;
                QCOMPARE(pacer.reserve(QStringLiteral("r"), cost, now), qint64(0));
            }
            for (int c = 0; c < cost; ++c)
                starts << now;
        }
        for (int i = 0; i < starts.size(); ++i) {
            int inWindow = 0;
            for (int j = i; j < starts.size() && starts.at(j) < starts.at(i) + 60000; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= 40, qPrintable(QString::number(inWindow)));
        }
    }

    void stepCostlierThanTheBudgetRunsAlone()
    {
        RegionPacer pacer(2);
        QCOMPARE(pacer.reserve(QStringLiteral("r"), 5, 0), qint64(0));
        QVERIFY(pacer.reserve(QStringLiteral("r"), 1, 1000) > 0);
        QCOMPARE(pacer.reserve(QStringLiteral("r"), 1, 60000), qint64(0));
    }

    void pacedPassKeepsEachRegionsOrder()
    {
        RegionPacer pacer(3);
        PacedPass pass(pacer, 1000);
        QVERIFY(pass.admit(QStringLiteral("a"), 2, false));
        QVERIFY(!pass.admit(QStringLiteral("a"), 2, false)); // over a's budget: a waits...
        QVERIFY(!pass.admit(QStringLiteral("a"), 1, false)); // ...and a cheaper step behind it does not overtake
        QVERIFY(pass.admit(QStringLiteral("b"), 1, false));
        QVERIFY(!pass.admit(QStringLiteral("b"), 1, true)); // b has its maximum in flight
        QVERIFY(!pass.admit(QStringLiteral("b"), 1, false));
        QCOMPARE(pass.waitMs(), 60000); // a's budget returns when its first step leaves the window
        QCOMPARE(pacer.used(QStringLiteral("a"), 1000), 2);
        QCOMPARE(pacer.used(QStringLiteral("b"), 1000), 1);
        PacedPass quiet(pacer, 1000);
        QVERIFY(!quiet.admit(QStringLiteral("b"), 1, true));
        QCOMPARE(quiet.waitMs(), 0); // blocked by what is in flight, not by the budget: no timer needed
    }
};

QTEST_GUILESS_MAIN(TestRegionPacer)
#include "tst_regionpacer.moc"
