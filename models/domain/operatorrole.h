#pragma once

#include "approval.h"

#include <QString>

namespace Tenure::Models {

// What an operator may decide in the approval queue (PRODUCT.md, "Who uses it"):
//   Admin: IT / identity admins decide every request, threshold releases and held categories included.
//   HrStaff: HR staff decide emergency terminations and how a rehire is routed; nothing else.
// Four-eyes applies to both: nobody decides their own request.
enum class OperatorRole { Admin, HrStaff };

[[nodiscard]] QString operatorRoleName(OperatorRole role);   // "admin", "hr-staff": stable for the CLI and the database
[[nodiscard]] bool operatorRoleFromName(const QString& name, OperatorRole* out);

// Whether `role` may act on (approve, reject, route) this request. The same rule is enforced by
// the workspace database's trigger approvals_decided_within_role (migrations.cpp).
[[nodiscard]] bool mayDecide(OperatorRole role, const Approval& approval);

} // namespace Tenure::Models
