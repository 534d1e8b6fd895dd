#pragma once

#include "models/domain/operation.h"

#include <QHash>
#include <functional>

namespace Tenure::Models {

// Where a planned worker stands, as the manager pass needs it.
struct WorkerPlacement {
    int operationIndex = -1;   // the worker's operation in the plan, -1 if none
    QString accountId;         // the existing account, or the one a create in this plan makes
    AttributeValue currentManager;
    QString managerId;         // the manager's worker id from HR
};

// The second pass of planning: each worker's manager attribute becomes the manager's account id,
// which may be an account created in this same plan. A manager who is missing, has no account in
// this target, or sits in a loop (A→A, A→B→A) is reported on the affected workers and their manager
// attribute is left alone; the run goes on.
class ManagerResolver {
public:
    using Comparable = std::function<QString(const QString& attribute, const QString& value)>;

    ManagerResolver(QString managerAttribute, QString managerIdField, Comparable comparable);

    // Adds manager changes (and warnings) to `operations`; returns each worker's depth below the
    // top of the hierarchy, so creates can be ordered managers first.
    QHash<QString, int> resolve(QList<Operation>& operations, const QHash<QString, WorkerPlacement>& placements) const;

private:
    [[nodiscard]] QHash<QString, QStringList> findLoops(const QHash<QString, WorkerPlacement>& placements) const;
    [[nodiscard]] bool same(const AttributeValue& current, const QString& desired) const;

    QString m_attribute;
    QString m_field;
    Comparable m_comparable;
};

} // namespace Tenure::Models
