// The plan table model: its own filter and sort index, outcomes with coalesced dataChanged, and
// the model contract checked by QAbstractItemModelTester throughout.
#include "models/items/planmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Tenure;
using Models::Category;
using Models::OperationKind;
using Models::PlanModel;

namespace {

Models::Operation op(Category category, OperationKind kind, const QString& worker, const QString& name,
                     QStringList changed = {})
{
    Models::Operation operation;
    operation.category = category;
    operation.kind = kind;
    operation.workerId = worker;
    operation.displayName = name;
    operation.targetId = QStringLiteral("uid=%1,ou=people,dc=example,dc=test").arg(worker.toLower());
    for (const auto& attribute : changed)
        operation.changes.append({attribute, {QStringLiteral("old")}, {QStringLiteral("new")}, QStringLiteral("direct")});
    operation.reason = QStringLiteral("because");
    return operation;
}

Models::Plan samplePlan()
{
    Models::Plan plan;
    plan.tenant = QStringLiteral("Directory");
    plan.operations = {
        op(Category::Error, OperationKind::None, QStringLiteral("W9"), QStringLiteral("Broken Row")),
        op(Category::Joiner, OperationKind::Create, QStringLiteral("W1"), QStringLiteral("Zoë Ångström"), {QStringLiteral("cn"), QStringLiteral("mail")}),
        op(Category::Joiner, OperationKind::Create, QStringLiteral("W2"), QStringLiteral("Ann Berg"), {QStringLiteral("cn")}),
        op(Category::Mover, OperationKind::Update, QStringLiteral("W3"), QStringLiteral("Carl Dahl"), {QStringLiteral("title")}),
        op(Category::Leaver, OperationKind::Disable, QStringLiteral("W4"), QStringLiteral("Dora Eck")),
        op(Category::Unchanged, OperationKind::None, QStringLiteral("W5"), QStringLiteral("Eve Falk")),
    };
    return plan;
}

QStringList column(const PlanModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestPlanModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsEveryOperationWithItsColumns()
    {
        PlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(samplePlan(), 7);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(PlanModel::ColumnCount));
        QCOMPARE(model.planId(), 7);
        QCOMPARE(model.index(1, PlanModel::CategoryColumn).data().toString(), QStringLiteral("Joiner"));
        QCOMPARE(model.index(1, PlanModel::OperationColumn).data().toString(), QStringLiteral("Create"));
        QCOMPARE(model.index(1, PlanModel::NameColumn).data().toString(), QStringLiteral("Zoë Ångström"));
        QCOMPARE(model.index(1, PlanModel::ChangesColumn).data().toString(), QStringLiteral("cn, mail"));
        QCOMPARE(model.index(5, PlanModel::OperationColumn).data().toString(), QString());   // writes nothing
        QCOMPARE(model.counts().value(Category::Joiner), 2);
        QCOMPARE(model.headerData(PlanModel::OutcomeColumn, Qt::Horizontal).toString(), QStringLiteral("Outcome"));
    }

    void filtersByTextAndCategoryTogether_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("category");   // -1: all
        QTest::addColumn<QStringList>("workers");
        QTest::newRow("nothing") << QString() << -1 << QStringList{"W9", "W1", "W2", "W3", "W4", "W5"};
        QTest::newRow("name, any case, diacritics") << QStringLiteral("ångSTRÖM") << -1 << QStringList{"W1"};
        QTest::newRow("attribute name") << QStringLiteral("title") << -1 << QStringList{"W3"};
        QTest::newRow("category word") << QStringLiteral("leaver") << -1 << QStringList{"W4"};
        QTest::newRow("category chip") << QString() << int(Category::Joiner) << QStringList{"W1", "W2"};
        QTest::newRow("chip and text") << QStringLiteral("berg") << int(Category::Joiner) << QStringList{"W2"};
        QTest::newRow("no match") << QStringLiteral("nobody") << -1 << QStringList{};
        QTest::newRow("padded") << QStringLiteral("  W3 ") << -1 << QStringList{"W3"};
    }
    void filtersByTextAndCategoryTogether()
    {
        QFETCH(QString, text);
        QFETCH(int, category);
        QFETCH(QStringList, workers);
        PlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(samplePlan(), 1);
        model.setTextFilter(text);
        model.setCategoryFilter(category < 0 ? std::nullopt : std::optional(Category(category)));
        QCOMPARE(column(model, PlanModel::WorkerColumn), workers);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOfOperation(model.operationIndex(row)), row);
    }

    void sortsByItsOwnIndexAndKeepsSelectionAnchors()
    {
        PlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(samplePlan(), 1);
        const QPersistentModelIndex carl = model.index(3, PlanModel::NameColumn);
        model.sort(PlanModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, PlanModel::WorkerColumn), (QStringList{"W2", "W9", "W3", "W4", "W5", "W1"}));
        QCOMPARE(carl.data().toString(), QStringLiteral("Carl Dahl"));
        model.sort(PlanModel::CategoryColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, PlanModel::WorkerColumn).data().toString(), QStringLiteral("W5"));
        // The sort survives a new filter.
        model.setCategoryFilter(Category::Joiner);
        model.sort(PlanModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(column(model, PlanModel::WorkerColumn), (QStringList{"W1", "W2"}));
    }

    void coalescesOutcomeChangesIntoOneSignal()
    {
        PlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(samplePlan(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOutcome({1, Models::OutcomeState::Sent, {}});
        model.setOutcome({1, Models::OutcomeState::Confirmed, {}});
        model.setOutcome({2, Models::OutcomeState::Confirmed, {}});
        model.setOutcome({4, Models::OutcomeState::Failed, QStringLiteral("refused")});
        QCOMPARE(changed.size(), 0);   // not yet: they are coalesced
        QCOMPARE(model.index(4, PlanModel::OutcomeColumn).data().toString(), QStringLiteral("Failed: refused"));
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
        QCOMPARE(model.index(1, PlanModel::OutcomeColumn).data().toString(), QStringLiteral("Confirmed"));
        QCOMPARE(model.index(1, 0).data(PlanModel::OutcomeStateRole).toInt(), int(Models::OutcomeState::Confirmed));
        QCOMPARE(model.index(0, 0).data(PlanModel::OutcomeStateRole).toInt(), -1);
        QCOMPARE(model.outcomeCount(Models::OutcomeState::Confirmed), 2);
        QCOMPARE(model.outcomeCount(Models::OutcomeState::Failed), 1);
    }

    void outcomesOfFilteredOutRowsAreKeptForLater()
    {
        PlanModel model;
        model.setPlan(samplePlan(), 1);
        model.setCategoryFilter(Category::Mover);
        model.setOutcome({4, Models::OutcomeState::Confirmed, {}});
        model.flushOutcomeChanges();
        model.setCategoryFilter(std::nullopt);
        QCOMPARE(model.index(4, PlanModel::OutcomeColumn).data().toString(), QStringLiteral("Confirmed"));
    }

    void aNewPlanDropsOldOutcomesButKeepsTheFilter()
    {
        PlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(samplePlan(), 1);
        model.setTextFilter(QStringLiteral("W1"));
        model.setOutcome({1, Models::OutcomeState::Confirmed, {}});
        model.setPlan(samplePlan(), 2);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.outcome(1));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasPlan());
        QCOMPARE(model.operationAt(0), nullptr);
    }

    void filtersAHundredThousandRowsQuickly()
    {
        Models::Plan plan;
        for (int i = 0; i < 100000; ++i)
            plan.operations.append(op(i % 3 ? Category::Unchanged : Category::Joiner, OperationKind::Create,
                                      QStringLiteral("W%1").arg(i), QStringLiteral("Worker %1").arg(i)));
        PlanModel model;
        model.setPlan(std::move(plan), 1);
        QElapsedTimer clock;
        clock.start();
        model.setTextFilter(QStringLiteral("W4242"));
        // 100k operations are filtered on a worker thread; the GUI thread returns at once.
        QVERIFY(model.isIndexing());
        QVERIFY(QTest::qWaitFor([&] { return !model.isIndexing(); }, 5000));
        QCOMPARE(model.rowCount(), 11);   // W4242 and W42420..W42429
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        model.setCategoryFilter(Category::Joiner);
        QVERIFY(QTest::qWaitFor([&] { return !model.isIndexing(); }, 5000));
        QCOMPARE(model.rowCount(), 5);    // W4242, W42420, W42423, W42426, W42429
        model.setTextFilter({});
        QVERIFY(QTest::qWaitFor([&] { return !model.isIndexing(); }, 5000));
        QCOMPARE(model.rowCount(), 33334);
        model.sort(PlanModel::WorkerColumn, Qt::DescendingOrder);
        QVERIFY(QTest::qWaitFor([&] { return !model.isIndexing(); }, 5000));
        QCOMPARE(model.operationAt(0)->workerId, QStringLiteral("W99999"));
    }
};

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
