#include "approvaldiffview.h"

#include "columnwidths.h"
#include "models/items/categorylabels.h"
#include "plandetailview.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

enum Column { TenantColumn, WorkerColumn, NameColumn, OperationColumn, TargetColumn, ColumnCount };

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

ApprovalDiffView::ApprovalDiffView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(tr("What approving it changes"), this)), m_note(new QLabel(this)),
      m_changes(new QTableWidget(0, ColumnCount, this)), m_detail(new PlanDetailView(this))
{
    setObjectName(QStringLiteral("approvalDiff"));
    setAccessibleName(tr("What approving the request changes"));
    m_title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_note->setObjectName(QStringLiteral("diffNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(QStringLiteral("color: #4b5763;"));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_changes->setObjectName(QStringLiteral("diffChanges"));
    m_changes->setAccessibleName(tr("Operations the request approves"));
    m_changes->setHorizontalHeaderLabels({tr("Tenant"), tr("Worker"), tr("Name"), tr("Operation"), tr("Target")});
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setWordWrap(false);
    m_changes->setTextElideMode(Qt::ElideMiddle);
    m_changes->verticalHeader()->hide();
    m_changes->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_changes->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_changes->horizontalHeader()->setStretchLastSection(true);
    fitColumns(m_changes, {{TenantColumn, QStringLiteral("Directory")}, {WorkerColumn, QStringLiteral("W100000")},
                           {NameColumn, QStringLiteral("Siobhán Kristiansen")},
                           {OperationColumn, Models::operationKindLabel(Models::OperationKind::Disable)}});

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_changes);
    splitter->addWidget(m_detail);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    connect(m_changes, &QTableWidget::itemSelectionChanged, this, &ApprovalDiffView::showSelectedChange);
    showMessage(tr("Select a request to see what approving it changes."));
}

void ApprovalDiffView::showMessage(const QString& text)
{
    m_diff = {};
    m_note->setText(text);
    m_note->setVisible(true);
    m_changes->setRowCount(0);
    m_changes->setVisible(false);
    m_detail->showNothing();
    m_detail->setVisible(false);
}

void ApprovalDiffView::showDiff(const App::ApprovalDiff& diff)
{
    m_diff = diff;
    m_note->setText(diff.note);
    m_note->setVisible(!diff.note.isEmpty());
    {
        const QSignalBlocker blocker(m_changes);
        m_changes->setRowCount(int(diff.changes.size()));
        for (int row = 0; row < diff.changes.size(); ++row) {
            const auto& change = diff.changes.at(row);
            m_changes->setItem(row, TenantColumn, cell(change.tenant));
            m_changes->setItem(row, WorkerColumn, cell(change.operation.workerId));
            m_changes->setItem(row, NameColumn, cell(change.operation.displayName));
            m_changes->setItem(row, OperationColumn, cell(Models::operationKindLabel(change.operation.kind)));
            m_changes->setItem(row, TargetColumn, cell(change.operation.targetId));
        }
    }
    // One operation needs no list: its details say it all.
    m_changes->setVisible(diff.changes.size() > 1);
    m_detail->setVisible(!diff.changes.isEmpty());
    if (!diff.changes.isEmpty())
        m_changes->selectRow(0);
    showSelectedChange();
}

void ApprovalDiffView::showSelectedChange()
{
    const auto rows = m_changes->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? 0 : rows.first().row();
    if (row >= m_diff.changes.size()) {
        m_detail->showNothing();
        return;
    }
    m_detail->showOperation(m_diff.changes.at(row).operation, std::nullopt);
}

QString ApprovalDiffView::noteText() const { return m_note->isVisibleTo(this) ? m_note->text() : QString(); }

} // namespace Tenure::Ui
