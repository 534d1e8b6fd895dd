#pragma once

#include "lifecyclepolicy.h"
#include "models/domain/account.h"
#include "models/domain/cancellation.h"
#include "models/domain/hold.h"
#include "models/domain/plan.h"
#include "models/domain/worker.h"
#include "models/mapping/mappingset.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <functional>

namespace Tenure::Models {

// What the target can do; the planner plans only that (mirrors DirectoryTarget's capabilities).
struct TargetAbilities {
    bool disable = true;
    bool enable = true;
    bool move = true;
};

// Everything a plan is computed from. Plain values: the planner reads nothing else.
struct PlanInputs {
    QString tenant;
    HrSnapshot hr;
    DirectorySnapshot directory;
    MappingSet mapping;
    LifecyclePolicy policy;
    TargetAbilities abilities;
    QDate today;          // kept for callers that only know the day; `now` wins when set
    QDateTime now;        // the instant the plan is made for; invalid: the start of `today` (UTC)
    // The id a new account would get (the target decides, e.g. an escaped LDAP DN).
    std::function<Result<QString>(const Attributes&)> newAccountId;
    // Whether the target accepts a value for an attribute (AD: sAMAccountName rules). Unset: all.
    // SelectUniqueValue skips candidates the target would refuse.
    std::function<bool(const QString& attribute, const QString& value)> acceptsValue;
    // The form in which the target compares values (canonical DNs, case folding). Unset: as is.
    std::function<QString(const QString& attribute, const QString& value)> comparableValue;
    // What Tenure last did to each account (account id → mark), from the run history.
    QHash<QString, AccountMark> accountMarks;
    // Rehires a person routed to a new account: their archived account is left as it is.
    QSet<QString> rehireAsNewAccount;
    // Active holds by worker id.
    QHash<QString, QList<Hold>> holds;
    // How many workers the last full read that was planned delivered; -1 unknown.
    int lastGoodSourceCount = -1;
};

// The planner: a pure function of its inputs. Every worker lands in one category with each
// attribute's before → after and why; leavers are disabled (deleted only after the retention, as
// their own operation); future-dated work carries its effective instant; the order is deterministic.
class PlanBuilder {
public:
    [[nodiscard]] static Result<Plan> build(const PlanInputs& inputs, const CancelToken& cancel = {});
};

} // namespace Tenure::Models
