#include "auditlog.h"
#include "sqlquery.h"

#include <QSqlError>

namespace Tenure::Models {
namespace {

const QString selectRecord = QStringLiteral(
    "SELECT seq, at, actor, action, subject, why, before_json, after_json, prev_hash, hash FROM audit_events");

AuditRecord recordFrom(const QSqlQuery& query)
{
    AuditRecord record;
    record.seq = query.value(0).toLongLong();
    record.at = query.value(1).toString();
    record.actor = query.value(2).toString();
    record.action = query.value(3).toString();
    record.subject = query.value(4).toString();
    record.why = query.value(5).toString();
    record.before = query.value(6).toString();
    record.after = query.value(7).toString();
    record.prevHash = query.value(8).toString();
    record.hash = query.value(9).toString();
    return record;
}

// Qt binds a null QString as SQL NULL; the columns hold text, empty included.
QString notNull(const QString& text) { return text.isNull() ? QStringLiteral("") : text; }

// LIKE with the caller's text taken literally.
QString likePattern(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + text + u'%';
}

} // namespace

Result<AuditEvent> AuditLog::append(Transaction& tx, AuditEvent event)
{
    if (!tx.isActive())
        return fail(ErrorCode::Internal, QStringLiteral("An audit event must be written inside the transaction of the"
                                                        " change it records"));
    if (event.actor.trimmed().isEmpty() || event.action.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("An audit event needs an actor and an action"), event.action);
    const auto db = tx.connection();
    auto last = runQuery(db, QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"), {},
                         QStringLiteral("read the end of the audit log"));
    if (!last)
        return std::unexpected(last.error());
    AuditRecord record;
    if (last->next()) {
        record.seq = last->value(0).toLongLong() + 1;
        record.prevHash = last->value(1).toString();
    } else {
        record.seq = 1;
        record.prevHash = QString::fromLatin1(AuditGenesisHash);
    }
    last->finish();
    record.at = auditTimeText(QDateTime::currentDateTimeUtc());
    record.actor = notNull(event.actor);
    record.action = notNull(event.action);
    record.subject = notNull(event.subject);
    record.why = notNull(event.why);
    record.before = auditJsonText(event.before);
    record.after = auditJsonText(event.after);
    record.hash = auditHash(record);
    auto insert = runQuery(db, QStringLiteral("INSERT INTO audit_events (seq, at, actor, action, subject, why, before_json,"
                                              " after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {record.seq, record.at, record.actor, record.action, record.subject, record.why, record.before,
                            record.after, record.prevHash, record.hash},
                           QStringLiteral("write the audit event for %1").arg(event.action));
    if (!insert)
        return std::unexpected(insert.error());
    // The caller's objects are what was serialised: no need to parse the text back.
    event.seq = record.seq;
    event.at = QDateTime::fromString(record.at, Qt::ISODateWithMs);
    event.actor = record.actor;
    event.action = record.action;
    event.subject = record.subject;
    event.why = record.why;
    event.prevHash = record.prevHash;
    event.hash = record.hash;
    return event;
}

Result<AuditVerdict> AuditLog::verify() const
{
    const auto db = m_db.connection();
    // The counter first: events appended while the chain is read then only make the log longer
    // than the counter said, never shorter.
    auto counter = runQuery(db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_events'"), {},
                            QStringLiteral("read the audit log's counter"));
    if (!counter)
        return std::unexpected(counter.error());
    const qint64 highest = counter->next() ? counter->value(0).toLongLong() : 0;
    auto rows = runQuery(db, selectRecord + QStringLiteral(" ORDER BY seq"), {}, QStringLiteral("read the audit log"));
    if (!rows)
        return std::unexpected(rows.error());
    AuditChainCheck check;
    while (rows->next() && check.add(recordFrom(*rows))) {
    }
    return check.finish(highest);
}

Result<QList<AuditEvent>> AuditLog::query(const AuditFilter& filter) const
{
    QStringList where;
    QVariantList values;
    const auto add = [&](const QString& clause, const QVariantList& bound) {
        where.append(clause);
        values.append(bound);
    };
    if (!filter.actor.isEmpty())
        add(QStringLiteral("actor = ?"), {filter.actor});
    if (!filter.actionPrefix.isEmpty())
        add(QStringLiteral("substr(action, 1, ?) = ?"), {filter.actionPrefix.size(), filter.actionPrefix});
    if (!filter.subject.isEmpty())
        add(QStringLiteral("subject = ?"), {filter.subject});
    // The stored times are fixed-width UTC text, so text order is time order.
    if (filter.from.isValid())
        add(QStringLiteral("at >= ?"), {auditTimeText(filter.from)});
    if (filter.to.isValid())
        add(QStringLiteral("at <= ?"), {auditTimeText(filter.to)});
    if (!filter.text.isEmpty()) {
        const auto pattern = likePattern(filter.text);
        add(QStringLiteral("(subject LIKE ? ESCAPE '\\' OR why LIKE ? ESCAPE '\\' OR before_json LIKE ? ESCAPE '\\'"
                           " OR after_json LIKE ? ESCAPE '\\')"),
            {pattern, pattern, pattern, pattern});
    }
    const auto sql = selectRecord + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
                     + QStringLiteral(" ORDER BY seq");
    auto rows = runQuery(m_db.connection(), sql, values, QStringLiteral("read the audit log"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<AuditEvent> events;
    while (rows->next())
        events.append(auditEventFrom(recordFrom(*rows)));
    return events;
}

} // namespace Tenure::Models
