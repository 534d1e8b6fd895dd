#include "auditlog.h"
#include "peoplerepositories.h"
#include "sqlquery.h"

#include <QJsonObject>

namespace Tenure::Models {
namespace {

QJsonObject holdJson(const Hold& hold)
{
    return {{QStringLiteral("id"), hold.id},
            {QStringLiteral("kind"), holdKindName(hold.kind)},
            {QStringLiteral("reason"), hold.reason},
            {QStringLiteral("placedBy"), hold.placedBy},
            {QStringLiteral("clearsWhenHrTerminates"), hold.clearsWhenHrTerminates}};
}

} // namespace

Result<Hold> HoldRepository::place(Hold hold) const
{
    if (hold.workerId.trimmed().isEmpty() || hold.reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A hold needs a worker id and a reason"));
    hold.placedBy = m_actor;
    hold.placedAt = QDateTime::currentDateTimeUtc();
    auto db = m_db.connection();
    Transaction tx(db);
    auto insert = runQuery(db, QStringLiteral("INSERT INTO holds (worker_id, kind, reason, placed_by, placed_at,"
                                              " clears_when_hr_terminates) VALUES (?, ?, ?, ?, ?, ?)"),
                           {hold.workerId, holdKindName(hold.kind), hold.reason, hold.placedBy,
                            hold.placedAt.toString(Qt::ISODateWithMs), hold.clearsWhenHrTerminates ? 1 : 0},
                           QStringLiteral("place a hold on %1").arg(hold.workerId));
    if (!insert)
        return std::unexpected(insert.error());
    hold.id = insert->lastInsertId().toLongLong();
    if (auto event = AuditLog::append(tx, makeAuditEvent(m_actor, AuditAction::HoldPlaced, hold.workerId, hold.reason, {},
                                                         holdJson(hold)));
        !event)
        return std::unexpected(event.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return hold;
}

Result<void> HoldRepository::clear(qint64 id, const QString& reason) const
{
    auto db = m_db.connection();
    Transaction tx(db);
    auto current = runQuery(db, QStringLiteral("SELECT worker_id, kind, reason, placed_by, clears_when_hr_terminates FROM holds"
                                               " WHERE id = ? AND cleared_at IS NULL"),
                            {id}, QStringLiteral("read hold %1").arg(id));
    if (!current)
        return std::unexpected(current.error());
    if (!current->next())
        return fail(ErrorCode::NotFound, QStringLiteral("There is no active hold #%1").arg(id));
    Hold hold;
    hold.id = id;
    hold.workerId = current->value(0).toString();
    hold.kind = current->value(1).toString() == QLatin1String("reenable") ? HoldKind::Reenable : HoldKind::AnyChange;
    hold.reason = current->value(2).toString();
    hold.placedBy = current->value(3).toString();
    hold.clearsWhenHrTerminates = current->value(4).toBool();
    auto update = runQuery(db, QStringLiteral("UPDATE holds SET cleared_by = ?, cleared_at = ?, clear_reason = ? WHERE id = ?"),
                           {m_actor, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), reason, id},
                           QStringLiteral("clear hold %1").arg(id));
    if (!update)
        return std::unexpected(update.error());
    if (auto event = AuditLog::append(tx, makeAuditEvent(m_actor, AuditAction::HoldCleared, hold.workerId, reason,
                                                         holdJson(hold), {}));
        !event)
        return std::unexpected(event.error());
    return tx.commit();
}

Result<QList<Hold>> HoldRepository::active() const
{
    auto q = runQuery(m_db.connection(),
                      QStringLiteral("SELECT id, worker_id, kind, reason, placed_by, placed_at, clears_when_hr_terminates FROM holds"
                                     " WHERE cleared_at IS NULL ORDER BY id"),
                      {}, QStringLiteral("list holds"));
    if (!q)
        return std::unexpected(q.error());
    QList<Hold> holds;
    while (q->next()) {
        Hold hold;
        hold.id = q->value(0).toLongLong();
        hold.workerId = q->value(1).toString();
        hold.kind = q->value(2).toString() == QLatin1String("reenable") ? HoldKind::Reenable : HoldKind::AnyChange;
        hold.reason = q->value(3).toString();
        hold.placedBy = q->value(4).toString();
        hold.placedAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs);
        hold.clearsWhenHrTerminates = q->value(6).toBool();
        holds.append(hold);
    }
    return holds;
}

Result<QHash<QString, QList<Hold>>> HoldRepository::activeByWorker() const
{
    auto holds = active();
    if (!holds)
        return std::unexpected(holds.error());
    QHash<QString, QList<Hold>> byWorker;
    for (const auto& hold : *holds)
        byWorker[hold.workerId].append(hold);
    return byWorker;
}

} // namespace Tenure::Models
