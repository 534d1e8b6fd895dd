#pragma once

#include "workdaystore.h"

namespace Tenure::Tests::Workday {

// The demo company (app/demo) as a Workday tenant holds it: the same people, each with the
// business processes that brought them where the demo's HR export shows them — a hire (or a
// contingent worker's contract), a job change for movers, a termination for leavers, an earlier
// employment and a rehire for rehires, a hire entered ahead of its start date for future hires.
// The export's two malformed rows become what breaks a Workday read: a hire date that is not a
// date, and an Active flag that is not a Workday boolean. Former workers are not in Workday.
[[nodiscard]] QList<StoredWorker> demoWorkers(const QDate& today, quint32 seed);

} // namespace Tenure::Tests::Workday
