#include "auditevents.h"
#include "auditlog.h"
#include "repositories.h"
#include "sqlquery.h"

#include "models/domain/planjson.h"

#include <QJsonDocument>
#include <QSqlError>

namespace Tenure::Models {
namespace {

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// Who carried out a run and of which plan: the run's operator is the actor of its events.
struct RunOwner {
    QString operatorName;
    qint64 planId = 0;
};

Result<RunOwner> runOwner(const QSqlDatabase& db, qint64 runId)
{
    auto query = runQuery(db, QStringLiteral("SELECT operator, plan_id FROM runs WHERE id = ?"), {runId},
                          QStringLiteral("read run %1").arg(runId));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("The workspace has no run %1").arg(runId));
    return RunOwner{query->value(0).toString(), query->value(1).toLongLong()};
}

Result<Operation> storedOperation(const QSqlDatabase& db, qint64 planId, int index)
{
    auto query = runQuery(db, QStringLiteral("SELECT body FROM plan_operations WHERE plan_id = ? AND seq = ?"),
                          {planId, index}, QStringLiteral("read operation %1 of plan %2").arg(index).arg(planId));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Plan %1 has no operation %2").arg(planId).arg(index));
    return operationFromJson(QJsonDocument::fromJson(query->value(0).toByteArray()).object());
}

Result<QJsonObject> outcomeCounts(const QSqlDatabase& db, qint64 runId)
{
    auto query = runQuery(db, QStringLiteral("SELECT state, COUNT(*) FROM run_operations WHERE run_id = ? GROUP BY state"),
                          {runId}, QStringLiteral("count the outcomes of run %1").arg(runId));
    if (!query)
        return std::unexpected(query.error());
    QJsonObject counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toInt());
    return counts;
}

} // namespace

QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Running: return QStringLiteral("running");
    case RunState::Completed: return QStringLiteral("completed");
    case RunState::Failed: return QStringLiteral("failed");
    case RunState::Cancelled: return QStringLiteral("cancelled");
    case RunState::Interrupted: return QStringLiteral("interrupted");
    }
    return {};
}

QString runPurposeName(RunPurpose purpose)
{
    switch (purpose) {
    case RunPurpose::Plan: return QStringLiteral("plan");
    case RunPurpose::Selection: return QStringLiteral("selection");
    case RunPurpose::Retry: return QStringLiteral("retry");
    case RunPurpose::Resume: return QStringLiteral("resume");
    case RunPurpose::Due: return QStringLiteral("due");
    case RunPurpose::Termination: return QStringLiteral("termination");
    }
    return {};
}

Result<qint64> RunRepository::start(qint64 planId, const QString& operatorName, const RunStart& how) const
{
    auto db = m_db.connection();
    Transaction tx(db);   // BEGIN IMMEDIATE: the check below and the insert are one step for every process
    auto running = runQuery(db, QStringLiteral("SELECT id FROM runs WHERE plan_id = ? AND state = 'running' LIMIT 1"),
                            {planId}, QStringLiteral("look for a run of plan %1 in progress").arg(planId));
    if (!running)
        return std::unexpected(running.error());
    if (running->next())
        return fail(ErrorCode::Conflict, QStringLiteral("Run %1 of plan %2 is still in progress; wait for it, or resume it "
                                                        "from the Runs page if it was interrupted")
                                             .arg(running->value(0).toLongLong())
                                             .arg(planId));
    running->finish();
    auto query = runQuery(db,
                          QStringLiteral("INSERT INTO runs (plan_id, tenant, operator, started_at, state, purpose, origin_run)"
                                         " SELECT id, tenant, ?, ?, ?, ?, ? FROM plans WHERE id = ?"),
                          {operatorName, now(), runStateName(RunState::Running), runPurposeName(how.purpose),
                           how.originRun ? QVariant(how.originRun) : QVariant(), planId},
                          QStringLiteral("start a run of plan %1").arg(planId));
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("The workspace has no plan %1").arg(planId));
    const qint64 runId = query->lastInsertId().toLongLong();
    auto tenant = runQuery(db, QStringLiteral("SELECT tenant FROM runs WHERE id = ?"), {runId},
                           QStringLiteral("read run %1").arg(runId));
    if (!tenant)
        return std::unexpected(tenant.error());
    const auto tenantName = tenant->next() ? tenant->value(0).toString() : QString();
    tenant->finish();
    // Every operation the run will send, journaled before the first is sent: a run interrupted
    // half-way knows what it had left (pending, or sent without an answer).
    if (!how.operations.isEmpty()) {
        QSqlQuery pending(db);
        pending.prepare(QStringLiteral("INSERT INTO run_operations (run_id, seq, state, message, updated_at)"
                                       " VALUES (?, ?, 'pending', '', ?)"));
        const QString at = now();
        for (int index : how.operations) {
            pending.addBindValue(runId);
            pending.addBindValue(index);
            pending.addBindValue(at);
            if (!pending.exec())
                return fail(ErrorCode::Storage, QStringLiteral("Cannot journal operation %1 of run %2").arg(index).arg(runId),
                            pending.lastError().text());
        }
    }
    auto started = AuditEvents::runStarted(operatorName, runId, planId, tenantName);
    started.after.insert(QStringLiteral("purpose"), runPurposeName(how.purpose));
    if (how.originRun)
        started.after.insert(QStringLiteral("originRun"), how.originRun);
    started.after.insert(QStringLiteral("operations"), how.operations.size());
    if (auto event = AuditLog::append(tx, started); !event)
        return std::unexpected(event.error());
    if (auto committed = tx.commit(); !committed)
        return std::unexpected(committed.error());
    return runId;
}

Result<void> RunRepository::record(qint64 runId, const OperationOutcome& outcome, const Operation* operation) const
{
    static const QString upsert = QStringLiteral(
        "INSERT INTO run_operations (run_id, seq, state, message, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (run_id, seq) DO UPDATE SET"
        " state = excluded.state, message = excluded.message, updated_at = excluded.updated_at");
    const QVariantList values{runId, outcome.index, outcomeStateName(outcome.state), outcome.message, now()};
    const auto whatFor = QStringLiteral("journal operation %1 of run %2").arg(outcome.index).arg(runId);
    auto db = m_db.connection();
    // Pending, sent and skipped change nothing in the target: journaled, not audited, and kept
    // to one statement because a run writes one per operation.
    if (outcome.state != OutcomeState::Confirmed && outcome.state != OutcomeState::Failed) {
        auto query = runQuery(db, upsert, values, whatFor);
        if (!query)
            return std::unexpected(query.error());
        return {};
    }
    Transaction tx(db);
    auto query = runQuery(db, upsert, values, whatFor);
    if (!query)
        return std::unexpected(query.error());
    if (m_ownerRun != runId) {
        auto owner = runOwner(db, runId);
        if (!owner)
            return std::unexpected(owner.error());
        m_ownerRun = runId;
        m_ownerOperator = owner->operatorName;
        m_ownerPlan = owner->planId;
    }
    std::optional<Operation> stored;
    if (!operation) {
        // An outcome for an index the plan does not hold is still journaled and audited, with
        // what is known (run, index, outcome): losing the record would be worse.
        auto read = storedOperation(db, m_ownerPlan, outcome.index);
        if (!read && read.error().code != ErrorCode::NotFound)
            return std::unexpected(read.error());
        stored = read ? std::move(*read) : Operation{};
        operation = &*stored;
    }
    if (auto event = AuditLog::append(tx, AuditEvents::operationFinished(m_ownerOperator, runId, outcome, *operation));
        !event)
        return std::unexpected(event.error());
    return tx.commit();
}

Result<void> RunRepository::finish(qint64 runId, RunState state) const
{
    auto db = m_db.connection();
    Transaction tx(db);
    auto counts = outcomeCounts(db, runId);
    if (!counts)
        return std::unexpected(counts.error());
    auto query = runQuery(db, QStringLiteral("UPDATE runs SET state = ?, finished_at = ?, confirmed = ?, failed = ?, skipped = ?"
                                             " WHERE id = ?"),
                          {runStateName(state), now(), counts->value(QStringLiteral("confirmed")).toInt(),
                           counts->value(QStringLiteral("failed")).toInt(), counts->value(QStringLiteral("skipped")).toInt(),
                           runId},
                          QStringLiteral("finish run %1").arg(runId));
    if (!query)
        return std::unexpected(query.error());
    auto owner = runOwner(db, runId);
    if (!owner)
        return std::unexpected(owner.error());
    if (auto event = AuditLog::append(tx, AuditEvents::runFinished(owner->operatorName, runId, runStateName(state), *counts));
        !event)
        return std::unexpected(event.error());
    return tx.commit();
}

Result<void> RunRepository::markInterrupted(qint64 runId, const QString& actor, const QString& why) const
{
    auto db = m_db.connection();
    Transaction tx(db);
    auto counts = outcomeCounts(db, runId);
    if (!counts)
        return std::unexpected(counts.error());
    auto query = runQuery(db, QStringLiteral("UPDATE runs SET state = 'interrupted', finished_at = ?, confirmed = ?, failed = ?,"
                                             " skipped = ? WHERE id = ? AND state = 'running'"),
                          {now(), counts->value(QStringLiteral("confirmed")).toInt(),
                           counts->value(QStringLiteral("failed")).toInt(), counts->value(QStringLiteral("skipped")).toInt(),
                           runId},
                          QStringLiteral("mark run %1 interrupted").arg(runId));
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QStringLiteral("Run %1 is not running").arg(runId));
    if (auto event = AuditLog::append(tx, makeAuditEvent(actor, AuditAction::RunInterrupted, QStringLiteral("run/%1").arg(runId),
                                                         why, {{QStringLiteral("state"), runStateName(RunState::Running)}},
                                                         {{QStringLiteral("state"), runStateName(RunState::Interrupted)},
                                                          {QStringLiteral("outcomes"), *counts}}));
        !event)
        return std::unexpected(event.error());
    return tx.commit();
}

namespace {

const QString runColumns = QStringLiteral(
    "id, plan_id, tenant, operator, started_at, finished_at, state, purpose, origin_run, confirmed, failed, skipped,"
    " CASE WHEN state = 'running' THEN COALESCE((SELECT MAX(updated_at) FROM run_operations o WHERE o.run_id = runs.id),"
    " started_at) END");

RunRecord runFrom(const QSqlQuery& query)
{
    RunRecord run;
    run.id = query.value(0).toLongLong();
    run.planId = query.value(1).toLongLong();
    run.tenant = query.value(2).toString();
    run.operatorName = query.value(3).toString();
    run.startedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    run.finishedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    const auto state = query.value(6).toString();
    for (auto candidate : {RunState::Running, RunState::Completed, RunState::Failed, RunState::Cancelled, RunState::Interrupted})
        if (runStateName(candidate) == state)
            run.state = candidate;
    const auto purpose = query.value(7).toString();
    for (auto candidate : {RunPurpose::Plan, RunPurpose::Selection, RunPurpose::Retry, RunPurpose::Resume, RunPurpose::Due,
                           RunPurpose::Termination})
        if (runPurposeName(candidate) == purpose)
            run.purpose = candidate;
    run.originRun = query.value(8).toLongLong();
    run.confirmed = query.isNull(9) ? -1 : query.value(9).toInt();
    run.failed = query.isNull(10) ? -1 : query.value(10).toInt();
    run.skipped = query.isNull(11) ? -1 : query.value(11).toInt();
    run.lastActivity = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    return run;
}

} // namespace

Result<RunRecord> RunRepository::find(qint64 runId) const
{
    auto query = runQuery(m_db.connection(), QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(runColumns), {runId},
                          QStringLiteral("read run %1").arg(runId));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("The workspace has no run %1").arg(runId));
    return runFrom(*query);
}

Result<QList<RunRecord>> RunRepository::list(int limit) const
{
    auto query = runQuery(m_db.connection(), QStringLiteral("SELECT %1 FROM runs ORDER BY id DESC LIMIT ?").arg(runColumns),
                          {limit}, QStringLiteral("list the runs"));
    if (!query)
        return std::unexpected(query.error());
    QList<RunRecord> runs;
    while (query->next())
        runs.append(runFrom(*query));
    return runs;
}

Result<QList<OperationOutcome>> RunRepository::outcomes(qint64 runId) const
{
    auto query = runQuery(m_db.connection(),
                          QStringLiteral("SELECT seq, state, message FROM run_operations WHERE run_id = ? ORDER BY seq"),
                          {runId}, QStringLiteral("read the outcomes of run %1").arg(runId));
    if (!query)
        return std::unexpected(query.error());
    QList<OperationOutcome> list;
    while (query->next()) {
        OperationOutcome outcome;
        outcome.index = query->value(0).toInt();
        if (!outcomeStateFromName(query->value(1).toString(), &outcome.state))
            return fail(ErrorCode::Storage, QStringLiteral("Run %1 has an unknown outcome state").arg(runId));
        outcome.message = query->value(2).toString();
        list.append(outcome);
    }
    return list;
}

Result<QList<RunOutcomeRow>> RunRepository::outcomeRows(qint64 runId) const
{
    // The operation's columns are stored beside its JSON body; only the display name is read
    // out of the body (json_extract: SQLite's JSON functions, built in since 3.38).
    auto query = runQuery(m_db.connection(),
                          QStringLiteral("SELECT o.seq, o.state, o.message, o.updated_at, p.category, p.kind, p.worker_id,"
                                         " json_extract(p.body, '$.name'), p.target_id"
                                         " FROM run_operations o JOIN runs r ON r.id = o.run_id"
                                         " LEFT JOIN plan_operations p ON p.plan_id = r.plan_id AND p.seq = o.seq"
                                         " WHERE o.run_id = ? ORDER BY o.seq"),
                          {runId}, QStringLiteral("read the outcomes of run %1").arg(runId));
    if (!query)
        return std::unexpected(query.error());
    QList<RunOutcomeRow> rows;
    while (query->next()) {
        RunOutcomeRow row;
        row.index = query->value(0).toInt();
        if (!outcomeStateFromName(query->value(1).toString(), &row.state))
            return fail(ErrorCode::Storage, QStringLiteral("Run %1 has an unknown outcome state").arg(runId));
        row.message = query->value(2).toString();
        row.updatedAt = QDateTime::fromString(query->value(3).toString(), Qt::ISODateWithMs);
        (void)categoryFromName(query->value(4).toString(), &row.category);
        (void)operationKindFromName(query->value(5).toString(), &row.kind);
        row.workerId = query->value(6).toString();
        row.displayName = query->value(7).toString();
        row.targetId = query->value(8).toString();
        rows.append(std::move(row));
    }
    return rows;
}

Result<QHash<int, qint64>> RunRepository::confirmedOperations(qint64 planId) const
{
    auto query = runQuery(m_db.connection(),
                          QStringLiteral("SELECT o.seq, o.run_id FROM run_operations o JOIN runs r ON r.id = o.run_id"
                                         " WHERE r.plan_id = ? AND o.state = 'confirmed'"),
                          {planId}, QStringLiteral("read what plan %1 has already done").arg(planId));
    if (!query)
        return std::unexpected(query.error());
    QHash<int, qint64> done;
    while (query->next())
        done.insert(query->value(0).toInt(), query->value(1).toLongLong());
    return done;
}

} // namespace Tenure::Models
