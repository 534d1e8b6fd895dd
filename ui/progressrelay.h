#pragma once

#include "models/domain/cancellation.h"
#include "models/domain/operation.h"

#include <QObject>
#include <memory>

namespace Tenure::Ui {

// Carries a job's progress and outcomes from its worker thread to the GUI thread as queued
// signals. The worker holds it by shared_ptr, so it outlives the job whoever finishes first;
// the last owner schedules its deletion on the GUI thread (deleteLater is safe from any thread).
class ProgressRelay : public QObject {
    Q_OBJECT

public:
    [[nodiscard]] static std::shared_ptr<ProgressRelay> create();

    // Called on the worker thread.
    void report(const Models::Progress& progress) { Q_EMIT progressed(progress.done, progress.total, progress.failed); }
    void report(const Models::OperationOutcome& outcome) { Q_EMIT outcomeArrived(outcome); }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total, qint64 failed);
    void outcomeArrived(const Models::OperationOutcome& outcome);

private:
    ProgressRelay() = default;
};

} // namespace Tenure::Ui
