#pragma once

#include "models/domain/plan.h"

#include <QList>
#include <optional>

namespace Tenure::Models {

// What PlanModel shows of a plan: the filters and the sort.
struct PlanIndexQuery {
    QString text;                        // trimmed; matched case-insensitively
    std::optional<Category> category;
    int sortColumn = -1;                 // a PlanModel::Column, -1: plan order
    Qt::SortOrder order = Qt::AscendingOrder;
};

// The visible rows of a plan (operation indexes) for a query: a pure function of its inputs, so
// PlanModel runs it on a worker thread for big plans. Sorting precomputes one key per visible
// operation, then sorts indexes with std::sort; ties keep plan order, as a stable sort would.
// `texts(index, column)` gives a column's shown text (for the text columns' keys).
[[nodiscard]] QList<int> buildPlanIndex(const Plan& plan, const QList<OperationOutcome>& outcomes,
                                        const PlanIndexQuery& query);

} // namespace Tenure::Models
