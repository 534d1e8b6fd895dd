#include "plancsv.h"

#include "csvcell.h"

#include <QIODevice>

namespace Tenure::App {
namespace {

constexpr int CheckEvery = 1024;                 // operations between cancel checks and progress reports
constexpr qsizetype FlushChars = 64 * 1024;

} // namespace

Models::Result<PlanExportSummary> writePlanCsv(QIODevice& out, const PlanSelection& selection,
                                               const Models::CancelToken& cancel,
                                               const Models::ProgressCallback& progress)
{
    PlanExportSummary summary;
    QString text = QStringLiteral("category,operation,worker,name,target,attribute,before,after,why,reason\r\n");
    const auto flush = [&](bool always) -> Models::Result<void> {
        if (text.isEmpty() || (!always && text.size() < FlushChars))
            return {};
        const QByteArray utf8 = text.toUtf8();
        text.clear();
        if (out.write(utf8) != utf8.size())
            return Models::fail(Models::ErrorCode::Storage, QStringLiteral("Cannot write the CSV: %1").arg(out.errorString()));
        summary.bytes += utf8.size();
        return {};
    };
    const auto row = [&](const Models::Operation& op, const QString& attribute, const QString& before,
                         const QString& after, const QString& why) {
        const QString cells[] = {Models::categoryName(op.category), Models::operationKindName(op.kind), op.workerId,
                                 op.displayName, op.targetId, attribute, before, after, why, op.reason};
        for (int i = 0; i < int(std::size(cells)); ++i) {
            if (i > 0)
                text += u',';
            text += csvCell(cells[i]);
        }
        text += QLatin1String("\r\n");
        ++summary.rows;
    };

    const qsizetype total = selection.operations.size();
    for (qsizetype n = 0; n < total; ++n) {
        if (n % CheckEvery == 0) {
            if (cancel.isCancelled())
                return Models::fail(Models::ErrorCode::Cancelled, QStringLiteral("The export was cancelled"));
            if (progress)
                progress({n, total, 0});
        }
        const Models::Operation& op = selection.plan.operations.at(selection.operations.at(n));
        if (op.changes.isEmpty())
            row(op, {}, {}, {}, {});
        for (const auto& change : op.changes)
            row(op, change.attribute, Models::displayValue(change.before), Models::displayValue(change.after),
                change.why);
        if (auto flushed = flush(false); !flushed)
            return std::unexpected(flushed.error());
    }
    if (auto flushed = flush(true); !flushed)
        return std::unexpected(flushed.error());
    if (progress)
        progress({total, total, 0});
    summary.operations = int(total);
    return summary;
}

} // namespace Tenure::App
