#pragma once

#include "app/export/planselection.h"

#include "models/domain/cancellation.h"
#include "models/domain/result.h"

class QIODevice;

namespace Tenure::App {

// The selection as a PDF report (QPdfWriter, A4 landscape, fonts embedded): the title, when it
// was planned, the SHA-256 its approvals bind to, what was selected, safety holds, the counts per
// category as bars, then the operations table, one row per attribute change with before → after
// and why. Every page repeats the table header and ends with "page N of M"; an operation that
// runs onto the next page repeats its worker there. Cells too long for their column are cut
// with "…": the CSV and Excel exports carry every value whole.
//
// Needs a QGuiApplication (fonts); runs on any thread, as QPdfWriter and QPainter on it may.
// Stops with ErrorCode::Cancelled when asked; progress counts operations.
[[nodiscard]] Models::Result<PlanExportSummary> writePlanPdf(QIODevice& out, const PlanSelection& selection,
                                                             const Models::CancelToken& cancel = {},
                                                             const Models::ProgressCallback& progress = {});

} // namespace Tenure::App
