#pragma once

#include "app/documents/planexportfile.h"
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

class CategoryChart;
class CategoryChips;
class ErrorBanner;
class PlanDetailView;
class PlanExportJob;
class PreviewJob;
class ProgressStrip;
class RunController;

// Preview and run one directory tenant: Refresh plans it off the GUI thread, the table shows the
// plan with counts per category (chips and a chart, one filter) and a text filter, the detail
// pane the selected operation's before → after, Export writes what is shown to CSV, Excel or
// PDF off the GUI thread, and Run carries the plan out with each operation's outcome shown as it
// arrives. When the page opens it shows the tenant's latest stored plan rather than planning
// again.
class PreviewPage : public QWidget {
    Q_OBJECT

public:
    PreviewPage(App::Workspace& workspace, App::ConnectorFactory& connectors, const QString& operatorName,
                QWidget* parent = nullptr);

    // Re-reads the directory tenants (off the GUI thread), keeping the chosen one.
    void reloadTenants();
    void refresh();      // F5
    void requestRun();   // Ctrl+R: asks for confirmation, then runs
    void cancel();       // Esc: stops a refresh, an export or a run
    // Asks where to save (SaveFileChooser), then exports the operations shown, in their order.
    void exportPlan(App::PlanExportFormat format);
    void exportTo(App::PlanExportFormat format, const QString& path);
    // Shows a plan that is already stored (a refresh's result, or the latest one when the page
    // opens); `ran`: some run has carried it out, so Run is not offered again.
    void showPlan(const App::StoredPlan& stored, bool ran);

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] Models::PlanModel* model() const { return m_model; }
    [[nodiscard]] QComboBox* tenantCombo() const { return m_tenant; }
    [[nodiscard]] QPushButton* refreshButton() const { return m_refresh; }
    [[nodiscard]] QPushButton* runButton() const { return m_run; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] CategoryChips* chips() const { return m_chips; }
    [[nodiscard]] CategoryChart* chart() const { return m_chart; }
    [[nodiscard]] QPushButton* exportButton() const { return m_export; }
    [[nodiscard]] bool isExporting() const;
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
    // The page has looked for the tenant's stored plan and shows it, or says there is none:
    // from here on it is usable (tenure --quit-when-ready waits for this).
    void settled();

private:
    void buildLayout();
    void connectSignals();
    void setTenants(const QStringList& directories);
    void loadStoredPlan(const QString& tenant);
    [[nodiscard]] QString selectionScope() const;
    [[nodiscard]] QString suggestedExportPath(App::PlanExportFormat format) const;
    void onExported(App::PlanExportFormat format, const App::PlanExportSummary& summary, const QString& path);
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
    PlanExportJob* m_exportJob;
    Models::PlanModel* m_model;
    QString m_plannedTenant;
    QString m_selectedWorker;    // kept across re-plans so the selection survives a refresh
    bool m_planRan = false;
    bool m_tenantsLoaded = false;
    quint64 m_storedLoad = 0;    // the latest stored-plan load; an older one arriving late is dropped

    QComboBox* m_tenant;
    QPushButton* m_refresh;
    QPushButton* m_run;
    QPushButton* m_export;
    ErrorBanner* m_banner;
    CategoryChips* m_chips;
    CategoryChart* m_chart;
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
