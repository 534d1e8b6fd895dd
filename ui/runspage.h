#pragma once

#include "models/store/repositories.h"

#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;

namespace Tenure::App {
class Workspace;
}

namespace Tenure::Ui {

class ErrorBanner;

// The history of runs (newest first) from the workspace's run journal, and the outcome of each
// operation of the selected run. Reads happen on the thread pool.
class RunsPage : public QWidget {
    Q_OBJECT

public:
    explicit RunsPage(App::Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }
    [[nodiscard]] const QList<Models::RunRecord>& runs() const { return m_runs; }
    [[nodiscard]] QTableWidget* runsTable() const { return m_runsTable; }
    [[nodiscard]] QTableWidget* outcomesTable() const { return m_outcomes; }
    [[nodiscard]] QString emptyStateText() const;

private:
    void setRuns(QList<Models::RunRecord> runs);
    void showOutcomes();
    void setBusy(bool busy);

    App::Workspace& m_workspace;
    QList<Models::RunRecord> m_runs;
    int m_busy = 0;
    qint64 m_outcomesOf = 0;   // the run whose outcomes were asked for last; older answers are dropped

    ErrorBanner* m_banner;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTableWidget* m_runsTable;
    QLabel* m_outcomesTitle;
    QTableWidget* m_outcomes;
};

} // namespace Tenure::Ui
