#pragma once

#include "app/runrate.h"
#include "app/runscope.h"
#include "models/items/runoutcomemodel.h"
#include "models/store/repositories.h"
#include "runscopejob.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
}

namespace Tenure::Ui {

class ErrorBanner;
class ProgressStrip;
class RunController;

// Runs: start one (everything a fresh preview plans for a directory tenant, or the operations
// selected on the Preview page), watch it (counts, rate, ETA, each operation's outcome as it
// arrives), cancel it; the history of runs with each one's outcomes, filtered by what became of
// them; retry a run's failed operations or resume what it left undone. Every run carries out a
// stored plan a person could have previewed, after a confirmation that says what it will do,
// through the approval gate and the safety thresholds like any other.
class RunsPage : public QWidget {
    Q_OBJECT

public:
    RunsPage(App::Workspace& workspace, App::ConnectorFactory& connectors, QString operatorName, QWidget* parent = nullptr);
    ~RunsPage() override;

    void reload();   // the history and the directory tenants, off the GUI thread
    // What the Preview page has selected (plan indexes of its stored plan); "Run selected" runs it.
    void setPreviewSelection(qint64 planId, const QString& tenant, const QList<int>& operations);

    // The actions, as their buttons trigger them. Each prepares the run off the GUI thread, asks
    // for confirmation (Confirmation::ask), and only then runs.
    void runEverything();
    void runSelected();
    void retryFailed();   // of the selected run
    void resume();        // the selected run
    void cancel();        // Esc: stops the preparation or the run

    bool selectRun(qint64 runId);

    [[nodiscard]] bool isBusy() const { return m_reading > 0 || isWorking(); }
    [[nodiscard]] bool isWorking() const;   // preparing or carrying out a run
    [[nodiscard]] const QList<Models::RunRecord>& runs() const { return m_runs; }
    [[nodiscard]] const Models::RunRecord* selectedRun() const;
    [[nodiscard]] QString emptyStateText() const;
    [[nodiscard]] QString outcomesTitle() const;

    [[nodiscard]] QTableWidget* runsTable() const { return m_runsTable; }
    [[nodiscard]] QTableView* outcomesView() const { return m_outcomes; }
    [[nodiscard]] Models::RunOutcomeModel* outcomeModel() const { return m_model; }
    [[nodiscard]] QComboBox* tenantCombo() const { return m_tenant; }
    [[nodiscard]] QPushButton* runAllButton() const { return m_runAll; }
    [[nodiscard]] QPushButton* runSelectedButton() const { return m_runSelected; }
    [[nodiscard]] QPushButton* retryButton() const { return m_retry; }
    [[nodiscard]] QPushButton* resumeButton() const { return m_resume; }
    [[nodiscard]] QAbstractButton* showButton(Models::RunOutcomeModel::Show show) const;
    [[nodiscard]] QLineEdit* outcomeFilter() const { return m_filter; }
    [[nodiscard]] ProgressStrip* progress() const { return m_progress; }
    [[nodiscard]] ErrorBanner* banner() const { return m_banner; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void runFinished(qint64 runId);   // the audit log and the Preview page's plan have news

private:
    QWidget* buildHistory();
    QWidget* buildOutcomes();
    void connectRunSignals();
    void setRuns(QList<Models::RunRecord> runs);
    void setTenants(const QStringList& directories);
    void showOutcomes();
    void updateActions();
    void updateShowCounts();
    void setReading(bool reading);

    // The run flow (runspagerun.cpp).
    void prepare(const QString& what, const RunScopeJob::Request& request);
    void onPrepared(const App::RunScope& scope);
    void startRun(const App::RunScope& scope);
    void onProgress(qint64 done, qint64 total, qint64 failed);
    void onRunFinished(const App::RunSummary& summary);
    void onRunFailed(const Models::Error& error);
    void endWork();
    [[nodiscard]] QString confirmationText(const App::RunScope& scope) const;

    App::Workspace& m_workspace;
    QString m_operator;
    RunScopeJob* m_job;
    RunController* m_runner;
    Models::RunOutcomeModel* m_model;
    QList<Models::RunRecord> m_runs;
    int m_reading = 0;
    qint64 m_outcomesOf = 0;   // the run whose outcomes were asked for last; older answers are dropped
    qint64 m_reselect = 0;     // the run to select when the history arrives
    bool m_confirming = false;

    // The Preview page's selection.
    qint64 m_selectionPlan = 0;
    QString m_selectionTenant;
    QList<int> m_selection;

    // The run in progress here.
    std::optional<App::RunScope> m_live;
    App::RunRate m_rate;
    QElapsedTimer m_clock;

    ErrorBanner* m_banner;
    QComboBox* m_tenant;
    QPushButton* m_runAll;
    QPushButton* m_runSelected;
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTableWidget* m_runsTable;
    QWidget* m_outcomesPanel;
    QLabel* m_outcomesTitle;
    QPushButton* m_retry;
    QPushButton* m_resume;
    QButtonGroup* m_show;
    QLineEdit* m_filter;
    QTimer* m_filterDelay;
    QLabel* m_shown;
    QTableView* m_outcomes;
    ProgressStrip* m_progress;
};

} // namespace Tenure::Ui
