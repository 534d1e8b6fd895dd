#include "runspage.h"

#include "app/workspace.h"
#include "backgroundcall.h"
#include "errorbanner.h"
#include "peopletime.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

QTableWidget* table(int columns, const QStringList& headers, QWidget* parent)
{
    auto* view = new QTableWidget(0, columns, parent);
    view->setHorizontalHeaderLabels(headers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

RunsPage::RunsPage(App::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_banner(new ErrorBanner(this)), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(tr("No run yet. Start one on the Preview page (Ctrl+R): each run and every operation's "
                            "outcome appear here."),
                         this)),
      m_runsTable(table(6, {tr("Run"), tr("Tenant"), tr("Operator"), tr("Started"), tr("Finished"), tr("State")}, this)),
      m_outcomesTitle(new QLabel(this)),
      m_outcomes(table(3, {tr("Operation"), tr("Outcome"), tr("Message")}, this))
{
    auto* refresh = new QPushButton(tr("Refresh"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<h2>Runs</h2>"), this));
    bar->addStretch(1);
    bar->addWidget(refresh);
    m_runsTable->setObjectName(QStringLiteral("runsTable"));
    m_runsTable->setAccessibleName(tr("Runs"));
    m_outcomes->setObjectName(QStringLiteral("outcomesTable"));
    m_outcomes->setAccessibleName(tr("Outcomes of the selected run"));
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_runsTable);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_outcomesTitle);
    lowerLayout->addWidget(m_outcomes, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(lower);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(refresh, &QPushButton::clicked, this, &RunsPage::reload);
    connect(m_runsTable, &QTableWidget::itemSelectionChanged, this, &RunsPage::showOutcomes);
}

void RunsPage::setBusy(bool busy) { m_busy += busy ? 1 : -1; }

QString RunsPage::emptyStateText() const { return m_stack->currentIndex() == 0 ? m_empty->text() : QString(); }

void RunsPage::reload()
{
    setBusy(true);
    runInBackground(this, [&workspace = m_workspace] { return workspace.runs().list(); },
                    [this](const Models::Result<QList<Models::RunRecord>>& runs) {
                        setBusy(false);
                        if (!runs) {
                            m_banner->showError(tr("Cannot read the runs: %1").arg(runs.error().describe()));
                            return;
                        }
                        m_banner->clear();
                        setRuns(*runs);
                    });
}

void RunsPage::setRuns(QList<Models::RunRecord> runs)
{
    m_runs = std::move(runs);
    const QSignalBlocker blocker(m_runsTable);
    m_runsTable->setRowCount(0);
    m_runsTable->setRowCount(int(m_runs.size()));
    for (int row = 0; row < m_runs.size(); ++row) {
        const auto& run = m_runs[row];
        m_runsTable->setItem(row, 0, cell(QString::number(run.id)));
        m_runsTable->setItem(row, 1, cell(run.tenant));
        m_runsTable->setItem(row, 2, cell(run.operatorName));
        m_runsTable->setItem(row, 3, cell(peopleTime(run.startedAt)));
        m_runsTable->setItem(row, 4, cell(peopleTime(run.finishedAt)));
        m_runsTable->setItem(row, 5, cell(Models::runStateName(run.state)));
    }
    m_stack->setCurrentIndex(m_runs.isEmpty() ? 0 : 1);
    // With no run there are no outcomes to show: the empty state gets the page.
    m_outcomesTitle->setVisible(!m_runs.isEmpty());
    m_outcomes->setVisible(!m_runs.isEmpty());
    if (!m_runs.isEmpty())
        m_runsTable->selectRow(0);
    showOutcomes();
}

void RunsPage::showOutcomes()
{
    const auto rows = m_runsTable->selectionModel()->selectedRows();
    m_outcomes->setRowCount(0);
    if (rows.isEmpty() || rows.first().row() >= m_runs.size()) {
        m_outcomesTitle->setText(tr("Select a run to see each operation's outcome."));
        m_outcomesOf = 0;
        return;
    }
    const qint64 runId = m_runs[rows.first().row()].id;
    m_outcomesOf = runId;
    m_outcomesTitle->setText(tr("Reading the outcomes of run %1…").arg(runId));
    setBusy(true);
    runInBackground(this, [&workspace = m_workspace, runId] { return workspace.runs().outcomes(runId); },
                    [this, runId](const Models::Result<QList<Models::OperationOutcome>>& outcomes) {
                        setBusy(false);
                        if (runId != m_outcomesOf)
                            return;
                        if (!outcomes) {
                            m_banner->showError(tr("Cannot read the outcomes of run %1: %2")
                                                    .arg(runId)
                                                    .arg(outcomes.error().describe()));
                            return;
                        }
                        m_outcomesTitle->setText(tr("Run %1: %n operation(s)", nullptr, int(outcomes->size())).arg(runId));
                        m_outcomes->setRowCount(int(outcomes->size()));
                        for (int row = 0; row < outcomes->size(); ++row) {
                            const auto& outcome = outcomes->at(row);
                            m_outcomes->setItem(row, 0, cell(QString::number(outcome.index + 1)));
                            m_outcomes->setItem(row, 1, cell(Models::outcomeStateName(outcome.state)));
                            m_outcomes->setItem(row, 2, cell(outcome.message));
                        }
                    });
}

} // namespace Tenure::Ui
