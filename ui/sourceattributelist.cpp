#include "sourceattributelist.h"

#include "mappingdrag.h"

#include <QHeaderView>
#include <QMimeData>

namespace Tenure::Ui {

SourceAttributeList::SourceAttributeList(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("sourceAttributes"));
    setAccessibleName(tr("HR attributes"));
    setHeaderLabels({tr("HR attribute"), tr("Sample")});
    setRootIsDecorated(false);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setToolTip(tr("Drag an attribute onto a target attribute, or select both and press Ctrl+M"));
}

void SourceAttributeList::setSamples(const QStringList& attributes, const QList<Models::Worker>& workers)
{
    clear();
    for (const auto& attribute : attributes) {
        QString sample;
        for (const auto& worker : workers) {
            sample = Models::firstValue(worker.attributes, attribute);
            if (!sample.isEmpty())
                break;
        }
        auto* item = new QTreeWidgetItem(this, {attribute, sample});
        item->setToolTip(1, sample);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
}

QString SourceAttributeList::currentAttribute() const
{
    const auto* item = currentItem();
    return item ? item->text(0) : QString();
}

void SourceAttributeList::selectAttribute(const QString& attribute)
{
    const auto found = findItems(attribute, Qt::MatchExactly, 0);
    if (!found.isEmpty())
        setCurrentItem(found.constFirst());
}

QStringList SourceAttributeList::mimeTypes() const { return {hrAttributeMimeType()}; }

QMimeData* SourceAttributeList::mimeData(const QList<QTreeWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(hrAttributeMimeType(), items.constFirst()->text(0).toUtf8());
    data->setText(items.constFirst()->text(0));
    return data;
}

} // namespace Tenure::Ui
