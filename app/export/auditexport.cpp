#include "auditexport.h"

#include "csvcell.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <algorithm>

namespace Tenure::App {
namespace {

constexpr int MaxCellWidth = 40;

QString timeText(const QDateTime& at) { return at.toUTC().toString(Qt::ISODateWithMs); }

QString printable(QString text)
{
    for (auto& c : text)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    return text;
}

QString clip(const QString& text)
{
    return text.size() <= MaxCellWidth ? text : text.left(MaxCellWidth - 1) + QChar(0x2026);
}

QString jsonText(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

QString auditAsTable(const QList<Models::AuditEvent>& events)
{
    const QStringList headers{QStringLiteral("SEQ"), QStringLiteral("TIME (UTC)"), QStringLiteral("ACTOR"),
                              QStringLiteral("ACTION"), QStringLiteral("SUBJECT"), QStringLiteral("WHY")};
    QList<QStringList> rows;
    rows.reserve(events.size());
    for (const auto& event : events) {
        rows.append({QString::number(event.seq), event.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     clip(printable(event.actor)), event.action, clip(printable(event.subject)), printable(event.why)});
    }
    QString out = textTable(headers, rows);
    out += QStringLiteral("\n%1 events\n").arg(events.size());
    return out;
}

QByteArray auditAsCsv(const QList<Models::AuditEvent>& events)
{
    QString out = QStringLiteral("seq,at,actor,action,subject,why,before,after,prev_hash,hash\r\n");
    for (const auto& event : events) {
        const QStringList cells{QString::number(event.seq), timeText(event.at), event.actor, event.action,
                                event.subject, event.why, jsonText(event.before), jsonText(event.after),
                                event.prevHash, event.hash};
        QStringList row;
        row.reserve(cells.size());
        for (const auto& cell : cells)
            row.append(csvCell(cell));
        out += row.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray auditAsJson(const QList<Models::AuditEvent>& events)
{
    QJsonArray list;
    for (const auto& event : events) {
        list.append(QJsonObject{{QStringLiteral("seq"), event.seq},
                                {QStringLiteral("at"), timeText(event.at)},
                                {QStringLiteral("actor"), event.actor},
                                {QStringLiteral("action"), event.action},
                                {QStringLiteral("subject"), event.subject},
                                {QStringLiteral("why"), event.why},
                                {QStringLiteral("before"), event.before},
                                {QStringLiteral("after"), event.after},
                                {QStringLiteral("prevHash"), event.prevHash},
                                {QStringLiteral("hash"), event.hash}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), list}}).toJson(QJsonDocument::Indented);
}

} // namespace Tenure::App
