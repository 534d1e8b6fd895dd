#include "targetattributetable.h"

#include "mappingdrag.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>

namespace Tenure::Ui {

TargetAttributeTable::TargetAttributeTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("targetAttributes"));
    setAccessibleName(tr("Target attributes"));
    setHorizontalHeaderLabels({tr("Target attribute"), tr("Comes from"), tr("Apply"), tr("Matching")});
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(true);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    setColumnWidth(TargetColumn, 150);
}

void TargetAttributeTable::setMapping(const Models::MappingSet& mapping, const QStringList& common)
{
    const QString keep = currentTarget();
    QStringList unmapped = common;
    for (const auto& rule : mapping.attributes)
        unmapped.removeAll(rule.target);
    setRowCount(int(mapping.attributes.size() + unmapped.size()));
    int row = 0;
    for (const auto& rule : mapping.attributes) {
        setItem(row, TargetColumn, new QTableWidgetItem(rule.target));
        setItem(row, RuleColumn, new QTableWidgetItem(rule.describe()));
        setItem(row, ApplyColumn, new QTableWidgetItem(rule.apply == Models::ApplyWhen::Always ? tr("always")
                                                                                               : tr("on create")));
        setItem(row, MatchColumn, new QTableWidgetItem(rule.matchingPrecedence > 0
                                                           ? tr("#%1").arg(rule.matchingPrecedence) : QString()));
        ++row;
    }
    for (const auto& target : std::as_const(unmapped)) {
        auto* name = new QTableWidgetItem(target);
        auto* none = new QTableWidgetItem(tr("not mapped — drop an HR attribute here"));
        name->setForeground(QColor(0x6b, 0x77, 0x85));
        none->setForeground(QColor(0x6b, 0x77, 0x85));
        setItem(row, TargetColumn, name);
        setItem(row, RuleColumn, none);
        setItem(row, ApplyColumn, new QTableWidgetItem);
        setItem(row, MatchColumn, new QTableWidgetItem);
        ++row;
    }
    if (!keep.isEmpty())
        selectTarget(keep);
}

QString TargetAttributeTable::currentTarget() const
{
    const auto* cell = item(currentRow(), TargetColumn);
    return cell ? cell->text() : QString();
}

int TargetAttributeTable::rowOfTarget(const QString& target) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (item(row, TargetColumn) && item(row, TargetColumn)->text() == target)
            return row;
    return -1;
}

void TargetAttributeTable::selectTarget(const QString& target)
{
    const int row = rowOfTarget(target);
    if (row >= 0)
        setCurrentCell(row, TargetColumn);
}

void TargetAttributeTable::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(hrAttributeMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TargetAttributeTable::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(hrAttributeMimeType()) && indexAt(event->position().toPoint()).isValid())
        event->acceptProposedAction();
    else
        event->ignore();
}

void TargetAttributeTable::dropEvent(QDropEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (!event->mimeData()->hasFormat(hrAttributeMimeType()) || !index.isValid()) {
        event->ignore();
        return;
    }
    const QString source = QString::fromUtf8(event->mimeData()->data(hrAttributeMimeType()));
    const QString target = item(index.row(), TargetColumn)->text();
    event->acceptProposedAction();
    Q_EMIT sourceDropped(target, source);
}

} // namespace Tenure::Ui
