#include "approval.h"

#include "enumnames.h"

namespace Tenure::Models {
namespace {

constexpr std::array kinds{std::pair{ApprovalKind::Operation, "operation"},
                           std::pair{ApprovalKind::ThresholdRelease, "threshold-release"},
                           std::pair{ApprovalKind::EmergencyTermination, "emergency-termination"}};
constexpr std::array states{std::pair{ApprovalState::Pending, "pending"}, std::pair{ApprovalState::Approved, "approved"},
                            std::pair{ApprovalState::Rejected, "rejected"}, std::pair{ApprovalState::Done, "done"}};
constexpr std::array choices{std::pair{RehireChoice::None, ""}, std::pair{RehireChoice::Reactivate, "reactivate"},
                             std::pair{RehireChoice::NewAccount, "new-account"}};

} // namespace

QString approvalKindName(ApprovalKind kind) { return enumName(kinds, kind); }
QString approvalStateName(ApprovalState state) { return enumName(states, state); }
QString rehireChoiceName(RehireChoice choice) { return enumName(choices, choice); }
bool approvalKindFromName(const QString& name, ApprovalKind* out) { return enumFromName(kinds, name, out); }
bool approvalStateFromName(const QString& name, ApprovalState* out) { return enumFromName(states, name, out); }
bool rehireChoiceFromName(const QString& name, RehireChoice* out) { return enumFromName(choices, name, out); }

bool isRehire(const Approval& approval)
{
    return approval.kind == ApprovalKind::Operation && approval.category == Category::Rehire;
}

} // namespace Tenure::Models
