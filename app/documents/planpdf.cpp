#include "planpdf.h"

#include "models/items/categorycolours.h"
#include "models/items/categorylabels.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace Tenure::App {
namespace {

using Models::Result;

// Painting in a worker thread is supported for the printer's PDF engine, which QPdfWriter is
// (https://doc.qt.io/qt-6/threads-modules.html#painting-in-threads).
constexpr int Resolution = 300;              // device pixels per inch
constexpr int CheckEvery = 256;              // operations between cancel checks and progress reports
constexpr qreal TablePoints = 7.5;           // the table's font size
const QColor Accent(0x1f, 0x4e, 0x79);       // the console's accent: header band, title
const QColor Muted(0x4b, 0x57, 0x63);        // secondary text, as on the Preview page
const QColor Rule(0xc5, 0xcc, 0xd4);
const QColor Shade(0xf6, 0xf8, 0xfa);        // every other operation, to tell them apart
const QColor Danger(0xa4, 0x26, 0x2c);
const QColor Caution(0x8a, 0x53, 0x00);

struct Column {
    const char* title;
    qreal share;             // of the table's width
    Qt::TextElideMode elide;
};

// Category, Operation, Worker, Name, Target, Attribute, Before, →, After, Why.
constexpr Column Columns[] = {
    {"Category", 0.075, Qt::ElideRight}, {"Operation", 0.06, Qt::ElideRight}, {"Worker", 0.07, Qt::ElideMiddle},
    {"Name", 0.11, Qt::ElideRight},      {"Target", 0.18, Qt::ElideMiddle},   {"Attribute", 0.10, Qt::ElideRight},
    {"Before", 0.125, Qt::ElideRight},   {"", 0.015, Qt::ElideNone},          {"After", 0.125, Qt::ElideRight},
    {"Why", 0.14, Qt::ElideRight},
};
enum ColumnIndex { CategoryCol, OperationCol, WorkerCol, NameCol, TargetCol, AttributeCol, BeforeCol, ArrowCol,
                   AfterCol, WhyCol, ColumnCount };

// One line of the operations table: an attribute change, or an operation without changes (whose
// reason then fills the attribute columns).
struct TableRow {
    int operation = -1;      // position in the selection
    int change = -1;         // index in its changes, -1 for an operation without changes
};

class PdfReport {
public:
    PdfReport(QPdfWriter& writer, const PlanSelection& selection)
        : m_writer(writer), m_selection(selection), m_plan(selection.plan)
    {
    }

    Result<PlanExportSummary> write(const Models::CancelToken& cancel, const Models::ProgressCallback& progress);

private:
    void setUpFonts();
    [[nodiscard]] qreal summaryHeight() const;
    void paintSummary(qreal top);
    void paintHeader(int page, int pages);
    void paintFooter(int page, int pages);
    void paintRow(const TableRow& row, qreal top, bool continuation);
    void text(const QRectF& rect, const QString& value, Qt::TextElideMode elide, int flags = Qt::AlignVCenter);

    QPdfWriter& m_writer;
    QPainter m_painter;
    const PlanSelection& m_selection;
    const Models::Plan& m_plan;
    QRectF m_page;
    QFont m_tableFont;
    QFont m_boldFont;
    QFont m_titleFont;
    QFont m_monoFont;
    qreal m_rowHeight = 0;
    qreal m_headerHeight = 0;   // the page title line and the table's header row
    qreal m_footerHeight = 0;
    qreal m_columnX[ColumnCount + 1] = {};
    QHash<int, QString> m_categoryLabels;
    QHash<int, QColor> m_categoryColours;
    QHash<int, QString> m_kindLabels;
};

void PdfReport::setUpFonts()
{
    m_tableFont = QFont();
    m_tableFont.setPointSizeF(TablePoints);
    m_boldFont = m_tableFont;
    m_boldFont.setBold(true);
    m_titleFont = m_tableFont;
    m_titleFont.setPointSizeF(15);
    m_titleFont.setBold(true);
    m_monoFont = QFont(QStringLiteral("monospace"));
    m_monoFont.setStyleHint(QFont::Monospace);
    m_monoFont.setPointSizeF(TablePoints);
    const QFontMetricsF metrics(m_tableFont, &m_writer);
    m_rowHeight = std::ceil(metrics.height() * 1.5);
    m_headerHeight = m_rowHeight * 1.6;
    m_footerHeight = m_rowHeight * 1.6;
    qreal x = m_page.left();
    for (int c = 0; c < ColumnCount; ++c) {
        m_columnX[c] = x;
        x += m_page.width() * Columns[c].share;
    }
    m_columnX[ColumnCount] = m_page.right();
}

// Title, facts, and the counts per category as bars: the top of the first page.
qreal PdfReport::summaryHeight() const
{
    int categories = 0;
    for (const int count : m_plan.countsByCategory())
        categories += count > 0;
    const int factLines = 4 + (m_plan.isBlocked() ? 1 : 0) + (m_plan.needsRelease() ? 1 : 0);
    return m_rowHeight * (3 + factLines + std::max(categories, 1) + 1.5);
}

void PdfReport::paintSummary(qreal top)
{
    const QLocale locale;
    m_painter.setPen(Accent);
    m_painter.setFont(m_titleFont);
    const qreal titleHeight = m_rowHeight * 2.5;
    m_painter.drawText(QRectF(m_page.left(), top, m_page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("Plan %1 for %2").arg(m_selection.planId).arg(m_plan.tenant));
    qreal y = top + titleHeight;
    const auto fact = [&](const QString& label, const QString& value, const QColor& colour, const QFont& font) {
        m_painter.setFont(m_boldFont);
        m_painter.setPen(Muted);
        m_painter.drawText(QRectF(m_page.left(), y, m_page.width() * 0.16, m_rowHeight), Qt::AlignVCenter, label);
        m_painter.setFont(font);
        m_painter.setPen(colour);
        text(QRectF(m_page.left() + m_page.width() * 0.16, y, m_page.width() * 0.84, m_rowHeight), value, Qt::ElideRight);
        y += m_rowHeight;
    };
    fact(QStringLiteral("Planned"), locale.toString(m_plan.createdAt.toLocalTime(), QLocale::LongFormat), Qt::black,
         m_tableFont);
    fact(QStringLiteral("Operations"),
         QStringLiteral("%1 in the plan, %2 to write").arg(locale.toString(m_plan.operations.size()),
                                                           locale.toString(m_plan.writeCount())),
         Qt::black, m_tableFont);
    fact(QStringLiteral("SHA-256"), QString::fromLatin1(m_plan.hash().toHex()), Qt::black, m_monoFont);
    fact(QStringLiteral("Shown here"),
         m_selection.scope.isEmpty()
             ? QStringLiteral("The whole plan, %1 operations").arg(locale.toString(m_selection.operations.size()))
             : QStringLiteral("%1: %2 of %3 operations")
                   .arg(m_selection.scope, locale.toString(m_selection.operations.size()),
                        locale.toString(m_plan.operations.size())),
         Qt::black, m_tableFont);
    if (m_plan.isBlocked())
        fact(QStringLiteral("Blocked"), m_plan.blockedReason, Danger, m_tableFont);
    if (m_plan.needsRelease())
        fact(QStringLiteral("Held for release"), m_plan.thresholdHold, Caution, m_tableFont);

    // The counts as bars in the categories' colours, longest = the most common category.
    y += m_rowHeight * 0.5;
    const auto counts = m_plan.countsByCategory();
    int most = 1;
    for (const int count : counts)
        most = std::max(most, count);
    const qreal labelWidth = m_page.width() * 0.12;
    const qreal barWidth = m_page.width() * 0.40;
    m_painter.setFont(m_tableFont);
    for (const auto category : Models::allCategories()) {
        const int count = counts.value(category);
        if (count == 0)
            continue;
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(m_page.left(), y, labelWidth, m_rowHeight), Qt::AlignVCenter,
                           m_categoryLabels.value(int(category)));
        const qreal length = std::max(barWidth * count / most, m_rowHeight * 0.2);
        m_painter.fillRect(QRectF(m_page.left() + labelWidth, y + m_rowHeight * 0.2, length, m_rowHeight * 0.6),
                           m_categoryColours.value(int(category)));
        m_painter.drawText(QRectF(m_page.left() + labelWidth + length + m_rowHeight * 0.4, y, barWidth, m_rowHeight),
                           Qt::AlignVCenter, locale.toString(count));
        y += m_rowHeight;
    }
}

void PdfReport::paintHeader(int page, int pages)
{
    m_painter.setFont(m_tableFont);
    m_painter.setPen(Muted);
    m_painter.drawText(QRectF(m_page.left(), m_page.top(), m_page.width(), m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("Plan %1 for %2").arg(m_selection.planId).arg(m_plan.tenant));
    m_painter.drawText(QRectF(m_page.left(), m_page.top(), m_page.width(), m_rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("Page %1 of %2").arg(page).arg(pages));
}

void PdfReport::paintFooter(int page, int pages)
{
    const qreal y = m_page.bottom() - m_rowHeight;
    m_painter.setPen(QPen(Rule, 0));
    m_painter.drawLine(QPointF(m_page.left(), y - m_rowHeight * 0.3), QPointF(m_page.right(), y - m_rowHeight * 0.3));
    m_painter.setFont(m_tableFont);
    m_painter.setPen(Muted);
    m_painter.drawText(QRectF(m_page.left(), y, m_page.width(), m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("Tenure · SHA-256 %1").arg(QString::fromLatin1(m_plan.hash().toHex())));
    m_painter.drawText(QRectF(m_page.left(), y, m_page.width(), m_rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("%1 / %2").arg(page).arg(pages));
}

void PdfReport::text(const QRectF& rect, const QString& value, Qt::TextElideMode elide, int flags)
{
    if (value.isEmpty())
        return;
    const QFontMetricsF metrics(m_painter.font(), &m_writer);
    // Line breaks and tabs inside a value would spill out of its one-line cell.
    QString line = value;
    for (QChar& c : line)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    const QString shown = elide == Qt::ElideNone ? line : metrics.elidedText(line, elide, rect.width());
    m_painter.drawText(rect, flags | Qt::TextSingleLine, shown);
}

void PdfReport::paintRow(const TableRow& row, qreal top, bool continuation)
{
    const Models::Operation& op = m_plan.operations.at(m_selection.operations.at(row.operation));
    const qreal pad = m_rowHeight * 0.25;
    const auto cell = [&](int column) {
        const qreal right = column + 1 < ColumnCount ? m_columnX[column + 1] : m_page.right();
        return QRectF(m_columnX[column] + pad, top, right - m_columnX[column] - 2 * pad, m_rowHeight);
    };
    if (row.operation % 2 == 1)
        m_painter.fillRect(QRectF(m_page.left(), top, m_page.width(), m_rowHeight), Shade);
    m_painter.setFont(m_tableFont);
    if (row.change <= 0 || continuation) {
        // The operation's own columns on its first row (and again atop a page it continues on).
        m_painter.fillRect(QRectF(m_page.left(), top + 1, pad * 0.8, m_rowHeight - 2),
                           m_categoryColours.value(int(op.category)));
        m_painter.setPen(continuation ? Muted : QColor(Qt::black));
        text(cell(CategoryCol), m_categoryLabels.value(int(op.category)), Qt::ElideRight);
        text(cell(OperationCol), op.writes() ? m_kindLabels.value(int(op.kind)) : QString(), Qt::ElideRight);
        text(cell(WorkerCol), op.workerId, Qt::ElideMiddle);
        text(cell(NameCol), op.displayName, Qt::ElideRight);
        text(cell(TargetCol), op.targetId, Qt::ElideMiddle);
    }
    m_painter.setPen(Qt::black);
    if (row.change < 0) {
        m_painter.setPen(op.category == Models::Category::Error ? Danger : Muted);
        const QRectF span(m_columnX[AttributeCol] + pad, top, m_page.right() - m_columnX[AttributeCol] - 2 * pad,
                          m_rowHeight);
        text(span, op.reason, Qt::ElideRight);
        return;
    }
    const Models::AttributeChange& change = op.changes.at(row.change);
    text(cell(AttributeCol), change.attribute, Qt::ElideRight);
    m_painter.setPen(Muted);
    text(cell(BeforeCol), change.before.isEmpty() ? QStringLiteral("—") : Models::displayValue(change.before),
         Qt::ElideRight);
    text(cell(ArrowCol), QStringLiteral("→"), Qt::ElideNone, Qt::AlignCenter);
    m_painter.setPen(Qt::black);
    text(cell(AfterCol), change.after.isEmpty() ? QStringLiteral("—") : Models::displayValue(change.after),
         Qt::ElideRight);
    m_painter.setPen(Muted);
    text(cell(WhyCol), change.why, Qt::ElideRight);
}

Result<PlanExportSummary> PdfReport::write(const Models::CancelToken& cancel, const Models::ProgressCallback& progress)
{
    if (!m_painter.begin(&m_writer))
        return Models::fail(Models::ErrorCode::Storage, QStringLiteral("Cannot start the PDF"));
    m_page = QRectF(QPointF(0, 0), m_writer.pageLayout().paintRectPixels(Resolution).size());
    for (const auto category : Models::allCategories()) {
        m_categoryLabels.insert(int(category), Models::categoryLabel(category));
        m_categoryColours.insert(int(category), QColor(Models::categoryColourName(category)));
    }
    for (int kind = 0; kind <= int(Models::OperationKind::Delete); ++kind)
        m_kindLabels.insert(kind, Models::operationKindLabel(Models::OperationKind(kind)));
    setUpFonts();

    // Rows have one height, so the page count is known before the first page is drawn. Each page:
    // its title line, the table's header row, data rows, the footer; the first page has the
    // summary between its title line and the table.
    const qreal tableTop = m_page.top() + m_headerHeight;
    const qreal tableBottom = m_page.bottom() - m_footerHeight;
    const int rowsPerPage = std::max(1, int((tableBottom - tableTop) / m_rowHeight) - 1);
    const qreal summary = summaryHeight();
    const int firstPageRows = std::max(0, int((tableBottom - tableTop - summary) / m_rowHeight) - 1);
    const qint64 afterFirst = std::max<qint64>(0, m_selection.changeRowCount() - firstPageRows);
    const int pages = 1 + int((afterFirst + rowsPerPage - 1) / rowsPerPage);

    int page = 1;
    qreal y = tableTop;
    const auto startTable = [&] {
        m_painter.fillRect(QRectF(m_page.left(), y, m_page.width(), m_rowHeight), Accent);
        m_painter.setFont(m_boldFont);
        m_painter.setPen(Qt::white);
        const qreal pad = m_rowHeight * 0.25;
        for (int c = 0; c < ColumnCount; ++c)
            m_painter.drawText(QRectF(m_columnX[c] + pad, y, m_columnX[c + 1] - m_columnX[c] - 2 * pad, m_rowHeight),
                               Qt::AlignVCenter, QString::fromLatin1(Columns[c].title));
        y += m_rowHeight;
    };
    paintHeader(page, pages);
    paintSummary(tableTop);
    y += summary;
    startTable();
    int rowsOnPage = 0;

    PlanExportSummary result;
    const qsizetype total = m_selection.operations.size();
    for (qsizetype n = 0; n < total; ++n) {
        if (n % CheckEvery == 0) {
            if (cancel.isCancelled()) {
                m_painter.end();
                return Models::fail(Models::ErrorCode::Cancelled, QStringLiteral("The export was cancelled"));
            }
            if (progress)
                progress({n, total, 0});
        }
        const Models::Operation& op = m_plan.operations.at(m_selection.operations.at(n));
        const int changes = int(op.changes.size());
        for (int change = changes == 0 ? -1 : 0; change < std::max(changes, 0); ++change) {
            const int capacity = page == 1 ? firstPageRows : rowsPerPage;
            bool continuation = false;
            if (rowsOnPage >= capacity) {
                paintFooter(page, pages);
                m_writer.newPage();
                ++page;
                y = tableTop;
                rowsOnPage = 0;
                paintHeader(page, pages);
                startTable();
                continuation = change > 0;
            }
            paintRow({int(n), change}, y, continuation);
            y += m_rowHeight;
            ++rowsOnPage;
            ++result.rows;
            if (changes == 0)
                break;
        }
    }
    if (total == 0) {
        m_painter.setFont(m_tableFont);
        m_painter.setPen(Muted);
        m_painter.drawText(QRectF(m_page.left(), y, m_page.width(), m_rowHeight), Qt::AlignVCenter,
                           QStringLiteral("No operations are selected."));
    }
    paintFooter(page, pages);
    if (!m_painter.end())
        return Models::fail(Models::ErrorCode::Storage, QStringLiteral("Cannot finish the PDF"));
    if (progress)
        progress({total, total, 0});
    result.operations = int(total);
    result.parts = page;
    return result;
}

} // namespace

Result<PlanExportSummary> writePlanPdf(QIODevice& out, const PlanSelection& selection, const Models::CancelToken& cancel,
                                       const Models::ProgressCallback& progress)
{
    // Without a font the report would be all boxes; say so rather than write it.
    if (QFontDatabase::families().isEmpty())
        return Models::fail(Models::ErrorCode::Unavailable,
                            QStringLiteral("No font is installed to write the PDF with (fontconfig finds none); "
                                           "install one, e.g. the fonts-dejavu-core package"));
    QPdfWriter writer(&out);
    writer.setResolution(Resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(QStringLiteral("Plan %1 for %2").arg(selection.planId).arg(selection.plan.tenant));
    writer.setCreator(QStringLiteral("Tenure"));
    PdfReport report(writer, selection);
    return report.write(cancel, progress);
}

} // namespace Tenure::App
