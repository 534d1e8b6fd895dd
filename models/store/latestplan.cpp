#include "latestplan.h"

#include "sqlquery.h"

namespace Tenure::Models {

Result<LatestPlan> latestPlan(const WorkspaceDatabase& db, const QString& tenant)
{
    auto q = runQuery(db.connection(),
                      QStringLiteral("SELECT p.id, p.created_at, p.operation_count,"
                                     " EXISTS (SELECT 1 FROM runs r WHERE r.plan_id = p.id)"
                                     " FROM plans p WHERE p.tenant = ? AND p.retired = 0 ORDER BY p.id DESC LIMIT 1"),
                      {tenant}, QStringLiteral("find the latest plan of %1").arg(tenant));
    if (!q)
        return std::unexpected(q.error());
    LatestPlan latest;
    if (q->next()) {
        latest.id = q->value(0).toLongLong();
        latest.createdAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        latest.operationCount = q->value(2).toInt();
        latest.ran = q->value(3).toBool();
    }
    return latest;
}

} // namespace Tenure::Models
