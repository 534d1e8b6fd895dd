#include "planxlsx.h"

#include "xlsxwriter.h"

#include "models/items/categorylabels.h"

#include <QHash>

namespace Tenure::App {
namespace {

using Models::Result;

constexpr int CheckEvery = 1024;   // operations between cancel checks and progress reports

QList<XlsxColumn> operationColumns()
{
    return {{QStringLiteral("Category"), 14},  {QStringLiteral("Operation"), 11},   {QStringLiteral("Worker"), 12},
            {QStringLiteral("Name"), 24},      {QStringLiteral("Target"), 44},      {QStringLiteral("Attribute"), 20},
            {QStringLiteral("Before"), 30},    {QStringLiteral("After"), 30},       {QStringLiteral("Why"), 36},
            {QStringLiteral("Reason"), 48},    {QStringLiteral("Takes effect"), 22}};
}

QString operationsSheetName(int part)
{
    return part == 1 ? QStringLiteral("Operations") : QStringLiteral("Operations (%1)").arg(part);
}

Result<void> writeSummary(XlsxWriter& xlsx, const PlanSelection& selection)
{
    const auto& plan = selection.plan;
    if (auto begun = xlsx.beginSheet(QStringLiteral("Summary"), {{QStringLiteral("Plan"), 26}, {QStringLiteral("Value"), 70},
                                                                 {QStringLiteral("Exported"), 12}});
        !begun)
        return begun;
    const auto count = [](qsizetype n) { return QString::number(n); };
    const QList<QStringList> rows{
        {QStringLiteral("Plan"), count(selection.planId)},
        {QStringLiteral("Tenant"), plan.tenant},
        {QStringLiteral("Planned at"), plan.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("SHA-256 of the operations"), QString::fromLatin1(plan.hash().toHex())},
        {QStringLiteral("Operations"), count(plan.operations.size()), count(selection.operations.size())},
        {QStringLiteral("To write"), count(plan.writeCount())},
        {QStringLiteral("Selection"), selection.scope.isEmpty() ? QStringLiteral("The whole plan") : selection.scope},
        {QStringLiteral("Blocked"), plan.blockedReason},
        {QStringLiteral("Held for release"), plan.thresholdHold},
    };
    for (const auto& row : rows)
        if (auto added = xlsx.addRow(row); !added)
            return added;
    if (auto added = xlsx.addRow({}); !added)
        return added;
    QMap<Models::Category, int> exported;
    for (const int index : selection.operations)
        ++exported[plan.operations.at(index).category];
    const auto counts = plan.countsByCategory();
    for (const auto category : Models::allCategories())
        if (auto added = xlsx.addRow({Models::categoryLabel(category), count(counts.value(category)),
                                      count(exported.value(category))});
            !added)
            return added;
    return xlsx.endSheet();
}

} // namespace

Result<PlanExportSummary> writePlanXlsx(QIODevice& out, const PlanSelection& selection, const Models::CancelToken& cancel,
                                        const Models::ProgressCallback& progress)
{
    const auto& plan = selection.plan;
    XlsxWriter xlsx(out, plan.createdAt, QStringLiteral("Plan %1 for %2").arg(selection.planId).arg(plan.tenant));
    PlanExportSummary summary;
    summary.parts = 1;
    if (auto begun = xlsx.beginSheet(operationsSheetName(1), operationColumns()); !begun)
        return std::unexpected(begun.error());

    // Labels are translated once, not once per row.
    QHash<int, QString> categoryLabels;
    QHash<int, QString> kindLabels;
    for (const auto category : Models::allCategories())
        categoryLabels.insert(int(category), Models::categoryLabel(category));
    const auto kindLabel = [&kindLabels](Models::OperationKind kind) -> const QString& {
        auto it = kindLabels.find(int(kind));
        if (it == kindLabels.end())
            it = kindLabels.insert(int(kind), kind == Models::OperationKind::None ? QString() : Models::operationKindLabel(kind));
        return *it;
    };
    const auto row = [&](const Models::Operation& op, const QString& attribute, const QString& before,
                         const QString& after, const QString& why) -> Result<void> {
        if (xlsx.rowsLeft() == 0) {   // Excel's sheet is full: go on in the next one
            if (auto ended = xlsx.endSheet(); !ended)
                return ended;
            if (auto begun = xlsx.beginSheet(operationsSheetName(++summary.parts), operationColumns()); !begun)
                return begun;
        }
        ++summary.rows;
        return xlsx.addRow({categoryLabels.value(int(op.category)), kindLabel(op.kind), op.workerId, op.displayName,
                            op.targetId, attribute, before, after, why, op.reason,
                            op.effectiveAt.isValid() ? op.effectiveAt.toString(Qt::ISODate) : QString()});
    };

    const qsizetype total = selection.operations.size();
    for (qsizetype n = 0; n < total; ++n) {
        if (n % CheckEvery == 0) {
            if (cancel.isCancelled())
                return Models::fail(Models::ErrorCode::Cancelled, QStringLiteral("The export was cancelled"));
            if (progress)
                progress({n, total, 0});
        }
        const Models::Operation& op = plan.operations.at(selection.operations.at(n));
        if (op.changes.isEmpty()) {
            if (auto added = row(op, {}, {}, {}, {}); !added)
                return std::unexpected(added.error());
        }
        for (const auto& change : op.changes)
            if (auto added = row(op, change.attribute, Models::displayValue(change.before),
                                 Models::displayValue(change.after), change.why);
                !added)
                return std::unexpected(added.error());
    }
    if (auto ended = xlsx.endSheet(); !ended)
        return std::unexpected(ended.error());
    if (auto written = writeSummary(xlsx, selection); !written)
        return std::unexpected(written.error());
    if (auto finished = xlsx.finish(); !finished)
        return std::unexpected(finished.error());
    if (progress)
        progress({total, total, 0});
    summary.operations = int(total);
    summary.bytes = xlsx.bytesWritten();
    return summary;
}

} // namespace Tenure::App
