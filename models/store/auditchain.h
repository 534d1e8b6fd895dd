#pragma once

#include "models/domain/auditevent.h"

#include <QList>
#include <QString>
#include <optional>

namespace Tenure::Models {

// The hash chain of the audit log, apart from the database so that it can be read and tested alone.
//
// An event's hash is SHA-256 over, in this order: the format tag "tenure.audit.v1", seq, at,
// actor, action, subject, why, before, after and the previous event's hash, each written as its
// UTF-8 byte length, ':', the bytes and '\n' (so no field can bleed into the next). `before` and
// `after` are hashed as the exact JSON text stored, never re-serialised. The first event's
// previous hash is the genesis: 64 zeros.

inline constexpr char AuditGenesisHash[] = "0000000000000000000000000000000000000000000000000000000000000000";

// An event as the database stores it: the text the hash was computed over.
struct AuditRecord {
    qint64 seq = 0;
    QString at;        // ISO 8601, UTC, milliseconds: 2024-05-01T12:00:00.000Z
    QString actor;
    QString action;
    QString subject;
    QString why;
    QString before;    // compact JSON
    QString after;
    QString prevHash;
    QString hash;
};

[[nodiscard]] QString auditTimeText(const QDateTime& at);
[[nodiscard]] QString auditJsonText(const QJsonObject& json);
[[nodiscard]] QString auditHash(const AuditRecord& record);   // over every field but `hash`
[[nodiscard]] AuditEvent auditEventFrom(const AuditRecord& record);

// Where the chain breaks: the first event that is not what was recorded, in words for a person.
struct AuditBreak {
    qint64 seq = 0;
    QString at;
    QString action;
    QString message;
};

struct AuditVerdict {
    qint64 events = 0;
    std::optional<AuditBreak> firstBreak;
    [[nodiscard]] bool intact() const { return !firstBreak; }
};

// Walks the records in stored order (by seq). `highestSeqRecorded` is the largest seq the
// workspace ever assigned (SQLite's AUTOINCREMENT counter): a chain that ends before it lost
// its latest events, which the links alone cannot show.
class AuditChainCheck {
public:
    // False once the chain is broken; later records are not looked at.
    bool add(const AuditRecord& record);
    [[nodiscard]] AuditVerdict finish(qint64 highestSeqRecorded);

private:
    void breakAt(const AuditRecord& record, QString message);
    qint64 m_count = 0;
    std::optional<AuditRecord> m_last;
    std::optional<AuditBreak> m_break;
};

} // namespace Tenure::Models
