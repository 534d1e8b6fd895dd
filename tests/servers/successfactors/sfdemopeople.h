#pragma once

#include "sfdata.h"

#include "tests/servers/common/demoworkers.h"

namespace Tenure::Tests::SuccessFactors {

// The business email type (picklist option id) the demo people's emails have.
inline const QString DemoBusinessEmailType = QStringLiteral("8448");

// Demo HR workers (tests/servers/common/demoworkers.h) as Employee Central holds them: the
// WorkerID is both personIdExternal and userId; the hire date starts the employment, the personal
// record and the first job record (emplStatus A); a termination date ends the employment and the
// job record, and a job record with emplStatus T starts the day after (how Employee Central
// records a termination). The email is the primary business email.
// The export's broken rows stay broken records rather than vanish (a worker missing from a full
// read would look like a leaver): a hire date that is not a date goes on the wire as the export has
// it (employmentNav/startDate), and a row the CSV reader refused is a person with its WorkerID and
// nothing else (no name, which the connector requires).
[[nodiscard]] QList<Person> demoPeople(const DemoWorkers& demo);

} // namespace Tenure::Tests::SuccessFactors
