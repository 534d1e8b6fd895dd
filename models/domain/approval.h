#pragma once

#include "operation.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace Tenure::Models {

// What an approval is for.
//   Operation: one planned operation of a category the policy holds (rehires always).
//   ThresholdRelease: a whole plan that crosses the disable/delete threshold.
//   EmergencyTermination: disable a worker everywhere now, before HR has recorded it.
enum class ApprovalKind { Operation, ThresholdRelease, EmergencyTermination };
enum class ApprovalState { Pending, Approved, Rejected, Done };
// How an approved rehire is carried out.
enum class RehireChoice { None, Reactivate, NewAccount };

[[nodiscard]] QString approvalKindName(ApprovalKind kind);
[[nodiscard]] QString approvalStateName(ApprovalState state);
[[nodiscard]] QString rehireChoiceName(RehireChoice choice);
[[nodiscard]] bool approvalKindFromName(const QString& name, ApprovalKind* out);
[[nodiscard]] bool approvalStateFromName(const QString& name, ApprovalState* out);
[[nodiscard]] bool rehireChoiceFromName(const QString& name, RehireChoice* out);

// A request for a second person's decision. It binds to the hash of exactly what it approves
// (an operation, a plan, a worker): a changed plan needs a new approval.
struct Approval {
    qint64 id = 0;
    ApprovalKind kind = ApprovalKind::Operation;
    QString tenant;
    QString workerId;
    qint64 planId = 0;
    QString subjectHash;
    std::optional<Category> category;   // an Operation request: the category of the operation it approves
    QString summary;            // what is asked, for a person: "Rehire 1042 Ann Lee: enable uid=…"
    QString reason;             // why it was requested
    QString requestedBy;
    QDateTime requestedAt;
    ApprovalState state = ApprovalState::Pending;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    RehireChoice choice = RehireChoice::None;
};

// A request to route a rehire: approving it needs the routing choice (reactivate or new account).
[[nodiscard]] bool isRehire(const Approval& approval);

} // namespace Tenure::Models
