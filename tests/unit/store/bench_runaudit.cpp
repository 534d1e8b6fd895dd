// Benchmark (not a test): what auditing each operation outcome costs a run of 20k operations.
// The journal of a run without audit is one upsert per outcome; with it, a confirmed or failed
// outcome also writes its hash-chained event in the same transaction. Both modes run here on the
// same build: "journal only" records the final outcome as Skipped, which takes exactly the old
// single-statement path. Results are in models/store/README.md.
#include "models/store/auditlog.h"
#include "models/store/repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace Tenure::Models;

namespace {

Plan bigPlan(int operations)
{
    Plan plan;
    plan.tenant = QStringLiteral("Directory");
    plan.createdAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < operations; ++i) {
        Operation op;
        op.category = Category::Mover;
        op.kind = OperationKind::Update;
        op.workerId = QString::number(100000 + i);
        op.targetId = QStringLiteral("uid=%1,ou=People,dc=example,dc=com").arg(100000 + i);
        op.reason = QStringLiteral("Title and department changed in HR");
        op.changes = {{QStringLiteral("title"), {QStringLiteral("Clerk")}, {QStringLiteral("Senior Clerk")}, QStringLiteral("Title")},
                      {QStringLiteral("department"), {QStringLiteral("Sales")}, {QStringLiteral("Finance")}, QStringLiteral("Dept")},
                      {QStringLiteral("manager"), {QStringLiteral("uid=1,ou=People")}, {QStringLiteral("uid=2,ou=People")},
                       QStringLiteral("Manager")}};
        plan.operations.append(op);
    }
    return plan;
}

struct Took {
    qint64 wallMs = 0;
    qint64 cpuMs = 0;   // the process's CPU time: steadier than wall time on a shared machine
};

qint64 cpuMs() { return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC; }

// Start, Sent + final outcome per operation, finish.
Took run(const WorkspaceDatabase& db, qint64 planId, const Plan& plan, bool audited)
{
    RunRepository runs(db);
    QElapsedTimer clock;
    clock.start();
    const auto cpuStart = cpuMs();
    const auto runId = *runs.start(planId, QStringLiteral("bench"));
    for (int i = 0; i < plan.operations.size(); ++i) {
        const auto* op = &plan.operations.at(i);
        (void)runs.record(runId, {i, OutcomeState::Sent, {}}, op);
        (void)runs.record(runId, {i, audited ? OutcomeState::Confirmed : OutcomeState::Skipped, {}}, op);
    }
    (void)runs.finish(runId, RunState::Completed);
    return {clock.elapsed(), cpuMs() - cpuStart};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int operations = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QTemporaryDir dir;
    auto db = WorkspaceDatabase::open(dir.filePath(QStringLiteral("bench.tenure")));
    if (!db)
        return 1;
    const auto plan = bigPlan(operations);
    const auto planId = *PlanRepository(**db, QStringLiteral("bench")).save(plan);
    Took plain{-1, -1};
    Took audited{-1, -1};
    const auto best = [](Took& best, const Took& took) {
        best.wallMs = best.wallMs < 0 ? took.wallMs : std::min(best.wallMs, took.wallMs);
        best.cpuMs = best.cpuMs < 0 ? took.cpuMs : std::min(best.cpuMs, took.cpuMs);
    };
    for (int round = 0; round < rounds; ++round) {   // alternate, best of N: less noise from the machine
        const auto p = run(**db, planId, plan, false);
        const auto a = run(**db, planId, plan, true);
        best(plain, p);
        best(audited, a);
        std::printf("round %d: journal only %lld ms (cpu %lld), journal + audit %lld ms (cpu %lld)\n", round + 1,
                    p.wallMs, p.cpuMs, a.wallMs, a.cpuMs);
    }
    QElapsedTimer verifyClock;
    verifyClock.start();
    const auto verdict = AuditLog(**db).verify();
    std::printf("%d operations, best of %d: journal only %lld ms (cpu %lld), journal + audit %lld ms (cpu %lld):"
                " +%.0f %% wall, +%.0f %% cpu, +%.0f us per operation; verify of %lld events %lld ms\n",
                operations, rounds, plain.wallMs, plain.cpuMs, audited.wallMs, audited.cpuMs,
                100.0 * double(audited.wallMs - plain.wallMs) / double(plain.wallMs),
                100.0 * double(audited.cpuMs - plain.cpuMs) / double(plain.cpuMs),
                1000.0 * double(audited.wallMs - plain.wallMs) / operations,
                verdict ? qint64(verdict->events) : -1LL, qint64(verifyClock.elapsed()));
    return verdict && verdict->intact() ? 0 : 1;
}
