#pragma once

namespace Tenure::Ui {

// Installs, once per process, the accessibility factory that presents a CategoryChart to screen
// readers as a list with one item per row ("Joiner: 120 operations"), each selectable, focusable
// and pressable (QAccessibleActionInterface::pressAction chooses its category), with the
// keyboard focus and the chosen filter reported as they change. A painted widget has no child
// widgets for Qt to describe, so the chart supplies the children itself:
//   https://doc.qt.io/qt-6/accessible-qwidget.html#implementing-accessibility
void installCategoryChartAccessibility();

} // namespace Tenure::Ui
