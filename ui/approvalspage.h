#pragma once

#include "models/domain/approval.h"
#include "models/domain/operatorrole.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
struct ApprovalDiff;
struct TerminationReport;
}

namespace Tenure::Ui {

class ApprovalDiffView;
class ErrorBanner;
class WorkerPicker;

// The queue of requests waiting for a second person, narrowed to what the operator's role may
// decide (HR staff: emergency terminations and rehires; admins: everything, threshold releases
// included). For the selected request: who asked and why, what approving it changes (each
// operation's before → after), approve or reject with a reason, and for a rehire how it is routed.
// Whoever requested one sees it but cannot decide it. An emergency termination is requested here
// too (the worker found by name or id), and approving one disables the worker's accounts at once
// (off the GUI thread) and shows what happened.
class ApprovalsPage : public QWidget {
    Q_OBJECT

public:
    ApprovalsPage(App::Workspace& workspace, App::ConnectorFactory& connectors, QString operatorName,
                  QWidget* parent = nullptr);

    void reload();
    bool selectApproval(qint64 id);
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }
    [[nodiscard]] QString emptyStateText() const;
    [[nodiscard]] const QList<Models::Approval>& approvals() const { return m_approvals; }
    [[nodiscard]] Models::OperatorRole role() const { return m_role; }

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLabel* roleLabel() const { return m_roleLabel; }
    [[nodiscard]] QLabel* detailsLabel() const { return m_details; }
    [[nodiscard]] QCheckBox* showDecided() const { return m_showDecided; }
    [[nodiscard]] QLineEdit* reasonEdit() const { return m_reason; }
    [[nodiscard]] QGroupBox* rehireRouting() const { return m_rehireRouting; }
    [[nodiscard]] QRadioButton* rehireReactivate() const { return m_reactivate; }
    [[nodiscard]] QRadioButton* rehireNewAccount() const { return m_newAccount; }
    [[nodiscard]] QPushButton* approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton* rejectButton() const { return m_reject; }
    [[nodiscard]] QLabel* decisionNote() const { return m_note; }
    [[nodiscard]] QLabel* reportLabel() const { return m_report; }
    [[nodiscard]] ApprovalDiffView* diffView() const { return m_diff; }
    [[nodiscard]] bool isReadingDiff() const { return m_diffOf != 0; }
    [[nodiscard]] ErrorBanner* banner() const { return m_banner; }
    [[nodiscard]] QPushButton* terminationToggle() const { return m_terminationToggle; }
    [[nodiscard]] WorkerPicker* terminationWorker() const { return m_terminationWorker; }
    [[nodiscard]] QLineEdit* terminationReason() const { return m_terminationReason; }
    [[nodiscard]] QPushButton* terminationRequest() const { return m_terminationRequest; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void changed();   // an approval was requested or decided: the audit log has news

private:
    QWidget* buildDecisionPanel();
    QGroupBox* buildRehireRouting(QWidget* parent);
    QGroupBox* buildTerminationForm();
    void setApprovals(QList<Models::Approval> approvals);
    void showSelected();
    void readDiff(const Models::Approval& approval);
    void decide(bool approve);
    void requestTermination();
    void showReport(const App::TerminationReport& report);
    void setBusy(bool busy);
    [[nodiscard]] Models::RehireChoice rehireChoice() const;
    void clearRehireChoice();
    [[nodiscard]] const Models::Approval* selected() const;

    App::Workspace& m_workspace;
    App::ConnectorFactory& m_connectors;
    QString m_operator;
    Models::OperatorRole m_role = Models::OperatorRole::Admin;
    QList<Models::Approval> m_approvals;
    qint64 m_reselect = 0;
    qint64 m_diffOf = 0;      // the request whose diff is being read; 0 when none is
    qint64 m_diffShown = 0;   // the request whose diff is shown
    int m_busy = 0;

    ErrorBanner* m_banner;
    QLabel* m_roleLabel;
    QCheckBox* m_showDecided;
    QPushButton* m_terminationToggle;
    QGroupBox* m_terminationForm = nullptr;
    WorkerPicker* m_terminationWorker = nullptr;
    QLineEdit* m_terminationReason = nullptr;
    QPushButton* m_terminationRequest = nullptr;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTableWidget* m_table;
    QLabel* m_details = nullptr;
    QGroupBox* m_rehireRouting = nullptr;
    QRadioButton* m_reactivate = nullptr;
    QRadioButton* m_newAccount = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_report = nullptr;
    ApprovalDiffView* m_diff = nullptr;
};

} // namespace Tenure::Ui
