#include "approvalqueue.h"

#include "emergencytermination.h"
#include "workspace.h"

namespace Tenure::App {

ApprovalQueue::ApprovalQueue(Workspace& workspace, ConnectorFactory& connectors, QString operatorName)
    : m_workspace(workspace), m_connectors(connectors), m_operator(std::move(operatorName))
{
}

Models::Result<ApprovalQueueView> ApprovalQueue::load(bool pendingOnly) const
{
    auto role = m_workspace.roles(m_operator).roleOf(m_operator);
    if (!role)
        return std::unexpected(role.error());
    auto approvals = m_workspace.approvals(m_operator).list(pendingOnly, *role);
    if (!approvals)
        return std::unexpected(approvals.error());
    return ApprovalQueueView{*role, std::move(*approvals)};
}

Models::Result<ApprovalDiff> ApprovalQueue::diff(const Models::Approval& approval) const
{
    ApprovalDiff diff;
    switch (approval.kind) {
    case Models::ApprovalKind::Operation: {
        auto candidates = m_workspace.plans().operationsOfWorker(approval.planId, approval.workerId);
        if (!candidates)
            return std::unexpected(candidates.error());
        for (const auto& planned : std::as_const(*candidates))
            if (Models::operationHash(planned.operation) == approval.subjectHash)
                diff.changes.append({approval.tenant, planned.operation});
        if (diff.changes.isEmpty())
            diff.note = QStringLiteral("Plan %1 does not hold the exact operation this request approves; "
                                       "preview %2 again to see what it would do now")
                            .arg(approval.planId)
                            .arg(approval.tenant);
        return diff;
    }
    case Models::ApprovalKind::ThresholdRelease: {
        auto removals = m_workspace.plans().operationsOfKinds(
            approval.planId, {Models::OperationKind::Disable, Models::OperationKind::Delete});
        if (!removals)
            return std::unexpected(removals.error());
        for (const auto& planned : std::as_const(*removals))
            if (planned.operation.writes())
                diff.changes.append({approval.tenant, planned.operation});
        if (diff.changes.isEmpty())
            diff.note = QStringLiteral("Plan %1 holds no disable or delete").arg(approval.planId);
        return diff;
    }
    case Models::ApprovalKind::EmergencyTermination: {
        auto preview = EmergencyTermination(m_workspace, m_connectors, m_operator).preview(approval);
        if (!preview)
            return std::unexpected(preview.error());
        for (const auto& disable : std::as_const(preview->disables))
            diff.changes.append({disable.tenant, disable.operation});
        QStringList notes;
        if (!preview->notFound.isEmpty())
            notes << QStringLiteral("No enabled account in %1").arg(preview->notFound.join(QStringLiteral(", ")));
        if (!preview->failed.isEmpty())
            notes << QStringLiteral("Could not read %1").arg(preview->failed.join(QStringLiteral("; ")));
        diff.note = notes.join(QStringLiteral(". "));
        return diff;
    }
    }
    return diff;
}

} // namespace Tenure::App
