#pragma once

#include "models/domain/operation.h"

#include <QList>
#include <QMap>
#include <QWidget>
#include <optional>

namespace Tenure::Ui {

// The plan's operations per category as horizontal bars, drawn with QPainter (vector shapes, so
// sharp at any device pixel ratio): an "All" row with the total, then every category in plan
// order with its count, in its colour (categorycolours.h), empty ones greyed. It is a second way
// to choose the category filter, not a second filter: clicking a bar (or Enter/Space on the
// focused row; Up/Down/Home/End move the focus) emits categoryChosen, the Preview page hands
// that to the category chips, and the chips' choice comes back through setSelected(). Clicking
// the chosen bar again shows all. Screen readers see one list item per row, with its count, that
// can be pressed (categorychartaccessible.h).
class CategoryChart : public QWidget {
    Q_OBJECT

public:
    explicit CategoryChart(QWidget* parent = nullptr);

    void setCounts(const QMap<Models::Category, int>& counts);
    // The filter in force; emits nothing.
    void setSelected(std::optional<Models::Category> category);
    [[nodiscard]] std::optional<Models::Category> selected() const { return m_selected; }

    // Row 0 is "All", then one row per category.
    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    [[nodiscard]] std::optional<Models::Category> categoryAt(int row) const { return m_rows.value(row); }
    [[nodiscard]] int rowOf(std::optional<Models::Category> category) const { return int(m_rows.indexOf(category)); }
    [[nodiscard]] int count(int row) const;
    [[nodiscard]] bool isRowEnabled(int row) const { return count(row) > 0; }
    [[nodiscard]] QRect rowRect(int row) const;
    // What a person hears and reads for a row: "Joiner: 120 operations".
    [[nodiscard]] QString rowText(int row) const;
    [[nodiscard]] int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    // As a click on the row: choose its category (the chosen one again: all).
    void activateRow(int row);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void categoryChosen(std::optional<Models::Category> category);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] int titleHeight() const;
    [[nodiscard]] int rowAt(const QPoint& point) const;
    void updateDescription();
    void notifyFocus();

    QList<std::optional<Models::Category>> m_rows;
    QMap<Models::Category, int> m_counts;
    int m_total = 0;
    std::optional<Models::Category> m_selected;
    int m_current = 0;    // the row keyboard focus is on
    int m_hovered = -1;
};

} // namespace Tenure::Ui
