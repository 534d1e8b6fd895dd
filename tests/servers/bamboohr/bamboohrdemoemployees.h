#pragma once

#include "bamboohrservice.h"

#include "tests/servers/common/demoworkers.h"

namespace Tenure::Tests::BambooHr {

// Demo HR workers (tests/servers/common/demoworkers.h) as BambooHR holds them: the digits of the
// WorkerID become the numeric employee id (W10042 → 10042) and the WorkerID the employeeNumber;
// the manager's id goes in supervisorEId; a terminated worker has status Inactive and the other
// workers Active; the worker type is the employmentHistoryStatus.
// The export's broken rows stay broken records rather than vanish (a worker missing from a full
// read would look like a leaver): dates go out as the export has them (BambooHR's API carries
// them as text), and a row the CSV reader refused is an employee with its WorkerID and nothing
// else (no name, which the connector requires).
[[nodiscard]] QList<Employee> demoEmployees(const DemoWorkers& demo);

} // namespace Tenure::Tests::BambooHr
