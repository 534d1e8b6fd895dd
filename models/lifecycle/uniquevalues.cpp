// The sequential pass of planning: new accounts get their SelectUniqueValue results and their id
// in HR order, so that two namesakes never receive the same value and the plan stays deterministic.
#include "planner.h"

namespace Tenure::Models {

void Planner::completeUnique(const Worker& worker, Operation& op, WorkerOutcome& out)
{
    const MappingContext context{m_nowMsecs, [&](const QString& attribute, const QString& value) {
                                     return isTaken(attribute, value, -1);
                                 }};
    auto unique = m_evaluator.evaluate(worker, context, RuleSelection::OnlyUnique);
    if (!unique) {
        op = errorFor(worker, unique.error().message);
        return;
    }
    for (const auto& mapped : *unique)
        if (!mapped.value.isEmpty())
            op.changes.append({mapped.attribute, {}, mapped.value, mapped.why});

    Attributes values;
    for (const auto& change : op.changes)
        values.insert(change.attribute, change.after);
    auto id = m_in.newAccountId ? m_in.newAccountId(values) : Result<QString>(QString());
    if (!id) {
        op = errorFor(worker, id.error().message);
        return;
    }
    op.targetId = *id;
    // A future-dated create is planned again when it is due; only a create of this run gives out
    // its values, and only its account can be pointed at by a report's manager attribute.
    if (op.category != Category::Joiner)
        return;
    for (const auto& mapped : *unique)
        for (const auto& value : mapped.value)
            m_givenOut[mapped.attribute.toCaseFolded()].insert(AccountIndex::key(value));
    if (out.placement)
        out.placement->accountId = op.targetId;
}

} // namespace Tenure::Models
