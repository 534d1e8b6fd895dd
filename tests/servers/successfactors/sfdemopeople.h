#pragma once

#include "sfdata.h"

#include "models/domain/worker.h"

namespace Tenure::Tests::SuccessFactors {

// The business email type (picklist option id) the demo people's emails have.
inline const QString DemoBusinessEmailType = QStringLiteral("8448");

// Demo HR workers (tests/servers/common/demoworkers.h) as Employee Central holds them: the
// WorkerID is both personIdExternal and userId; the hire date starts the employment, the personal
// record and the first job record (emplStatus A); a termination date ends the employment and the
// job record, and a job record with emplStatus T starts the day after (how Employee Central
// records a termination). The email is the primary business email.
[[nodiscard]] QList<Person> demoPeople(const QList<Models::Worker>& workers);

} // namespace Tenure::Tests::SuccessFactors
