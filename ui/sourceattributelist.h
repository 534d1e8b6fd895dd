#pragma once

#include "models/domain/worker.h"

#include <QTreeWidget>

namespace Tenure::Ui {

// The HR source's attributes with a sample value each (the first non-empty one among the
// workers), draggable onto a target attribute.
class SourceAttributeList : public QTreeWidget {
    Q_OBJECT

public:
    explicit SourceAttributeList(QWidget* parent = nullptr);
    void setSamples(const QStringList& attributes, const QList<Models::Worker>& workers);
    [[nodiscard]] QString currentAttribute() const;
    void selectAttribute(const QString& attribute);
    // The drag payload for these items (public so tests and the keyboard path build the same).
    [[nodiscard]] QMimeData* mimeDataFor(const QList<QTreeWidgetItem*>& items) const { return mimeData(items); }

protected:
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
};

} // namespace Tenure::Ui
