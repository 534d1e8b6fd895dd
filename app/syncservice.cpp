#include "syncservice.h"

#include "approvalgate.h"
#include "connectorfactory.h"
#include "hrwriteback.h"
#include "logging/log.h"
#include "runscope.h"
#include "workspace.h"

#include <QSet>
#include <algorithm>

namespace Tenure::App {
namespace {

using Models::OperationOutcome;
using Models::OutcomeState;

} // namespace

SyncService::SyncService(Workspace& workspace, ConnectorFactory& connectors, QString operatorName)
    : m_workspace(workspace), m_connectors(connectors), m_operator(std::move(operatorName))
{
}

Models::Result<RunSummary> SyncService::run(qint64 planId, const Models::CancelToken& cancel,
                                            const OutcomeCallback& onOutcome, const Models::ProgressCallback& progress,
                                            const std::optional<QList<int>>& only, const RunOrigin& origin)
{
    auto plan = m_workspace.plans().load(planId);
    if (!plan)
        return std::unexpected(plan.error());
    if (plan->isBlocked())
        return Models::fail(Models::ErrorCode::Blocked, QStringLiteral("Plan %1 is blocked: %2").arg(planId).arg(plan->blockedReason),
                            {}, {plan->tenant, {}, {}, 0});
    auto tenant = m_workspace.tenants().find(plan->tenant);
    if (!tenant)
        return std::unexpected(tenant.error());
    // The initial passwords of the accounts it creates wait, listed in the workspace, for an
    // administrator to collect them once (tenure-cli passwords, the console).
    auto directory = m_connectors.directory(*tenant, Models::InitialPasswordIndex(m_workspace.database(), m_operator));
    if (!directory)
        return std::unexpected(directory.error());

    auto policy = policyOf(tenant->settings);
    if (!policy)
        return std::unexpected(policy.error());
    // A plan over the disable/delete threshold runs only once a second person released it; an
    // operation the policy holds runs only with its own approval.
    const ApprovalGate gate(m_workspace, m_operator);
    auto verdict = gate.check(*plan, *policy);
    if (!verdict)
        return std::unexpected(verdict.error());
    if (!verdict->waitingForRelease.isEmpty())
        return Models::fail(Models::ErrorCode::Blocked, verdict->waitingForRelease, {}, {plan->tenant, {}, {}, 0});

    const auto runs = m_workspace.runs();
    // Never twice: what an earlier run of this plan confirmed stays done (a selection run first,
    // then the whole plan; a second Run of a plan whose first was cancelled).
    auto confirmedBefore = runs.confirmedOperations(planId);
    if (!confirmedBefore)
        return std::unexpected(confirmedBefore.error());
    const QSet<int> wanted = only ? QSet<int>(only->cbegin(), only->cend()) : QSet<int>();
    QList<int> toSend;
    QList<int> withheld;
    QList<int> alreadyDone;
    for (int i = 0; i < plan->operations.size(); ++i) {
        if (!plan->operations.at(i).writes() || (only && !wanted.contains(i)))
            continue;
        if (confirmedBefore->contains(i))
            alreadyDone.append(i);
        else
            (verdict->withheld.contains(i) ? withheld : toSend).append(i);
    }

    Models::RunStart how;
    how.purpose = only && origin.purpose == Models::RunPurpose::Plan ? Models::RunPurpose::Selection : origin.purpose;
    how.originRun = origin.originRun;
    how.operations = toSend + withheld + alreadyDone;
    std::sort(how.operations.begin(), how.operations.end());
    auto runId = runs.start(planId, m_operator, how);
    if (!runId)
        return std::unexpected(runId.error());
    spdlog::info("run {} of plan {} on {} by {}: {} operations", *runId, planId, plan->tenant, m_operator, toSend.size());

    RunSummary summary;
    summary.runId = *runId;
    const auto journal = [&](const OperationOutcome& outcome) -> Models::Result<void> {
        // The run's operator (m_operator, stored on the run) is the actor of its audit events.
        auto recorded = runs.record(*runId, outcome, &plan->operations.at(outcome.index));
        if (recorded && onOutcome)
            onOutcome(outcome);
        return recorded;
    };
    const auto finish = [&](Models::RunState state) -> Models::Result<RunSummary> {
        if (auto finished = runs.finish(*runId, state); !finished)
            return std::unexpected(finished.error());
        spdlog::info("run {} {}: {} confirmed, {} failed, {} skipped", *runId, Models::runStateName(state),
                     summary.confirmed, summary.failed, summary.skipped);
        return summary;
    };
    for (int index : withheld) {
        ++summary.skipped;
        (void)journal({index, OutcomeState::Skipped, verdict->withheld.value(index)});
    }
    for (int index : alreadyDone) {
        ++summary.skipped;
        (void)journal({index, OutcomeState::Skipped, QStringLiteral("Already carried out in run %1").arg(confirmedBefore->value(index))});
    }

    // The target may pipeline the batch (LDAP keeps many requests in flight); every operation is
    // journaled "sent" before it goes and confirmed or failed when its answer comes.
    QList<Models::Operation> batch;
    batch.reserve(toSend.size());
    for (int index : toSend)
        batch.append(plan->operations.at(index));
    QList<bool> reported(toSend.size(), false);
    int answered = 0;
    bool directoryGone = false;
    Models::Error journalError;
    bool journalFailed = false;
    struct {
        std::function<bool(qsizetype)> sending;
        std::function<bool(qsizetype, const Models::Result<QString>&)> done;
    } callbacks;
    callbacks.sending = [&](qsizetype k) {
        if (cancel.isCancelled() || summary.quarantined || directoryGone)
            return false;
        if (auto sent = journal({toSend.at(int(k)), OutcomeState::Sent, {}}); !sent) {
            journalError = sent.error();
            journalFailed = true;
            return false;
        }
        return true;
    };
    callbacks.done = [&](qsizetype k, const Models::Result<QString>& outcome) {
        const int index = toSend.at(int(k));
        reported[int(k)] = true;
        ++answered;
        if (outcome) {
            ++summary.confirmed;
            (void)journal({index, OutcomeState::Confirmed, *outcome});
            if (const auto approval = verdict->approvedBy.constFind(index); approval != verdict->approvedBy.cend())
                (void)m_workspace.approvals(m_operator).markDone(*approval, QStringLiteral("Carried out in run %1").arg(*runId));
        } else {
            ++summary.failed;
            (void)journal({index, OutcomeState::Failed, outcome.error().describe()});
            // The directory went away: stop rather than fail every remaining operation the same way.
            if (outcome.error().code == Models::ErrorCode::Unavailable)
                directoryGone = true;
        }
        if (progress)
            progress({answered, toSend.size(), summary.failed});
        // Quarantine: a run failing this much is failing for a reason a person must look at.
        if (!summary.quarantined && answered >= policy->quarantineMinimum
            && summary.failed > policy->quarantineFailureShare * answered) {
            summary.quarantined = true;
            summary.message = QStringLiteral("Quarantined: %1 of the first %2 operations failed (more than %3 %); the rest "
                                             "were not sent. Look at the failures before running again.")
                                  .arg(summary.failed)
                                  .arg(answered)
                                  .arg(policy->quarantineFailureShare * 100, 0, 'f', 0);
        }
        return !summary.quarantined && !directoryGone;
    };
    (*directory)->applyBatch(batch, Connectors::BatchCallbacks{callbacks.sending, callbacks.done}, cancel);
    if (journalFailed)
        return std::unexpected(journalError);

    QString notSent = QStringLiteral("Cancelled before it was sent");
    if (summary.quarantined)
        notSent = QStringLiteral("Not sent: the run was quarantined");
    else if (directoryGone)
        notSent = QStringLiteral("Not sent: the directory became unreachable");
    for (int k = 0; k < toSend.size(); ++k) {
        if (!reported.at(k)) {
            ++summary.skipped;
            (void)journal({toSend.at(k), OutcomeState::Skipped, notSent});
        }
    }
    if (cancel.isCancelled() && !summary.quarantined && !directoryGone) {
        summary.cancelled = true;
        return finish(Models::RunState::Cancelled);
    }
    // The accounts are made: the HR source learns the email and user name they now have.
    if (auto told = WriteBackToHr(m_workspace, m_connectors, m_operator).afterRun(*tenant, *plan, *runId, cancel)) {
        summary.writtenBack = told->written;
        summary.writeBackFailed = told->failed;
        summary.writeBackMessage = told->message;
    } else {
        summary.writeBackMessage = told.error().describe();
        spdlog::error("run {}: the write-back to HR could not be audited: {}", *runId, summary.writeBackMessage);
    }
    if (directoryGone)
        summary.message = QStringLiteral("The directory became unreachable; the remaining operations were not sent");
    return finish(summary.failed ? Models::RunState::Failed : Models::RunState::Completed);
}

Models::Result<RunSummary> SyncService::run(const RunScope& scope, const Models::CancelToken& cancel,
                                            const OutcomeCallback& onOutcome, const Models::ProgressCallback& progress)
{
    if (scope.origin.purpose == Models::RunPurpose::Resume && scope.origin.originRun) {
        auto origin = m_workspace.runs().find(scope.origin.originRun);
        if (!origin)
            return std::unexpected(origin.error());
        if (origin->state == Models::RunState::Running) {
            auto marked = m_workspace.runs().markInterrupted(
                origin->id, m_operator, QStringLiteral("Resumed by %1: the run had stopped without finishing").arg(m_operator));
            if (!marked)
                return std::unexpected(marked.error());
        }
    }
    return run(scope.plan.id, cancel, onOutcome, progress, scope.only, scope.origin);
}

} // namespace Tenure::App
