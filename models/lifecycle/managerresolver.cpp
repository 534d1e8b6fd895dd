#include "managerresolver.h"

#include <QSet>

namespace Tenure::Models {
namespace {

bool acceptsManagerChange(const Operation& op)
{
    switch (op.category) {
    case Category::Joiner:
    case Category::Mover:
    case Category::Rehire:
    case Category::Conversion:
    case Category::LeaveOfAbsence:
    case Category::Unchanged:
        return op.kind != OperationKind::Disable && op.kind != OperationKind::Delete;
    default:
        return false;
    }
}

} // namespace

ManagerResolver::ManagerResolver(QString managerAttribute, QString managerIdField, Comparable comparable)
    : m_attribute(std::move(managerAttribute)), m_field(std::move(managerIdField)), m_comparable(std::move(comparable))
{
}

bool ManagerResolver::same(const AttributeValue& current, const QString& desired) const
{
    if (current.size() != 1)
        return false;
    return m_comparable ? m_comparable(m_attribute, current.first()) == m_comparable(m_attribute, desired)
                        : current.first() == desired;
}

// Manager links form a functional graph (each worker has at most one manager): one walk per
// worker with three colours finds every cycle in linear time.
QHash<QString, QStringList> ManagerResolver::findLoops(const QHash<QString, WorkerPlacement>& placements) const
{
    QHash<QString, QStringList> loopOf;
    QHash<QString, int> colour;   // absent: unvisited, 1: on the current walk, 2: finished
    for (auto it = placements.cbegin(); it != placements.cend(); ++it) {
        if (colour.contains(it.key()))
            continue;
        QStringList walk;
        QString current = it.key();
        while (!current.isEmpty() && placements.contains(current) && !colour.contains(current)) {
            colour.insert(current, 1);
            walk.append(current);
            current = placements.value(current).managerId;
        }
        if (!current.isEmpty() && colour.value(current) == 1) {
            const auto loop = walk.mid(walk.indexOf(current));
            for (const auto& member : loop)
                loopOf.insert(member, loop);
        }
        for (const auto& visited : walk)
            colour.insert(visited, 2);
    }
    return loopOf;
}

QHash<QString, int> ManagerResolver::resolve(QList<Operation>& operations,
                                             const QHash<QString, WorkerPlacement>& placements) const
{
    QHash<QString, int> depth;
    if (m_attribute.isEmpty() || m_field.isEmpty())
        return depth;
    const auto loops = findLoops(placements);

    for (auto it = placements.cbegin(); it != placements.cend(); ++it) {
        // Depth for ordering: how many managers are above, stopping at a loop or a missing manager.
        int levels = 0;
        QString above = it->managerId;
        QSet<QString> seen{it.key()};
        while (!above.isEmpty() && placements.contains(above) && !seen.contains(above) && levels < 64) {
            seen.insert(above);
            ++levels;
            above = placements.value(above).managerId;
        }
        depth.insert(it.key(), levels);

        if (it->operationIndex < 0 || it->managerId.isEmpty())
            continue;
        Operation& op = operations[it->operationIndex];
        if (!acceptsManagerChange(op))
            continue;
        const auto managerId = it->managerId;
        if (const auto loop = loops.constFind(it.key()); loop != loops.cend()) {
            op.warnings.append(QStringLiteral("Manager loop %1 → %2: the manager is left unchanged")
                                   .arg(loop->join(QStringLiteral(" → ")), loop->first()));
            continue;
        }
        const auto manager = placements.constFind(managerId);
        if (manager == placements.cend()) {
            op.warnings.append(QStringLiteral("Manager %1 (%2) is not in the HR source: the manager is left unchanged")
                                   .arg(managerId, m_field));
            continue;
        }
        if (manager->accountId.isEmpty()) {
            op.warnings.append(QStringLiteral("Manager %1 has no account in this target (out of scope, not yet started "
                                              "or an error): the manager is left unchanged").arg(managerId));
            continue;
        }
        if (same(it->currentManager, manager->accountId))
            continue;
        op.changes.append({m_attribute, it->currentManager, {manager->accountId},
                           QStringLiteral("the account of manager %1 (%2)").arg(managerId, m_field)});
        if (op.category == Category::Unchanged) {
            op.category = Category::Mover;
            op.kind = OperationKind::Update;
            op.reason = QStringLiteral("HR changed the manager");
        }
    }
    return depth;
}

} // namespace Tenure::Models
