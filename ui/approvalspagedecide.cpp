// The Approvals page's actions: decide a request, request an emergency termination. Each runs
// on the thread pool; the page reloads when it is done.
#include "app/emergencytermination.h"
#include "app/workspace.h"
#include "approvaldecision.h"
#include "approvalspage.h"
#include "backgroundcall.h"
#include "errorbanner.h"
#include "workerpicker.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace Tenure::Ui {

void ApprovalsPage::decide(bool approve)
{
    const Models::Approval* a = selected();
    if (!a || isBusy())
        return;
    const auto choice = rehireChoice();
    const QString reason = m_reason->text().trimmed();
    if (const QString missing = ApprovalDecision::missing(*a, approve, reason, choice); !missing.isEmpty()) {
        m_banner->showError(missing);
        (choice == Models::RehireChoice::None && approve ? static_cast<QWidget*>(m_reactivate) : m_reason)->setFocus();
        return;
    }
    m_banner->clear();
    m_report->hide();
    m_reselect = a->id;
    setBusy(true);
    showSelected();
    const qint64 id = a->id;
    if (approve && a->kind == Models::ApprovalKind::EmergencyTermination) {
        m_note->setText(tr("Disabling the worker's accounts in every directory…"));
        runInBackground(
            this,
            [&workspace = m_workspace, &connectors = m_connectors, op = m_operator, id, reason] {
                return App::EmergencyTermination(workspace, connectors, op).approve(id, reason);
            },
            [this](const Models::Result<App::TerminationReport>& report) {
                setBusy(false);
                if (!report)
                    m_banner->showError(tr("The emergency termination was not carried out: %1").arg(report.error().describe()));
                else
                    showReport(*report);
                m_reason->clear();
                reload();
                Q_EMIT changed();
            });
        return;
    }
    runInBackground(
        this, [&workspace = m_workspace, op = m_operator, id, approve, reason, choice] {
            return workspace.approvals(op).decide(id, approve, reason, choice);
        },
        [this, approve](const Models::Result<Models::Approval>& decided) {
            setBusy(false);
            if (!decided) {
                m_banner->showError(tr("The decision was not recorded: %1").arg(decided.error().describe()));
            } else {
                m_banner->show(ErrorBanner::Kind::Success, approve ? tr("Approved #%1.").arg(decided->id)
                                                                   : tr("Rejected #%1.").arg(decided->id));
                m_reason->clear();
                clearRehireChoice();
            }
            reload();
            Q_EMIT changed();
        });
}

void ApprovalsPage::showReport(const App::TerminationReport& report)
{
    QStringList lines;
    lines << tr("<b>Emergency termination carried out.</b>");
    lines << (report.disabled.isEmpty() ? tr("No account was disabled.")
                                        : tr("Disabled: %1").arg(report.disabled.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (!report.notFound.isEmpty())
        lines << tr("No enabled account in: %1").arg(report.notFound.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!report.failed.isEmpty())
        lines << tr("<span style='color:#a4262c'>Failed: %1</span>")
                     .arg(report.failed.join(QStringLiteral("; ")).toHtmlEscaped());
    lines << tr("Hold #%1 keeps later syncs from enabling the accounts until HR records the termination.")
                 .arg(report.holdId);
    m_report->setText(lines.join(QStringLiteral("<br>")));
    m_report->show();
}

void ApprovalsPage::requestTermination()
{
    bool ambiguous = false;
    const QString worker = m_terminationWorker->workerId(&ambiguous);
    const QString reason = m_terminationReason->text().trimmed();
    if (ambiguous) {
        m_banner->showError(tr("Several workers match “%1”: choose one from the list.").arg(m_terminationWorker->edit()->text()));
        m_terminationWorker->edit()->setFocus();
        return;
    }
    if (worker.isEmpty() || reason.isEmpty()) {
        m_banner->showError(tr("An emergency termination needs the worker (a name or id) and a reason."));
        (worker.isEmpty() ? m_terminationWorker->edit() : m_terminationReason)->setFocus();
        return;
    }
    setBusy(true);
    m_terminationRequest->setEnabled(false);
    runInBackground(
        this,
        [&workspace = m_workspace, &connectors = m_connectors, op = m_operator, worker, reason] {
            return App::EmergencyTermination(workspace, connectors, op).request(worker, reason);
        },
        [this](const Models::Result<Models::Approval>& requested) {
            setBusy(false);
            m_terminationRequest->setEnabled(true);
            if (!requested) {
                m_banner->showError(tr("The emergency termination was not requested: %1").arg(requested.error().describe()));
                return;
            }
            m_banner->show(ErrorBanner::Kind::Success,
                           tr("Requested #%1 for worker %2: a second person must approve it.")
                               .arg(requested->id)
                               .arg(requested->workerId));
            m_terminationWorker->clear();
            m_terminationReason->clear();
            m_reselect = requested->id;
            reload();
            Q_EMIT changed();
        });
}

} // namespace Tenure::Ui
