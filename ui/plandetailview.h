#pragma once

#include "models/domain/operation.h"

#include <QWidget>
#include <optional>

class QLabel;
class QStackedWidget;
class QTableWidget;

namespace Tenure::Ui {

// The selected operation in full: who, what is written where, why (the reason), and every
// attribute's before → after with the mapping rule that produced it.
class PlanDetailView : public QWidget {
    Q_OBJECT

public:
    explicit PlanDetailView(QWidget* parent = nullptr);

    void showOperation(const Models::Operation& operation, const std::optional<Models::OperationOutcome>& outcome);
    void showNothing();

    // Everything the pane shows as plain text, one line per attribute ("mail: a → b (why)").
    [[nodiscard]] QString plainText() const;

private:
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_reason;
    QLabel* m_outcome;
    QLabel* m_noChanges;
    QTableWidget* m_changes;
};

} // namespace Tenure::Ui
