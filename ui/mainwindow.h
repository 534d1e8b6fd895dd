#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
}

namespace Tenure::Ui {

class ApprovalsPage;
class AuditPage;
class InitialPasswordsButton;
class MappingPage;
class PreviewPage;
class RunsPage;
class TenantsPage;

// The console: a navigation sidebar (Tenants, Mappings, Preview, Approvals, Runs, Audit) over
// stacked pages, and a status bar naming the workspace and the operator. The services are built
// by main() and passed in; the window owns none of them.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Tenants, Mappings, Preview, Approvals, Runs, Audit };
    Q_ENUM(Page)

    MainWindow(App::Workspace& workspace, App::ConnectorFactory& connectors, const QString& operatorName,
               QWidget* parent = nullptr);

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] QWidget* page(Page page) const;
    [[nodiscard]] PreviewPage* previewPage() const { return m_preview; }
    [[nodiscard]] TenantsPage* tenantsPage() const { return m_tenants; }
    [[nodiscard]] MappingPage* mappingPage() const { return m_mappings; }
    [[nodiscard]] ApprovalsPage* approvalsPage() const { return m_approvals; }
    [[nodiscard]] AuditPage* auditPage() const { return m_audit; }
    [[nodiscard]] RunsPage* runsPage() const { return m_runs; }
    [[nodiscard]] QListWidget* navigation() const { return m_navigation; }
    // "N initial passwords to hand over", in the status bar while some wait.
    [[nodiscard]] InitialPasswordsButton* initialPasswordsButton() const { return m_initialPasswords; }
    [[nodiscard]] QString statusText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages(App::Workspace& workspace, App::ConnectorFactory& connectors, const QString& operatorName);
    void buildActions();
    void restoreLayout();
    void refreshCurrentPage();

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    TenantsPage* m_tenants = nullptr;
    PreviewPage* m_preview = nullptr;
    MappingPage* m_mappings = nullptr;
    ApprovalsPage* m_approvals = nullptr;
    AuditPage* m_audit = nullptr;
    RunsPage* m_runs = nullptr;
    QLabel* m_workspaceLabel;
    QLabel* m_operatorLabel;
    QLabel* m_activityLabel;
    InitialPasswordsButton* m_initialPasswords = nullptr;
    bool m_closeConfirmed = false;   // the person agreed to cancel running work and close
};

} // namespace Tenure::Ui
