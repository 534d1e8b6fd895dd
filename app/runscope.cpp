#include "runscope.h"

#include "models/lifecycle/operationcorrespondence.h"
#include "workspace.h"

#include <QMap>
#include <algorithm>

namespace Tenure::App {

using Models::ErrorCode;
using Models::OutcomeState;
using Models::RunState;

int RunScope::sendCount() const
{
    if (!only)
        return plan.plan.writeCount();
    return int(std::count_if(only->cbegin(), only->cend(), [this](int index) {
        return index >= 0 && index < plan.plan.operations.size() && plan.plan.operations.at(index).writes();
    }));
}

QString RunScope::kindCounts() const
{
    QMap<Models::OperationKind, int> counts;
    const auto count = [&](int index) {
        const auto& op = plan.plan.operations.at(index);
        if (op.writes())
            ++counts[op.kind];
    };
    if (only) {
        for (int index : *only)
            if (index >= 0 && index < plan.plan.operations.size())
                count(index);
    } else {
        for (int index = 0; index < plan.plan.operations.size(); ++index)
            count(index);
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(Models::operationKindName(it.key()));
    return parts.join(QStringLiteral(", "));
}

RunFollowUps followUpsOf(const Models::RunRecord& run, const QDateTime& now, bool carriedOutHere)
{
    RunFollowUps next;
    if (carriedOutHere)
        return next;
    if (run.state == RunState::Running) {
        const QDateTime last = run.lastActivity.isValid() ? run.lastActivity : run.startedAt;
        next.interrupted = last.isValid() && last.secsTo(now) >= InterruptedAfterSeconds;
        next.canResume = next.interrupted;
        return next;
    }
    next.canRetry = run.failed > 0;
    next.canResume = run.state == RunState::Cancelled || run.state == RunState::Interrupted || run.skipped > 0;
    return next;
}

RunScopeBuilder::RunScopeBuilder(Workspace& workspace, ConnectorFactory& connectors)
    : m_workspace(workspace), m_connectors(connectors)
{
}

Models::Result<RunScope> RunScopeBuilder::wholePlan(const QString& tenant, const Models::CancelToken& cancel,
                                                    const Models::ProgressCallback& progress)
{
    auto stored = PreviewService(m_workspace, m_connectors).preview(tenant, cancel, progress);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->plan.isBlocked())
        return Models::fail(ErrorCode::Blocked, stored->plan.blockedReason, {}, {tenant, {}, {}, 0});
    RunScope scope;
    scope.plan = std::move(*stored);
    return scope;
}

Models::Result<RunScope> RunScopeBuilder::selection(qint64 planId, const QList<int>& indexes)
{
    auto plan = m_workspace.plans().load(planId);
    if (!plan)
        return std::unexpected(plan.error());
    if (plan->isBlocked())
        return Models::fail(ErrorCode::Blocked, plan->blockedReason, {}, {plan->tenant, {}, {}, 0});
    QList<int> chosen;
    for (int index : indexes) {
        if (index < 0 || index >= plan->operations.size())
            return Models::fail(ErrorCode::InvalidInput, QStringLiteral("Plan %1 has no operation %2").arg(planId).arg(index + 1));
        if (plan->operations.at(index).writes() && !chosen.contains(index))
            chosen.append(index);
    }
    if (chosen.isEmpty())
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("None of the operations selected in plan %1 writes anything").arg(planId));
    std::sort(chosen.begin(), chosen.end());
    RunScope scope;
    scope.plan = {planId, std::move(*plan)};
    scope.only = std::move(chosen);
    scope.origin.purpose = Models::RunPurpose::Selection;
    return scope;
}

Models::Result<RunScope> RunScopeBuilder::retryFailed(qint64 runId, const Models::CancelToken& cancel,
                                                      const Models::ProgressCallback& progress)
{
    return followUp(runId, Models::RunPurpose::Retry, {OutcomeState::Failed}, cancel, progress);
}

Models::Result<RunScope> RunScopeBuilder::resume(qint64 runId, const Models::CancelToken& cancel,
                                                 const Models::ProgressCallback& progress)
{
    return followUp(runId, Models::RunPurpose::Resume, {OutcomeState::Pending, OutcomeState::Sent, OutcomeState::Skipped},
                    cancel, progress);
}

Models::Result<RunScope> RunScopeBuilder::followUp(qint64 runId, Models::RunPurpose purpose,
                                                   const QList<Models::OutcomeState>& states,
                                                   const Models::CancelToken& cancel,
                                                   const Models::ProgressCallback& progress)
{
    const auto runs = m_workspace.runs();
    auto run = runs.find(runId);
    if (!run)
        return std::unexpected(run.error());
    auto outcomes = runs.outcomes(runId);
    if (!outcomes)
        return std::unexpected(outcomes.error());
    QList<int> indexes;
    for (const auto& outcome : std::as_const(*outcomes))
        if (states.contains(outcome.state))
            indexes.append(outcome.index);
    if (indexes.isEmpty())
        return Models::fail(ErrorCode::InvalidInput,
                            purpose == Models::RunPurpose::Retry
                                ? QStringLiteral("Run %1 has no failed operation to retry").arg(runId)
                                : QStringLiteral("Run %1 left no operation undone").arg(runId),
                            {}, {run->tenant, {}, {}, 0});
    auto earlier = m_workspace.plans().operationsAt(run->planId, indexes);
    if (!earlier)
        return std::unexpected(earlier.error());
    QList<Models::Operation> earlierOperations;
    earlierOperations.reserve(earlier->size());
    for (auto& planned : *earlier)
        earlierOperations.append(std::move(planned.operation));

    auto scope = wholePlan(run->tenant, cancel, progress);
    if (!scope)
        return scope;
    const auto correspondence = Models::correspondingOperations(earlierOperations, scope->plan.plan);
    scope->only = correspondence.fresh;
    scope->origin = {purpose, runId};
    scope->earlier = int(earlierOperations.size());
    scope->settled = int(correspondence.settled.size());
    scope->changed = int(correspondence.changed.size());
    return scope;
}

} // namespace Tenure::App
