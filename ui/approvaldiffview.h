#pragma once

#include "app/approvalqueue.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Tenure::Ui {

class PlanDetailView;

// What approving a request changes: each operation it approves (a threshold release approves
// many) and, for the one selected, every attribute's before → after with why (PlanDetailView).
class ApprovalDiffView : public QWidget {
    Q_OBJECT

public:
    explicit ApprovalDiffView(QWidget* parent = nullptr);

    void showMessage(const QString& text);   // nothing selected, or still reading
    void showDiff(const App::ApprovalDiff& diff);

    [[nodiscard]] int changeCount() const { return int(m_diff.changes.size()); }
    [[nodiscard]] QTableWidget* changesTable() const { return m_changes; }
    [[nodiscard]] PlanDetailView* detail() const { return m_detail; }
    [[nodiscard]] QString noteText() const;

private:
    void showSelectedChange();

    App::ApprovalDiff m_diff;
    QLabel* m_title;
    QLabel* m_note;
    QTableWidget* m_changes;
    PlanDetailView* m_detail;
};

} // namespace Tenure::Ui
