#include "operatorrole.h"

#include "enumnames.h"

namespace Tenure::Models {
namespace {

constexpr std::array roles{std::pair{OperatorRole::Admin, "admin"}, std::pair{OperatorRole::HrStaff, "hr-staff"}};

} // namespace

QString operatorRoleName(OperatorRole role) { return enumName(roles, role); }
bool operatorRoleFromName(const QString& name, OperatorRole* out) { return enumFromName(roles, name, out); }

bool mayDecide(OperatorRole role, const Approval& approval)
{
    if (role == OperatorRole::Admin)
        return true;
    return approval.kind == ApprovalKind::EmergencyTermination || isRehire(approval);
}

} // namespace Tenure::Models
