// The Runs page's outcomes table: every operation of a run with what became of it, filtered by
// outcome and text, updated as outcomes arrive while the run goes on.
#include "models/items/runoutcomemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Tenure::Models;
using Show = RunOutcomeModel::Show;

namespace {

RunOutcomeRow row(int index, OutcomeState state, const QString& worker, const QString& name, OperationKind kind,
                  const QString& message = {})
{
    RunOutcomeRow r;
    r.index = index;
    r.state = state;
    r.workerId = worker;
    r.displayName = name;
    r.kind = kind;
    r.targetId = QStringLiteral("uid=%1,ou=People").arg(worker);
    r.message = message;
    return r;
}

QList<RunOutcomeRow> rows()
{
    return {row(0, OutcomeState::Confirmed, QStringLiteral("1001"), QStringLiteral("Ann Lee"), OperationKind::Create),
            row(2, OutcomeState::Failed, QStringLiteral("1002"), QStringLiteral("Bo Ek"), OperationKind::Update,
                QStringLiteral("No such object")),
            row(3, OutcomeState::Skipped, QStringLiteral("1003"), QStringLiteral("Cy Ng"), OperationKind::Disable,
                QStringLiteral("Awaiting approval #4")),
            row(5, OutcomeState::Pending, QStringLiteral("1004"), QStringLiteral("Di Roe"), OperationKind::Create)};
}

QStringList workers(const RunOutcomeModel& model)
{
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list << model.index(r, RunOutcomeModel::WorkerColumn).data().toString();
    return list;
}

} // namespace

class TestRunOutcomeModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyOperationIsShownWithWhatBecameOfIt()
    {
        RunOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(7, rows());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, RunOutcomeModel::IndexColumn).data().toInt(), 3);   // counted from 1
        QCOMPARE(model.index(1, RunOutcomeModel::NameColumn).data().toString(), QStringLiteral("Bo Ek"));
        QCOMPARE(model.index(1, RunOutcomeModel::OperationColumn).data().toString(), QStringLiteral("Update"));
        QCOMPARE(model.index(1, RunOutcomeModel::TargetColumn).data().toString(), QStringLiteral("uid=1002,ou=People"));
        QCOMPARE(model.index(1, RunOutcomeModel::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(1, RunOutcomeModel::MessageColumn).data().toString(), QStringLiteral("No such object"));
        QCOMPARE(model.count(Show::Failed), 1);
        QCOMPARE(model.count(Show::Succeeded), 1);
        QCOMPARE(model.count(Show::NotDone), 2);
    }

    void show_data()
    {
        QTest::addColumn<int>("show");
        QTest::addColumn<QStringList>("workers");
        QTest::newRow("all") << int(Show::All) << QStringList{"1001", "1002", "1003", "1004"};
        QTest::newRow("failed") << int(Show::Failed) << QStringList{"1002"};
        QTest::newRow("succeeded") << int(Show::Succeeded) << QStringList{"1001"};
        QTest::newRow("not done") << int(Show::NotDone) << QStringList{"1003", "1004"};
    }

    void show()
    {
        QFETCH(int, show);
        RunOutcomeModel model;
        model.setRows(7, rows());
        model.setShow(Show(show));
        QTEST(workers(model), "workers");
    }

    void theTextFilterFindsNamesTargetsAndMessages()
    {
        RunOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(7, rows());
        model.setTextFilter(QStringLiteral("approval"));
        QCOMPARE(workers(model), QStringList{QStringLiteral("1003")});
        model.setTextFilter(QStringLiteral("ann"));
        QCOMPARE(workers(model), QStringList{QStringLiteral("1001")});
        model.setShow(Show::Failed);
        QCOMPARE(model.rowCount(), 0);
        model.setTextFilter(QString());
        QCOMPARE(workers(model), QStringList{QStringLiteral("1002")});
    }

    void outcomesArrivingDuringARunAreCoalescedAndRefiltered()
    {
        RunOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFlushInterval(60000);   // only an explicit flush shows them
        model.setRows(7, rows());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOutcome({5, OutcomeState::Sent, {}});
        model.setOutcome({5, OutcomeState::Failed, QStringLiteral("Already exists")});
        model.setOutcome({99, OutcomeState::Failed, QStringLiteral("not in this run")});
        QCOMPARE(changed.size(), 0);
        model.flushOutcomeChanges();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(3, RunOutcomeModel::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.count(Show::Failed), 2);

        model.setShow(Show::Failed);
        QCOMPARE(workers(model), (QStringList{QStringLiteral("1002"), QStringLiteral("1004")}));
        model.setOutcome({2, OutcomeState::Confirmed, {}});   // a retry confirmed it
        model.flushOutcomeChanges();
        QCOMPARE(workers(model), QStringList{QStringLiteral("1004")});
    }
};

QTEST_GUILESS_MAIN(TestRunOutcomeModel)
#include "tst_runoutcomemodel.moc"
