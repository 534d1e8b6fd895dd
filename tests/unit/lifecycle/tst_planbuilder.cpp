// The planner: a pure function from (HR snapshot, directory snapshot, mapping) to a plan.
#include "models/lifecycle/planbuilder.h"

#include <QTest>

using namespace Tenure::Models;

namespace {

Worker worker(const QString& id, const QString& title, const QString& status = QStringLiteral("Active"),
              const QString& hireDate = QStringLiteral("2020-01-01"), int line = 2)
{
    Worker w;
    w.workerId = id;
    w.sourceLine = line;
    w.attributes = {{QStringLiteral("WorkerID"), {id}},
                    {QStringLiteral("Name"), {QStringLiteral("Person ") + id}},
                    {QStringLiteral("Title"), {title}},
                    {QStringLiteral("Status"), {status}},
                    {QStringLiteral("HireDate"), {hireDate}}};
    return w;
}

Account account(const QString& id, const QString& title, bool enabled = true)
{
    return {QStringLiteral("uid=%1,ou=People").arg(id),
            {{QStringLiteral("employeeNumber"), {id}}, {QStringLiteral("title"), {title}},
             {QStringLiteral("cn"), {QStringLiteral("Person ") + id}}, {QStringLiteral("o"), {QStringLiteral("Old Corp")}}},
            enabled};
}

MappingSet mapping()
{
    MappingSet set;
    auto employeeNumber = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
    employeeNumber.matchingPrecedence = 1;
    set.attributes = {AttributeMapping::direct(QStringLiteral("cn"), QStringLiteral("Name")),
                      AttributeMapping::direct(QStringLiteral("title"), QStringLiteral("Title")),
                      AttributeMapping::constantValue(QStringLiteral("o"), QStringLiteral("Example"), ApplyWhen::OnCreate),
                      employeeNumber};
    set.lifecycle.displayName = QStringLiteral("Name");
    return set;
}

PlanInputs inputs(QList<Worker> workers, QList<Account> accounts)
{
    PlanInputs in;
    in.tenant = QStringLiteral("Directory");
    in.hr.workers = std::move(workers);
    in.directory.accounts = std::move(accounts);
    in.mapping = mapping();
    in.today = QDate(2026, 11, 23);
    in.newAccountId = [](const Attributes& a) -> Result<QString> {
        return QStringLiteral("uid=%1,ou=People").arg(firstValue(a, QStringLiteral("employeeNumber")));
    };
    return in;
}

const Operation* find(const Plan& plan, const QString& workerId)
{
    for (const auto& op : plan.operations)
        if (op.workerId == workerId)
            return &op;
    return nullptr;
}

Plan build(const PlanInputs& in)
{
    auto plan = PlanBuilder::build(in);
    if (!plan)
        qFatal("plan failed: %s", qPrintable(plan.error().describe()));
    return *plan;
}

} // namespace

class TestPlanBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aNewActiveWorkerIsAJoinerCreatedWithEveryMappedValue()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("Engineer"))}, {}));
        QCOMPARE(plan.operations.size(), 1);
        const auto& op = plan.operations.first();
        QCOMPARE(op.category, Category::Joiner);
        QCOMPARE(op.kind, OperationKind::Create);
        QCOMPARE(op.targetId, QStringLiteral("uid=1,ou=People"));
        QCOMPARE(op.displayName, QStringLiteral("Person 1"));
        QStringList attributes;
        for (const auto& change : op.changes) {
            attributes.append(change.attribute);
            QVERIFY(change.before.isEmpty());
        }
        // In mapping order: the order the admin built the mapping in.
        QCOMPARE(attributes, (QStringList{QStringLiteral("cn"), QStringLiteral("title"), QStringLiteral("o"),
                                          QStringLiteral("employeeNumber")}));
    }

    void aChangedAttributeMakesAMoverWithBeforeAfterAndWhy()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("Lead"))},
                                       {account(QStringLiteral("1"), QStringLiteral("Engineer"))}));
        const auto* op = find(plan, QStringLiteral("1"));
        QVERIFY(op);
        QCOMPARE(op->category, Category::Mover);
        QCOMPARE(op->kind, OperationKind::Update);
        // "o" differs too, but it is applied on create only and must not be touched.
        QCOMPARE(op->changes.size(), 1);
        QCOMPARE(op->changes.first().attribute, QStringLiteral("title"));
        QCOMPARE(op->changes.first().before, QStringList{QStringLiteral("Engineer")});
        QCOMPARE(op->changes.first().after, QStringList{QStringLiteral("Lead")});
        QCOMPARE(op->changes.first().why, QStringLiteral("direct from Title"));
    }

    void aMatchingAccountIsUnchanged()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("Engineer"))},
                                       {account(QStringLiteral("1"), QStringLiteral("Engineer"))}));
        QCOMPARE(plan.operations.first().category, Category::Unchanged);
        QCOMPARE(plan.writeCount(), 0);
    }

    void aTerminatedWorkerIsDisabledNeverDeleted()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("Engineer"), QStringLiteral("Terminated"))},
                                       {account(QStringLiteral("1"), QStringLiteral("Engineer"))}));
        QCOMPARE(plan.operations.first().category, Category::Leaver);
        QCOMPARE(plan.operations.first().kind, OperationKind::Disable);
    }

    void aTerminatedWorkerWithADisabledAccountNeedsNothing()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("E"), QStringLiteral("terminated"))},
                                       {account(QStringLiteral("1"), QStringLiteral("E"), false)}));
        QCOMPARE(plan.operations.first().category, Category::Unchanged);
        QCOMPARE(plan.writeCount(), 0);
    }

    void aTerminatedWorkerWithoutAccountIsNotPlanned()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("E"), QStringLiteral("Terminated")),
                                        worker(QStringLiteral("2"), QStringLiteral("E"))},
                                       {}));
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().workerId, QStringLiteral("2"));
    }

    void anAccountAbsentFromAFullSnapshotIsALeaver()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("E"))},
                                       {account(QStringLiteral("1"), QStringLiteral("E")),
                                        account(QStringLiteral("9"), QStringLiteral("E"))}));
        const auto* op = find(plan, QStringLiteral("9"));
        QVERIFY(op);
        QCOMPARE(op->category, Category::Leaver);
        QCOMPARE(op->kind, OperationKind::Disable);
        QCOMPARE(op->targetId, QStringLiteral("uid=9,ou=People"));
    }

    void anIncrementalSnapshotNeverTurnsAbsenceIntoALeaver()
    {
        auto in = inputs({worker(QStringLiteral("1"), QStringLiteral("E"))},
                         {account(QStringLiteral("1"), QStringLiteral("E")), account(QStringLiteral("9"), QStringLiteral("E"))});
        in.hr.isFullSnapshot = false;
        QVERIFY(!find(build(in), QStringLiteral("9")));
    }

    void anActiveWorkerWithADisabledAccountIsARehireThatEnables()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("Lead"))},
                                       {account(QStringLiteral("1"), QStringLiteral("E"), false)}));
        const auto& op = plan.operations.first();
        QCOMPARE(op.category, Category::Rehire);
        QCOMPARE(op.kind, OperationKind::Enable);
        QCOMPARE(op.changes.size(), 1);   // the new title comes along
    }

    void aFutureHireIsPlannedForItsDateAndNotWrittenNow()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("E"), QStringLiteral("Active"),
                                               QStringLiteral("2026-12-01"))},
                                       {}));
        const auto& op = plan.operations.first();
        QCOMPARE(op.category, Category::FutureDated);
        QCOMPARE(op.kind, OperationKind::Create);   // what will happen, shown now
        QVERIFY(!op.writes());                      // but not by this run
        QCOMPARE(op.effectiveAt, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    }

    void recordProblemsBecomeErrorsNamingTheLine_data()
    {
        QTest::addColumn<QList<Worker>>("workers");
        QTest::addColumn<QList<Account>>("accounts");
        QTest::addColumn<QString>("message");
        Worker noId = worker(QString(), QStringLiteral("E"), QStringLiteral("Active"), QStringLiteral("2020-01-01"), 4);
        QTest::newRow("no worker id") << QList<Worker>{noId} << QList<Account>{} << QStringLiteral("Line 4: The record has no worker id");
        QTest::newRow("duplicate id")
            << QList<Worker>{worker(QStringLiteral("1"), QStringLiteral("E"), QStringLiteral("Active"), QStringLiteral("2020-01-01"), 2),
                             worker(QStringLiteral("1"), QStringLiteral("F"), QStringLiteral("Active"), QStringLiteral("2020-01-01"), 7)}
            << QList<Account>{} << QStringLiteral("Line 7: Duplicate worker id 1, first seen on line 2");
        QTest::newRow("bad date")
            << QList<Worker>{worker(QStringLiteral("1"), QStringLiteral("E"), QStringLiteral("Active"), QStringLiteral("31/12/2020"), 5)}
            << QList<Account>{} << QStringLiteral("Line 5: HireDate '31/12/2020' is not a date");
        QTest::newRow("two accounts")
            << QList<Worker>{worker(QStringLiteral("1"), QStringLiteral("E"))}
            << QList<Account>{account(QStringLiteral("1"), QStringLiteral("E")), account(QStringLiteral("1"), QStringLiteral("E"))}
            << QStringLiteral("employeeNumber 1 matches 2 accounts");
    }
    void recordProblemsBecomeErrorsNamingTheLine()
    {
        QFETCH(QList<Worker>, workers);
        QFETCH(QList<Account>, accounts);
        QFETCH(QString, message);
        const auto plan = build(inputs(workers, accounts));
        const auto& op = plan.operations.first();
        QCOMPARE(op.category, Category::Error);
        QVERIFY2(op.reason.contains(message), qPrintable(op.reason));
    }

    void anUnreadableRecordNeverDisablesItsAccount()
    {
        auto in = inputs({worker(QStringLiteral("1"), QStringLiteral("E"))},
                         {account(QStringLiteral("1"), QStringLiteral("E")), account(QStringLiteral("2"), QStringLiteral("E"))});
        in.hr.errors.append({QStringLiteral("2"), 3, QStringLiteral("expected 5 fields")});
        const auto plan = build(in);
        QCOMPARE(plan.countsByCategory().value(Category::Leaver), 0);
        QCOMPARE(plan.countsByCategory().value(Category::Error), 1);
        QCOMPARE(plan.operations.first().reason, QStringLiteral("Line 3: expected 5 fields"));
    }

    void aWorkerWhoseRecordFailsKeepsTheirAccount_data()
    {
        QTest::addColumn<QString>("hireDate");
        QTest::addColumn<int>("accounts");
        QTest::newRow("bad date") << QStringLiteral("07/05/2024") << 1;
        QTest::newRow("ambiguous match") << QStringLiteral("2020-01-01") << 2;
    }
    void aWorkerWhoseRecordFailsKeepsTheirAccount()
    {
        QFETCH(QString, hireDate);
        QFETCH(int, accounts);
        QList<Account> directory;
        for (int i = 0; i < accounts; ++i)
            directory.append(account(QStringLiteral("1"), QStringLiteral("E")));
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("E"), QStringLiteral("Active"), hireDate)},
                                       directory));
        QCOMPARE(plan.countsByCategory().value(Category::Error), 1);
        QCOMPARE(plan.countsByCategory().value(Category::Leaver), 0);
    }

    void anEmptyFullSnapshotBlocksThePlan()
    {
        const auto plan = build(inputs({}, {account(QStringLiteral("1"), QStringLiteral("E"))}));
        QVERIFY(plan.isBlocked());
        QCOMPARE(plan.writeCount(), 0);
    }

    void thePlanIsDeterministicWhateverTheInputOrder()
    {
        QList<Worker> workers{worker(QStringLiteral("3"), QStringLiteral("A")), worker(QStringLiteral("1"), QStringLiteral("B")),
                              worker(QStringLiteral("2"), QStringLiteral("C"))};
        QList<Account> accounts{account(QStringLiteral("2"), QStringLiteral("X")), account(QStringLiteral("8"), QStringLiteral("X"))};
        const auto first = build(inputs(workers, accounts));
        std::reverse(workers.begin(), workers.end());
        std::reverse(accounts.begin(), accounts.end());
        const auto second = build(inputs(workers, accounts));
        QCOMPARE(first.hash(), second.hash());
        QStringList order;
        for (const auto& op : first.operations)
            order.append(categoryName(op.category) + u':' + op.workerId);
        QCOMPARE(order, (QStringList{QStringLiteral("joiner:1"), QStringLiteral("joiner:3"), QStringLiteral("mover:2"),
                                     QStringLiteral("leaver:8")}));
    }

    void cancellingStopsPlanning()
    {
        QList<Worker> workers;
        for (int i = 0; i < 5000; ++i)
            workers.append(worker(QString::number(i), QStringLiteral("E")));
        CancelToken cancel;
        cancel.cancel();
        const auto plan = PlanBuilder::build(inputs(workers, {}), cancel);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestPlanBuilder)
#include "tst_planbuilder.moc"
