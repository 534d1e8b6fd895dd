// What the Runs page offers for a run: retry when it has failures, resume when it stopped with
// work left, and for a run still marked running, resume only once it has clearly stopped.
#include "app/runscope.h"

#include <QTest>

using namespace Tenure;
using Models::RunRecord;
using Models::RunState;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

RunRecord run(RunState state, int confirmed, int failed, int skipped)
{
    RunRecord r;
    r.id = 7;
    r.state = state;
    r.startedAt = Now.addSecs(-3600);
    r.confirmed = confirmed;
    r.failed = failed;
    r.skipped = skipped;
    return r;
}

} // namespace

class TestRunFollowUps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followUps_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<bool>("canRetry");
        QTest::addColumn<bool>("canResume");
        QTest::newRow("completed, all confirmed") << int(RunState::Completed) << 0 << 0 << false << false;
        QTest::newRow("completed, some awaiting approval") << int(RunState::Completed) << 0 << 2 << false << true;
        QTest::newRow("failed operations") << int(RunState::Failed) << 3 << 0 << true << false;
        QTest::newRow("quarantined: failures and the rest unsent") << int(RunState::Failed) << 25 << 75 << true << true;
        QTest::newRow("cancelled") << int(RunState::Cancelled) << 0 << 40 << false << true;
        QTest::newRow("cancelled with failures") << int(RunState::Cancelled) << 1 << 40 << true << true;
        QTest::newRow("interrupted") << int(RunState::Interrupted) << 0 << 0 << false << true;
    }

    void followUps()
    {
        QFETCH(int, state);
        QFETCH(int, failed);
        QFETCH(int, skipped);
        const auto next = App::followUpsOf(run(RunState(state), 10, failed, skipped), Now, false);
        QTEST(next.canRetry, "canRetry");
        QTEST(next.canResume, "canResume");
        QVERIFY(!next.interrupted);
    }

    void aRunStillMarkedRunningIsResumableOnlyOnceItHasStopped()
    {
        auto live = run(RunState::Running, -1, -1, -1);
        live.lastActivity = Now.addSecs(-20);
        QVERIFY(!App::followUpsOf(live, Now, false).canResume);
        auto quiet = live;
        quiet.lastActivity = Now.addSecs(-App::InterruptedAfterSeconds);
        const auto next = App::followUpsOf(quiet, Now, false);
        QVERIFY(next.interrupted);
        QVERIFY(next.canResume);
        QVERIFY(!next.canRetry);
    }

    void theRunThisConsoleIsCarryingOutOffersNothing()
    {
        auto quiet = run(RunState::Running, -1, -1, -1);
        quiet.lastActivity = Now.addSecs(-3600);   // a single slow operation, still under way here
        const auto next = App::followUpsOf(quiet, Now, true);
        QVERIFY(!next.interrupted && !next.canResume && !next.canRetry);
    }
};

QTEST_GUILESS_MAIN(TestRunFollowUps)
#include "tst_runfollowups.moc"
