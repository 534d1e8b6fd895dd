#include "approvaldecision.h"

namespace Tenure::Ui {

bool ApprovalDecision::isRehire(const Models::Approval& approval)
{
    return approval.kind == Models::ApprovalKind::Operation && approval.summary.startsWith(QLatin1String("Rehire"));
}

ApprovalDecision ApprovalDecision::forApproval(const Models::Approval& approval, const QString& operatorName)
{
    ApprovalDecision decision;
    decision.needsRehireChoice = isRehire(approval);
    if (approval.state != Models::ApprovalState::Pending)
        decision.whyNot = tr("Already decided: %1 by %2.").arg(Models::approvalStateName(approval.state), approval.decidedBy);
    else if (approval.requestedBy == operatorName)
        decision.whyNot = tr("You requested this; a second person must decide.");
    else
        decision.canDecide = true;
    return decision;
}

QString ApprovalDecision::missing(const Models::Approval& approval, bool approve, const QString& reason,
                                  Models::RehireChoice choice)
{
    if (!approve && reason.trimmed().isEmpty())
        return tr("Give a reason to reject: the requester reads it.");
    if (approve && isRehire(approval) && choice == Models::RehireChoice::None)
        return tr("Choose how the rehire is carried out: reactivate the archived account or create a new one.");
    return {};
}

} // namespace Tenure::Ui
