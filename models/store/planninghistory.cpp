#include "peoplerepositories.h"
#include "sqlquery.h"

#include "models/domain/operation.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Tenure::Models {

Result<int> PlanningHistory::lastGoodSourceCount(const QString& hrTenant) const
{
    auto q = runQuery(m_db.connection(), QStringLiteral("SELECT worker_count FROM source_reads WHERE tenant = ?"), {hrTenant},
                      QStringLiteral("read the last size of %1").arg(hrTenant));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : -1;
}

Result<void> PlanningHistory::recordSourceCount(const QString& hrTenant, int workers) const
{
    auto q = runQuery(m_db.connection(),
                      QStringLiteral("INSERT INTO source_reads (tenant, worker_count, read_at) VALUES (?, ?, ?)"
                                     " ON CONFLICT (tenant) DO UPDATE SET worker_count = excluded.worker_count,"
                                     " read_at = excluded.read_at"),
                      {hrTenant, workers, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                      QStringLiteral("record the size of %1").arg(hrTenant));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

// Replays the confirmed operations of the tenant's runs in order: the last one that disabled,
// pre-created, enabled or deleted an account says why it is in its state now.
Result<QHash<QString, AccountMark>> PlanningHistory::accountMarks(const QString& tenant) const
{
    auto q = runQuery(m_db.connection(),
                      QStringLiteral("SELECT o.target_id, o.category, o.kind, o.body, r.updated_at"
                                     " FROM run_operations r JOIN runs ON runs.id = r.run_id"
                                     " JOIN plan_operations o ON o.plan_id = runs.plan_id AND o.seq = r.seq"
                                     " WHERE runs.tenant = ? AND r.state = 'confirmed'"
                                     " AND o.kind IN ('create','disable','enable','delete')"
                                     " ORDER BY r.updated_at, r.run_id, r.seq"),
                      {tenant}, QStringLiteral("read the run history of %1").arg(tenant));
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, AccountMark> marks;
    while (q->next()) {
        const auto target = q->value(0).toString();
        const auto category = q->value(1).toString();
        const auto kind = q->value(2).toString();
        const auto at = QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs);
        if (kind == QLatin1String("enable") || kind == QLatin1String("delete")) {
            marks.remove(target);
        } else if (kind == QLatin1String("create")) {
            const auto body = QJsonDocument::fromJson(q->value(3).toByteArray()).object();
            if (body.value(QStringLiteral("accountEnabled")).toBool(true))
                marks.remove(target);
            else
                marks.insert(target, {AccountMarkKind::PreHired, at});
        } else if (category == categoryName(Category::LeaveOfAbsence)) {
            marks.insert(target, {AccountMarkKind::DisabledForLeave, at});
        } else {
            const auto body = QJsonDocument::fromJson(q->value(3).toByteArray()).object();
            const bool emergency = body.value(QStringLiteral("reason")).toString().startsWith(QLatin1String("Emergency"));
            marks.insert(target, {emergency ? AccountMarkKind::EmergencyDisabled : AccountMarkKind::DisabledAsLeaver, at});
        }
    }
    return marks;
}

} // namespace Tenure::Models
