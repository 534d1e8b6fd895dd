#pragma once

#include "models/domain/account.h"
#include "models/domain/cancellation.h"
#include "models/domain/plan.h"
#include "models/domain/worker.h"
#include "models/mapping/mappingset.h"

#include <QDate>
#include <functional>

namespace Tenure::Models {

// Everything a plan is computed from. Plain values: the planner reads nothing else.
struct PlanInputs {
    QString tenant;
    HrSnapshot hr;
    DirectorySnapshot directory;
    MappingSet mapping;
    QDate today;          // the day "future-dated" is measured against
    QDateTime now;        // what Now() returns in expressions; invalid: the start of `today` (UTC)
    // The id a new account would get (the target decides, e.g. an escaped LDAP DN).
    std::function<Result<QString>(const Attributes&)> newAccountId;
    // Whether the target accepts a value for an attribute (AD: sAMAccountName rules). Unset: all.
    // SelectUniqueValue skips candidates the target would refuse.
    std::function<bool(const QString& attribute, const QString& value)> acceptsValue;
    // The form in which the target compares values (canonical DNs, case folding). Unset: as is.
    std::function<QString(const QString& attribute, const QString& value)> comparableValue;
};

// The planner: a pure function of its inputs. Joiners are created, movers updated with each
// attribute's before → after, leavers disabled (never deleted), and the order is deterministic.
class PlanBuilder {
public:
    [[nodiscard]] static Result<Plan> build(const PlanInputs& inputs, const CancelToken& cancel = {});
};

} // namespace Tenure::Models
