#include "planselection.h"

#include <numeric>

namespace Tenure::App {

PlanSelection PlanSelection::whole(const Models::Plan& plan, qint64 planId)
{
    PlanSelection selection{plan, planId, QList<int>(plan.operations.size()), QString()};
    std::iota(selection.operations.begin(), selection.operations.end(), 0);
    return selection;
}

qint64 PlanSelection::changeRowCount() const
{
    qint64 rows = 0;
    for (const int index : operations)
        rows += std::max<qsizetype>(1, plan.operations.at(index).changes.size());
    return rows;
}

} // namespace Tenure::App
