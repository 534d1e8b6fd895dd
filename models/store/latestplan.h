#pragma once

#include "models/domain/result.h"
#include "workspacedatabase.h"

#include <QDateTime>
#include <QString>

namespace Tenure::Models {

// The newest stored plan of a directory tenant and whether a run has used it: what the console
// shows when it opens, instead of reading HR and the directory and planning again. Plans of a
// removed tenant of the same name are never it (they are retired with the tenant).
struct LatestPlan {
    qint64 id = 0;            // 0: the tenant has no stored plan
    QDateTime createdAt;
    int operationCount = 0;
    bool ran = false;         // some run has carried it out (in part or whole)
};

[[nodiscard]] Result<LatestPlan> latestPlan(const WorkspaceDatabase& db, const QString& tenant);

} // namespace Tenure::Models
