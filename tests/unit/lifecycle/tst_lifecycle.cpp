// The lifecycle beyond joiners and movers: leave, rehire, conversion, pre-hire, effective dates in
// the worker's time zone (across DST), retention deletes, holds, managers and the safety rules.
#include "lifecyclefixture.h"

#include <QTest>

using namespace Tenure::Models;
using namespace LifecycleFixture;

namespace {

const QDateTime noon = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

} // namespace

class TestLifecycle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void leaveDisablesOnlyWhenThePolicySaysSo_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("category");
        QTest::newRow("keep") << int(LeaveAction::Keep) << int(Category::Unchanged);
        QTest::newRow("disable") << int(LeaveAction::Disable) << int(Category::LeaveOfAbsence);
    }
    void leaveDisablesOnlyWhenThePolicySaysSo()
    {
        QFETCH(int, action);
        QFETCH(int, category);
        auto in = inputs({worker(QStringLiteral("1"), {{QStringLiteral("Status"), QStringLiteral("On Leave")}})},
                         {account(QStringLiteral("1"))}, noon);
        in.policy.leaveAction = LeaveAction(action);
        const auto* op = find(build(in), QStringLiteral("1"));
        QCOMPARE(int(op->category), category);
        if (in.policy.leaveAction == LeaveAction::Disable)
            QCOMPARE(op->kind, OperationKind::Disable);
    }

    void aReturnFromLeaveIsNotARehire()
    {
        auto in = inputs({worker(QStringLiteral("1"))}, {account(QStringLiteral("1"), false)}, noon);
        in.accountMarks.insert(QStringLiteral("uid=1,ou=People"), {AccountMarkKind::DisabledForLeave, noon.addDays(-30)});
        const auto* op = find(build(in), QStringLiteral("1"));
        QCOMPARE(op->category, Category::LeaveOfAbsence);
        QCOMPARE(op->kind, OperationKind::Enable);
        in.accountMarks.clear();
        QCOMPARE(find(build(in), QStringLiteral("1"))->category, Category::Rehire);
    }

    void aRehireWithANewIdFindsTheArchivedAccountThroughThePreviousId()
    {
        const auto plan = build(inputs({worker(QStringLiteral("7"), {{QStringLiteral("PreviousWorkerID"), QStringLiteral("3")}})},
                                       {account(QStringLiteral("3"), false)}, noon));
        const auto* op = find(plan, QStringLiteral("7"));
        QCOMPARE(op->category, Category::Rehire);
        QCOMPARE(op->targetId, QStringLiteral("uid=3,ou=People"));
        QVERIFY(op->reason.contains(QStringLiteral("previously 3")));
        QCOMPARE(plan.countsByCategory().value(Category::Leaver), 0);   // the archived account is claimed, not a leaver
    }

    void aWorkerTypeChangeIsAConversion()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), {{QStringLiteral("Type"), QStringLiteral("Employee")}})},
                                       {account(QStringLiteral("1"), true, {{QStringLiteral("employeeType"), QStringLiteral("Contractor")}})},
                                       noon));
        QCOMPARE(find(plan, QStringLiteral("1"))->category, Category::Conversion);
    }

    void preHireCreatesDisabledAheadAndEnablesOnTheStartDate()
    {
        const QMap<QString, QString> hire{{QStringLiteral("HireDate"), QStringLiteral("2026-12-01")}};
        auto in = inputs({worker(QStringLiteral("1"), hire)}, {}, noon);
        in.policy.preHireDays = 3;
        auto op = *find(build(in), QStringLiteral("1"));
        QCOMPARE(op.category, Category::FutureDated);
        QCOMPARE(op.kind, OperationKind::Create);
        QCOMPARE(op.effectiveAt, QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC));
        QVERIFY(!op.accountEnabled);

        in.now = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);   // inside the pre-hire window
        const auto plan = build(in);
        op = *find(plan, QStringLiteral("1"));
        QCOMPARE(op.category, Category::Joiner);
        QVERIFY(op.writes());
        QVERIFY(!op.accountEnabled);

        applyInMemory(plan, &in.directory.accounts);
        in.accountMarks.insert(op.targetId, {AccountMarkKind::PreHired, in.now});
        op = *find(build(in), QStringLiteral("1"));
        QCOMPARE(op.category, Category::FutureDated);
        QCOMPARE(op.kind, OperationKind::Enable);

        in.now = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);    // the start, to the second
        op = *find(build(in), QStringLiteral("1"));
        QCOMPARE(op.category, Category::Joiner);
        QCOMPARE(op.kind, OperationKind::Enable);
        QVERIFY(op.writes());
    }

    void effectiveInstantsFollowTheWorkersZoneAcrossDst_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("lastDay");
        QTest::addColumn<QDateTime>("disableAt");
        // Paris moves to CEST on 2026-03-29 at 02:00: midnight that day is still CET (UTC+1).
        QTest::newRow("paris before dst") << QStringLiteral("Europe/Paris") << QStringLiteral("2026-03-28")
                                          << QDateTime(QDate(2026, 3, 28), QTime(23, 0), Qt::UTC);
        QTest::newRow("paris after dst") << QStringLiteral("Europe/Paris") << QStringLiteral("2026-03-29")
                                         << QDateTime(QDate(2026, 3, 29), QTime(22, 0), Qt::UTC);
        // New York moves to EDT on 2026-03-08.
        QTest::newRow("new york across dst") << QStringLiteral("America/New_York") << QStringLiteral("2026-03-08")
                                             << QDateTime(QDate(2026, 3, 9), QTime(4, 0), Qt::UTC);
        QTest::newRow("tokyo") << QStringLiteral("Asia/Tokyo") << QStringLiteral("2026-03-08")
                               << QDateTime(QDate(2026, 3, 8), QTime(15, 0), Qt::UTC);
    }
    void effectiveInstantsFollowTheWorkersZoneAcrossDst()
    {
        QFETCH(QString, zone);
        QFETCH(QString, lastDay);
        QFETCH(QDateTime, disableAt);
        const auto now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        auto in = inputs({worker(QStringLiteral("1"), {{QStringLiteral("TerminationDate"), lastDay},
                                                       {QStringLiteral("Location"), QStringLiteral("Site")}})},
                         {account(QStringLiteral("1"))}, now);
        in.policy.locationTimeZones.insert(QStringLiteral("Site"), zone);
        auto op = *find(build(in), QStringLiteral("1"));
        QCOMPARE(op.category, Category::FutureDated);
        QCOMPARE(op.kind, OperationKind::Disable);
        QCOMPARE(op.effectiveAt, disableAt);

        in.now = disableAt.addSecs(-1);   // never early
        QCOMPARE(find(build(in), QStringLiteral("1"))->category, Category::FutureDated);
        in.now = disableAt;               // due to the second
        op = *find(build(in), QStringLiteral("1"));
        QCOMPARE(op.category, Category::Leaver);
        QCOMPARE(op.effectiveAt, disableAt);
    }

    void aDisabledLeaverIsDeletedOnlyAfterTheRetention()
    {
        auto in = inputs({worker(QStringLiteral("1"), {{QStringLiteral("Status"), QStringLiteral("Terminated")}})},
                         {account(QStringLiteral("1"), false)}, noon);
        in.policy.deleteAfterDays = 90;
        in.accountMarks.insert(QStringLiteral("uid=1,ou=People"), {AccountMarkKind::DisabledAsLeaver, noon.addDays(-89)});
        QCOMPARE(find(build(in), QStringLiteral("1"))->category, Category::Unchanged);
        in.accountMarks[QStringLiteral("uid=1,ou=People")].since = noon.addDays(-90);
        const auto* op = find(build(in), QStringLiteral("1"));
        QCOMPARE(op->kind, OperationKind::Delete);
        in.policy.deleteAfterDays = 0;   // never
        QCOMPARE(find(build(in), QStringLiteral("1"))->category, Category::Unchanged);
    }

    void aHoldKeepsAnEmergencyTerminatedAccountDisabledUntilHrCatchesUp()
    {
        Hold hold;
        hold.workerId = QStringLiteral("1");
        hold.reason = QStringLiteral("emergency termination");
        hold.placedBy = QStringLiteral("alice");
        hold.clearsWhenHrTerminates = true;
        auto in = inputs({worker(QStringLiteral("1"))}, {account(QStringLiteral("1"), false)}, noon);
        in.holds.insert(QStringLiteral("1"), {hold});
        auto plan = build(in);
        QCOMPARE(find(plan, QStringLiteral("1"))->category, Category::Held);
        QCOMPARE(plan.writeCount(), 0);
        QVERIFY(plan.holdsReleasedByHr.isEmpty());

        in.hr.workers = {worker(QStringLiteral("1"), {{QStringLiteral("Status"), QStringLiteral("Terminated")}})};
        plan = build(in);
        QCOMPARE(plan.holdsReleasedByHr, QStringList{QStringLiteral("1")});
        QCOMPARE(plan.writeCount(), 0);
    }

    void managersResolveToAccountsIncludingOnesCreatedInThePlan()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1")),
                                        worker(QStringLiteral("2"), {{QStringLiteral("ManagerID"), QStringLiteral("1")}}),
                                        worker(QStringLiteral("3"), {{QStringLiteral("ManagerID"), QStringLiteral("5")}}),
                                        worker(QStringLiteral("5"))},
                                       {account(QStringLiteral("3")), account(QStringLiteral("5"))}, noon));
        const auto* report = find(plan, QStringLiteral("2"));
        QCOMPARE(report->category, Category::Joiner);
        bool hasManager = false;
        for (const auto& change : report->changes)
            if (change.attribute == QLatin1String("manager"))
                hasManager = change.after == QStringList{QStringLiteral("uid=1,ou=People")};
        QVERIFY(hasManager);
        // The manager is created before the report.
        int managerAt = -1, reportAt = -1;
        for (int i = 0; i < plan.operations.size(); ++i) {
            managerAt = plan.operations.at(i).workerId == QLatin1String("1") ? i : managerAt;
            reportAt = plan.operations.at(i).workerId == QLatin1String("2") ? i : reportAt;
        }
        QVERIFY(managerAt < reportAt);
        const auto* mover = find(plan, QStringLiteral("3"));
        QCOMPARE(mover->category, Category::Mover);
        QCOMPARE(mover->changes.last().after, QStringList{QStringLiteral("uid=5,ou=People")});
    }

    void managerLoopsAndMissingManagersAreReportedWithoutStoppingTheRun()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), {{QStringLiteral("ManagerID"), QStringLiteral("1")}}),
                                        worker(QStringLiteral("2"), {{QStringLiteral("ManagerID"), QStringLiteral("3")}}),
                                        worker(QStringLiteral("3"), {{QStringLiteral("ManagerID"), QStringLiteral("2")}}),
                                        worker(QStringLiteral("4"), {{QStringLiteral("ManagerID"), QStringLiteral("99")}})},
                                       {}, noon));
        QCOMPARE(plan.countsByCategory().value(Category::Joiner), 4);
        QVERIFY(find(plan, QStringLiteral("1"))->warnings.join(u' ').contains(QStringLiteral("Manager loop 1 → 1")));
        QVERIFY(find(plan, QStringLiteral("2"))->warnings.join(u' ').contains(QStringLiteral("Manager loop")));
        QVERIFY(find(plan, QStringLiteral("4"))->warnings.join(u' ').contains(QStringLiteral("99")));
    }

    void tooManyDisablesHoldTheWholePlanForRelease()
    {
        QList<Account> accounts;
        QList<Worker> workers;
        for (int i = 0; i < 100; ++i) {
            accounts.append(account(QString::number(i)));
            if (i >= 11)
                workers.append(worker(QString::number(i)));
        }
        auto plan = build(inputs(workers, accounts, noon));   // 11 leavers > min(500, max(10, 1))
        QCOMPARE(plan.removalCount(), 11);
        QVERIFY(plan.needsRelease());
        workers.prepend(worker(QStringLiteral("0")));
        QVERIFY(!build(inputs(workers, accounts, noon)).needsRelease());   // 10 is allowed
    }

    void aSourceThatShrankTooMuchIsBlocked()
    {
        QList<Worker> workers;
        for (int i = 0; i < 80; ++i)
            workers.append(worker(QString::number(i)));
        auto in = inputs(workers, {}, noon);
        in.lastGoodSourceCount = 100;
        auto plan = build(in);
        QVERIFY(plan.isBlocked());
        QCOMPARE(plan.writeCount(), 0);
        QVERIFY(plan.blockedReason.contains(QStringLiteral("100 to 80")));
        in.lastGoodSourceCount = 85;
        QVERIFY(!build(in).isBlocked());
    }

    void aTargetIsOnlyPlannedWhatItCanDo()
    {
        auto in = inputs({worker(QStringLiteral("1"), {{QStringLiteral("Status"), QStringLiteral("Terminated")}}),
                          worker(QStringLiteral("2"))},
                         {account(QStringLiteral("1")), account(QStringLiteral("2"), false)}, noon);
        in.abilities = {false, false, false};
        const auto plan = build(in);
        QCOMPARE(plan.writeCount(), 0);
        QVERIFY(find(plan, QStringLiteral("1"))->warnings.join(u' ').contains(QStringLiteral("cannot disable")));
        QVERIFY(find(plan, QStringLiteral("2"))->warnings.join(u' ').contains(QStringLiteral("cannot enable")));
    }

    void policyJsonRoundTripsAndRejectsUnknownZones()
    {
        LifecyclePolicy policy;
        policy.leaveAction = LeaveAction::Disable;
        policy.preHireDays = 5;
        policy.locationTimeZones.insert(QStringLiteral("Paris"), QStringLiteral("Europe/Paris"));
        policy.approvalCategories.append(Category::Conversion);
        auto back = LifecyclePolicy::fromJson(policy.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), policy.toJson());
        auto json = policy.toJson();
        json.insert(QStringLiteral("defaultTimeZone"), QStringLiteral("Mars/Olympus"));
        auto refused = LifecyclePolicy::fromJson(json);
        QVERIFY(!refused);
        QCOMPARE(refused.error().context.attribute, QStringLiteral("defaultTimeZone"));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
