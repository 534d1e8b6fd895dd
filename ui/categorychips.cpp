#include "categorychips.h"

#include "models/items/categorylabels.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace Tenure::Ui {
namespace {

// Not -1: QButtonGroup::addButton treats -1 as "assign an id" (and assigns -2, -3, …).
constexpr int AllId = 1000;

QToolButton* makeChip(QWidget* parent)
{
    auto* chip = new QToolButton(parent);
    chip->setCheckable(true);
    chip->setAutoRaise(false);
    chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    chip->setFocusPolicy(Qt::StrongFocus);
    return chip;
}

} // namespace

CategoryChips::CategoryChips(QWidget* parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    // Rounded chips; the checked one is the active filter.
    setStyleSheet(QStringLiteral(
        "QToolButton { border: 1px solid #c5ccd4; border-radius: 11px; padding: 2px 10px; background: #f6f8fa; }"
        "QToolButton:checked { background: #1f4e79; color: white; border-color: #1f4e79; }"
        "QToolButton:focus { border-color: #4a90d9; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_group->setExclusive(true);

    m_all = makeChip(this);
    m_all->setObjectName(QStringLiteral("chip-all"));
    m_group->addButton(m_all, AllId);
    layout->addWidget(m_all);
    for (const auto category : Models::allCategories()) {
        auto* chip = makeChip(this);
        chip->setObjectName(QStringLiteral("chip-") + Models::categoryName(category));
        chip->setVisible(false);
        m_group->addButton(chip, int(category));
        m_chips.insert(category, chip);
        layout->addWidget(chip);
    }
    layout->addStretch(1);
    m_all->setChecked(true);
    setCounts({});

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        Q_EMIT categoryChosen(id == AllId ? std::nullopt : std::optional(Models::Category(id)));
    });
}

void CategoryChips::setCounts(const QMap<Models::Category, int>& counts)
{
    int total = 0;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        const int count = counts.value(it.key());
        total += count;
        const QString label = Models::categoryLabel(it.key());
        it.value()->setText(tr("%1 %2").arg(label, QLocale().toString(count)));
        it.value()->setToolTip(tr("Show only the %Ln %1 operation(s)", nullptr, count).arg(label.toLower()));
        it.value()->setAccessibleName(tr("%1: %Ln operation(s); show only these", nullptr, count).arg(label));
        it.value()->setVisible(count > 0);
    }
    m_all->setText(tr("All %1").arg(QLocale().toString(total)));
    m_all->setToolTip(tr("Show every operation"));
    m_all->setAccessibleName(tr("All: %Ln operation(s)", nullptr, total));
    // A filter on a category the new plan no longer has would hide everything: fall back to all.
    if (const auto current = selected(); current && counts.value(*current) == 0)
        select(std::nullopt);
}

void CategoryChips::select(std::optional<Models::Category> category)
{
    auto* button = chip(category);
    if (!button || button->isChecked())
        return;
    button->setChecked(true);
    Q_EMIT categoryChosen(category);
}

std::optional<Models::Category> CategoryChips::selected() const
{
    const int id = m_group->checkedId();
    return id == AllId || id < 0 ? std::nullopt : std::optional(Models::Category(id));
}

QToolButton* CategoryChips::chip(std::optional<Models::Category> category) const
{
    return category ? m_chips.value(*category) : m_all;
}

} // namespace Tenure::Ui
