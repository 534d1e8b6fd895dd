#include "planexportjob.h"

#include "backgroundcall.h"
#include "progressrelay.h"

namespace Tenure::Ui {

PlanExportJob::PlanExportJob(QObject* parent) : QObject(parent) {}

PlanExportJob::~PlanExportJob() { m_cancel.cancel(); }

void PlanExportJob::start(App::PlanExportFormat format, App::PlanSelection selection, const QString& path)
{
    m_cancel.cancel();   // an older export stops early; its result is stale anyway
    m_cancel = Models::CancelToken();
    const quint64 generation = ++m_generation;
    m_running = true;

    auto relay = ProgressRelay::create();
    connect(relay.get(), &ProgressRelay::progressed, this, [this, generation](qint64 done, qint64 total, qint64) {
        if (generation == m_generation)
            Q_EMIT progressed(done, total);
    });
    runInBackground(
        this,
        [format, selection = std::move(selection), path, cancel = m_cancel, relay] {
            return App::exportPlanToFile(format, selection, path, cancel,
                                         [relay](const Models::Progress& p) { relay->report(p); });
        },
        [this, generation, format, path](const Models::Result<App::PlanExportSummary>& result) {
            if (generation != m_generation)
                return;   // cancelled, or a newer export replaced this one
            m_running = false;
            if (result)
                Q_EMIT finished(format, *result, path);
            else
                Q_EMIT failed(result.error());
        });
}

void PlanExportJob::cancel()
{
    if (!m_running)
        return;
    m_cancel.cancel();
    ++m_generation;
    m_running = false;
}

} // namespace Tenure::Ui
