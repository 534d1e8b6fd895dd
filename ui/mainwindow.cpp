#include "mainwindow.h"

#include "app/connectorfactory.h"
#include "app/workspace.h"
#include "approvalspage.h"
#include "auditpage.h"
#include "confirmation.h"
#include "duescheduler.h"
#include "initialpasswordsbutton.h"
#include "mappingpage.h"
#include "models/items/planmodel.h"
#include "previewpage.h"
#include "runspage.h"
#include "progressstrip.h"
#include "tenantspage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMetaEnum>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace Tenure::Ui {
namespace {

const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto PageKey = QStringLiteral("mainWindow/page");
const auto PreviewSplitterKey = QStringLiteral("mainWindow/previewSplitter");

struct PageInfo {
    MainWindow::Page page;
    const char* icon;
};

constexpr PageInfo pageInfos[] = {
    {MainWindow::Page::Tenants, ":/icons/tenants.svg"},   {MainWindow::Page::Mappings, ":/icons/mappings.svg"},
    {MainWindow::Page::Preview, ":/icons/preview.svg"},   {MainWindow::Page::Approvals, ":/icons/approvals.svg"},
    {MainWindow::Page::Runs, ":/icons/runs.svg"},         {MainWindow::Page::Audit, ":/icons/audit.svg"},
};

QString pageTitle(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Tenants: return MainWindow::tr("Tenants");
    case MainWindow::Page::Mappings: return MainWindow::tr("Mappings");
    case MainWindow::Page::Preview: return MainWindow::tr("Preview");
    case MainWindow::Page::Approvals: return MainWindow::tr("Approvals");
    case MainWindow::Page::Runs: return MainWindow::tr("Runs");
    case MainWindow::Page::Audit: return MainWindow::tr("Audit");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(App::Workspace& workspace, App::ConnectorFactory& connectors, const QString& operatorName,
                       QWidget* parent)
    : QMainWindow(parent), m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_workspaceLabel(new QLabel(this)), m_operatorLabel(new QLabel(this)), m_activityLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Tenure").arg(workspace.displayName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tenure.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(170);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: #eef1f5; padding-top: 8px; }"
        "QListWidget::item { padding: 8px 10px; border: none; color: #22303c; }"
        // A light selection with an accent bar: the dark SVG icons stay legible on it.
        "QListWidget::item:selected { background: #d3e2f2; color: #1f4e79; border-left: 3px solid #1f4e79; }"));
    buildPages(workspace, connectors, operatorName);
    // Effective-dated work is carried out while the console is open, as run-due does for schedulers.
    auto* due = new DueScheduler(workspace, connectors, operatorName, this);
    connect(due, &DueScheduler::reported, m_activityLabel, &QLabel::setText);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(workspace.displayName()));
    m_workspaceLabel->setToolTip(workspace.path());
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_operatorLabel->setText(tr("Operator: %1").arg(operatorName));
    m_activityLabel->setObjectName(QStringLiteral("activityLabel"));
    statusBar()->addWidget(m_workspaceLabel);
    statusBar()->addWidget(m_activityLabel, 1);
    // New AD accounts' initial passwords wait to be handed over: the button says how many.
    m_initialPasswords = new InitialPasswordsButton(workspace, connectors.secrets(), operatorName, this);
    statusBar()->addPermanentWidget(m_initialPasswords);
    statusBar()->addPermanentWidget(m_operatorLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // The Runs page offers to run what is selected on the Preview page: hand it over on the way in.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (Page(row) != Page::Runs)
            return;
        const auto* model = m_preview->model();
        m_runs->setPreviewSelection(model->hasPlan() ? model->planId() : 0, model->plan().tenant,
                                    model->hasPlan() ? m_preview->selectedOperations() : QList<int>{});
    });
    connect(m_tenants, &TenantsPage::tenantsChanged, m_preview, &PreviewPage::reloadTenants);
    connect(m_tenants, &TenantsPage::tenantsChanged, m_mappings, &MappingPage::reloadTenants);
    connect(m_mappings, &MappingPage::tenantsPageWanted, this, [this] { showPage(Page::Tenants); });
    connect(m_preview, &PreviewPage::tenantsPageWanted, this, [this] { showPage(Page::Tenants); });
    connect(m_approvals, &ApprovalsPage::changed, m_audit, &AuditPage::reload);
    connect(m_preview, &PreviewPage::busyChanged, m_initialPasswords, [this](bool busy) {
        if (!busy)   // a run may have created accounts with initial passwords
            m_initialPasswords->refresh();
    });
    connect(m_runs, &RunsPage::runFinished, m_audit, &AuditPage::reload);
    connect(m_runs, &RunsPage::busyChanged, this, [this](bool busy) {
        m_activityLabel->setText(busy ? m_runs->progress()->text() : QString());
    });
    connect(m_preview, &PreviewPage::busyChanged, this, [this](bool busy) {
        m_activityLabel->setText(busy ? m_preview->progress()->text() : QString());
        if (!busy) {   // a run may have finished: its history and audit events are news
            m_runs->reload();
            m_audit->reload();
        }
    });
    buildActions();
    restoreLayout();
    m_tenants->reload();
    m_preview->reloadTenants();
    m_mappings->reloadTenants();
    m_approvals->reload();
    m_audit->reload();
    m_runs->reload();
}

void MainWindow::buildPages(App::Workspace& workspace, App::ConnectorFactory& connectors, const QString& operatorName)
{
    m_tenants = new TenantsPage(workspace, connectors, this);
    m_preview = new PreviewPage(workspace, connectors, operatorName, this);
    m_mappings = new MappingPage(workspace, connectors, this);
    auto* mappings = m_mappings;
    m_approvals = new ApprovalsPage(workspace, connectors, operatorName, this);
    auto* approvals = m_approvals;
    m_runs = new RunsPage(workspace, connectors, operatorName, this);
    auto* runs = m_runs;
    m_audit = new AuditPage(workspace, this);
    auto* audit = m_audit;

    QWidget* pages[] = {m_tenants, mappings, m_preview, approvals, runs, audit};
    for (const auto& info : pageInfos) {
        QWidget* widget = pages[int(info.page)];
        widget->setObjectName(QStringLiteral("page") + QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(int(info.page))));
        m_pages->addWidget(widget);
        auto* item = new QListWidgetItem(QIcon(QString::fromLatin1(info.icon)), pageTitle(info.page), m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(info.page)).arg(int(info.page) + 1));
    }
}

void MainWindow::buildActions()
{
    for (const auto& info : pageInfos) {
        auto* action = new QAction(pageTitle(info.page), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(info.page))));
        connect(action, &QAction::triggered, this, [this, page = info.page] { showPage(page); });
        addAction(action);
    }
    auto* refresh = new QAction(tr("Refresh"), this);
    // F5 only: QKeySequence::Refresh also means Ctrl+R on some platforms, which is Run here.
    refresh->setShortcut(Qt::Key_F5);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshCurrentPage);
    addAction(refresh);
    auto* run = new QAction(tr("Run the plan"), this);
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(run, &QAction::triggered, this, [this] {
        showPage(Page::Preview);
        m_preview->requestRun();
    });
    addAction(run);
    auto* cancel = new QAction(tr("Cancel"), this);
    cancel->setShortcut(Qt::Key_Escape);
    connect(cancel, &QAction::triggered, this, [this] {
        if (currentPage() == Page::Runs)
            m_runs->cancel();
        else
            m_preview->cancel();
    });
    addAction(cancel);
}

void MainWindow::refreshCurrentPage()
{
    if (currentPage() == Page::Tenants)
        m_tenants->reload();
    else if (currentPage() == Page::Mappings)
        m_mappings->reload();
    else if (currentPage() == Page::Approvals)
        m_approvals->reload();
    else if (currentPage() == Page::Audit)
        m_audit->reload();
    else if (currentPage() == Page::Runs)
        m_runs->reload();
    else {
        showPage(Page::Preview);
        m_preview->refresh();
    }
}

void MainWindow::showPage(Page page) { m_navigation->setCurrentRow(int(page)); }

MainWindow::Page MainWindow::currentPage() const { return Page(m_pages->currentIndex()); }

QWidget* MainWindow::page(Page page) const { return m_pages->widget(int(page)); }

QString MainWindow::statusText() const { return m_workspaceLabel->text() + QLatin1Char(' ') + m_operatorLabel->text(); }

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(StateKey).toByteArray());
    if (auto* splitter = m_preview->findChild<QSplitter*>(QStringLiteral("previewSplitter")))
        splitter->restoreState(settings.value(PreviewSplitterKey).toByteArray());
    const int page = settings.value(PageKey, int(Page::Preview)).toInt();
    showPage(page >= 0 && page < m_pages->count() ? Page(page) : Page::Preview);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if ((m_preview->isBusy() || m_runs->isWorking()) && !m_closeConfirmed) {
        event->ignore();
        Confirmation::ask(this, tr("Close Tenure"),
                          tr("Work is in progress. Closing cancels it: a run stops before its next operation, "
                             "and what was written stays written."),
                          tr("Cancel and close"), [this](bool yes) {
                              if (!yes)
                                  return;
                              m_closeConfirmed = true;
                              m_preview->cancel();
                              m_runs->cancel();
                              close();
                          });
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(PageKey, int(currentPage()));
    if (auto* splitter = m_preview->findChild<QSplitter*>(QStringLiteral("previewSplitter")))
        settings.setValue(PreviewSplitterKey, splitter->saveState());
    event->accept();
}

} // namespace Tenure::Ui
