#pragma once

#include "models/domain/result.h"
#include "models/domain/worker.h"

namespace Tenure::Tests {

// The workers of a demo HR export (the CSV installer/demo.sh generates: WorkerID, FirstName,
// LastName, DisplayName, Email, JobTitle, Department, Location, ManagerID, WorkerType, Status,
// HireDate, TerminationDate, Phone), read with the product's own CSV source so the local API
// servers serve the same people the demo's CSV tenant sees. Rows the CSV source rejects are
// returned in `rejected` (with their line) and not served.
struct DemoWorkers {
    QList<Models::Worker> workers;
    QList<Models::RecordError> rejected;
};

[[nodiscard]] Models::Result<DemoWorkers> loadDemoWorkers(const QString& csvPath);

} // namespace Tenure::Tests
