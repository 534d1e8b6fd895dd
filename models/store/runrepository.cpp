#include "repositories.h"
#include "sqlquery.h"

namespace Tenure::Models {
namespace {

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

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
    auto query = runQuery(m_db.connection(),
                          QStringLiteral("INSERT INTO runs (plan_id, tenant, operator, started_at, state)"
                                         " SELECT id, tenant, ?, ?, ? FROM plans WHERE id = ?"),
                          {operatorName, now(), runStateName(RunState::Running), planId},
                          QStringLiteral("start a run of plan %1").arg(planId));
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("The workspace has no plan %1").arg(planId));
    return query->lastInsertId().toLongLong();
}

Result<void> RunRepository::record(qint64 runId, const OperationOutcome& outcome) const
{
    auto query = runQuery(m_db.connection(),
                          QStringLiteral("INSERT INTO run_operations (run_id, seq, state, message, updated_at)"
                                         " VALUES (?, ?, ?, ?, ?) ON CONFLICT (run_id, seq) DO UPDATE SET"
                                         " state = excluded.state, message = excluded.message, updated_at = excluded.updated_at"),
                          {runId, outcome.index, outcomeStateName(outcome.state), outcome.message, now()},
                          QStringLiteral("journal operation %1 of run %2").arg(outcome.index).arg(runId));
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<void> RunRepository::finish(qint64 runId, RunState state) const
{
    auto query = runQuery(m_db.connection(), QStringLiteral("UPDATE runs SET state = ?, finished_at = ? WHERE id = ?"),
                          {runStateName(state), now(), runId}, QStringLiteral("finish run %1").arg(runId));
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<RunRecord> RunRepository::find(qint64 runId) const
{
    auto query = runQuery(m_db.connection(),
                          QStringLiteral("SELECT id, plan_id, tenant, operator, started_at, finished_at, state FROM runs WHERE id = ?"),
                          {runId}, QStringLiteral("read run %1").arg(runId));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("The workspace has no run %1").arg(runId));
    RunRecord run;
    run.id = query->value(0).toLongLong();
    run.planId = query->value(1).toLongLong();
    run.tenant = query->value(2).toString();
    run.operatorName = query->value(3).toString();
    run.startedAt = QDateTime::fromString(query->value(4).toString(), Qt::ISODateWithMs);
    run.finishedAt = QDateTime::fromString(query->value(5).toString(), Qt::ISODateWithMs);
    const auto state = query->value(6).toString();
    for (auto candidate : {RunState::Running, RunState::Completed, RunState::Failed, RunState::Cancelled})
        if (runStateName(candidate) == state)
            run.state = candidate;
    return run;
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
