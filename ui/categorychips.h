#pragma once

#include "models/domain/operation.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QToolButton;

namespace Tenure::Ui {

// The plan's counts per category as a row of chips ("Joiner 120"); clicking one filters the
// table to that category, "All" clears the filter. Categories with no operations are hidden.
class CategoryChips : public QWidget {
    Q_OBJECT

public:
    explicit CategoryChips(QWidget* parent = nullptr);

    void setCounts(const QMap<Models::Category, int>& counts);
    void select(std::optional<Models::Category> category);
    [[nodiscard]] std::optional<Models::Category> selected() const;
    // The chip of a category (object name "chip-joiner"), or the "All" chip for nullopt.
    [[nodiscard]] QToolButton* chip(std::optional<Models::Category> category) const;

Q_SIGNALS:
    void categoryChosen(std::optional<Models::Category> category);

private:
    QButtonGroup* m_group;
    QToolButton* m_all;
    QMap<Models::Category, QToolButton*> m_chips;
};

} // namespace Tenure::Ui
