#include "planexportjob.h"

namespace Tenure::Ui {

void PlanExportJob::start(App::PlanExportFormat format, App::PlanSelection selection, const QString& path)
{
    launch(
        [format, selection = std::move(selection), path](const Models::CancelToken& cancel, const auto& report) {
            return App::exportPlanToFile(format, selection, path, cancel, report);
        },
        [this](qint64 done, qint64 total) { Q_EMIT progressed(done, total); },
        [this, format, path](const Models::Result<App::PlanExportSummary>& result) {
            if (result)
                Q_EMIT finished(format, *result, path);
            else
                Q_EMIT failed(result.error());
        });
}

} // namespace Tenure::Ui
