#include "auditevents.h"
#include "auditlog.h"
#include "repositories.h"
#include "sqlquery.h"

#include "models/domain/parallelchunks.h"
#include "models/domain/planjson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace Tenure::Models {

Result<qint64> PlanRepository::save(const Plan& plan) const
{
    auto db = m_db.connection();
    Transaction tx(db);
    auto insert = runQuery(db, QStringLiteral("INSERT INTO plans (tenant, created_at, hash, blocked_reason, operation_count,"
                                              " threshold_hold) VALUES (?, ?, ?, ?, ?, ?)"),
                           {plan.tenant, plan.createdAt.toUTC().toString(Qt::ISODateWithMs),
                            QString::fromLatin1(plan.hash().toHex()), plan.blockedReason, plan.operations.size(),
                            plan.thresholdHold.isNull() ? QStringLiteral("") : plan.thresholdHold},
                           QStringLiteral("save the plan"));
    if (!insert)
        return std::unexpected(insert.error());
    const qint64 planId = insert->lastInsertId().toLongLong();

    QSqlQuery batch(db);
    batch.prepare(QStringLiteral("INSERT INTO plan_operations (plan_id, seq, category, kind, worker_id, target_id, body)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int seq = 0; seq < plan.operations.size(); ++seq) {
        const auto& op = plan.operations.at(seq);
        batch.addBindValue(planId);
        batch.addBindValue(seq);
        batch.addBindValue(categoryName(op.category));
        batch.addBindValue(operationKindName(op.kind));
        batch.addBindValue(op.workerId);
        batch.addBindValue(op.targetId);
        batch.addBindValue(QJsonDocument(operationToJson(op)).toJson(QJsonDocument::Compact));
        if (!batch.exec())
            return fail(ErrorCode::Storage, QStringLiteral("Cannot save operation %1 of the plan").arg(seq));
    }
    if (auto event = AuditLog::append(tx, AuditEvents::planCreated(m_actor, planId, plan)); !event)
        return std::unexpected(event.error());
    if (auto committed = tx.commit(); !committed)
        return std::unexpected(committed.error());
    return planId;
}

Result<Plan> PlanRepository::load(qint64 planId) const
{
    auto db = m_db.connection();
    auto header = runQuery(db, QStringLiteral("SELECT tenant, created_at, blocked_reason, hash, threshold_hold FROM plans WHERE id = ?"),
                           {planId}, QStringLiteral("read plan %1").arg(planId));
    if (!header)
        return std::unexpected(header.error());
    if (!header->next())
        return fail(ErrorCode::NotFound, QStringLiteral("The workspace has no plan %1").arg(planId));
    Plan plan;
    plan.tenant = header->value(0).toString();
    plan.createdAt = QDateTime::fromString(header->value(1).toString(), Qt::ISODateWithMs);
    plan.blockedReason = header->value(2).toString();
    const auto storedHash = header->value(3).toString();
    plan.thresholdHold = header->value(4).toString();

    auto rows = runQuery(db, QStringLiteral("SELECT body FROM plan_operations WHERE plan_id = ? ORDER BY seq"), {planId},
                         QStringLiteral("read the operations of plan %1").arg(planId));
    if (!rows)
        return std::unexpected(rows.error());
    // A plan edited in the file is not the plan a person previewed: refuse to use it. The hash is
    // over the stored bytes, which are what save() hashed.
    QList<QByteArray> bodies;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(plan.tenant.toUtf8());
    while (rows->next()) {
        bodies.append(rows->value(0).toByteArray());
        sha.addData(bodies.constLast());
    }
    if (QString::fromLatin1(sha.result().toHex()) != storedHash)
        return fail(ErrorCode::Storage, QStringLiteral("Plan %1 was changed after it was stored; preview again").arg(planId));

    // Parsed in parallel chunks: opening the console on a big stored plan waits for this.
    constexpr qsizetype ChunkSize = 4096;
    plan.operations.resize(bodies.size());
    Operation* const operations = plan.operations.data();
    const qsizetype chunks = (bodies.size() + ChunkSize - 1) / ChunkSize;
    std::vector<std::optional<Error>> failures(static_cast<size_t>(chunks));
    parallelChunks(chunks, [&](qsizetype chunk) {
        const qsizetype last = std::min(bodies.size(), (chunk + 1) * ChunkSize);
        for (qsizetype i = chunk * ChunkSize; i < last; ++i) {
            auto op = operationFromJson(QJsonDocument::fromJson(bodies.at(i)).object());
            if (!op) {
                failures[size_t(chunk)] = op.error();
                return;
            }
            operations[i] = std::move(*op);
        }
    });
    for (const auto& failure : failures)
        if (failure)
            return std::unexpected(*failure);
    return plan;
}

namespace {

// Rows of (seq, body), filtered by `keep`, as operations.
Result<QList<PlanOperation>> operationsFrom(QSqlQuery& rows, const std::function<bool(int)>& keep)
{
    QList<PlanOperation> list;
    while (rows.next()) {
        const int index = rows.value(0).toInt();
        if (!keep(index))
            continue;
        auto op = operationFromJson(QJsonDocument::fromJson(rows.value(1).toByteArray()).object());
        if (!op)
            return std::unexpected(op.error());
        list.append({index, std::move(*op)});
    }
    return list;
}

} // namespace

Result<QList<PlanOperation>> PlanRepository::operationsOfWorker(qint64 planId, const QString& workerId) const
{
    auto rows = runQuery(m_db.connection(),
                         QStringLiteral("SELECT seq, body FROM plan_operations WHERE plan_id = ? AND worker_id = ? ORDER BY seq"),
                         {planId, workerId}, QStringLiteral("read worker %1's operations in plan %2").arg(workerId).arg(planId));
    if (!rows)
        return std::unexpected(rows.error());
    return operationsFrom(*rows, [](int) { return true; });
}

Result<QList<PlanOperation>> PlanRepository::operationsOfKinds(qint64 planId, const QList<OperationKind>& kinds) const
{
    QStringList names;
    QVariantList values{planId};
    for (auto kind : kinds) {
        names << QStringLiteral("?");
        values << operationKindName(kind);
    }
    auto rows = runQuery(m_db.connection(),
                         QStringLiteral("SELECT seq, body FROM plan_operations WHERE plan_id = ? AND kind IN (%1) ORDER BY seq")
                             .arg(names.join(QLatin1Char(','))),
                         values, QStringLiteral("read operations of plan %1").arg(planId));
    if (!rows)
        return std::unexpected(rows.error());
    return operationsFrom(*rows, [](int) { return true; });
}

Result<QList<PlanOperation>> PlanRepository::operationsAt(qint64 planId, const QList<int>& indexes) const
{
    const QSet<int> wanted(indexes.cbegin(), indexes.cend());
    auto rows = runQuery(m_db.connection(), QStringLiteral("SELECT seq, body FROM plan_operations WHERE plan_id = ? ORDER BY seq"),
                         {planId}, QStringLiteral("read operations of plan %1").arg(planId));
    if (!rows)
        return std::unexpected(rows.error());
    return operationsFrom(*rows, [&wanted](int index) { return wanted.contains(index); });
}

} // namespace Tenure::Models
