#pragma once

#include "models/domain/plan.h"

namespace Tenure::Tests {

// A plan of `operations` operations shaped like a real population's (as bench_planner's delta):
// about 1 % joiners (create, 8 attributes), 5 % movers (title or department and manager),
// 1 % leavers (disable), a few rehires, conversions, leaves, future-dated, held and error
// operations, the rest unchanged; names with diacritics, DNs, reasons. Deterministic: the same
// count gives the same plan. For the preview's tests and benchmarks, which need big plans
// without reading a directory of that size.
[[nodiscard]] Models::Plan syntheticPlan(int operations, const QString& tenant = QStringLiteral("Directory"));

} // namespace Tenure::Tests
