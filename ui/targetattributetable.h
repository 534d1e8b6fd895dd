#pragma once

#include "models/mapping/mappingset.h"

#include <QTableWidget>

namespace Tenure::Ui {

// The target's attributes: the mapped ones with their rule, then the attributes usual for the
// target type that are not mapped yet. Accepts an HR attribute dropped on a row.
class TargetAttributeTable : public QTableWidget {
    Q_OBJECT

public:
    enum Column { TargetColumn, RuleColumn, ApplyColumn, MatchColumn, ColumnCount };

    explicit TargetAttributeTable(QWidget* parent = nullptr);
    void setMapping(const Models::MappingSet& mapping, const QStringList& common);
    [[nodiscard]] QString currentTarget() const;
    void selectTarget(const QString& target);
    [[nodiscard]] int rowOfTarget(const QString& target) const;

Q_SIGNALS:
    void sourceDropped(const QString& target, const QString& source);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

} // namespace Tenure::Ui
