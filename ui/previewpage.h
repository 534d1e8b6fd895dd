#pragma once

#include "app/previewservice.h"
#include "app/syncservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
}
namespace Tenure::Models {
class PlanModel;
}

namespace Tenure::Ui {

class CategoryChips;
class ErrorBanner;
class PlanDetailView;
class PreviewJob;
class ProgressStrip;
class RunController;

// Preview and run one directory tenant: Refresh plans it off the GUI thread, the table shows the
// plan with counts per category and a filter, the detail pane the selected operation's
// before → after, and Run carries the plan out with each operation's outcome shown as it arrives.
class PreviewPage : public QWidget {
    Q_OBJECT

public:
    PreviewPage(App::Workspace& workspace, App::ConnectorFactory& connectors, const QString& operatorName,
                QWidget* parent = nullptr);

    // Re-reads the directory tenants (off the GUI thread), keeping the chosen one.
    void reloadTenants();
    void refresh();      // F5
    void requestRun();   // Ctrl+R: asks for confirmation, then runs
    void cancel();       // Esc: stops a refresh or a run

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] Models::PlanModel* model() const { return m_model; }
    [[nodiscard]] QComboBox* tenantCombo() const { return m_tenant; }
    [[nodiscard]] QPushButton* refreshButton() const { return m_refresh; }
    [[nodiscard]] QPushButton* runButton() const { return m_run; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] CategoryChips* chips() const { return m_chips; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    // The plan indexes of the operations selected in the table, in plan order: the Runs page
    // offers to run just those.
    [[nodiscard]] QList<int> selectedOperations() const;
    [[nodiscard]] PlanDetailView* detail() const { return m_detail; }
    [[nodiscard]] ErrorBanner* banner() const { return m_banner; }
    [[nodiscard]] ProgressStrip* progress() const { return m_progress; }
    [[nodiscard]] QString emptyStateText() const;
    [[nodiscard]] QString planSummaryText() const;

Q_SIGNALS:
    void tenantsPageWanted();
    void busyChanged(bool busy);

private:
    void buildLayout();
    void connectSignals();
    void setTenants(const QStringList& directories);
    void showEmptyState(const QString& text);
    void onPlanned(const App::StoredPlan& stored);
    void onPlanFailed(const Models::Error& error);
    void onRunFinished(const App::RunSummary& summary);
    void onRunFailed(const Models::Error& error);
    void endRun();
    void onOutcome(const Models::OperationOutcome& outcome);
    void startRun();
    void showCurrentDetail();
    void updateActions();
    void updateShownCount();

    App::Workspace& m_workspace;
    PreviewJob* m_job;
    RunController* m_runner;
    Models::PlanModel* m_model;
    QString m_plannedTenant;
    QString m_selectedWorker;    // kept across re-plans so the selection survives a refresh
    bool m_planRan = false;
    bool m_tenantsLoaded = false;

    QComboBox* m_tenant;
    QPushButton* m_refresh;
    QPushButton* m_run;
    ErrorBanner* m_banner;
    CategoryChips* m_chips;
    QLineEdit* m_filter;
    QLabel* m_summary;
    QLabel* m_shown;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QPushButton* m_emptyAction;
    QTableView* m_table;
    PlanDetailView* m_detail;
    ProgressStrip* m_progress;
    QTimer* m_filterDelay;
};

} // namespace Tenure::Ui
