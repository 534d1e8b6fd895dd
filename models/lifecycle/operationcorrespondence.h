#pragma once

#include "models/domain/plan.h"

namespace Tenure::Models {

// Which operations of a fresh plan carry on what earlier operations set out to do: the retry of a
// run's failed operations and the resumption of an interrupted or cancelled run are planned anew
// (so nothing is written without a plan that could have been previewed, and what went through
// after all is not done twice) and then limited to the people the earlier operations were about.
//
// An earlier operation is about a worker (its worker id) or, for an account no worker claims, that
// account (its target id). Every writing operation of the fresh plan about the same person or
// account corresponds: it is what the directory still needs for them now, which may differ from
// what was planned before if HR or the directory changed meanwhile.
struct Correspondence {
    QList<int> fresh;     // indexes in the fresh plan, in plan order
    QList<int> settled;   // indexes in `earlier` the fresh plan has nothing to write for: already as wanted
    QList<int> changed;   // indexes in `earlier` whose fresh operations differ from them
};

[[nodiscard]] Correspondence correspondingOperations(const QList<Operation>& earlier, const Plan& fresh);

} // namespace Tenure::Models
