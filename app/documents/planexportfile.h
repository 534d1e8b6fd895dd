#pragma once

#include "app/export/planselection.h"

#include "models/domain/cancellation.h"
#include "models/domain/result.h"

namespace Tenure::App {

// The file formats a plan is exported to, for people and tools outside the console. One entry
// point for the console's export menu and `tenure-cli preview --output`.
enum class PlanExportFormat { Csv, Xlsx, Pdf };

[[nodiscard]] QString planExportFormatName(PlanExportFormat format);   // "csv", "xlsx", "pdf": also the suffix
[[nodiscard]] bool planExportFormatFromName(const QString& name, PlanExportFormat* out);

// Writes the selection to `path` in `format` through a QSaveFile: the file appears whole or not
// at all, and a failed or cancelled export leaves whatever was at `path` before. PDF needs a
// QGuiApplication (planpdf.h). Call from a worker thread for big plans.
[[nodiscard]] Models::Result<PlanExportSummary> exportPlanToFile(PlanExportFormat format, const PlanSelection& selection,
                                                                 const QString& path,
                                                                 const Models::CancelToken& cancel = {},
                                                                 const Models::ProgressCallback& progress = {});

} // namespace Tenure::App
