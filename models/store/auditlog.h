#pragma once

#include "auditchain.h"
#include "models/domain/auditevent.h"
#include "models/domain/result.h"
#include "workspacedatabase.h"

#include <QList>

namespace Tenure::Models {

// Which events to read. Empty fields do not filter; times are inclusive.
struct AuditFilter {
    QString actor;           // exactly this operator
    QString actionPrefix;    // "run." matches run.started and run.finished
    QString subject;         // exactly this tenant, worker id, "plan/12", "run/7"
    QDateTime from;
    QDateTime to;
    QString text;            // anywhere in subject, why, before or after (case-insensitive for ASCII)
};

// The audit log: append-only and chained by SHA-256 (see auditchain.h), in the workspace database.
// A change and the event recording it are written in one transaction, so neither exists without
// the other:
//
//     Transaction tx(db.connection());
//     … write the change …
//     if (auto event = AuditLog::append(tx, makeAuditEvent(actor, AuditAction::HoldPlaced, workerId, why, {}, after)); !event)
//         return std::unexpected(event.error());     // tx rolls the change back
//     if (auto ok = tx.commit(); !ok) return std::unexpected(ok.error());
class AuditLog {
public:
    explicit AuditLog(const WorkspaceDatabase& db) : m_db(db) {}

    // Appends `event` on the transaction's connection, inside it. Assigns seq, at (now, UTC),
    // prevHash and hash and returns the event as stored. The transaction holds the write lock
    // (BEGIN IMMEDIATE), so the last hash read here is still the last when it commits: two threads
    // or two processes appending to one workspace never fork the chain. Should two appenders ever
    // read the same last event anyway, both take the same seq, the primary key, and one fails.
    [[nodiscard]] static Result<AuditEvent> append(Transaction& tx, AuditEvent event);

    // Walks the whole chain; the verdict names the first event that is not what was recorded.
    [[nodiscard]] Result<AuditVerdict> verify() const;

    // In chain order.
    [[nodiscard]] Result<QList<AuditEvent>> query(const AuditFilter& filter = {}) const;

private:
    const WorkspaceDatabase& m_db;
};

} // namespace Tenure::Models
