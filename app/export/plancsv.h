#pragma once

#include "planselection.h"

#include "models/domain/cancellation.h"
#include "models/domain/result.h"

class QIODevice;

namespace Tenure::App {

// The selection as CSV (RFC 4180, UTF-8, CRLF), one row per attribute change (one row for an
// operation without changes), with the stable names tools match on ("joiner", "update"). Cells
// a spreadsheet would run as a formula are neutralised (csvcell.h). Written in pieces, so a
// million operations never sit in memory as text; stops with ErrorCode::Cancelled when asked.
// Progress counts operations.
[[nodiscard]] Models::Result<PlanExportSummary> writePlanCsv(QIODevice& out, const PlanSelection& selection,
                                                             const Models::CancelToken& cancel = {},
                                                             const Models::ProgressCallback& progress = {});

} // namespace Tenure::App
