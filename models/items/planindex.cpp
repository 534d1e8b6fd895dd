#include "planindex.h"

#include "categorylabels.h"
#include "planmodel.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace Tenure::Models {
namespace {

// Labels are translated once per query, not once per operation.
struct Labels {
    QHash<int, QString> categories;
    QHash<int, QString> kinds;
    const QString& category(Category c)
    {
        auto it = categories.find(int(c));
        if (it == categories.end())
            it = categories.insert(int(c), categoryLabel(c));
        return *it;
    }
    const QString& kind(OperationKind k)
    {
        auto it = kinds.find(int(k));
        if (it == kinds.end())
            it = kinds.insert(int(k), operationKindLabel(k));
        return *it;
    }
};

bool matchesText(const Operation& op, const QString& text, Labels& labels)
{
    const auto has = [&text](const QString& field) { return field.contains(text, Qt::CaseInsensitive); };
    if (has(op.workerId) || has(op.displayName) || has(op.targetId) || has(labels.category(op.category))
        || has(labels.kind(op.kind)))
        return true;
    return std::any_of(op.changes.cbegin(), op.changes.cend(),
                       [&](const AttributeChange& change) { return has(change.attribute); });
}

template <typename Key>
void sortBy(QList<int>& rows, const std::vector<Key>& keys, Qt::SortOrder order)
{
    // keys[i] belongs to rows[i]; sort positions, then permute.
    std::vector<int> positions(rows.size());
    std::iota(positions.begin(), positions.end(), 0);
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(positions.begin(), positions.end(), [&](int a, int b) {
        if (keys[a] < keys[b])
            return ascending;
        if (keys[b] < keys[a])
            return !ascending;
        return rows.at(a) < rows.at(b);   // plan order among equals, in both directions
    });
    QList<int> sorted;
    sorted.reserve(rows.size());
    for (const int position : positions)
        sorted.append(rows.at(position));
    rows = std::move(sorted);
}

QString changedAttributes(const Operation& op)
{
    QStringList names;
    names.reserve(op.changes.size());
    for (const auto& change : op.changes)
        names << change.attribute;
    return names.join(QStringLiteral(", "));
}

} // namespace

QList<int> buildPlanIndex(const Plan& plan, const QList<OperationOutcome>& outcomes, const PlanIndexQuery& query)
{
    Labels labels;
    QList<int> rows;
    rows.reserve(plan.operations.size());
    for (int i = 0; i < plan.operations.size(); ++i) {
        const Operation& op = plan.operations.at(i);
        if (query.category && op.category != *query.category)
            continue;
        if (!query.text.isEmpty() && !matchesText(op, query.text, labels))
            continue;
        rows.append(i);
    }
    if (query.sortColumn < 0)
        return rows;
    const auto& ops = plan.operations;
    switch (query.sortColumn) {
    case PlanModel::CategoryColumn:
    case PlanModel::OperationColumn:
    case PlanModel::ChangesColumn:
    case PlanModel::OutcomeColumn: {
        std::vector<int> keys(rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const int i = rows.at(r);
            const Operation& op = ops.at(i);
            switch (query.sortColumn) {
            case PlanModel::CategoryColumn: keys[r] = int(op.category); break;
            case PlanModel::OperationColumn: keys[r] = int(op.kind); break;
            case PlanModel::ChangesColumn: keys[r] = int(op.changes.size()); break;
            default: keys[r] = i < outcomes.size() && outcomes.at(i).index >= 0 ? int(outcomes.at(i).state) : -1;
            }
        }
        sortBy(rows, keys, query.order);
        break;
    }
    default: {
        std::vector<QString> keys(rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const Operation& op = ops.at(rows.at(r));
            switch (query.sortColumn) {
            case PlanModel::WorkerColumn: keys[r] = op.workerId.toCaseFolded(); break;
            case PlanModel::NameColumn: keys[r] = op.displayName.toCaseFolded(); break;
            case PlanModel::TargetColumn: keys[r] = op.targetId.toCaseFolded(); break;
            default: keys[r] = changedAttributes(op).toCaseFolded();
            }
        }
        sortBy(rows, keys, query.order);
    }
    }
    return rows;
}

} // namespace Tenure::Models
