#include "categorychartaccessible.h"

#include "categorychart.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QWindow>

namespace Tenure::Ui {
namespace {

// One row of the chart. It has no QObject of its own; it is registered with Qt's accessibility
// cache by the chart's interface, which deletes it again.
class CategoryRowAccessible : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    CategoryRowAccessible(CategoryChart* chart, int row) : m_chart(chart), m_row(row) {}

    bool isValid() const override { return m_chart && m_row < m_chart->rowCount(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_chart ? m_chart->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override { return QAccessible::queryAccessibleInterface(m_chart.data()); }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    void setText(QAccessible::Text, const QString&) override {}
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QString text(QAccessible::Text kind) const override
    {
        if (!isValid())
            return {};
        if (kind == QAccessible::Name)
            return m_chart->rowText(m_row);
        if (kind == QAccessible::Description && m_chart->isRowEnabled(m_row))
            return m_row == 0 ? CategoryChart::tr("Show every operation")
                              : CategoryChart::tr("Show only these operations");
        return {};
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_chart->rowRect(m_row);
        return QRect(m_chart->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid())
            return state;
        state.focusable = true;
        state.selectable = true;
        state.selected = m_chart->categoryAt(m_row) == m_chart->selected();
        state.focused = m_chart->hasFocus() && m_chart->currentRow() == m_row;
        state.disabled = !m_chart->isRowEnabled(m_row);
        state.invisible = !m_chart->isVisible();
        return state;
    }

    void* interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
    }

    QStringList actionNames() const override
    {
        return isValid() && m_chart->isRowEnabled(m_row) ? QStringList{pressAction()} : QStringList{};
    }
    void doAction(const QString& name) override
    {
        if (name == pressAction() && isValid())
            m_chart->activateRow(m_row);
    }
    QStringList keyBindingsForAction(const QString& name) const override
    {
        return name == pressAction() ? QStringList{QStringLiteral("Space")} : QStringList{};
    }

private:
    QPointer<CategoryChart> m_chart;
    int m_row;
};

class CategoryChartAccessible : public QAccessibleWidget {
public:
    explicit CategoryChartAccessible(QWidget* widget) : QAccessibleWidget(widget, QAccessible::List) {}
    ~CategoryChartAccessible() override
    {
        for (const auto id : std::as_const(m_rows))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return chart()->rowCount(); }

    QAccessibleInterface* child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        auto it = m_rows.constFind(index);
        if (it == m_rows.cend())
            it = m_rows.insert(index, QAccessible::registerAccessibleInterface(new CategoryRowAccessible(chart(), index)));
        return QAccessible::accessibleInterface(*it);
    }

    int indexOfChild(const QAccessibleInterface* child) const override
    {
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key();
        return -1;
    }

    QAccessibleInterface* childAt(int x, int y) const override
    {
        const QPoint local = chart()->mapFromGlobal(QPoint(x, y));
        for (int row = 0; row < childCount(); ++row)
            if (chart()->rowRect(row).contains(local))
                return child(row);
        return nullptr;
    }

    QAccessibleInterface* focusChild() const override
    {
        return chart()->hasFocus() ? child(chart()->currentRow()) : nullptr;
    }

private:
    CategoryChart* chart() const { return static_cast<CategoryChart*>(widget()); }

    mutable QHash<int, QAccessible::Id> m_rows;
};

QAccessibleInterface* chartFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String(CategoryChart::staticMetaObject.className()) && object && object->isWidgetType())
        return new CategoryChartAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace

void installCategoryChartAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(chartFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace Tenure::Ui
