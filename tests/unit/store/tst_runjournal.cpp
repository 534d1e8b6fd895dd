// The run journal: a run journals what it will send before it sends anything, says what it was
// for, keeps its counts when it ends, can be marked interrupted, and tells which operations of a
// plan are already done. Two runs of one plan never run at once.
#include "models/store/auditlog.h"
#include "models/store/repositories.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tenure::Models;

namespace {

Operation update(const QString& worker, const QString& name)
{
    Operation op;
    op.category = Category::Mover;
    op.kind = OperationKind::Update;
    op.workerId = worker;
    op.displayName = name;
    op.targetId = QStringLiteral("uid=%1,ou=People").arg(worker);
    op.changes = {{QStringLiteral("title"), {QStringLiteral("Clerk")}, {QStringLiteral("Manager")}, QStringLiteral("Title")}};
    op.reason = QStringLiteral("Title changed in HR");
    return op;
}

} // namespace

class TestRunJournal : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<WorkspaceDatabase> m_db;
    qint64 m_plan = 0;

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto db = WorkspaceDatabase::open(m_dir.filePath(QStringLiteral("journal%1.tenure").arg(++n)));
        QVERIFY(db);
        m_db = *db;
        Plan plan;
        plan.tenant = QStringLiteral("Directory");
        plan.createdAt = QDateTime::currentDateTimeUtc();
        plan.operations = {update(QStringLiteral("7"), QStringLiteral("Ann Lee")), update(QStringLiteral("8"), QStringLiteral("Bo Ek")),
                           update(QStringLiteral("9"), QStringLiteral("Cy Ng"))};
        auto id = PlanRepository(*m_db, QStringLiteral("tester")).save(plan);
        QVERIFY(id);
        m_plan = *id;
    }

    void aRunJournalsWhatItWillSendAsPendingBeforeItStarts()
    {
        RunRepository runs(*m_db);
        auto runId = runs.start(m_plan, QStringLiteral("alice"), {RunPurpose::Selection, 0, {0, 2}});
        QVERIFY(runId);
        auto outcomes = runs.outcomes(*runId);
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 2);
        QCOMPARE(outcomes->at(0).index, 0);
        QCOMPARE(outcomes->at(0).state, OutcomeState::Pending);
        QCOMPARE(outcomes->at(1).index, 2);
        auto run = runs.find(*runId);
        QCOMPARE(run->purpose, RunPurpose::Selection);
        QCOMPARE(run->confirmed, -1);   // unknown while it runs
        QVERIFY(run->lastActivity.isValid());
        auto started = AuditLog(*m_db).query({{}, QStringLiteral("run.started"), {}, {}, {}, {}});
        QCOMPARE(started->constLast().after.value(QStringLiteral("purpose")).toString(), QStringLiteral("selection"));
        QCOMPARE(started->constLast().after.value(QStringLiteral("operations")).toInt(), 2);
    }

    void aPlanCannotRunTwiceAtOnce()
    {
        RunRepository runs(*m_db);
        auto first = runs.start(m_plan, QStringLiteral("alice"));
        QVERIFY(first);
        auto second = runs.start(m_plan, QStringLiteral("bob"));
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        QVERIFY2(second.error().message.contains(QStringLiteral("Run %1 of plan").arg(*first)), qPrintable(second.error().message));
        QVERIFY(runs.finish(*first, RunState::Completed));
        QVERIFY(runs.start(m_plan, QStringLiteral("bob")));
    }

    void aFinishedRunKeepsItsCountsAndOriginInTheHistory()
    {
        RunRepository runs(*m_db);
        auto first = runs.start(m_plan, QStringLiteral("alice"), {RunPurpose::Plan, 0, {0, 1, 2}});
        QVERIFY(runs.record(*first, {0, OutcomeState::Confirmed, {}}));
        QVERIFY(runs.record(*first, {1, OutcomeState::Failed, QStringLiteral("refused")}));
        QVERIFY(runs.record(*first, {2, OutcomeState::Skipped, QStringLiteral("cancelled")}));
        QVERIFY(runs.finish(*first, RunState::Failed));
        auto retry = runs.start(m_plan, QStringLiteral("bob"), {RunPurpose::Retry, *first, {1}});
        QVERIFY(retry);
        auto history = runs.list();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        const auto& newest = history->at(0);
        QCOMPARE(newest.id, *retry);
        QCOMPARE(newest.purpose, RunPurpose::Retry);
        QCOMPARE(newest.originRun, *first);
        const auto& finished = history->at(1);
        QCOMPARE(finished.confirmed, 1);
        QCOMPARE(finished.failed, 1);
        QCOMPARE(finished.skipped, 1);
        QVERIFY(!finished.lastActivity.isValid());   // only a running run has one
    }

    void theOutcomeRowsNameTheOperationTheyAreAbout()
    {
        RunRepository runs(*m_db);
        auto runId = runs.start(m_plan, QStringLiteral("alice"), {RunPurpose::Plan, 0, {0, 1, 2}});
        QVERIFY(runs.record(*runId, {1, OutcomeState::Failed, QStringLiteral("no such object")}));
        auto rows = runs.outcomeRows(*runId);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().describe()));
        QCOMPARE(rows->size(), 3);
        const auto& failed = rows->at(1);
        QCOMPARE(failed.state, OutcomeState::Failed);
        QCOMPARE(failed.workerId, QStringLiteral("8"));
        QCOMPARE(failed.displayName, QStringLiteral("Bo Ek"));
        QCOMPARE(failed.kind, OperationKind::Update);
        QCOMPARE(failed.category, Category::Mover);
        QCOMPARE(failed.targetId, QStringLiteral("uid=8,ou=People"));
        QCOMPARE(failed.message, QStringLiteral("no such object"));
        QCOMPARE(rows->at(0).state, OutcomeState::Pending);
    }

    void confirmedOperationsAreKnownAcrossRunsOfAPlan()
    {
        RunRepository runs(*m_db);
        auto first = runs.start(m_plan, QStringLiteral("alice"), {RunPurpose::Selection, 0, {2}});
        QVERIFY(runs.record(*first, {2, OutcomeState::Confirmed, {}}));
        QVERIFY(runs.finish(*first, RunState::Completed));
        auto second = runs.start(m_plan, QStringLiteral("alice"), {RunPurpose::Plan, 0, {0, 1}});
        QVERIFY(runs.record(*second, {0, OutcomeState::Failed, QStringLiteral("x")}));
        QVERIFY(runs.record(*second, {1, OutcomeState::Confirmed, {}}));
        auto done = runs.confirmedOperations(m_plan);
        QVERIFY(done);
        QCOMPARE(done->size(), 2);
        QCOMPARE(done->value(2), *first);
        QCOMPARE(done->value(1), *second);
        QVERIFY(!done->contains(0));
    }

    void anInterruptedRunIsMarkedSoAndAudited()
    {
        RunRepository runs(*m_db);
        auto runId = runs.start(m_plan, QStringLiteral("alice"), {RunPurpose::Plan, 0, {0, 1, 2}});
        QVERIFY(runs.record(*runId, {0, OutcomeState::Confirmed, {}}));
        QVERIFY(runs.record(*runId, {1, OutcomeState::Sent, {}}));
        QVERIFY(runs.markInterrupted(*runId, QStringLiteral("bob"), QStringLiteral("the laptop was closed")));
        auto run = runs.find(*runId);
        QCOMPARE(run->state, RunState::Interrupted);
        QCOMPARE(run->confirmed, 1);
        QVERIFY(run->finishedAt.isValid());
        QVERIFY(!runs.markInterrupted(*runId, QStringLiteral("bob"), QStringLiteral("again")));   // only a running run
        auto events = AuditLog(*m_db).query({QStringLiteral("bob"), QStringLiteral("run.interrupted"), {}, {}, {}, {}});
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).subject, QStringLiteral("run/%1").arg(*runId));
        QVERIFY(AuditLog(*m_db).verify()->intact());
        QVERIFY(runs.start(m_plan, QStringLiteral("bob")));   // no longer counts as in progress
    }
};

QTEST_GUILESS_MAIN(TestRunJournal)
#include "tst_runjournal.moc"
