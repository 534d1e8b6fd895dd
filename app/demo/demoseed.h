#pragma once

#include "demopeople.h"
#include "models/domain/account.h"
#include "models/domain/result.h"

#include <QDate>

namespace Tenure::App::Demo {

// The directory as the demo finds it: an account for everyone who has one, as the demo mapping
// (demoMapping(), through the mapping evaluator) made it from the person's HR record as the
// directory last saw it: a mover's old title, department, location or surname, a rehire's old
// title. Login names (uid, SelectUniqueValue) are given out in WorkerID order, so the
// longest-serving of two namesakes has the first choice. Ordered as `people`.
// An error names the worker whose account the mapping could not compute.
[[nodiscard]] Models::Result<QList<Models::Account>> seedAccounts(const QList<DemoPerson>& people,
                                                                  const QDate& today);

// The DN of a demo account, as the directory names it: uid=<uid>,<parentDistinguishedName>, or
// under ou=People when the attributes have no parentDistinguishedName. The demo's login names are
// ASCII letters and digits: nothing in them needs RFC 4514 escaping.
[[nodiscard]] QString accountDn(const Models::Attributes& attributes);

// The departments that get an OU in the seed: every department anyone works or worked in, and
// the mapping's "Unassigned". Sorted.
[[nodiscard]] QStringList departmentsOf(const QList<DemoPerson>& people);

} // namespace Tenure::App::Demo
