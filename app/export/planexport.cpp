#include "planexport.h"

#include "plancsv.h"
#include "texttable.h"
#include "models/domain/planjson.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QStringList>
#include <algorithm>

namespace Tenure::App {
namespace {

constexpr int MaxCellWidth = 48;

QString changedAttributes(const Models::Operation& op)
{
    QStringList names;
    for (const auto& change : op.changes)
        names.append(change.attribute);
    return names.join(QStringLiteral(", "));
}

QString clip(const QString& text)
{
    return text.size() <= MaxCellWidth ? text : text.left(MaxCellWidth - 1) + QChar(0x2026);
}

} // namespace

QString planCountsLine(const Models::Plan& plan)
{
    QStringList parts;
    const auto counts = plan.countsByCategory();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(Models::categoryName(it.key())).arg(it.value()));
    return parts.isEmpty() ? QStringLiteral("nothing to do") : parts.join(QStringLiteral(", "));
}

QString planAsTable(const Models::Plan& plan)
{
    const QStringList headers{QStringLiteral("CATEGORY"), QStringLiteral("OPERATION"), QStringLiteral("WORKER"),
                              QStringLiteral("NAME"), QStringLiteral("TARGET"), QStringLiteral("CHANGES")};
    QList<QStringList> rows;
    for (const auto& op : plan.operations) {
        const auto detail = op.category == Models::Category::Error ? op.reason : changedAttributes(op);
        rows.append({Models::categoryName(op.category), Models::operationKindName(op.kind), op.workerId,
                     clip(op.displayName), clip(op.targetId), detail});
    }
    QString out = textTable(headers, rows);
    out += QStringLiteral("\n%1 operations (%2 writes): %3\n")
               .arg(plan.operations.size())
               .arg(plan.writeCount())
               .arg(planCountsLine(plan));
    if (plan.isBlocked())
        out += QStringLiteral("BLOCKED: %1\n").arg(plan.blockedReason);
    return out;
}

QByteArray planAsJson(const Models::Plan& plan, qint64 planId)
{
    auto json = Models::planToJson(plan);
    json.insert(QStringLiteral("planId"), planId);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QByteArray planAsCsv(const Models::Plan& plan)
{
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    // Writing to memory fails only when memory does, and nothing here cancels.
    (void)writePlanCsv(buffer, PlanSelection::whole(plan, 0));
    return csv;
}

} // namespace Tenure::App
