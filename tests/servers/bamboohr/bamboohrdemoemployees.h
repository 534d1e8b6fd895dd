#pragma once

#include "bamboohrservice.h"

#include "models/domain/worker.h"

namespace Tenure::Tests::BambooHr {

// Demo HR workers (tests/servers/common/demoworkers.h) as BambooHR holds them: the digits of the
// WorkerID become the numeric employee id (W10042 → 10042) and the WorkerID the employeeNumber;
// the manager's id goes in supervisorEId; a terminated worker has status Inactive and the other
// workers Active; the worker type is the employmentHistoryStatus.
[[nodiscard]] QList<Employee> demoEmployees(const QList<Models::Worker>& workers);

} // namespace Tenure::Tests::BambooHr
