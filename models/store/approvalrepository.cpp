#include "auditlog.h"
#include "peoplerepositories.h"
#include "sqlquery.h"

#include <QJsonObject>
#include <QSet>

namespace Tenure::Models {
namespace {

const QString columns = QStringLiteral(
    "id, kind, tenant, worker_id, plan_id, subject_hash, summary, reason, requested_by, requested_at, state,"
    " decided_by, decided_at, decision_reason, choice, category");


Approval approvalFrom(const QSqlQuery& q)
{
    Approval a;
    a.id = q.value(0).toLongLong();
    (void)approvalKindFromName(q.value(1).toString(), &a.kind);
    a.tenant = q.value(2).toString();
    a.workerId = q.value(3).toString();
    a.planId = q.value(4).toLongLong();
    a.subjectHash = q.value(5).toString();
    a.summary = q.value(6).toString();
    a.reason = q.value(7).toString();
    a.requestedBy = q.value(8).toString();
    a.requestedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    (void)approvalStateFromName(q.value(10).toString(), &a.state);
    a.decidedBy = q.value(11).toString();
    a.decidedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    a.decisionReason = q.value(13).toString();
    (void)rehireChoiceFromName(q.value(14).toString(), &a.choice);
    if (Category category; categoryFromName(q.value(15).toString(), &category))
        a.category = category;
    return a;
}

QJsonObject approvalJson(const Approval& a)
{
    QJsonObject json{{QStringLiteral("kind"), approvalKindName(a.kind)}, {QStringLiteral("state"), approvalStateName(a.state)},
                     {QStringLiteral("summary"), a.summary}, {QStringLiteral("subjectHash"), a.subjectHash},
                     {QStringLiteral("requestedBy"), a.requestedBy}};
    if (!a.tenant.isEmpty())
        json.insert(QStringLiteral("tenant"), a.tenant);
    if (!a.workerId.isEmpty())
        json.insert(QStringLiteral("worker"), a.workerId);
    if (a.planId)
        json.insert(QStringLiteral("plan"), a.planId);
    if (a.category)
        json.insert(QStringLiteral("category"), categoryName(*a.category));
    if (!a.decidedBy.isEmpty())
        json.insert(QStringLiteral("decidedBy"), a.decidedBy);
    if (a.choice != RehireChoice::None)
        json.insert(QStringLiteral("choice"), rehireChoiceName(a.choice));
    return json;
}

// A null QString binds as SQL NULL; these columns hold '' for "none".
QString notNull(const QString& text) { return text.isNull() ? QStringLiteral("") : text; }

QString subjectOf(const Approval& a) { return QStringLiteral("approval/%1").arg(a.id); }

} // namespace

Result<Approval> ApprovalRepository::find(qint64 id) const
{
    auto q = runQuery(m_db.connection(), QStringLiteral("SELECT %1 FROM approvals WHERE id = ?").arg(columns), {id},
                      QStringLiteral("read approval %1").arg(id));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QStringLiteral("There is no approval #%1").arg(id));
    return approvalFrom(*q);
}

Result<std::optional<Approval>> ApprovalRepository::forSubject(const QString& subjectHash) const
{
    auto q = runQuery(m_db.connection(),
                      QStringLiteral("SELECT %1 FROM approvals WHERE subject_hash = ? AND state <> 'rejected'"
                                     " ORDER BY id DESC LIMIT 1").arg(columns),
                      {subjectHash}, QStringLiteral("look up an approval"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Approval>();
    return std::optional(approvalFrom(*q));
}

Result<QList<Approval>> ApprovalRepository::list(bool pendingOnly, std::optional<OperatorRole> decidableBy) const
{
    auto q = runQuery(m_db.connection(),
                      QStringLiteral("SELECT %1 FROM approvals %2 ORDER BY id").arg(columns,
                          pendingOnly ? QStringLiteral("WHERE state = 'pending'") : QString()),
                      {}, QStringLiteral("list approvals"));
    if (!q)
        return std::unexpected(q.error());
    QList<Approval> list;
    while (q->next()) {
        auto approval = approvalFrom(*q);
        if (!decidableBy || mayDecide(*decidableBy, approval))
            list.append(std::move(approval));
    }
    return list;
}

Result<Approval> ApprovalRepository::request(Approval approval) const
{
    auto existing = forSubject(approval.subjectHash);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && (*existing)->state != ApprovalState::Done)
        return **existing;
    approval.requestedBy = m_actor;
    approval.requestedAt = QDateTime::currentDateTimeUtc();
    approval.state = ApprovalState::Pending;
    auto db = m_db.connection();
    Transaction tx(db);
    auto insert = runQuery(db, QStringLiteral("INSERT INTO approvals (kind, tenant, worker_id, plan_id, subject_hash, summary,"
                                              " reason, requested_by, requested_at, state, category)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)"),
                           {approvalKindName(approval.kind), notNull(approval.tenant), notNull(approval.workerId),
                            approval.planId ? QVariant(approval.planId) : QVariant(), approval.subjectHash,
                            notNull(approval.summary), notNull(approval.reason), approval.requestedBy,
                            approval.requestedAt.toString(Qt::ISODateWithMs),
                            approval.category ? categoryName(*approval.category) : QStringLiteral("")},
                           QStringLiteral("request an approval"));
    if (!insert)
        return std::unexpected(insert.error());
    approval.id = insert->lastInsertId().toLongLong();
    const char* action = approval.kind == ApprovalKind::EmergencyTermination ? AuditAction::TerminationRequested
                                                                             : AuditAction::ApprovalRequested;
    if (auto event = AuditLog::append(tx, makeAuditEvent(m_actor, action, subjectOf(approval), approval.reason, {},
                                                         approvalJson(approval)));
        !event)
        return std::unexpected(event.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return approval;
}

Result<Approval> ApprovalRepository::decide(qint64 id, bool approve, const QString& reason, RehireChoice choice) const
{
    auto db = m_db.connection();
    Transaction tx(db);
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->state != ApprovalState::Pending)
        return fail(ErrorCode::Conflict, QStringLiteral("Approval #%1 is already %2").arg(id).arg(approvalStateName(current->state)));
    // Four-eyes: checked here for a clear message, and by the database's CHECK whatever happens.
    if (current->requestedBy == m_actor)
        return fail(ErrorCode::Rejected, QStringLiteral("%1 requested approval #%2 and cannot decide it: a second person must")
                                             .arg(m_actor)
                                             .arg(id));
    // Who may decide what: checked here for a clear message, and by the database's trigger.
    auto role = RoleRepository(m_db, m_actor).roleOf(m_actor);
    if (!role)
        return std::unexpected(role.error());
    if (!mayDecide(*role, *current))
        return fail(ErrorCode::Rejected, QStringLiteral("%1 is %2 and may not decide approval #%3: an admin decides %4 requests")
                                             .arg(m_actor, operatorRoleName(*role))
                                             .arg(id)
                                             .arg(approvalKindName(current->kind)));
    if (approve && isRehire(*current) && choice == RehireChoice::None)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("Approval #%1 is a rehire: choose reactivate (the archived account) or new-account").arg(id));
    if (!approve && reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A rejection needs a reason"));
    Approval after = *current;
    after.state = approve ? ApprovalState::Approved : ApprovalState::Rejected;
    after.decidedBy = m_actor;
    after.decidedAt = QDateTime::currentDateTimeUtc();
    after.decisionReason = reason;
    after.choice = approve ? choice : RehireChoice::None;
    auto update = runQuery(db, QStringLiteral("UPDATE approvals SET state = ?, decided_by = ?, decided_at = ?, decision_reason = ?,"
                                              " choice = ? WHERE id = ? AND state = 'pending'"),
                           {approvalStateName(after.state), after.decidedBy, after.decidedAt.toString(Qt::ISODateWithMs),
                            reason, rehireChoiceName(after.choice), id},
                           QStringLiteral("decide approval #%1").arg(id));
    if (!update)
        return std::unexpected(update.error());
    if (update->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QStringLiteral("Approval #%1 was decided by someone else meanwhile").arg(id));
    if (auto event = AuditLog::append(tx, makeAuditEvent(m_actor, approve ? AuditAction::ApprovalGranted : AuditAction::ApprovalRejected,
                                                         subjectOf(after), reason, approvalJson(*current), approvalJson(after)));
        !event)
        return std::unexpected(event.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return after;
}

Result<void> ApprovalRepository::markDone(qint64 id, const QString& outcome) const
{
    auto db = m_db.connection();
    Transaction tx(db);
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    auto update = runQuery(db, QStringLiteral("UPDATE approvals SET state = 'done' WHERE id = ? AND state = 'approved'"), {id},
                           QStringLiteral("close approval #%1").arg(id));
    if (!update)
        return std::unexpected(update.error());
    Approval after = *current;
    after.state = ApprovalState::Done;
    if (auto event = AuditLog::append(tx, makeAuditEvent(m_actor, AuditAction::ApprovalCompleted, subjectOf(after), outcome,
                                                         approvalJson(*current), approvalJson(after)));
        !event)
        return std::unexpected(event.error());
    return tx.commit();
}

Result<QSet<QString>> ApprovalRepository::rehiresRoutedToNewAccounts(const QString& tenant) const
{
    auto q = runQuery(m_db.connection(),
                      QStringLiteral("SELECT worker_id FROM approvals WHERE tenant = ? AND kind = 'operation'"
                                     " AND state IN ('approved','done') AND choice = 'new-account'"),
                      {tenant}, QStringLiteral("read rehire routings"));
    if (!q)
        return std::unexpected(q.error());
    QSet<QString> workers;
    while (q->next())
        workers.insert(q->value(0).toString());
    return workers;
}

} // namespace Tenure::Models
