#pragma once

#include "models/mapping/scopingfilter.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Tenure::Ui {

// Edits a scoping filter: groups (OR-ed) of clauses (AND-ed), each an HR attribute, one of the
// 14 Entra operators and a value. No groups: every worker is in scope.
class ScopingEditor : public QWidget {
    Q_OBJECT

public:
    explicit ScopingEditor(QWidget* parent = nullptr);
    void setAttributes(const QStringList& attributes);
    void setFilter(const Models::ScopingFilter& filter);   // does not emit filterEdited
    [[nodiscard]] Models::ScopingFilter filter() const;
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

    void addGroup();
    void addClause();       // to the current group (a new one when there is none)
    void removeCurrent();

Q_SIGNALS:
    void filterEdited();

private:
    QTreeWidgetItem* addClauseItem(QTreeWidgetItem* group, const Models::ScopingClause& clause);
    void renumber();

    QStringList m_attributes;
    QTreeWidget* m_tree;
};

} // namespace Tenure::Ui
