#include "runlabels.h"

#include <QLocale>

namespace Tenure::Ui {

QString RunLabels::purpose(const Models::RunRecord& run)
{
    switch (run.purpose) {
    case Models::RunPurpose::Plan: return tr("Whole plan %1").arg(run.planId);
    case Models::RunPurpose::Selection: return tr("Selected operations of plan %1").arg(run.planId);
    case Models::RunPurpose::Retry: return tr("Retry of run %1").arg(run.originRun);
    case Models::RunPurpose::Resume: return tr("Resumption of run %1").arg(run.originRun);
    case Models::RunPurpose::Due: return tr("Due work");
    case Models::RunPurpose::Termination: return tr("Emergency termination");
    }
    return {};
}

QString RunLabels::state(Models::RunState state, bool stopped)
{
    switch (state) {
    case Models::RunState::Running: return stopped ? tr("Stopped (no news)") : tr("Running");
    case Models::RunState::Completed: return tr("Completed");
    case Models::RunState::Failed: return tr("Failed");
    case Models::RunState::Cancelled: return tr("Cancelled");
    case Models::RunState::Interrupted: return tr("Interrupted");
    }
    return {};
}

QString RunLabels::title(const Models::RunRecord& run, int operations)
{
    return tr("Run %1 · %2 · %3 · %Ln operation(s) · by %4", nullptr, operations)
        .arg(run.id)
        .arg(purpose(run), run.tenant, run.operatorName);
}

QString RunLabels::duration(qint64 seconds)
{
    if (seconds < 1)
        return tr("under a second");
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace Tenure::Ui
