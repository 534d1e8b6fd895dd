#include "approvalspage.h"

#include "app/emergencytermination.h"
#include "app/workspace.h"
#include "approvaldecision.h"
#include "backgroundcall.h"
#include "errorbanner.h"
#include "peopletime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

using Models::Approval;
using Models::ApprovalKind;

enum Column { Number, Kind, Summary, RequestedBy, When, Reason, State, ColumnCount };

QString kindText(ApprovalKind kind)
{
    switch (kind) {
    case ApprovalKind::Operation: return ApprovalsPage::tr("Operation");
    case ApprovalKind::ThresholdRelease: return ApprovalsPage::tr("Threshold release");
    case ApprovalKind::EmergencyTermination: return ApprovalsPage::tr("Emergency termination");
    }
    return {};
}

QTableWidgetItem* cell(const QString& text, qint64 id = 0)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    if (id)
        item->setData(Qt::UserRole, id);
    return item;
}

} // namespace

ApprovalsPage::ApprovalsPage(App::Workspace& workspace, App::ConnectorFactory& connectors, QString operatorName,
                             QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_connectors(connectors), m_operator(std::move(operatorName)),
      m_banner(new ErrorBanner(this)), m_showDecided(new QCheckBox(tr("Show decided"), this)),
      m_terminationToggle(new QPushButton(tr("Emergency termination…"), this)), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this))
{
    auto* title = new QLabel(tr("<h2>Approvals</h2>"), this);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    m_showDecided->setObjectName(QStringLiteral("showDecided"));
    m_showDecided->setToolTip(tr("Also list approved, rejected and carried-out requests"));
    m_terminationToggle->setObjectName(QStringLiteral("terminationToggle"));
    m_terminationToggle->setCheckable(true);
    m_terminationToggle->setToolTip(tr("Ask a second person to disable a worker's accounts everywhere now"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_showDecided);
    bar->addWidget(refresh);
    bar->addWidget(m_terminationToggle);

    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setAccessibleName(tr("Approvals"));
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Kind"), tr("Summary"), tr("Requested by"), tr("When"), tr("Reason"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The summary says what is asked: it takes the room; the reason is read in full below.
    m_table->horizontalHeader()->setSectionResizeMode(Summary, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Interactive);
    m_table->setColumnWidth(Reason, 320);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(buildTerminationForm());
    layout->addWidget(splitter, 1);

    connect(refresh, &QPushButton::clicked, this, &ApprovalsPage::reload);
    connect(m_showDecided, &QCheckBox::toggled, this, &ApprovalsPage::reload);
    connect(m_terminationToggle, &QPushButton::toggled, m_terminationForm, &QWidget::setVisible);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalsPage::showSelected);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    showSelected();
}

QWidget* ApprovalsPage::buildDetails()
{
    auto* panel = new QWidget(this);
    m_details = new QLabel(panel);
    m_details->setObjectName(QStringLiteral("approvalDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reason = new QLineEdit(panel);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setPlaceholderText(tr("Why you approve or reject (required to reject)"));
    m_reason->setAccessibleName(tr("Reason for the decision"));
    m_rehireChoice = new QComboBox(panel);
    m_rehireChoice->setObjectName(QStringLiteral("rehireChoice"));
    m_rehireChoice->setAccessibleName(tr("How to carry out the rehire"));
    m_rehireChoice->addItem(tr("Choose…"), int(Models::RehireChoice::None));
    m_rehireChoice->addItem(tr("Reactivate the archived account"), int(Models::RehireChoice::Reactivate));
    m_rehireChoice->addItem(tr("Create a new account"), int(Models::RehireChoice::NewAccount));
    m_rehireChoice->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_rehireLabel = new QLabel(tr("Rehire:"), panel);
    m_approve = new QPushButton(tr("&Approve"), panel);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = new QPushButton(tr("Re&ject"), panel);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_note = new QLabel(panel);
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #7a4b00;"));
    m_report = new QLabel(panel);
    m_report->setObjectName(QStringLiteral("terminationReport"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(m_rehireLabel, m_rehireChoice);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_report);
    layout->addStretch(1);
    return panel;
}

QGroupBox* ApprovalsPage::buildTerminationForm()
{
    m_terminationForm = new QGroupBox(tr("Request an emergency termination"), this);
    m_terminationForm->setObjectName(QStringLiteral("terminationForm"));
    m_terminationWorker = new QLineEdit(m_terminationForm);
    m_terminationWorker->setObjectName(QStringLiteral("terminationWorker"));
    m_terminationWorker->setPlaceholderText(tr("Worker id, as in the HR source"));
    m_terminationReason = new QLineEdit(m_terminationForm);
    m_terminationReason->setObjectName(QStringLiteral("terminationReason"));
    m_terminationReason->setPlaceholderText(tr("Why this cannot wait for HR"));
    m_terminationRequest = new QPushButton(tr("Request"), m_terminationForm);
    m_terminationRequest->setObjectName(QStringLiteral("terminationRequest"));
    auto* hint = new QLabel(tr("A second person approves it here; then every enabled account of the worker is "
                               "disabled at once and a hold keeps syncs from enabling it again."),
                            m_terminationForm);
    hint->setWordWrap(true);
    auto* form = new QFormLayout(m_terminationForm);
    form->addRow(tr("Worker:"), m_terminationWorker);
    form->addRow(tr("Reason:"), m_terminationReason);
    form->addRow(hint, m_terminationRequest);
    m_terminationForm->hide();
    connect(m_terminationRequest, &QPushButton::clicked, this, &ApprovalsPage::requestTermination);
    return m_terminationForm;
}

void ApprovalsPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    if (m_busy <= 1)
        Q_EMIT busyChanged(m_busy > 0);
}

void ApprovalsPage::reload()
{
    setBusy(true);
    runInBackground(
        this, [&workspace = m_workspace, op = m_operator, pendingOnly = !m_showDecided->isChecked()] {
            return workspace.approvals(op).list(pendingOnly);
        },
        [this](const Models::Result<QList<Approval>>& approvals) {
            setBusy(false);
            if (!approvals) {
                m_banner->showError(tr("Cannot read the approvals: %1").arg(approvals.error().describe()));
                return;
            }
            setApprovals(*approvals);
        });
}

void ApprovalsPage::setApprovals(QList<Approval> approvals)
{
    const qint64 keep = m_reselect ? m_reselect : (selected() ? selected()->id : 0);
    m_reselect = 0;
    m_approvals = std::move(approvals);
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_approvals.size()));
    for (int row = 0; row < m_approvals.size(); ++row) {
        const Approval& a = m_approvals[row];
        m_table->setItem(row, Number, cell(QString::number(a.id), a.id));
        m_table->setItem(row, Kind, cell(kindText(a.kind)));
        m_table->setItem(row, Summary, cell(a.summary));
        m_table->setItem(row, RequestedBy, cell(a.requestedBy));
        m_table->setItem(row, When, cell(peopleTime(a.requestedAt)));
        m_table->setItem(row, Reason, cell(a.reason));
        m_table->setItem(row, State, cell(Models::approvalStateName(a.state)));
    }
    m_table->setColumnHidden(State, !m_showDecided->isChecked());
    m_empty->setText(m_showDecided->isChecked()
                         ? tr("No approval was ever requested in this workspace.")
                         : tr("Nothing waits for you.\nRehires, emergency terminations and plans above the safety "
                              "thresholds appear here when a person must decide them."));
    m_stack->setCurrentIndex(m_approvals.isEmpty() ? 0 : 1);
    if (!keep || !selectApproval(keep))
        m_table->clearSelection();
    showSelected();
}

bool ApprovalsPage::selectApproval(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Number)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

QString ApprovalsPage::emptyStateText() const { return m_stack->currentIndex() == 0 ? m_empty->text() : QString(); }

const Approval* ApprovalsPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_approvals.size())
        return nullptr;
    return &m_approvals[rows.first().row()];
}

void ApprovalsPage::showSelected()
{
    const Approval* a = selected();
    const auto decision = a ? ApprovalDecision::forApproval(*a, m_operator) : ApprovalDecision{};
    m_rehireLabel->setVisible(decision.needsRehireChoice);
    m_rehireChoice->setVisible(decision.needsRehireChoice);
    const bool enabled = decision.canDecide && !isBusy();
    for (QWidget* w : {static_cast<QWidget*>(m_approve), static_cast<QWidget*>(m_reject),
                       static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_rehireChoice)})
        w->setEnabled(enabled);
    m_note->setText(a ? decision.whyNot : tr("Select a request to see it and decide."));
    if (!a) {
        m_details->clear();
        return;
    }
    QString details = tr("<b>#%1 %2</b><br>%3<br>Requested by <b>%4</b> on %5: %6")
                          .arg(a->id)
                          .arg(kindText(a->kind), a->summary.toHtmlEscaped(), a->requestedBy.toHtmlEscaped(),
                               peopleTime(a->requestedAt), a->reason.toHtmlEscaped());
    if (!a->tenant.isEmpty() || !a->workerId.isEmpty())
        details += tr("<br>Tenant: %1 · Worker: %2").arg(a->tenant.toHtmlEscaped(), a->workerId.toHtmlEscaped());
    if (a->planId)
        details += tr("<br>Plan %1 (subject %2)").arg(a->planId).arg(a->subjectHash.left(12));
    if (a->state != Models::ApprovalState::Pending)
        details += tr("<br>%1 by <b>%2</b> on %3: %4")
                       .arg(Models::approvalStateName(a->state), a->decidedBy.toHtmlEscaped(), peopleTime(a->decidedAt),
                            a->decisionReason.toHtmlEscaped());
    m_details->setText(details);
}

} // namespace Tenure::Ui
