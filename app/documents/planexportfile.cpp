#include "planexportfile.h"

#include "planpdf.h"

#include "app/export/plancsv.h"
#include "app/export/planxlsx.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Tenure::App {

QString planExportFormatName(PlanExportFormat format)
{
    switch (format) {
    case PlanExportFormat::Csv: return QStringLiteral("csv");
    case PlanExportFormat::Xlsx: return QStringLiteral("xlsx");
    case PlanExportFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

bool planExportFormatFromName(const QString& name, PlanExportFormat* out)
{
    for (const auto format : {PlanExportFormat::Csv, PlanExportFormat::Xlsx, PlanExportFormat::Pdf}) {
        if (name.compare(planExportFormatName(format), Qt::CaseInsensitive) == 0) {
            *out = format;
            return true;
        }
    }
    return false;
}

Models::Result<PlanExportSummary> exportPlanToFile(PlanExportFormat format, const PlanSelection& selection,
                                                   const QString& path, const Models::CancelToken& cancel,
                                                   const Models::ProgressCallback& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Models::fail(Models::ErrorCode::Storage, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    Models::Result<PlanExportSummary> written;
    switch (format) {
    case PlanExportFormat::Csv: written = writePlanCsv(file, selection, cancel, progress); break;
    case PlanExportFormat::Xlsx: written = writePlanXlsx(file, selection, cancel, progress); break;
    case PlanExportFormat::Pdf: written = writePlanPdf(file, selection, cancel, progress); break;
    }
    if (!written) {
        file.cancelWriting();
        return written;
    }
    // QSaveFile renames the finished temporary file over `path` only here.
    if (!file.commit())
        return Models::fail(Models::ErrorCode::Storage, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    written->bytes = QFileInfo(path).size();
    return written;
}

} // namespace Tenure::App
