#include "approvalgate.h"

#include "workspace.h"

namespace Tenure::App {

using Models::Approval;
using Models::ApprovalKind;
using Models::ApprovalState;

Models::Result<Models::LifecyclePolicy> policyOf(const QJsonObject& tenantSettings)
{
    return Models::LifecyclePolicy::fromJson(tenantSettings.value(QStringLiteral("policy")).toObject());
}

ApprovalGate::ApprovalGate(const Workspace& workspace, QString operatorName)
    : m_workspace(workspace), m_operator(std::move(operatorName))
{
}

bool ApprovalGate::needsApproval(const Models::Operation& op, const Models::LifecyclePolicy& policy)
{
    return op.writes() && (op.category == Models::Category::Rehire || policy.needsApproval(op.category));
}

Models::Result<int> ApprovalGate::fileRequests(qint64 planId, const Models::Plan& plan,
                                               const Models::LifecyclePolicy& policy) const
{
    const auto approvals = m_workspace.approvals(m_operator);
    int filed = 0;
    if (plan.needsRelease()) {
        Approval release;
        release.kind = ApprovalKind::ThresholdRelease;
        release.tenant = plan.tenant;
        release.planId = planId;
        release.subjectHash = QString::fromLatin1(plan.hash().toHex());
        release.summary = QStringLiteral("Release plan %1 of %2: %3 disables/deletes").arg(planId).arg(plan.tenant).arg(plan.removalCount());
        release.reason = plan.thresholdHold;
        auto filedRelease = approvals.request(release);
        if (!filedRelease)
            return std::unexpected(filedRelease.error());
        ++filed;
    }
    for (const auto& op : plan.operations) {
        if (!needsApproval(op, policy))
            continue;
        Approval request;
        request.kind = ApprovalKind::Operation;
        request.tenant = plan.tenant;
        request.workerId = op.workerId;
        request.planId = planId;
        request.subjectHash = Models::operationHash(op);
        request.category = op.category;
        const QString what = op.category == Models::Category::Rehire ? QStringLiteral("Rehire")
                                                                      : Models::categoryName(op.category);
        request.summary = QStringLiteral("%1 %2 %3: %4 %5")
                              .arg(what, op.workerId, op.displayName, Models::operationKindName(op.kind), op.targetId);
        request.reason = op.reason;
        auto filedRequest = approvals.request(request);
        if (!filedRequest)
            return std::unexpected(filedRequest.error());
        ++filed;
    }
    return filed;
}

Models::Result<GateVerdict> ApprovalGate::check(const Models::Plan& plan, const Models::LifecyclePolicy& policy) const
{
    const auto approvals = m_workspace.approvals(m_operator);
    GateVerdict verdict;
    if (plan.needsRelease()) {
        auto release = approvals.forSubject(QString::fromLatin1(plan.hash().toHex()));
        if (!release)
            return std::unexpected(release.error());
        if (!*release || (*release)->state == ApprovalState::Pending)
            verdict.waitingForRelease = *release ? QStringLiteral("%1 It waits for release #%2.").arg(plan.thresholdHold).arg((*release)->id)
                                                 : plan.thresholdHold + QStringLiteral(" Preview again to file the release request.");
    }
    for (int i = 0; i < plan.operations.size(); ++i) {
        const auto& op = plan.operations.at(i);
        if (!needsApproval(op, policy))
            continue;
        auto approval = approvals.forSubject(Models::operationHash(op));
        if (!approval)
            return std::unexpected(approval.error());
        if (!*approval) {
            verdict.withheld.insert(i, QStringLiteral("Needs approval: no request for this exact operation yet (preview again)"));
        } else if ((*approval)->state == ApprovalState::Pending) {
            verdict.withheld.insert(i, QStringLiteral("Awaiting approval #%1").arg((*approval)->id));
        } else if ((*approval)->state == ApprovalState::Done) {
            verdict.withheld.insert(i, QStringLiteral("Already carried out under approval #%1").arg((*approval)->id));
        } else if ((*approval)->choice == Models::RehireChoice::NewAccount) {
            verdict.withheld.insert(i, QStringLiteral("Approval #%1 routes this rehire to a new account: the next preview "
                                                      "plans its creation").arg((*approval)->id));
        } else {
            verdict.approvedBy.insert(i, (*approval)->id);
        }
    }
    return verdict;
}

} // namespace Tenure::App
