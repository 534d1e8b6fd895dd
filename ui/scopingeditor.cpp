#include "scopingeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace Tenure::Ui {
namespace {

enum Column { AttributeColumn, OperatorColumn, ValueColumn };

bool takesValue(Models::ScopingOperator op)
{
    using Op = Models::ScopingOperator;
    return op != Op::IsTrue && op != Op::IsFalse && op != Op::IsNull && op != Op::IsNotNull;
}

} // namespace

ScopingEditor::ScopingEditor(QWidget* parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("scopingEditor"));
    m_tree->setObjectName(QStringLiteral("scopingTree"));
    m_tree->setAccessibleName(tr("Scoping filter"));
    m_tree->setHeaderLabels({tr("HR attribute"), tr("Operator"), tr("Value")});
    m_tree->header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(AttributeColumn, 200);
    m_tree->setColumnWidth(OperatorColumn, 190);
    auto* hint = new QLabel(tr("A worker is in scope when every clause of at least one group holds. No groups: "
                               "every worker is in scope."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #6b7785;"));
    auto* addGroupButton = new QPushButton(tr("Add &group"), this);
    addGroupButton->setObjectName(QStringLiteral("scopingAddGroup"));
    auto* addClauseButton = new QPushButton(tr("Add &clause"), this);
    addClauseButton->setObjectName(QStringLiteral("scopingAddClause"));
    auto* removeButton = new QPushButton(tr("&Remove"), this);
    removeButton->setObjectName(QStringLiteral("scopingRemove"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addGroupButton);
    buttons->addWidget(addClauseButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(addGroupButton, &QPushButton::clicked, this, &ScopingEditor::addGroup);
    connect(addClauseButton, &QPushButton::clicked, this, &ScopingEditor::addClause);
    connect(removeButton, &QPushButton::clicked, this, &ScopingEditor::removeCurrent);
}

void ScopingEditor::setAttributes(const QStringList& attributes) { m_attributes = attributes; }

void ScopingEditor::setFilter(const Models::ScopingFilter& filter)
{
    const QSignalBlocker block(this);
    m_tree->clear();
    for (const auto& group : filter.groups) {
        auto* item = new QTreeWidgetItem(m_tree);
        for (const auto& clause : group)
            addClauseItem(item, clause);
    }
    renumber();
    m_tree->expandAll();
}

Models::ScopingFilter ScopingEditor::filter() const
{
    Models::ScopingFilter filter;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        auto* group = m_tree->topLevelItem(g);
        QList<Models::ScopingClause> clauses;
        for (int c = 0; c < group->childCount(); ++c) {
            auto* item = group->child(c);
            auto* attribute = qobject_cast<QComboBox*>(m_tree->itemWidget(item, AttributeColumn));
            auto* op = qobject_cast<QComboBox*>(m_tree->itemWidget(item, OperatorColumn));
            auto* value = qobject_cast<QLineEdit*>(m_tree->itemWidget(item, ValueColumn));
            clauses.append({attribute->currentText(), Models::ScopingOperator(op->currentData().toInt()), value->text()});
        }
        if (!clauses.isEmpty())
            filter.groups.append(clauses);
    }
    return filter;
}

QTreeWidgetItem* ScopingEditor::addClauseItem(QTreeWidgetItem* group, const Models::ScopingClause& clause)
{
    auto* item = new QTreeWidgetItem(group);
    auto* attribute = new QComboBox;
    attribute->setEditable(true);
    attribute->addItems(m_attributes);
    attribute->setCurrentText(clause.attribute);
    attribute->setAccessibleName(tr("Clause attribute"));
    auto* op = new QComboBox;
    op->setAccessibleName(tr("Clause operator"));
    for (const auto candidate : Models::allScopingOperators())
        op->addItem(Models::scopingOperatorName(candidate), int(candidate));
    op->setCurrentIndex(op->findData(int(clause.op)));
    auto* value = new QLineEdit(clause.value);
    value->setAccessibleName(tr("Clause value"));
    value->setEnabled(takesValue(clause.op));
    m_tree->setItemWidget(item, AttributeColumn, attribute);
    m_tree->setItemWidget(item, OperatorColumn, op);
    m_tree->setItemWidget(item, ValueColumn, value);
    connect(attribute, &QComboBox::currentTextChanged, this, &ScopingEditor::filterEdited);
    connect(op, &QComboBox::currentIndexChanged, this, [this, op, value] {
        value->setEnabled(takesValue(Models::ScopingOperator(op->currentData().toInt())));
        Q_EMIT filterEdited();
    });
    connect(value, &QLineEdit::textEdited, this, &ScopingEditor::filterEdited);
    return item;
}

void ScopingEditor::addGroup()
{
    auto* group = new QTreeWidgetItem(m_tree);
    auto* clause = addClauseItem(group, {m_attributes.value(0), Models::ScopingOperator::Equals, {}});
    renumber();
    group->setExpanded(true);
    m_tree->setCurrentItem(clause);
    Q_EMIT filterEdited();
}

void ScopingEditor::addClause()
{
    QTreeWidgetItem* group = m_tree->currentItem();
    if (group && group->parent())
        group = group->parent();
    if (!group) {
        addGroup();
        return;
    }
    auto* clause = addClauseItem(group, {m_attributes.value(0), Models::ScopingOperator::Equals, {}});
    group->setExpanded(true);
    m_tree->setCurrentItem(clause);
    Q_EMIT filterEdited();
}

void ScopingEditor::removeCurrent()
{
    auto* item = m_tree->currentItem();
    if (!item)
        return;
    auto* group = item->parent();
    delete item;
    if (group && group->childCount() == 0)
        delete group;
    renumber();
    Q_EMIT filterEdited();
}

void ScopingEditor::renumber()
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        auto* group = m_tree->topLevelItem(g);
        group->setText(AttributeColumn, g == 0 ? tr("Group %1 (all of)").arg(g + 1)
                                               : tr("or group %1 (all of)").arg(g + 1));
        group->setFirstColumnSpanned(true);
    }
}

} // namespace Tenure::Ui
