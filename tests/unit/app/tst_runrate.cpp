// A run's rate and ETA, as its progress line shows them: measured over the last seconds, so a run
// that slows down shows it at once.
#include "app/runrate.h"

#include <QTest>

using Tenure::App::RunRate;

class TestRunRate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingIsClaimedBeforeThereIsSomethingToMeasure()
    {
        RunRate rate;
        QVERIFY(!rate.perSecond());
        rate.sample(0, 0, 100);
        QVERIFY(!rate.perSecond());
        rate.sample(50, 5, 100);   // 50 ms say nothing yet
        QVERIFY(!rate.perSecond());
        QVERIFY(!rate.secondsLeft());
    }

    void aSteadyRunGivesItsRateAndTheTimeLeft()
    {
        RunRate rate;
        for (int second = 0; second <= 4; ++second)
            rate.sample(second * 1000, second * 200, 2000);
        QCOMPARE(*rate.perSecond(), 200.0);
        QCOMPARE(*rate.secondsLeft(), qint64(6));   // 1,200 left at 200/s
    }

    void aRunThatSlowsDownShowsItWithinTheWindow()
    {
        RunRate rate;
        qint64 done = 0;
        for (int second = 0; second <= 20; ++second, done += 1000)
            rate.sample(second * 1000, done, 100000);
        // Throttled: 10 operations a second from now on.
        for (int second = 21; second <= 30; ++second) {
            done += 10;
            rate.sample(second * 1000, done, 100000);
        }
        QVERIFY2(*rate.perSecond() <= 10.0 + 1e-9, qPrintable(QString::number(*rate.perSecond())));
        QVERIFY(*rate.secondsLeft() > 7000);
    }

    void aStalledRunHasNoEta()
    {
        RunRate rate;
        rate.sample(0, 10, 100);
        rate.sample(3000, 10, 100);
        QCOMPARE(*rate.perSecond(), 0.0);
        QVERIFY(!rate.secondsLeft());
    }
};

QTEST_GUILESS_MAIN(TestRunRate)
#include "tst_runrate.moc"
