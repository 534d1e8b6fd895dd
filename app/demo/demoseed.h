#pragma once

#include "demopeople.h"
#include "models/domain/account.h"

namespace Tenure::App::Demo {

// The directory as the demo finds it: an account for everyone who has one, computed with the demo
// mapping from the person's HR record, then set back to what the directory still says for movers
// and rehires. Ordered as `people`.
[[nodiscard]] QList<Models::Account> seedAccounts(const QList<DemoPerson>& people);

// The DN of a demo account: uid=<WorkerID>,ou=People,dc=example,dc=test.
[[nodiscard]] QString accountDn(const QString& workerId);

} // namespace Tenure::App::Demo
