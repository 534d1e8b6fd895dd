#pragma once

#include "app/documents/planexportfile.h"
#include "latestjob.h"

namespace Tenure::Ui {

// Exports a plan selection to a file off the GUI thread (the thread pool), reporting progress as
// queued signals; cancel() stops it at its next check and the file is left as it was (the
// export writes through QSaveFile). One export at a time: start() while one runs replaces it.
class PlanExportJob : public LatestJob {
    Q_OBJECT

public:
    using LatestJob::LatestJob;

    void start(App::PlanExportFormat format, App::PlanSelection selection, const QString& path);

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // Only for the newest export, and not after cancel().
    void finished(App::PlanExportFormat format, const App::PlanExportSummary& summary, const QString& path);
    void failed(const Models::Error& error);
};

} // namespace Tenure::Ui
