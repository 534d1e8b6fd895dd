#include "previewpage.h"

#include "app/workspace.h"
#include "backgroundcall.h"
#include "categorychart.h"
#include "categorychips.h"
#include "confirmation.h"
#include "errorbanner.h"
#include "models/items/categorylabels.h"
#include "models/items/planmodel.h"
#include "models/store/latestplan.h"
#include "plandetailview.h"
#include "planexportjob.h"
#include "previewjob.h"
#include "progressstrip.h"
#include "runcontroller.h"
#include "savefilechooser.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

const auto LastTenantKey = QStringLiteral("preview/tenant");
const auto ExportFolderKey = QStringLiteral("preview/exportFolder");
constexpr int FilterDelayMs = 150;   // one filter pass per pause in typing, not per key

QString kindCounts(const Models::Plan& plan)
{
    QMap<Models::OperationKind, int> counts;
    for (const auto& op : plan.operations)
        if (op.writes())
            ++counts[op.kind];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(Models::operationKindLabel(it.key()).toLower(),
                                             QLocale().toString(it.value()));
    return parts.join(QStringLiteral(", "));
}

// The latest stored plan of a tenant, read on the thread pool.
struct StoredPlanLoad {
    App::StoredPlan stored;
    bool found = false;
    bool ran = false;
};

Models::Result<StoredPlanLoad> readLatestPlan(const App::Workspace& workspace, const QString& tenant)
{
    auto latest = Models::latestPlan(workspace.database(), tenant);
    if (!latest)
        return std::unexpected(latest.error());
    StoredPlanLoad load;
    if (latest->id == 0)
        return load;
    auto plan = workspace.plans().load(latest->id);
    if (!plan)
        return std::unexpected(plan.error());
    load.stored = {latest->id, std::move(*plan)};
    load.found = true;
    load.ran = latest->ran;
    return load;
}

QString formatName(App::PlanExportFormat format)
{
    switch (format) {
    case App::PlanExportFormat::Csv: return PreviewPage::tr("CSV");
    case App::PlanExportFormat::Xlsx: return PreviewPage::tr("Excel workbook");
    case App::PlanExportFormat::Pdf: return PreviewPage::tr("PDF");
    }
    return {};
}

QString nameFilter(App::PlanExportFormat format)
{
    switch (format) {
    case App::PlanExportFormat::Csv: return PreviewPage::tr("CSV (*.csv)");
    case App::PlanExportFormat::Xlsx: return PreviewPage::tr("Excel workbook (*.xlsx)");
    case App::PlanExportFormat::Pdf: return PreviewPage::tr("PDF (*.pdf)");
    }
    return {};
}

} // namespace

PreviewPage::PreviewPage(App::Workspace& workspace, App::ConnectorFactory& connectors, const QString& operatorName,
                         QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_job(new PreviewJob(workspace, connectors, this)),
      m_runner(new RunController(workspace, connectors, operatorName, this)), m_exportJob(new PlanExportJob(this)),
      m_model(new Models::PlanModel(this)), m_tenant(new QComboBox(this)), m_refresh(new QPushButton(this)),
      m_run(new QPushButton(this)), m_export(new QPushButton(this)), m_banner(new ErrorBanner(this)),
      m_chips(new CategoryChips(this)), m_chart(new CategoryChart(this)), m_filter(new QLineEdit(this)),
      m_summary(new QLabel(this)), m_shown(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)), m_emptyAction(new QPushButton(this)), m_table(new QTableView(this)),
      m_detail(new PlanDetailView(this)), m_progress(new ProgressStrip(this)), m_filterDelay(new QTimer(this))
{
    buildLayout();
    connectSignals();
    showEmptyState(tr("Loading the workspace's directory tenants…"));
    updateActions();
}

void PreviewPage::buildLayout()
{
    setAccessibleName(tr("Preview"));
    auto* tenantLabel = new QLabel(tr("&Directory tenant:"), this);
    tenantLabel->setBuddy(m_tenant);
    m_tenant->setObjectName(QStringLiteral("tenantCombo"));
    m_tenant->setAccessibleName(tr("Directory tenant"));
    m_tenant->setMinimumContentsLength(18);
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refresh->setToolTip(tr("Read HR and the directory and plan what a sync would change (F5). "
                             "Nothing is written."));
    m_refresh->setAccessibleName(tr("Refresh the plan"));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setText(tr("R&un…"));
    m_run->setIcon(QIcon(QStringLiteral(":/icons/run.svg")));
    m_run->setAccessibleName(tr("Run the plan against the directory"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("&Export"));
    m_export->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_export->setAccessibleName(tr("Export the operations shown"));
    auto* exportMenu = new QMenu(m_export);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const struct {
        App::PlanExportFormat format;
        QString text;
        const char* name;
    } exports[] = {
        {App::PlanExportFormat::Csv, tr("&CSV, for scripts and other tools…"), "exportCsv"},
        {App::PlanExportFormat::Xlsx, tr("E&xcel workbook (.xlsx)…"), "exportXlsx"},
        {App::PlanExportFormat::Pdf, tr("&PDF report…"), "exportPdf"},
    };
    for (const auto& entry : exports) {
        auto* action = exportMenu->addAction(entry.text);
        action->setObjectName(QString::fromLatin1(entry.name));
        connect(action, &QAction::triggered, this, [this, format = entry.format] { exportPlan(format); });
    }
    m_export->setMenu(exportMenu);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(tenantLabel);
    toolbar->addWidget(m_tenant);
    toolbar->addWidget(m_refresh);
    toolbar->addStretch(1);
    toolbar->addWidget(m_export);
    toolbar->addWidget(m_run);

    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #4b5763;"));
    m_shown->setObjectName(QStringLiteral("shownCount"));
    m_shown->setStyleSheet(QStringLiteral("color: #4b5763;"));
    m_chips->setObjectName(QStringLiteral("categoryChips"));
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, worker id, target or attribute"));
    m_filter->setAccessibleName(tr("Filter the plan"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(280);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_chips, 1);
    filterRow->addWidget(m_filter);

    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setAccessibleName(tr("Planned operations"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);   // several for "Run selected" on the Runs page
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);   // DNs differ at both ends
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed rows: a view over 1M rows paints in ~25 ms; ResizeToContents takes seconds (PEERS.md).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->setVisible(false);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);   // the planner's order until a person sorts
    m_table->setSortingEnabled(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {7, 7, 6, 13, 21, 20};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_table->setColumnWidth(column, widths[column] * em);

    m_chart->setObjectName(QStringLiteral("categoryChart"));
    auto* tablePane = new QWidget(this);
    auto* tableRow = new QHBoxLayout(tablePane);
    tableRow->setContentsMargins(0, 0, 0, 0);
    tableRow->addWidget(m_table, 1);
    tableRow->addWidget(m_chart, 0, Qt::AlignTop);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->addWidget(tablePane);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // The plan gets most of the height until the person drags the handle (remembered by MainWindow).
    splitter->setSizes({fontMetrics().height() * 24, fontMetrics().height() * 14});
    splitter->setChildrenCollapsible(false);

    auto* emptyPage = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    // A fixed measure: a word-wrapped label that is only aligned gets its one-line width and
    // a height too small for the wrapped text.
    m_empty->setFixedWidth(fontMetrics().averageCharWidth() * 64);
    m_empty->setStyleSheet(QStringLiteral("font-size: 12pt; color: #4b5763;"));
    m_emptyAction->setText(tr("Open the Tenants page"));
    m_emptyAction->setVisible(false);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    auto* planPage = new QWidget(this);
    auto* planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    auto* infoRow = new QHBoxLayout;
    infoRow->addWidget(m_summary, 1);
    infoRow->addWidget(m_shown);
    planLayout->addLayout(filterRow);
    planLayout->addLayout(infoRow);
    planLayout->addWidget(splitter, 1);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(planPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_progress);

    setTabOrder(m_tenant, m_refresh);
    setTabOrder(m_refresh, m_export);
    setTabOrder(m_export, m_run);
    setTabOrder(m_run, m_chips->chip(std::nullopt));
    setTabOrder(m_chips->chip(std::nullopt), m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_chart);
    setTabOrder(m_chart, m_progress->cancelButton());

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(FilterDelayMs);
}

void PreviewPage::connectSignals()
{
    connect(m_refresh, &QPushButton::clicked, this, &PreviewPage::refresh);
    connect(m_run, &QPushButton::clicked, this, &PreviewPage::requestRun);
    connect(m_progress, &ProgressStrip::cancelRequested, this, &PreviewPage::cancel);
    connect(m_emptyAction, &QPushButton::clicked, this, &PreviewPage::tenantsPageWanted);
    connect(m_tenant, &QComboBox::currentTextChanged, this, [this](const QString& tenant) {
        if (!m_tenantsLoaded || tenant.isEmpty())
            return;
        QSettings().setValue(LastTenantKey, tenant);
        if (tenant != m_plannedTenant && !isBusy()) {
            // The plan on screen belongs to another tenant: don't let it be mistaken for this one.
            m_model->clear();
            m_plannedTenant.clear();
            m_chips->setCounts({});
            m_chart->setCounts({});
            loadStoredPlan(tenant);
        }
        updateActions();
    });
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_model->setTextFilter(m_filter->text()); });
    connect(m_chips, &CategoryChips::categoryChosen, m_model, &Models::PlanModel::setCategoryFilter);
    // One filter, two ways to choose it: the chart asks the chips, the chips tell the chart.
    connect(m_chart, &CategoryChart::categoryChosen, m_chips, &CategoryChips::select);
    connect(m_chips, &CategoryChips::categoryChosen, m_chart, &CategoryChart::setSelected);
    connect(m_model, &Models::PlanModel::rowsFiltered, this, &PreviewPage::updateShownCount);
    connect(m_model, &Models::PlanModel::rowsFiltered, this, &PreviewPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PreviewPage::showCurrentDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PreviewPage::showCurrentDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& first, const QModelIndex& last) {
        const int row = m_table->currentIndex().row();
        if (row >= first.row() && row <= last.row())
            showCurrentDetail();
    });

    connect(m_job, &PreviewJob::progressed, this, [this](int step, int steps) {
        static const char* const names[] = {QT_TR_NOOP("Reading the HR source…"), QT_TR_NOOP("Reading the directory…"),
                                            QT_TR_NOOP("Planning…"), QT_TR_NOOP("Saving the plan…")};
        m_progress->setProgress(step, steps, tr(names[std::clamp(step, 0, 3)]));
    });
    connect(m_job, &PreviewJob::planned, this, &PreviewPage::onPlanned);
    connect(m_job, &PreviewJob::failed, this, &PreviewPage::onPlanFailed);
    connect(m_runner, &RunController::outcomeArrived, this, &PreviewPage::onOutcome);
    connect(m_runner, &RunController::progressed, this, [this](qint64 done, qint64 total, qint64 failed) {
        m_progress->setProgress(done, total,
                                failed ? tr("Applied %1 of %2 operations, %3 failed")
                                             .arg(QLocale().toString(done), QLocale().toString(total),
                                                  QLocale().toString(failed))
                                       : tr("Applied %1 of %2 operations")
                                             .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_runner, &RunController::finished, this, &PreviewPage::onRunFinished);
    connect(m_runner, &RunController::failed, this, &PreviewPage::onRunFailed);

    connect(m_exportJob, &PlanExportJob::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setProgress(done, total, tr("Exported %1 of %2 operations…")
                                                 .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_exportJob, &PlanExportJob::finished, this, &PreviewPage::onExported);
    connect(m_exportJob, &PlanExportJob::failed, this, [this](const Models::Error& error) {
        m_progress->end();
        m_banner->showError(tr("The export failed: %1").arg(error.describe()));
        updateActions();
        Q_EMIT busyChanged(false);
    });
}

void PreviewPage::reloadTenants()
{
    runInBackground(this, [&workspace = m_workspace] { return workspace.tenants().list(); },
                    [this](const Models::Result<QList<Models::Tenant>>& tenants) {
                        if (!tenants) {
                            m_banner->showError(tr("Cannot read the workspace's tenants: %1")
                                                    .arg(tenants.error().describe()));
                            return;
                        }
                        QStringList directories;
                        for (const auto& tenant : *tenants)
                            if (tenant.role == Models::TenantRole::Directory)
                                directories << tenant.name;
                        setTenants(directories);
                    });
}

void PreviewPage::setTenants(const QStringList& directories)
{
    const QString wanted = m_tenant->currentText().isEmpty() ? QSettings().value(LastTenantKey).toString()
                                                             : m_tenant->currentText();
    m_tenantsLoaded = false;   // repopulating is not a choice of the person
    m_tenant->clear();
    m_tenant->addItems(directories);
    if (const int index = m_tenant->findText(wanted); index >= 0)
        m_tenant->setCurrentIndex(index);
    m_tenantsLoaded = true;
    m_emptyAction->setVisible(directories.isEmpty());
    if (directories.isEmpty()) {
        showEmptyState(tr("This workspace has no directory tenant yet. Add one on the Tenants page "
                          "(an HR source and the directory it feeds), then come back and press Refresh."));
        Q_EMIT settled();
    } else if (!m_model->hasPlan() && !isBusy())
        loadStoredPlan(m_tenant->currentText());
    updateActions();
}

void PreviewPage::loadStoredPlan(const QString& tenant)
{
    if (tenant.isEmpty())
        return;
    const quint64 load = ++m_storedLoad;
    showEmptyState(tr("Opening the latest plan of %1…").arg(tenant));
    runInBackground(this, [&workspace = m_workspace, tenant] { return readLatestPlan(workspace, tenant); },
                    [this, load, tenant](const Models::Result<StoredPlanLoad>& result) {
                        // A refresh, another tenant or a newer load made this one stale.
                        if (load != m_storedLoad || isBusy() || m_tenant->currentText() != tenant || m_model->hasPlan())
                            return;
                        if (!result)
                            m_banner->showError(tr("Cannot open the latest plan of %1: %2")
                                                    .arg(tenant, result.error().describe()));
                        if (!result || !result->found) {
                            showEmptyState(tr("Press Refresh (F5) to see what a sync to %1 would change: it has no "
                                              "plan yet. Nothing is written until you press Run.").arg(tenant));
                            updateActions();
                            Q_EMIT settled();
                            return;
                        }
                        showPlan(result->stored, result->ran);
                        m_banner->show(ErrorBanner::Kind::Information,
                                       tr("This is plan %1 as it was stored. Press Refresh (F5) to plan again with what "
                                          "HR and the directory hold now.").arg(result->stored.id));
                        Q_EMIT settled();
                    });
}

void PreviewPage::showEmptyState(const QString& text)
{
    m_empty->setText(text);
    // An aligned item in a box layout is given its sizeHint height, which ignores the wrapping.
    m_empty->setMinimumHeight(m_empty->heightForWidth(m_empty->width()));
    m_stack->setCurrentIndex(0);
}

QString PreviewPage::emptyStateText() const { return m_stack->currentIndex() == 0 ? m_empty->text() : QString(); }

QString PreviewPage::planSummaryText() const { return m_summary->text(); }

bool PreviewPage::isBusy() const { return m_job->isRunning() || m_runner->isRunning() || m_exportJob->isRunning(); }

bool PreviewPage::isExporting() const { return m_exportJob->isRunning(); }

void PreviewPage::refresh()
{
    const QString tenant = m_tenant->currentText();
    if (tenant.isEmpty() || m_runner->isRunning() || m_exportJob->isRunning())
        return;
    ++m_storedLoad;   // a stored plan still on its way is older than this refresh
    if (const int row = m_table->currentIndex().row(); row >= 0)
        if (const auto* op = m_model->operationAt(row))
            m_selectedWorker = op->workerId;
    m_banner->clear();
    m_progress->begin(tr("Planning %1…").arg(tenant));
    if (!m_model->hasPlan())
        showEmptyState(tr("Reading HR and %1 and planning the changes…").arg(tenant));
    m_job->start(tenant);   // a refresh while one runs replaces it: latest job wins
    updateActions();
    Q_EMIT busyChanged(true);
}

void PreviewPage::onPlanFailed(const Models::Error& error)
{
    m_progress->end();
    m_banner->showError(tr("The preview failed: %1").arg(error.describe()));
    if (!m_model->hasPlan())
        showEmptyState(tr("No plan. Fix the problem above (the Tenants page holds the connection settings), "
                          "then press Refresh."));
    updateActions();
    Q_EMIT busyChanged(false);
}

void PreviewPage::onPlanned(const App::StoredPlan& stored)
{
    m_progress->end();
    m_banner->clear();
    showPlan(stored, false);
    Q_EMIT busyChanged(false);
}

void PreviewPage::showPlan(const App::StoredPlan& stored, bool ran)
{
    const auto& plan = stored.plan;
    m_plannedTenant = plan.tenant;
    m_planRan = ran;
    m_model->setPlan(plan, stored.id);
    m_chips->setCounts(m_model->counts());
    m_chart->setCounts(m_model->counts());
    const QDateTime planned = plan.createdAt.toLocalTime();
    const QString when = planned.date() == QDate::currentDate()
                             ? QLocale().toString(planned.time(), QLocale::ShortFormat)
                             : QLocale().toString(planned, QLocale::ShortFormat);
    m_summary->setText(tr("Plan %1 for %2 · %Ln operation(s), %3 to write · planned %4", nullptr,
                          int(plan.operations.size()))
                           .arg(stored.id)
                           .arg(plan.tenant, QLocale().toString(m_model->writeCount()), when));
    if (plan.isBlocked())
        m_banner->show(ErrorBanner::Kind::Warning, tr("A safety rule stopped this plan; nothing can be written: %1")
                                                       .arg(plan.blockedReason));
    if (plan.operations.isEmpty())
        showEmptyState(tr("The plan for %1 is empty: neither HR nor the directory has anyone in scope.")
                           .arg(plan.tenant));
    else
        m_stack->setCurrentIndex(1);
    // Keep the person where they were: the same worker stays selected across a re-plan.
    if (!m_selectedWorker.isEmpty()) {
        const auto& rows = m_model->visibleOperations();
        for (int row = 0; row < rows.size(); ++row) {
            if (plan.operations.at(rows.at(row)).workerId == m_selectedWorker) {
                m_table->selectRow(row);
                m_table->scrollTo(m_model->index(row, 0));
                break;
            }
        }
    }
    updateActions();
}

void PreviewPage::requestRun()
{
    if (!m_run->isEnabled())
        return;
    const auto& plan = m_model->plan();
    const int writes = m_model->writeCount();
    const QString question =
        tr("Apply %Ln change(s) to %1 now?", nullptr, writes).arg(plan.tenant) + QLatin1Char('\n') + kindCounts(plan)
        + QStringLiteral("\n\n")
        + tr("Each change is written to the directory as it goes. Leavers are disabled, never deleted. "
             "You can cancel between operations.");
    Confirmation::ask(this, tr("Run plan %1").arg(m_model->planId()), question, tr("Run"), [this](bool yes) {
        if (yes)
            startRun();
    });
}

void PreviewPage::startRun()
{
    if (!m_model->hasPlan() || isBusy() || m_planRan)
        return;
    m_banner->clear();
    m_model->clearOutcomes();
    m_progress->begin(tr("Running plan %1 against %2…").arg(m_model->planId()).arg(m_model->plan().tenant));
    m_runner->start(m_model->planId());
    updateActions();
    Q_EMIT busyChanged(true);
}

void PreviewPage::onOutcome(const Models::OperationOutcome& outcome) { m_model->setOutcome(outcome); }

void PreviewPage::endRun()
{
    m_progress->end();
    m_model->flushOutcomeChanges();
    m_planRan = true;   // the plan is spent: the directory has moved on, refresh to plan again
    updateActions();
    Q_EMIT busyChanged(false);
}

void PreviewPage::onRunFailed(const Models::Error& error)
{
    m_banner->showError(tr("The run failed: %1").arg(error.describe()));
    endRun();
}

void PreviewPage::onRunFinished(const App::RunSummary& s)
{
    {
        const QString counts = tr("%1 confirmed, %2 failed, %3 skipped")
                                   .arg(QLocale().toString(s.confirmed), QLocale().toString(s.failed),
                                        QLocale().toString(s.skipped));
        if (s.cancelled)
            m_banner->show(ErrorBanner::Kind::Warning,
                           tr("Run %1 was cancelled: %2. Refresh to plan what is left.").arg(s.runId).arg(counts));
        else if (s.failed)
            m_banner->show(ErrorBanner::Kind::Warning,
                           tr("Run %1 finished with failures: %2. The Outcome column says why; refresh to plan "
                              "again.").arg(s.runId).arg(counts));
        else
            m_banner->show(ErrorBanner::Kind::Success,
                           tr("Run %1 finished: %2. Refresh to see the directory as it is now.").arg(s.runId).arg(counts));
    }
    endRun();
}

void PreviewPage::cancel()
{
    if (m_exportJob->isRunning()) {
        m_exportJob->cancel();
        m_progress->end();
        m_banner->show(ErrorBanner::Kind::Information, tr("Export cancelled; no file was written."));
        updateActions();
        Q_EMIT busyChanged(false);
        return;
    }
    if (m_runner->isRunning()) {
        m_runner->cancel();
        m_progress->setCancelling();
    } else if (m_job->isRunning()) {
        m_job->cancel();
        m_progress->end();
        m_banner->show(ErrorBanner::Kind::Information,
                       m_model->hasPlan() ? tr("Refresh cancelled; the plan shown is the previous one.")
                                          : tr("Refresh cancelled."));
        if (!m_model->hasPlan())
            showEmptyState(tr("Choose a directory tenant and press Refresh (F5) to see what a sync would change. "
                              "Nothing is written until you press Run."));
        updateActions();
        Q_EMIT busyChanged(false);
    }
}

void PreviewPage::showCurrentDetail()
{
    const int row = m_table->currentIndex().row();
    const auto* op = m_model->operationAt(row);
    if (!op) {
        m_detail->showNothing();
        return;
    }
    m_selectedWorker = op->workerId;
    m_detail->showOperation(*op, m_model->outcome(m_model->operationIndex(row)));
}

QList<int> PreviewPage::selectedOperations() const
{
    QList<int> indexes;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        if (const int index = m_model->operationIndex(row.row()); index >= 0)
            indexes.append(index);
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

void PreviewPage::updateShownCount()
{
    const int total = int(m_model->plan().operations.size());
    const int shown = m_model->rowCount();
    m_shown->setText(shown == total ? tr("%Ln operation(s)", nullptr, total)
                                    : tr("Showing %1 of %2").arg(QLocale().toString(shown), QLocale().toString(total)));
}

void PreviewPage::updateActions()
{
    const bool running = m_runner->isRunning();
    const bool planning = m_job->isRunning();
    const bool exporting = m_exportJob->isRunning();
    m_tenant->setEnabled(!running && !exporting);
    m_refresh->setEnabled(!running && !exporting && !m_tenant->currentText().isEmpty());
    const auto& plan = m_model->plan();
    const bool canRun = m_model->hasPlan() && !running && !planning && !exporting && !m_planRan && !plan.isBlocked()
                        && m_model->writeCount() > 0 && plan.tenant == m_tenant->currentText();
    m_run->setEnabled(canRun);
    const int shown = m_model->rowCount();
    m_export->setEnabled(m_model->hasPlan() && !running && !exporting && shown > 0);
    m_export->setToolTip(!m_model->hasPlan() ? tr("Refresh first: Export writes the plan shown")
                         : exporting         ? tr("An export is in progress")
                         : shown == 0        ? tr("No operation is shown: clear the filter to export")
                                             : tr("Write the %Ln operation(s) shown, filtered and sorted as on screen, "
                                                  "to CSV, Excel or PDF", nullptr, shown));
    // Say why Run is not available instead of leaving a dead button.
    if (exporting)
        m_run->setToolTip(tr("An export is in progress"));
    else if (running)
        m_run->setToolTip(tr("A run is in progress"));
    else if (!m_model->hasPlan())
        m_run->setToolTip(tr("Refresh first: Run carries out the plan shown"));
    else if (m_planRan)
        m_run->setToolTip(tr("This plan has run; refresh to plan again"));
    else if (plan.isBlocked())
        m_run->setToolTip(tr("A safety rule blocked this plan"));
    else if (m_model->writeCount() == 0)
        m_run->setToolTip(tr("Nothing to write: the directory matches HR"));
    else
        m_run->setToolTip(tr("Carry out the %Ln change(s) of this plan (Ctrl+R)", nullptr, m_model->writeCount()));
}

QString PreviewPage::selectionScope() const
{
    QStringList parts;
    if (const auto category = m_model->categoryFilter())
        parts << Models::categoryLabel(*category);
    if (!m_model->textFilter().isEmpty())
        parts << tr("matching “%1”").arg(m_model->textFilter());
    return parts.join(QStringLiteral(", "));
}

QString PreviewPage::suggestedExportPath(App::PlanExportFormat format) const
{
    QString folder = QSettings().value(ExportFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A file name that is safe on every desktop: the tenant's name without path or shell characters.
    QString tenant = m_model->plan().tenant;
    for (QChar& c : tenant)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    return QDir(folder).filePath(QStringLiteral("plan-%1-%2.%3")
                                     .arg(m_model->planId())
                                     .arg(tenant, App::planExportFormatName(format)));
}

void PreviewPage::exportPlan(App::PlanExportFormat format)
{
    if (!m_model->hasPlan() || isBusy())
        return;
    SaveFileChooser::ask(this, tr("Export plan %1 as %2").arg(m_model->planId()).arg(formatName(format)),
                         nameFilter(format), App::planExportFormatName(format), suggestedExportPath(format),
                         [this, format](const QString& path) {
                             QSettings().setValue(ExportFolderKey, QFileInfo(path).absolutePath());
                             exportTo(format, path);
                         });
}

void PreviewPage::exportTo(App::PlanExportFormat format, const QString& path)
{
    if (!m_model->hasPlan() || isBusy())
        return;
    // What is shown, in the order shown: the rows of the model's own filter and sort index.
    App::PlanSelection selection{m_model->plan(), m_model->planId(), m_model->visibleOperations(), selectionScope()};
    m_banner->clear();
    m_progress->begin(tr("Exporting %Ln operation(s) to %1…", nullptr, int(selection.operations.size()))
                          .arg(QFileInfo(path).fileName()));
    m_exportJob->start(format, std::move(selection), path);
    updateActions();
    Q_EMIT busyChanged(true);
}

void PreviewPage::onExported(App::PlanExportFormat format, const App::PlanExportSummary& summary, const QString& path)
{
    m_progress->end();
    QString text = tr("Exported %Ln operation(s) to %1", nullptr, summary.operations).arg(QDir::toNativeSeparators(path));
    if (format == App::PlanExportFormat::Pdf)
        text += QLatin1Char(' ') + tr("(%n page(s))", nullptr, summary.parts);
    else if (format == App::PlanExportFormat::Xlsx && summary.parts > 1)
        text += QLatin1Char(' ') + tr("(%n sheet(s) of operations: Excel holds 1,048,576 rows a sheet)", nullptr,
                                      summary.parts);
    m_banner->show(ErrorBanner::Kind::Success, text);
    updateActions();
    Q_EMIT busyChanged(false);
}

} // namespace Tenure::Ui
