#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Tenure::Models {

// The stable names of audited actions. Scripts filter on them (`audit export --action run.`) and
// the chain hashes them, so a name is never changed once released: add a new one instead.
namespace AuditAction {
inline constexpr char TenantSaved[] = "tenant.saved";
inline constexpr char TenantRemoved[] = "tenant.removed";
inline constexpr char MappingSaved[] = "mapping.saved";
inline constexpr char PlanCreated[] = "plan.created";
inline constexpr char RunStarted[] = "run.started";
inline constexpr char OperationConfirmed[] = "operation.confirmed";
inline constexpr char OperationFailed[] = "operation.failed";
inline constexpr char RunFinished[] = "run.finished";
inline constexpr char ApprovalRequested[] = "approval.requested";
inline constexpr char ApprovalGranted[] = "approval.granted";
inline constexpr char ApprovalRejected[] = "approval.rejected";
inline constexpr char ApprovalCompleted[] = "approval.completed";
inline constexpr char HoldPlaced[] = "hold.placed";
inline constexpr char HoldCleared[] = "hold.cleared";
inline constexpr char TerminationRequested[] = "termination.requested";
inline constexpr char RoleGranted[] = "role.granted";
inline constexpr char RoleRevoked[] = "role.revoked";
inline constexpr char RunInterrupted[] = "run.interrupted";
// A new account's initial password was shown once to the actor and removed from the keychain.
inline constexpr char InitialPasswordHandedOver[] = "password.handed-over";
// After a run: what the HR source was told of a worker's email and user name, or why it refused.
inline constexpr char WriteBackWritten[] = "writeback.written";
inline constexpr char WriteBackFailed[] = "writeback.failed";
} // namespace AuditAction

// One entry of the audit log: who did what to which subject, when, why, and what it was before
// and after. The caller fills actor..after; AuditLog::append assigns seq, at, prevHash and hash.
struct AuditEvent {
    qint64 seq = 0;        // 1, 2, 3, … in chain order
    QDateTime at;          // UTC, millisecond precision
    QString actor;         // the operator (OS user; the database role in team mode)
    QString action;        // one of AuditAction
    QString subject;       // a tenant name, a worker id, "plan/12", "run/7"
    QString why;           // one sentence for a person
    QJsonObject before;    // empty: there was nothing before (a new tenant)
    QJsonObject after;     // empty: there is nothing after (a removed tenant)
    QString prevHash;      // hex SHA-256 of the previous event; 64 zeros for the first
    QString hash;          // hex SHA-256 over this event's fields and prevHash
};

[[nodiscard]] inline AuditEvent makeAuditEvent(QString actor, const char* action, QString subject, QString why,
                                               QJsonObject before = {}, QJsonObject after = {})
{
    AuditEvent event;
    event.actor = std::move(actor);
    event.action = QString::fromLatin1(action);
    event.subject = std::move(subject);
    event.why = std::move(why);
    event.before = std::move(before);
    event.after = std::move(after);
    return event;
}

} // namespace Tenure::Models
