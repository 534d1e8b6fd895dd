#include "approvaldecision.h"

#include "models/items/categorylabels.h"

namespace Tenure::Ui {

ApprovalDecision ApprovalDecision::forApproval(const Models::Approval& approval, const QString& operatorName,
                                               Models::OperatorRole role)
{
    ApprovalDecision decision;
    decision.needsRehireChoice = Models::isRehire(approval);
    if (approval.state != Models::ApprovalState::Pending)
        decision.whyNot = tr("Already decided: %1 by %2.").arg(Models::approvalStateName(approval.state), approval.decidedBy);
    else if (approval.requestedBy == operatorName)
        decision.whyNot = tr("You requested this; a second person must decide.");
    else if (!Models::mayDecide(role, approval))
        decision.whyNot = tr("As %1 you do not decide %2 requests; an admin does.").arg(roleText(role), kindText(approval).toLower());
    else
        decision.canDecide = true;
    return decision;
}

QString ApprovalDecision::missing(const Models::Approval& approval, bool approve, const QString& reason,
                                  Models::RehireChoice choice)
{
    if (!approve && reason.trimmed().isEmpty())
        return tr("Give a reason to reject: the requester reads it.");
    if (approve && Models::isRehire(approval) && choice == Models::RehireChoice::None)
        return tr("Choose how the rehire is carried out: reactivate the archived account or create a new one.");
    return {};
}

QString ApprovalDecision::kindText(const Models::Approval& approval)
{
    switch (approval.kind) {
    case Models::ApprovalKind::Operation:
        return approval.category ? Models::categoryLabel(*approval.category) : tr("Operation");
    case Models::ApprovalKind::ThresholdRelease: return tr("Threshold release");
    case Models::ApprovalKind::EmergencyTermination: return tr("Emergency termination");
    }
    return {};
}

QString ApprovalDecision::roleText(Models::OperatorRole role)
{
    return role == Models::OperatorRole::Admin ? tr("admin") : tr("HR staff");
}

} // namespace Tenure::Ui
