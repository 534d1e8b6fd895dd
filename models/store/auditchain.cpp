#include "auditchain.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace Tenure::Models {
namespace {

void addField(QCryptographicHash& hash, const QString& text)
{
    const auto bytes = text.toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":", 1));
    hash.addData(bytes);
    hash.addData(QByteArrayView("\n", 1));
}

QString describe(const AuditRecord& record)
{
    return QStringLiteral("Event %1 (%2, %3)").arg(record.seq).arg(record.at, record.action);
}

} // namespace

QString auditTimeText(const QDateTime& at) { return at.toUTC().toString(Qt::ISODateWithMs); }

QString auditJsonText(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString auditHash(const AuditRecord& record)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto& field : {QStringLiteral("tenure.audit.v1"), QString::number(record.seq), record.at, record.actor,
                              record.action, record.subject, record.why, record.before, record.after, record.prevHash})
        addField(hash, field);
    return QString::fromLatin1(hash.result().toHex());
}

AuditEvent auditEventFrom(const AuditRecord& record)
{
    AuditEvent event;
    event.seq = record.seq;
    event.at = QDateTime::fromString(record.at, Qt::ISODateWithMs);
    event.actor = record.actor;
    event.action = record.action;
    event.subject = record.subject;
    event.why = record.why;
    event.before = QJsonDocument::fromJson(record.before.toUtf8()).object();
    event.after = QJsonDocument::fromJson(record.after.toUtf8()).object();
    event.prevHash = record.prevHash;
    event.hash = record.hash;
    return event;
}

void AuditChainCheck::breakAt(const AuditRecord& record, QString message)
{
    m_break = AuditBreak{record.seq, record.at, record.action, describe(record) + QStringLiteral(": ") + message};
}

bool AuditChainCheck::add(const AuditRecord& record)
{
    if (m_break)
        return false;
    const qint64 expectedSeq = m_last ? m_last->seq + 1 : 1;
    const QString expectedPrev = m_last ? m_last->hash : QString::fromLatin1(AuditGenesisHash);
    // Order matters: a missing or moved event shows first as a gap or a broken link on the event
    // after it; an edited event shows as its own hash no longer matching.
    if (record.seq > expectedSeq) {
        breakAt(record, expectedSeq == record.seq - 1
                            ? QStringLiteral("event %1 before it was removed").arg(expectedSeq)
                            : QStringLiteral("events %1 to %2 before it were removed").arg(expectedSeq).arg(record.seq - 1));
    } else if (record.seq < expectedSeq) {
        breakAt(record, QStringLiteral("it is out of order (expected event %1 here)").arg(expectedSeq));
    } else if (record.prevHash != expectedPrev) {
        breakAt(record, m_last ? QStringLiteral("it does not follow event %1: events were reordered, removed or"
                                                " replaced here").arg(m_last->seq)
                               : QStringLiteral("it does not start the log (its previous hash is not the genesis):"
                                                " the log's first events were replaced"));
    } else if (auditHash(record) != record.hash) {
        breakAt(record, QStringLiteral("it was changed after it was recorded (its contents no longer match its hash)"));
    } else {
        ++m_count;
        m_last = record;
        return true;
    }
    return false;
}

AuditVerdict AuditChainCheck::finish(qint64 highestSeqRecorded)
{
    AuditVerdict verdict;
    verdict.events = m_count;
    if (!m_break && highestSeqRecorded > (m_last ? m_last->seq : 0)) {
        const qint64 lastSeq = m_last ? m_last->seq : 0;
        AuditBreak gone{lastSeq + 1, {}, {}, {}};
        gone.message = m_last ? QStringLiteral("Event %1 and later were removed: the log ends at event %2 (%3, %4) but"
                                               " the workspace recorded events up to %5")
                                    .arg(lastSeq + 1).arg(lastSeq).arg(m_last->at, m_last->action).arg(highestSeqRecorded)
                              : QStringLiteral("Event 1 and later were removed: the log is empty but the workspace"
                                               " recorded events up to %1").arg(highestSeqRecorded);
        m_break = gone;
    }
    verdict.firstBreak = m_break;
    return verdict;
}

} // namespace Tenure::Models
