#include "approvalspage.h"

#include "app/approvalqueue.h"
#include "app/workspace.h"
#include "approvaldecision.h"
#include "approvaldiffview.h"
#include "backgroundcall.h"
#include "columnwidths.h"
#include "errorbanner.h"
#include "peopletime.h"
#include "workerpicker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

using Models::Approval;

enum Column { Number, Kind, Summary, RequestedBy, When, Reason, State, ColumnCount };

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
      m_banner(new ErrorBanner(this)), m_roleLabel(new QLabel(this)), m_showDecided(new QCheckBox(tr("Show decided"), this)),
      m_terminationToggle(new QPushButton(tr("Emergency &termination…"), this)), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this))
{
    setAccessibleName(tr("Approvals"));
    auto* title = new QLabel(tr("<h2>Approvals</h2>"), this);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_roleLabel->setStyleSheet(QStringLiteral("color: #4b5763;"));
    m_showDecided->setObjectName(QStringLiteral("showDecided"));
    m_showDecided->setToolTip(tr("Also list approved, rejected and carried-out requests"));
    m_terminationToggle->setObjectName(QStringLiteral("terminationToggle"));
    m_terminationToggle->setCheckable(true);
    m_terminationToggle->setToolTip(tr("Ask a second person to disable a worker's accounts everywhere now"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_roleLabel);
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
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The summary says what is asked: it takes the room; the reason is read in full below.
    header->setSectionResizeMode(Summary, QHeaderView::Stretch);
    fitColumns(m_table, {{Number, QStringLiteral("0000")}, {Kind, tr("Emergency termination")},
                         {RequestedBy, QStringLiteral("a.admin (you)")}, {When, peopleTime(QDateTime::currentDateTimeUtc())},
                         {Reason, QStringLiteral("End of the Lyon project")}, {State, QStringLiteral("approved")}});
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("font-size: 12pt; color: #4b5763;"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    m_diff = new ApprovalDiffView(this);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("approvalsDetailSplitter"));
    lower->addWidget(buildDecisionPanel());
    lower->addWidget(m_diff);
    lower->setChildrenCollapsible(false);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("approvalsSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({fontMetrics().height() * 12, fontMetrics().height() * 22});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(buildTerminationForm());
    layout->addWidget(splitter, 1);

    setTabOrder(m_showDecided, refresh);
    setTabOrder(refresh, m_terminationToggle);
    setTabOrder(m_terminationToggle, m_table);
    setTabOrder(m_table, m_reactivate);
    setTabOrder(m_reactivate, m_newAccount);
    setTabOrder(m_newAccount, m_reason);
    setTabOrder(m_reason, m_reject);
    setTabOrder(m_reject, m_approve);

    connect(refresh, &QPushButton::clicked, this, &ApprovalsPage::reload);
    connect(m_showDecided, &QCheckBox::toggled, this, &ApprovalsPage::reload);
    connect(m_terminationToggle, &QPushButton::toggled, this, [this](bool open) {
        m_terminationForm->setVisible(open);
        if (open) {
            m_terminationWorker->load();
            m_terminationWorker->edit()->setFocus();
        }
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalsPage::showSelected);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    showSelected();
}

QWidget* ApprovalsPage::buildDecisionPanel()
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

    auto* reasonRow = new QFormLayout;
    reasonRow->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_details);
    layout->addWidget(buildRehireRouting(panel));
    layout->addLayout(reasonRow);
    layout->addLayout(buttons);
    layout->addWidget(m_report);
    layout->addStretch(1);
    return panel;
}

// The routing choice, each option saying what it does: a person deciding a rehire should not
// have to know what "reactivate" means in this product.
QGroupBox* ApprovalsPage::buildRehireRouting(QWidget* parent)
{
    m_rehireRouting = new QGroupBox(tr("How is this rehire carried out?"), parent);
    m_rehireRouting->setObjectName(QStringLiteral("rehireRouting"));
    m_reactivate = new QRadioButton(tr("Reacti&vate the archived account"), m_rehireRouting);
    m_reactivate->setObjectName(QStringLiteral("rehireReactivate"));
    m_newAccount = new QRadioButton(tr("Create a &new account"), m_rehireRouting);
    m_newAccount->setObjectName(QStringLiteral("rehireNewAccount"));
    const auto explanation = [this](const QString& text) {
        auto* label = new QLabel(text, m_rehireRouting);
        label->setWordWrap(true);
        label->setIndent(22);
        label->setStyleSheet(QStringLiteral("color: #4b5763;"));
        return label;
    };
    auto* layout = new QVBoxLayout(m_rehireRouting);
    layout->addWidget(m_reactivate);
    layout->addWidget(explanation(tr("The old account is enabled again with the attributes and OU of the new role. "
                                     "Its old group memberships are not restored.")));
    layout->addWidget(m_newAccount);
    layout->addWidget(explanation(tr("The archived account stays disabled; the next preview plans a new account for "
                                     "the worker, with new unique values.")));
    return m_rehireRouting;
}

QGroupBox* ApprovalsPage::buildTerminationForm()
{
    m_terminationForm = new QGroupBox(tr("Request an emergency termination"), this);
    m_terminationForm->setObjectName(QStringLiteral("terminationForm"));
    m_terminationWorker = new WorkerPicker(m_workspace, m_connectors, m_terminationForm);
    m_terminationWorker->setObjectName(QStringLiteral("terminationWorker"));
    m_terminationReason = new QLineEdit(m_terminationForm);
    m_terminationReason->setObjectName(QStringLiteral("terminationReason"));
    m_terminationReason->setPlaceholderText(tr("Why this cannot wait for HR"));
    m_terminationReason->setAccessibleName(tr("Reason for the emergency termination"));
    m_terminationRequest = new QPushButton(tr("Request"), m_terminationForm);
    m_terminationRequest->setObjectName(QStringLiteral("terminationRequest"));
    auto* hint = new QLabel(tr("A second person approves it here; then every enabled account of the worker is "
                               "disabled at once and a hold keeps syncs from enabling it again."),
                            m_terminationForm);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #4b5763;"));
    auto* form = new QFormLayout(m_terminationForm);
    form->addRow(tr("&Worker:"), m_terminationWorker);
    form->addRow(tr("Reas&on:"), m_terminationReason);
    form->addRow(hint, m_terminationRequest);
    m_terminationForm->hide();
    connect(m_terminationRequest, &QPushButton::clicked, this, &ApprovalsPage::requestTermination);
    connect(m_terminationReason, &QLineEdit::returnPressed, this, &ApprovalsPage::requestTermination);
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
        this,
        [&workspace = m_workspace, &connectors = m_connectors, op = m_operator, pendingOnly = !m_showDecided->isChecked()] {
            return App::ApprovalQueue(workspace, connectors, op).load(pendingOnly);
        },
        [this](const Models::Result<App::ApprovalQueueView>& queue) {
            setBusy(false);
            if (!queue) {
                m_banner->showError(tr("Cannot read the approvals: %1").arg(queue.error().describe()));
                return;
            }
            m_role = queue->role;
            setApprovals(queue->approvals);
        });
}

void ApprovalsPage::setApprovals(QList<Approval> approvals)
{
    const qint64 keep = m_reselect ? m_reselect : (selected() ? selected()->id : 0);
    m_reselect = 0;
    m_approvals = std::move(approvals);
    m_roleLabel->setText(m_role == Models::OperatorRole::Admin
                             ? tr("%1 · admin: every request").arg(m_operator)
                             : tr("%1 · HR staff: emergency terminations and rehires").arg(m_operator));
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_approvals.size()));
    for (int row = 0; row < m_approvals.size(); ++row) {
        const Approval& a = m_approvals[row];
        m_table->setItem(row, Number, cell(QString::number(a.id), a.id));
        m_table->setItem(row, Kind, cell(ApprovalDecision::kindText(a)));
        m_table->setItem(row, Summary, cell(a.summary));
        m_table->setItem(row, RequestedBy, cell(a.requestedBy == m_operator ? tr("%1 (you)").arg(a.requestedBy) : a.requestedBy));
        m_table->setItem(row, When, cell(peopleTime(a.requestedAt)));
        m_table->setItem(row, Reason, cell(a.reason));
        m_table->setItem(row, State, cell(Models::approvalStateName(a.state)));
    }
    m_table->setColumnHidden(State, !m_showDecided->isChecked());
    const QString scope = m_role == Models::OperatorRole::Admin
                              ? tr("Rehires, emergency terminations and plans above the safety thresholds")
                              : tr("Emergency terminations and rehires");
    m_empty->setText(m_showDecided->isChecked() ? tr("No request you may decide was ever made in this workspace.")
                                                : tr("Nothing waits for you.\n%1 appear here when a person must decide "
                                                     "them.").arg(scope));
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

void ApprovalsPage::clearRehireChoice()
{
    // Auto-exclusive radio buttons cannot all be unchecked while exclusive.
    for (QRadioButton* button : {m_reactivate, m_newAccount}) {
        button->setAutoExclusive(false);
        button->setChecked(false);
        button->setAutoExclusive(true);
    }
}

Models::RehireChoice ApprovalsPage::rehireChoice() const
{
    if (m_reactivate->isChecked())
        return Models::RehireChoice::Reactivate;
    if (m_newAccount->isChecked())
        return Models::RehireChoice::NewAccount;
    return Models::RehireChoice::None;
}

void ApprovalsPage::showSelected()
{
    const Approval* a = selected();
    const auto decision = a ? ApprovalDecision::forApproval(*a, m_operator, m_role) : ApprovalDecision{};
    m_rehireRouting->setVisible(decision.needsRehireChoice);
    const bool enabled = decision.canDecide && !isBusy();
    for (QWidget* w : {static_cast<QWidget*>(m_approve), static_cast<QWidget*>(m_reject),
                       static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_rehireRouting)})
        w->setEnabled(enabled);
    m_note->setText(a ? decision.whyNot : tr("Select a request to see it and decide."));
    if (!a) {
        m_details->clear();
        m_diffOf = 0;
        m_diffShown = 0;
        m_diff->showMessage(tr("Select a request to see what approving it changes."));
        return;
    }
    const QString requester = a->requestedBy == m_operator ? tr("you (%1)").arg(a->requestedBy.toHtmlEscaped())
                                                            : a->requestedBy.toHtmlEscaped();
    QString details = tr("<b>#%1 · %2</b><br>%3<br>Requested by <b>%4</b> on %5<br>Why: %6")
                          .arg(a->id)
                          .arg(ApprovalDecision::kindText(*a).toHtmlEscaped(), a->summary.toHtmlEscaped(), requester,
                               peopleTime(a->requestedAt), a->reason.toHtmlEscaped());
    if (!a->tenant.isEmpty() || !a->workerId.isEmpty())
        details += tr("<br>Tenant: %1 · Worker: %2").arg(a->tenant.toHtmlEscaped(), a->workerId.toHtmlEscaped());
    if (a->planId)
        details += tr("<br>Plan %1 (approves exactly what hashes to %2…)").arg(a->planId).arg(a->subjectHash.left(12));
    if (a->state != Models::ApprovalState::Pending)
        details += tr("<br>%1 by <b>%2</b> on %3: %4")
                       .arg(Models::approvalStateName(a->state), a->decidedBy.toHtmlEscaped(), peopleTime(a->decidedAt),
                            a->decisionReason.toHtmlEscaped());
    m_details->setText(details);
    readDiff(*a);
}

void ApprovalsPage::readDiff(const Approval& approval)
{
    if (approval.id == m_diffOf || approval.id == m_diffShown)
        return;
    m_diffOf = approval.id;
    m_diffShown = 0;
    m_diff->showMessage(approval.kind == Models::ApprovalKind::EmergencyTermination
                            ? tr("Looking up worker %1's enabled accounts in every directory…").arg(approval.workerId)
                            : tr("Reading plan %1…").arg(approval.planId));
    runInBackground(
        this,
        [&workspace = m_workspace, &connectors = m_connectors, op = m_operator, approval] {
            return App::ApprovalQueue(workspace, connectors, op).diff(approval);
        },
        [this, id = approval.id](const Models::Result<App::ApprovalDiff>& diff) {
            if (id != m_diffOf)
                return;   // another request was selected meanwhile
            m_diffOf = 0;
            m_diffShown = id;
            if (!diff) {
                m_diff->showMessage(tr("What this request changes cannot be shown: %1").arg(diff.error().describe()));
                return;
            }
            m_diff->showDiff(*diff);
        });
}

} // namespace Tenure::Ui
