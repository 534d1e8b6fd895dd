#pragma once

#include "models/domain/approval.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
struct TerminationReport;
}

namespace Tenure::Ui {

class ErrorBanner;

// The queue of requests waiting for a second person: rehires, emergency terminations and plans
// above the safety thresholds. Whoever requested one sees it but cannot decide it. An emergency
// termination is requested here too, and approving one disables the worker's accounts at once
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

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QCheckBox* showDecided() const { return m_showDecided; }
    [[nodiscard]] QLineEdit* reasonEdit() const { return m_reason; }
    [[nodiscard]] QComboBox* rehireChoice() const { return m_rehireChoice; }
    [[nodiscard]] QPushButton* approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton* rejectButton() const { return m_reject; }
    [[nodiscard]] QLabel* decisionNote() const { return m_note; }
    [[nodiscard]] QLabel* reportLabel() const { return m_report; }
    [[nodiscard]] ErrorBanner* banner() const { return m_banner; }
    [[nodiscard]] QPushButton* terminationToggle() const { return m_terminationToggle; }
    [[nodiscard]] QLineEdit* terminationWorker() const { return m_terminationWorker; }
    [[nodiscard]] QLineEdit* terminationReason() const { return m_terminationReason; }
    [[nodiscard]] QPushButton* terminationRequest() const { return m_terminationRequest; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void changed();   // an approval was requested or decided: the audit log has news

private:
    QWidget* buildDetails();
    QGroupBox* buildTerminationForm();
    void setApprovals(QList<Models::Approval> approvals);
    void showSelected();
    void decide(bool approve);
    void requestTermination();
    void showReport(const App::TerminationReport& report);
    void setBusy(bool busy);
    [[nodiscard]] const Models::Approval* selected() const;

    App::Workspace& m_workspace;
    App::ConnectorFactory& m_connectors;
    QString m_operator;
    QList<Models::Approval> m_approvals;
    qint64 m_reselect = 0;
    int m_busy = 0;

    ErrorBanner* m_banner;
    QCheckBox* m_showDecided;
    QPushButton* m_terminationToggle;
    QGroupBox* m_terminationForm = nullptr;
    QLineEdit* m_terminationWorker = nullptr;
    QLineEdit* m_terminationReason = nullptr;
    QPushButton* m_terminationRequest = nullptr;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTableWidget* m_table;
    QLabel* m_details = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_rehireChoice = nullptr;
    QLabel* m_rehireLabel = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_report = nullptr;
};

} // namespace Tenure::Ui
