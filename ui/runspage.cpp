#include "runspage.h"

#include "app/workspace.h"
#include "backgroundcall.h"
#include "columnwidths.h"
#include "errorbanner.h"
#include "models/items/categorylabels.h"
#include "peopletime.h"
#include "progressstrip.h"
#include "runcontroller.h"
#include "runlabels.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

using Show = Models::RunOutcomeModel::Show;

const auto SplitterKey = QStringLiteral("runs/splitter");
const auto TenantKey = QStringLiteral("runs/tenant");

enum HistoryColumn { RunColumn, StartedColumn, TenantColumn, PurposeColumn, OperatorColumn, ConfirmedColumn, FailedColumn,
                     SkippedColumn, StateColumn, FinishedColumn, HistoryColumnCount };

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem* countCell(int count)
{
    return cell(count < 0 ? QString() : QLocale().toString(count), Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

RunsPage::RunsPage(App::Workspace& workspace, App::ConnectorFactory& connectors, QString operatorName, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_operator(std::move(operatorName)),
      m_job(new RunScopeJob(workspace, connectors, this)),
      m_runner(new RunController(workspace, connectors, m_operator, this)), m_model(new Models::RunOutcomeModel(this)),
      m_banner(new ErrorBanner(this)), m_tenant(new QComboBox(this)), m_runAll(new QPushButton(this)),
      m_runSelected(new QPushButton(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)),
      m_runsTable(new QTableWidget(0, HistoryColumnCount, this)), m_outcomesPanel(new QWidget(this)),
      m_outcomesTitle(new QLabel(this)), m_retry(new QPushButton(this)), m_resume(new QPushButton(this)),
      m_show(new QButtonGroup(this)), m_filter(new QLineEdit(this)), m_filterDelay(new QTimer(this)),
      m_shown(new QLabel(this)), m_outcomes(new QTableView(this)), m_progress(new ProgressStrip(this))
{
    setAccessibleName(tr("Runs"));
    auto* title = new QLabel(tr("<h2>Runs</h2>"), this);
    auto* tenantLabel = new QLabel(tr("&Directory tenant:"), this);
    tenantLabel->setBuddy(m_tenant);
    m_tenant->setObjectName(QStringLiteral("runTenant"));
    m_tenant->setAccessibleName(tr("Directory tenant to run"));
    m_tenant->setMinimumContentsLength(16);
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runAll->setObjectName(QStringLiteral("runAllButton"));
    m_runAll->setText(tr("Run &everything…"));
    m_runAll->setIcon(QIcon(QStringLiteral(":/icons/run.svg")));
    m_runAll->setToolTip(tr("Plan the tenant afresh, show what it would do, and carry it out once you confirm"));
    m_runSelected->setObjectName(QStringLiteral("runSelectedButton"));
    m_runSelected->setIcon(QIcon(QStringLiteral(":/icons/run.svg")));
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    refresh->setToolTip(tr("Read the run history again (F5)"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(tenantLabel);
    bar->addWidget(m_tenant);
    bar->addWidget(m_runAll);
    bar->addWidget(m_runSelected);
    bar->addSpacing(12);
    bar->addWidget(refresh);

    m_splitter->setObjectName(QStringLiteral("runsSplitter"));
    m_splitter->addWidget(buildHistory());
    m_splitter->addWidget(buildOutcomes());
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({fontMetrics().height() * 14, fontMetrics().height() * 24});
    m_splitter->restoreState(QSettings().value(SplitterKey).toByteArray());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_progress);

    setTabOrder(m_tenant, m_runAll);
    setTabOrder(m_runAll, m_runSelected);
    setTabOrder(m_runSelected, refresh);
    setTabOrder(refresh, m_runsTable);
    setTabOrder(m_runsTable, m_retry);
    setTabOrder(m_retry, m_resume);
    setTabOrder(m_resume, m_show->button(int(Show::All)));
    setTabOrder(m_show->button(int(Show::NotDone)), m_filter);
    setTabOrder(m_filter, m_outcomes);
    setTabOrder(m_outcomes, m_progress->cancelButton());

    connect(refresh, &QPushButton::clicked, this, &RunsPage::reload);
    connect(m_runAll, &QPushButton::clicked, this, &RunsPage::runEverything);
    connect(m_runSelected, &QPushButton::clicked, this, &RunsPage::runSelected);
    connect(m_retry, &QPushButton::clicked, this, &RunsPage::retryFailed);
    connect(m_resume, &QPushButton::clicked, this, &RunsPage::resume);
    connect(m_progress, &ProgressStrip::cancelRequested, this, &RunsPage::cancel);
    connect(m_runsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        showOutcomes();
        updateActions();
    });
    connect(m_tenant, &QComboBox::currentTextChanged, this, [this](const QString& tenant) {
        if (!tenant.isEmpty())
            QSettings().setValue(TenantKey, tenant);
        updateActions();
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { QSettings().setValue(SplitterKey, m_splitter->saveState()); });
    connectRunSignals();
    setRuns({});
    setPreviewSelection(0, {}, {});
}

RunsPage::~RunsPage() = default;

QWidget* RunsPage::buildHistory()
{
    m_runsTable->setObjectName(QStringLiteral("runsTable"));
    m_runsTable->setAccessibleName(tr("Run history"));
    m_runsTable->setHorizontalHeaderLabels({tr("Run"), tr("Started"), tr("Tenant"), tr("For"), tr("Operator"),
                                            tr("Confirmed"), tr("Failed"), tr("Skipped"), tr("State"), tr("Finished")});
    m_runsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsTable->setAlternatingRowColors(true);
    m_runsTable->setWordWrap(false);
    m_runsTable->verticalHeader()->hide();
    m_runsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_runsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto* header = m_runsTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PurposeColumn, QHeaderView::Stretch);   // "retry of run 7" takes the spare room
    const QString time = peopleTime(QDateTime::currentDateTimeUtc());
    const QString count = QLocale().toString(100000);
    fitColumns(m_runsTable, {{RunColumn, QStringLiteral("00000")}, {StartedColumn, time},
                             {TenantColumn, QStringLiteral("Active Directory")}, {OperatorColumn, QStringLiteral("CORP\\a.admin")},
                             {ConfirmedColumn, count}, {FailedColumn, count}, {SkippedColumn, count},
                             {StateColumn, RunLabels::state(Models::RunState::Running, true)}, {FinishedColumn, time}});

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("font-size: 12pt; color: #4b5763;"));
    m_empty->setText(tr("No run yet.\nChoose a directory tenant and press Run everything: Tenure plans it afresh, "
                        "says what it would do and waits for your yes. Or select operations on the Preview page and "
                        "press Run selected. Every run and each operation's outcome appear here."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_runsTable);
    return m_stack;
}

QWidget* RunsPage::buildOutcomes()
{
    m_outcomesTitle->setObjectName(QStringLiteral("outcomesTitle"));
    m_outcomesTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_outcomesTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setText(tr("Retry &failed…"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setText(tr("Re&sume…"));
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_outcomesTitle, 1);
    titleRow->addWidget(m_retry);
    titleRow->addWidget(m_resume);

    auto* showRow = new QHBoxLayout;
    showRow->setSpacing(4);
    showRow->addWidget(new QLabel(tr("Show:"), this));
    const std::pair<Show, const char*> shows[] = {{Show::All, "showAll"}, {Show::Failed, "showFailed"},
                                                  {Show::Succeeded, "showSucceeded"}, {Show::NotDone, "showNotDone"}};
    for (const auto& [show, name] : shows) {
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_show->addButton(button, int(show));
        showRow->addWidget(button);
    }
    m_show->setExclusive(true);
    m_show->button(int(Show::All))->setChecked(true);
    m_filter->setObjectName(QStringLiteral("outcomeFilter"));
    m_filter->setPlaceholderText(tr("Filter by worker, name, target or message"));
    m_filter->setAccessibleName(tr("Filter the outcomes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_shown->setObjectName(QStringLiteral("outcomesShown"));
    m_shown->setStyleSheet(QStringLiteral("color: #4b5763;"));
    showRow->addSpacing(12);
    showRow->addWidget(m_shown);
    showRow->addStretch(1);
    showRow->addWidget(m_filter);

    m_outcomes->setObjectName(QStringLiteral("outcomesTable"));
    m_outcomes->setAccessibleName(tr("Outcomes of the selected run"));
    m_outcomes->setModel(m_model);
    m_outcomes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outcomes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_outcomes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outcomes->setAlternatingRowColors(true);
    m_outcomes->setWordWrap(false);
    m_outcomes->setTextElideMode(Qt::ElideMiddle);   // DNs differ at both ends
    m_outcomes->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_outcomes->verticalHeader()->setVisible(false);
    m_outcomes->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_outcomes->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto* header = m_outcomes->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);   // the message: as long as it needs
    using Outcome = Models::RunOutcomeModel;
    fitColumns(m_outcomes, {{Outcome::IndexColumn, QStringLiteral("000000")}, {Outcome::WorkerColumn, QStringLiteral("W1000000")},
                            {Outcome::NameColumn, QStringLiteral("Siobhán Kristiansen")},
                            {Outcome::OperationColumn, Models::operationKindLabel(Models::OperationKind::Disable)},
                            {Outcome::TargetColumn, QStringLiteral("uid=akristiansen,ou=Engineering,ou=People")},
                            {Outcome::OutcomeColumn, Models::outcomeStateLabel(Models::OutcomeState::Confirmed)}});

    auto* layout = new QVBoxLayout(m_outcomesPanel);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(titleRow);
    layout->addLayout(showRow);
    layout->addWidget(m_outcomes, 1);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_model->setTextFilter(m_filter->text()); });
    connect(m_show, &QButtonGroup::idClicked, this, [this](int id) { m_model->setShow(Show(id)); });
    connect(m_model, &Models::RunOutcomeModel::rowsFiltered, this, &RunsPage::updateShowCounts);
    updateShowCounts();
    return m_outcomesPanel;
}

QAbstractButton* RunsPage::showButton(Show show) const { return m_show->button(int(show)); }

void RunsPage::updateShowCounts()
{
    const QLocale locale;
    m_show->button(int(Show::All))->setText(tr("All %1").arg(locale.toString(m_model->totalCount())));
    m_show->button(int(Show::Failed))->setText(tr("Failed %1").arg(locale.toString(m_model->count(Show::Failed))));
    m_show->button(int(Show::Succeeded))->setText(tr("Succeeded %1").arg(locale.toString(m_model->count(Show::Succeeded))));
    m_show->button(int(Show::NotDone))->setText(tr("Not done %1").arg(locale.toString(m_model->count(Show::NotDone))));
    m_show->button(int(Show::NotDone))->setToolTip(tr("Pending, sent without an answer, or skipped (cancelled, awaiting "
                                                      "approval, already done)"));
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_shown->setText(shown == total ? QString() : tr("showing %1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

void RunsPage::setReading(bool reading)
{
    m_reading += reading ? 1 : -1;
    updateActions();
}

QString RunsPage::emptyStateText() const { return m_stack->currentIndex() == 0 ? m_empty->text() : QString(); }

QString RunsPage::outcomesTitle() const { return m_outcomesTitle->text(); }

void RunsPage::reload()
{
    if (!m_live)
        m_outcomesOf = 0;   // read the selected run's outcomes again too: it may have moved on
    setReading(true);
    runInBackground(
        this, [&workspace = m_workspace] { return std::pair{workspace.runs().list(), workspace.tenants().list()}; },
        [this](const std::pair<Models::Result<QList<Models::RunRecord>>, Models::Result<QList<Models::Tenant>>>& read) {
            setReading(false);
            const auto& [runs, tenants] = read;
            if (!runs || !tenants) {
                m_banner->showError(tr("Cannot read the runs: %1").arg((runs ? tenants.error() : runs.error()).describe()));
                return;
            }
            QStringList directories;
            for (const auto& tenant : *tenants)
                if (tenant.role == Models::TenantRole::Directory)
                    directories << tenant.name;
            setTenants(directories);
            setRuns(*runs);
        });
}

void RunsPage::setTenants(const QStringList& directories)
{
    const QString wanted = m_tenant->currentText().isEmpty() ? QSettings().value(TenantKey).toString() : m_tenant->currentText();
    const QSignalBlocker blocker(m_tenant);
    m_tenant->clear();
    m_tenant->addItems(directories);
    if (const int index = m_tenant->findText(wanted); index >= 0)
        m_tenant->setCurrentIndex(index);
    updateActions();
}

void RunsPage::setRuns(QList<Models::RunRecord> runs)
{
    const qint64 keep = m_reselect ? m_reselect : (selectedRun() ? selectedRun()->id : 0);
    m_reselect = 0;
    m_runs = std::move(runs);
    {
        const QSignalBlocker blocker(m_runsTable);
        const auto now = QDateTime::currentDateTimeUtc();
        m_runsTable->setRowCount(0);
        m_runsTable->setRowCount(int(m_runs.size()));
        for (int row = 0; row < m_runs.size(); ++row) {
            const auto& run = m_runs[row];
            const bool stopped = App::followUpsOf(run, now, false).interrupted;
            m_runsTable->setItem(row, RunColumn, cell(QString::number(run.id), Qt::AlignRight | Qt::AlignVCenter));
            m_runsTable->setItem(row, StartedColumn, cell(peopleTime(run.startedAt)));
            m_runsTable->setItem(row, TenantColumn, cell(run.tenant));
            m_runsTable->setItem(row, PurposeColumn, cell(runPurposeText(run)));
            m_runsTable->setItem(row, OperatorColumn, cell(run.operatorName));
            m_runsTable->setItem(row, ConfirmedColumn, countCell(run.confirmed));
            m_runsTable->setItem(row, FailedColumn, countCell(run.failed));
            m_runsTable->setItem(row, SkippedColumn, countCell(run.skipped));
            m_runsTable->setItem(row, StateColumn, cell(runStateText(run.state, stopped)));
            m_runsTable->setItem(row, FinishedColumn, cell(peopleTime(run.finishedAt)));
        }
    }
    const bool any = !m_runs.isEmpty() || m_live;
    m_stack->setCurrentIndex(m_runs.isEmpty() ? 0 : 1);
    // With no run there are no outcomes to show: the empty state gets the page.
    m_outcomesPanel->setVisible(any);
    if (!keep || !selectRun(keep)) {
        if (!m_runs.isEmpty() && !m_live)
            m_runsTable->selectRow(0);
        else
            showOutcomes();
    }
    updateActions();
}

bool RunsPage::selectRun(qint64 runId)
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId) {
            m_runsTable->selectRow(row);
            m_runsTable->scrollToItem(m_runsTable->item(row, 0));
            return true;
        }
    }
    return false;
}

const Models::RunRecord* RunsPage::selectedRun() const
{
    const auto rows = m_runsTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_runs.size())
        return nullptr;
    return &m_runs.at(rows.first().row());
}

void RunsPage::showOutcomes()
{
    if (m_live)
        return;   // the run in progress keeps the pane until it ends
    const Models::RunRecord* run = selectedRun();
    if (!run) {
        m_outcomesOf = 0;
        m_model->clear();
        m_outcomesTitle->setText(tr("Select a run to see each operation's outcome."));
        return;
    }
    const qint64 runId = run->id;
    if (runId == m_outcomesOf && m_model->runId() == runId)
        return;
    m_outcomesOf = runId;
    m_outcomesTitle->setText(tr("Reading the outcomes of run %1…").arg(runId));
    setReading(true);
    runInBackground(this, [&workspace = m_workspace, runId] { return workspace.runs().outcomeRows(runId); },
                    [this, runId](const Models::Result<QList<Models::RunOutcomeRow>>& rows) {
                        setReading(false);
                        if (runId != m_outcomesOf || m_live)
                            return;
                        if (!rows) {
                            m_banner->showError(tr("Cannot read the outcomes of run %1: %2").arg(runId).arg(rows.error().describe()));
                            return;
                        }
                        m_model->setRows(runId, *rows);
                        const Models::RunRecord* shown = selectedRun();
                        m_outcomesTitle->setText(shown && shown->id == runId ? runTitle(*shown, int(rows->size()))
                                                                             : tr("Run %1").arg(runId));
                    });
}

void RunsPage::setPreviewSelection(qint64 planId, const QString& tenant, const QList<int>& operations)
{
    m_selectionPlan = planId;
    m_selectionTenant = tenant;
    m_selection = operations;
    m_runSelected->setText(operations.isEmpty() ? tr("Run se&lected…")
                                                : tr("Run %Ln se&lected…", nullptr, int(operations.size())));
    updateActions();
}

void RunsPage::updateActions()
{
    const bool working = isWorking();
    m_tenant->setEnabled(!working);
    m_runAll->setEnabled(!working && m_tenant->count() > 0);
    m_runSelected->setEnabled(!working && m_selectionPlan && !m_selection.isEmpty());
    if (m_selection.isEmpty())
        m_runSelected->setToolTip(tr("Select operations on the Preview page (Ctrl or Shift for several) to run only those"));
    else
        m_runSelected->setToolTip(tr("Carry out the %Ln operation(s) selected in plan %1 of %2, after your confirmation", nullptr,
                                     int(m_selection.size()))
                                      .arg(m_selectionPlan)
                                      .arg(m_selectionTenant));

    const Models::RunRecord* run = selectedRun();
    const auto next = run ? App::followUpsOf(*run, QDateTime::currentDateTimeUtc(), false) : App::RunFollowUps{};
    m_retry->setEnabled(!working && next.canRetry && !m_live);
    m_resume->setEnabled(!working && next.canResume && !m_live);
    m_retry->setToolTip(next.canRetry ? tr("Plan %1 afresh and send again what run %2's %Ln failed operation(s) still need",
                                           nullptr, run->failed)
                                            .arg(run->tenant)
                                            .arg(run->id)
                                      : tr("The selected run has no failed operation"));
    m_resume->setToolTip(next.canResume ? tr("Plan %1 afresh and carry out what run %2 left undone (skipped, cancelled, "
                                             "or interrupted), nothing twice")
                                              .arg(run->tenant)
                                              .arg(run->id)
                                        : tr("The selected run left nothing undone"));
}

} // namespace Tenure::Ui
