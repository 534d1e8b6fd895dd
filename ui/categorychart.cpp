#include "categorychart.h"

#include "categorychartaccessible.h"
#include "models/items/categorycolours.h"
#include "models/items/categorylabels.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Tenure::Ui {
namespace {

// The Preview page's colours (categorychips.cpp, mainwindow.cpp), so the chart sits in the page.
const QColor Text(0x22, 0x30, 0x3c);
const QColor Muted(0x4b, 0x57, 0x63);
const QColor Disabled(0x9a, 0xa5, 0xb1);
const QColor Accent(0x1f, 0x4e, 0x79);
const QColor SelectedBackground(0xd3, 0xe2, 0xf2);
const QColor HoverBackground(0xee, 0xf1, 0xf5);
const QColor FocusFrame(0x4a, 0x90, 0xd9);
const QColor Rule(0xd8, 0xdd, 0xe3);
constexpr int Padding = 8;
constexpr int MinimumBar = 80;

} // namespace

CategoryChart::CategoryChart(QWidget* parent) : QWidget(parent)
{
    installCategoryChartAccessibility();
    m_rows << std::nullopt;
    for (const auto category : Models::allCategories())
        m_rows << category;
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    setAccessibleName(tr("Operations by category"));
    setCounts({});
}

void CategoryChart::setCounts(const QMap<Models::Category, int>& counts)
{
    m_counts = counts;
    m_total = 0;
    for (const int count : counts)
        m_total += count;
    updateDescription();
    updateGeometry();
    update();
}

void CategoryChart::setSelected(std::optional<Models::Category> category)
{
    if (category == m_selected)
        return;
    m_selected = category;
    update();
    QAccessibleEvent selection(this, QAccessible::Selection);
    selection.setChild(rowOf(category));
    QAccessible::updateAccessibility(&selection);
}

int CategoryChart::count(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return 0;
    const auto category = m_rows.at(row);
    return category ? m_counts.value(*category) : m_total;
}

QString CategoryChart::rowText(int row) const
{
    const auto category = categoryAt(row);
    const QString label = row == 0 ? tr("All") : Models::categoryLabel(*category);
    return tr("%1: %Ln operation(s)", nullptr, count(row)).arg(label);
}

void CategoryChart::setCurrentRow(int row)
{
    row = std::clamp(row, 0, rowCount() - 1);
    if (row == m_current)
        return;
    m_current = row;
    update();
    notifyFocus();
}

void CategoryChart::activateRow(int row)
{
    if (row < 0 || row >= rowCount() || !isRowEnabled(row))
        return;
    setCurrentRow(row);
    const auto category = categoryAt(row);
    // The chosen category again means "show all", as a toggle would.
    Q_EMIT categoryChosen(category && category == m_selected ? std::nullopt : category);
}

int CategoryChart::rowHeight() const { return fontMetrics().height() + 8; }

int CategoryChart::titleHeight() const { return fontMetrics().height() + 12; }

QRect CategoryChart::rowRect(int row) const
{
    return QRect(1, titleHeight() + row * rowHeight(), width() - 2, rowHeight());
}

int CategoryChart::rowAt(const QPoint& point) const
{
    if (point.y() < titleHeight())
        return -1;
    const int row = (point.y() - titleHeight()) / rowHeight();
    return row < rowCount() ? row : -1;
}

QSize CategoryChart::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    int labelWidth = metrics.horizontalAdvance(tr("All"));
    for (int row = 1; row < rowCount(); ++row)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(Models::categoryLabel(*categoryAt(row))));
    const int countWidth = metrics.horizontalAdvance(QLocale().toString(1000000));
    return {Padding * 4 + labelWidth + MinimumBar + countWidth + 8, titleHeight() + rowCount() * rowHeight() + 4};
}

QSize CategoryChart::minimumSizeHint() const { return sizeHint(); }

void CategoryChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const QLocale locale;
    // A card on the page's background, as the table beside it is.
    painter.setPen(QPen(Rule, 1));
    painter.setBrush(palette().base());
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(Muted);
    painter.drawText(QRect(Padding, 0, width() - 2 * Padding, titleHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("By category"));
    painter.setFont(font());

    int labelWidth = metrics.horizontalAdvance(tr("All"));
    int most = 1;
    for (int row = 1; row < rowCount(); ++row) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(Models::categoryLabel(*categoryAt(row))));
        most = std::max(most, count(row));
    }
    int countWidth = 0;
    for (int row = 0; row < rowCount(); ++row)
        countWidth = std::max(countWidth, metrics.horizontalAdvance(locale.toString(count(row))));
    const int barLeft = Padding * 2 + labelWidth + Padding;
    const int barSpan = std::max(8, width() - barLeft - Padding * 2 - countWidth - Padding);

    for (int row = 0; row < rowCount(); ++row) {
        const QRect rect = rowRect(row);
        const auto category = categoryAt(row);
        const bool enabled = isRowEnabled(row);
        const bool chosen = category == m_selected;
        if (chosen) {
            painter.fillRect(rect, SelectedBackground);
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), Accent);
        } else if (row == m_hovered && enabled) {
            painter.fillRect(rect, HoverBackground);
        }
        if (row == m_current && hasFocus()) {
            painter.setPen(QPen(FocusFrame, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
        }
        painter.setPen(!enabled ? Disabled : chosen ? Accent : Text);
        const QString label = row == 0 ? tr("All") : Models::categoryLabel(*category);
        painter.drawText(QRect(Padding * 2, rect.top(), labelWidth, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         label);
        painter.drawText(QRect(width() - Padding * 2 - countWidth, rect.top(), countWidth, rect.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(count(row)));
        if (row == 0) {   // the total: a rule under it instead of a bar
            painter.setPen(QPen(Rule, 1));
            painter.drawLine(QPointF(Padding, rect.bottom() + 0.5), QPointF(width() - Padding, rect.bottom() + 0.5));
            continue;
        }
        if (count(row) == 0)
            continue;
        // A visible sliver for the rarest category: three rehires in a million still show.
        const qreal length = std::max<qreal>(3, qreal(barSpan) * count(row) / most);
        const qreal barHeight = std::round(rect.height() * 0.45);
        const QRectF bar(barLeft, rect.top() + (rect.height() - barHeight) / 2, length, barHeight);
        QPainterPath path;
        path.addRoundedRect(bar, 2, 2);
        painter.fillPath(path, QColor(Models::categoryColourName(*category)));
    }
}

bool CategoryChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QString tip = rowText(row);
        if (row > 0 && m_total > 0)
            tip += QStringLiteral(" (%1 %)").arg(QLocale().toString(100.0 * count(row) / m_total, 'f', 1));
        if (isRowEnabled(row))
            tip += QLatin1Char('\n') + (categoryAt(row) == m_selected && row > 0 ? tr("Click to show every operation")
                                                                                 : tr("Click to show only these"));
        QToolTip::showText(help->globalPos(), tip, this, rowRect(row));
        return true;
    }
    return QWidget::event(event);
}

void CategoryChart::mouseMoveEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row != m_hovered) {
        m_hovered = row;
        setCursor(row >= 0 && isRowEnabled(row) ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void CategoryChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        activateRow(rowAt(event->position().toPoint()));
}

void CategoryChart::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up: setCurrentRow(m_current - 1); break;
    case Qt::Key_Down: setCurrentRow(m_current + 1); break;
    case Qt::Key_Home: setCurrentRow(0); break;
    case Qt::Key_End: setCurrentRow(rowCount() - 1); break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter: activateRow(m_current); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void CategoryChart::leaveEvent(QEvent* event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

void CategoryChart::focusInEvent(QFocusEvent* event)
{
    // Keyboard focus starts on the filter in force, where a person expects it.
    if (const int row = rowOf(m_selected); row >= 0)
        m_current = row;
    update();
    notifyFocus();
    QWidget::focusInEvent(event);
}

void CategoryChart::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

void CategoryChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void CategoryChart::updateDescription()
{
    QStringList parts;
    for (int row = 1; row < rowCount(); ++row)
        if (count(row) > 0)
            parts << QStringLiteral("%1 %2").arg(Models::categoryLabel(*categoryAt(row)), QLocale().toString(count(row)));
    setAccessibleDescription(parts.isEmpty() ? tr("No plan yet")
                                             : tr("%1. Choose a category to show only its operations.")
                                                   .arg(parts.join(QStringLiteral(", "))));
}

void CategoryChart::notifyFocus()
{
    if (!hasFocus())
        return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(m_current);
    QAccessible::updateAccessibility(&focus);
}

} // namespace Tenure::Ui
