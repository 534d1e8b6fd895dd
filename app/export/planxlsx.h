#pragma once

#include "planselection.h"

#include "models/domain/cancellation.h"
#include "models/domain/result.h"

class QIODevice;

namespace Tenure::App {

// The selection as an Excel workbook (xlsxwriter.h): sheet "Operations" with one row per
// attribute change (category, operation, worker, name, target, attribute, before, after, why,
// reason, when it takes effect) in the selection's order, continued on "Operations (2)", … past
// Excel's 1,048,576 rows; then sheet "Summary" with the plan's id, tenant, time, SHA-256, what
// was selected, safety holds and the counts per category. Labels are the ones people read in
// the console ("Joiner", "Create"). Stops with ErrorCode::Cancelled when asked; progress counts
// operations.
[[nodiscard]] Models::Result<PlanExportSummary> writePlanXlsx(QIODevice& out, const PlanSelection& selection,
                                                              const Models::CancelToken& cancel = {},
                                                              const Models::ProgressCallback& progress = {});

} // namespace Tenure::App
