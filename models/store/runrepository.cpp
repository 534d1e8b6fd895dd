#include "auditevents.h"
#include "auditlog.h"
#include "repositories.h"
#include "sqlquery.h"

#include "models/domain/planjson.h"

#include <QJsonDocument>

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
    }
    return {};
}

Result<qint64> RunRepository::start(qint64 planId, const QString& operatorName) const
{
    auto db = m_db.connection();
    Transaction tx(db);
    auto query = runQuery(db,
                          QStringLiteral("INSERT INTO runs (plan_id, tenant, operator, started_at, state)"
                                         " SELECT id, tenant, ?, ?, ? FROM plans WHERE id = ?"),
                          {operatorName, now(), runStateName(RunState::Running), planId},
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
    if (auto event = AuditLog::append(tx, AuditEvents::runStarted(operatorName, runId, planId, tenantName)); !event)
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
    auto query = runQuery(db, QStringLiteral("UPDATE runs SET state = ?, finished_at = ? WHERE id = ?"),
                          {runStateName(state), now(), runId}, QStringLiteral("finish run %1").arg(runId));
    if (!query)
        return std::unexpected(query.error());
    auto owner = runOwner(db, runId);
    if (!owner)
        return std::unexpected(owner.error());
    auto counts = outcomeCounts(db, runId);
    if (!counts)
        return std::unexpected(counts.error());
    if (auto event = AuditLog::append(tx, AuditEvents::runFinished(owner->operatorName, runId, runStateName(state), *counts));
        !event)
        return std::unexpected(event.error());
    return tx.commit();
}

namespace {

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
    for (auto candidate : {RunState::Running, RunState::Completed, RunState::Failed, RunState::Cancelled})
        if (runStateName(candidate) == state)
            run.state = candidate;
    return run;
}

} // namespace

Result<RunRecord> RunRepository::find(qint64 runId) const
{
    auto query = runQuery(m_db.connection(),
                          QStringLiteral("SELECT id, plan_id, tenant, operator, started_at, finished_at, state FROM runs WHERE id = ?"),
                          {runId}, QStringLiteral("read run %1").arg(runId));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("The workspace has no run %1").arg(runId));
    return runFrom(*query);
}

Result<QList<RunRecord>> RunRepository::list(int limit) const
{
    auto query = runQuery(m_db.connection(),
                          QStringLiteral("SELECT id, plan_id, tenant, operator, started_at, finished_at, state FROM runs"
                                         " ORDER BY id DESC LIMIT ?"),
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

} // namespace Tenure::Models
