#include "mappingpage.h"

#include "app/mappingtemplates.h"
#include "app/workspace.h"
#include "backgroundcall.h"
#include "errorbanner.h"
#include "mappingpreview.h"
#include "mappingruleeditor.h"
#include "mappingversions.h"
#include "scopingeditor.h"
#include "sourceattributelist.h"
#include "targetattributetable.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>

namespace Tenure::Ui {
namespace {

const auto SplitKey = QStringLiteral("mappingPage/split");
const auto VerticalKey = QStringLiteral("mappingPage/vertical");
const auto TabKey = QStringLiteral("mappingPage/tab");
const auto TenantKey = QStringLiteral("mappingPage/tenant");

} // namespace

MappingPage::MappingPage(App::Workspace& workspace, App::ConnectorFactory& connectors, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_connectors(connectors), m_tenant(new QComboBox(this)),
      m_template(new QToolButton(this)), m_import(new QPushButton(tr("&Import Entra schema…"), this)),
      m_save(new QPushButton(tr("&Save version"), this)), m_state(new QLabel(this)), m_banner(new ErrorBanner(this)),
      m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)), m_emptyAction(new QPushButton(this)),
      m_tabs(new QTabWidget(this)), m_split(new QSplitter(Qt::Horizontal, this)),
      m_vertical(new QSplitter(Qt::Vertical, this)), m_sources(new SourceAttributeList(this)),
      m_targets(new TargetAttributeTable(this)), m_matching(new QListWidget(this)), m_rule(new MappingRuleEditor(this)),
      m_scope(new ScopingEditor(this)), m_versions(new MappingVersions(this)), m_preview(new MappingPreview(this))
{
    setAccessibleName(tr("Mappings"));
    buildLayout();
    buildActions();

    connect(m_tenant, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(TenantKey, m_tenant->currentText());
        reload();
    });
    connect(m_targets, &TargetAttributeTable::sourceDropped, this, &MappingPage::mapSource);
    connect(m_targets, &QTableWidget::currentCellChanged, this, [this] { showRuleOf(m_targets->currentTarget()); });
    connect(m_rule, &MappingRuleEditor::ruleEdited, this, &MappingPage::onRuleEdited);
    connect(m_rule, &MappingRuleEditor::removeRequested, this, &MappingPage::removeRule);
    connect(m_matching->model(), &QAbstractItemModel::rowsMoved, this, &MappingPage::onMatchingReordered);
    connect(m_scope, &ScopingEditor::filterEdited, this, [this] {
        m_mapping.scope = m_scope->filter();
        setModified(true);
        m_preview->schedule(m_mapping);
    });
    connect(m_versions, &MappingVersions::compareRequested, this, &MappingPage::compareVersions);
    connect(m_versions, &MappingVersions::rollbackRequested, this, &MappingPage::rollBack);
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (m_tenant->count() == 0)
            Q_EMIT tenantsPageWanted();
        else
            reload();
    });
    showEmpty(tr("Loading the directory tenants…"), {});
}

MappingPage::~MappingPage()
{
    m_readCancel.cancel();
    QSettings settings;
    settings.setValue(SplitKey, m_split->saveState());
    settings.setValue(VerticalKey, m_vertical->saveState());
    settings.setValue(TabKey, m_tabs->currentIndex());
}

void MappingPage::buildLayout()
{
    auto* title = new QLabel(tr("Mappings"), this);
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    m_tenant->setObjectName(QStringLiteral("mappingTenant"));
    m_tenant->setAccessibleName(tr("Directory tenant"));
    m_tenant->setMinimumWidth(180);
    auto* tenantLabel = new QLabel(tr("&Directory:"), this);
    tenantLabel->setBuddy(m_tenant);
    m_template->setObjectName(QStringLiteral("mappingTemplate"));
    m_template->setText(tr("Start from &template"));
    m_template->setPopupMode(QToolButton::InstantPopup);
    auto* templates = new QMenu(m_template);
    for (const auto& name : App::MappingTemplates::names()) {
        auto loaded = App::MappingTemplates::load(name);   // embedded resources: microseconds
        auto* action = templates->addAction(loaded ? loaded->title : name);
        action->setToolTip(loaded ? loaded->description : QString());
        connect(action, &QAction::triggered, this, [this, name] { startFromTemplate(name); });
    }
    m_template->setMenu(templates);
    m_import->setObjectName(QStringLiteral("mappingImport"));
    m_save->setObjectName(QStringLiteral("mappingSave"));
    m_save->setToolTip(tr("Save the mapping as a new version (Ctrl+S)"));
    m_state->setObjectName(QStringLiteral("mappingState"));
    m_state->setStyleSheet(QStringLiteral("color: #6b7785;"));
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(tenantLabel);
    top->addWidget(m_tenant);
    top->addWidget(m_state, 1);
    top->addWidget(m_template);
    top->addWidget(m_import);
    top->addWidget(m_save);

    m_banner->setObjectName(QStringLiteral("mappingBanner"));
    m_empty->setObjectName(QStringLiteral("mappingEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_emptyAction->setObjectName(QStringLiteral("mappingEmptyAction"));
    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);

    m_tabs->setObjectName(QStringLiteral("mappingTabs"));
    m_tabs->addTab(buildAttributesTab(), tr("Attributes"));
    m_tabs->addTab(m_scope, tr("Scoping filter"));
    m_tabs->addTab(m_versions, tr("Versions"));
    m_vertical->setObjectName(QStringLiteral("mappingVertical"));
    m_vertical->addWidget(m_tabs);
    m_vertical->addWidget(m_preview);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(m_vertical);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    QSettings settings;
    m_split->restoreState(settings.value(SplitKey).toByteArray());
    m_vertical->restoreState(settings.value(VerticalKey).toByteArray());
    m_tabs->setCurrentIndex(settings.value(TabKey, 0).toInt());
    setTabOrder(m_tenant, m_template);
    setTabOrder(m_template, m_import);
    setTabOrder(m_import, m_save);
    setTabOrder(m_save, m_tabs);
    setTabOrder(m_sources, m_targets);
    setTabOrder(m_targets, m_matching);
    setTabOrder(m_matching, m_rule);
}

QWidget* MappingPage::buildAttributesTab()
{
    auto* matchingBox = new QGroupBox(tr("Matching order (drag to reorder)"), this);
    m_matching->setObjectName(QStringLiteral("matchingOrder"));
    m_matching->setAccessibleName(tr("Matching order"));
    m_matching->setDragDropMode(QAbstractItemView::InternalMove);
    m_matching->setDefaultDropAction(Qt::MoveAction);
    m_matching->setMaximumHeight(90);
    auto* matchingLayout = new QVBoxLayout(matchingBox);
    matchingLayout->addWidget(m_matching);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_targets, 1);
    middleLayout->addWidget(matchingBox);
    m_split->setObjectName(QStringLiteral("mappingSplit"));
    m_split->addWidget(m_sources);
    m_split->addWidget(middle);
    m_split->addWidget(m_rule);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setStretchFactor(2, 3);
    return m_split;
}

void MappingPage::buildActions()
{
    auto* save = new QAction(tr("Save version"), this);
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QAction::triggered, this, &MappingPage::save);
    connect(m_save, &QPushButton::clicked, this, &MappingPage::save);
    addAction(save);
    auto* map = new QAction(tr("Map the selected HR attribute"), this);
    map->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    map->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(map, &QAction::triggered, this, &MappingPage::mapSelected);
    addAction(map);
    connect(m_import, &QPushButton::clicked, this, [this] {
        // Non-modal: the dialog reports through fileSelected, the GUI thread never blocks in exec().
        auto* dialog = new QFileDialog(this, tr("Import an Entra synchronization schema"), {},
                                       tr("JSON files (*.json);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &MappingPage::importEntraSchema);
        dialog->open();
    });
}

void MappingPage::reloadTenants()
{
    runInBackground(this, [&workspace = m_workspace] { return workspace.tenants().list(); },
                    [this](const Models::Result<QList<Models::Tenant>>& tenants) {
                        if (!tenants) {
                            m_banner->showError(tr("Cannot read the workspace's tenants: %1").arg(tenants.error().describe()));
                            return;
                        }
                        QStringList directories;
                        for (const auto& tenant : *tenants)
                            if (tenant.role == Models::TenantRole::Directory)
                                directories << tenant.name;
                        setTenants(directories);
                    });
}

void MappingPage::setTenants(const QStringList& directories)
{
    const QString wanted = m_tenant->currentText().isEmpty() ? QSettings().value(TenantKey).toString()
                                                             : m_tenant->currentText();
    {
        const QSignalBlocker block(m_tenant);
        m_tenant->clear();
        m_tenant->addItems(directories);
        if (directories.contains(wanted))
            m_tenant->setCurrentText(wanted);
    }
    if (directories.isEmpty()) {
        showEmpty(tr("No directory to map yet. Add a directory tenant fed by an HR source on the Tenants page; "
                     "then its HR attributes appear here to map."), tr("Go to Tenants"));
        return;
    }
    reload();
}

void MappingPage::reload()
{
    const QString tenant = m_tenant->currentText();
    if (tenant.isEmpty())
        return;
    // Reading a big HR source takes a while: a hidden page reads it when it is first shown, so
    // that the console's start does not spend its cores on a page nobody is looking at.
    if (!isVisible()) {
        m_reloadWhenShown = true;
        return;
    }
    m_reloadWhenShown = false;
    m_readCancel.cancel();
    m_readCancel = Models::CancelToken();
    const quint64 generation = ++m_readGeneration;
    m_state->setText(tr("Reading %1's HR source…").arg(tenant));
    runInBackground(
        this,
        [&workspace = m_workspace, &connectors = m_connectors, tenant, cancel = m_readCancel] {
            return App::HrSamples(workspace, connectors).read(tenant, cancel);
        },
        [this, generation, tenant](const Models::Result<App::MappingSamples>& samples) {
            if (generation != m_readGeneration)
                return;   // another tenant was chosen meanwhile
            if (!samples) {
                m_state->clear();
                m_banner->showError(tr("Cannot read the HR source of %1: %2").arg(tenant, samples.error().describe()));
                showEmpty(tr("The HR source could not be read, so there are no attributes to map. Check its "
                             "settings on the Tenants page, then try again."), tr("Try again"));
                return;
            }
            m_banner->clear();
            onSamples(*samples);
        });
}

void MappingPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_reloadWhenShown)
        reload();
}

void MappingPage::showEmpty(const QString& text, const QString& action)
{
    m_loaded = false;
    m_empty->setText(text);
    m_emptyAction->setText(action);
    m_emptyAction->setVisible(!action.isEmpty());
    m_stack->setCurrentIndex(0);
    m_save->setEnabled(false);
}

void MappingPage::onSamples(const App::MappingSamples& samples)
{
    m_samples = samples;
    m_sources->setSamples(samples.sourceAttributes, samples.workers);
    m_rule->setSourceAttributes(samples.sourceAttributes);
    m_scope->setAttributes(samples.sourceAttributes);
    m_preview->setWorkers(samples.workers, samples.mapping.lifecycle.displayName);
    m_loaded = true;
    m_stack->setCurrentIndex(1);
    setMapping(samples.mapping, false);
    loadVersions();
    if (samples.mappingVersion == 0)
        m_banner->show(ErrorBanner::Kind::Information,
                       tr("%1 has no mapping yet: drag HR attributes onto target attributes, start from a template, "
                          "or import an Entra schema; then Save (Ctrl+S).").arg(samples.directory));
}

void MappingPage::setMapping(const Models::MappingSet& mapping, bool modified)
{
    m_mapping = mapping;
    m_scope->setFilter(mapping.scope);
    refreshViews();
    setModified(modified);
    m_preview->schedule(m_mapping);
}

void MappingPage::refreshViews()
{
    m_targets->setMapping(m_mapping, App::HrSamples::commonTargetAttributes(m_samples.targetType));
    const QSignalBlocker block(m_matching->model());
    m_matching->clear();
    for (const auto* rule : m_mapping.matchingMappings())
        m_matching->addItem(rule->target);
    showRuleOf(m_targets->currentTarget());
}

void MappingPage::setModified(bool modified)
{
    m_modified = modified;
    m_save->setEnabled(m_loaded);
    const QString version = m_samples.mappingVersion > 0 ? tr("version %1").arg(m_samples.mappingVersion)
                                                         : tr("not saved yet");
    m_state->setText(modified ? tr("%1, %2 — changed, not saved").arg(m_samples.directory, version)
                              : tr("%1, %2").arg(m_samples.directory, version));
}

void MappingPage::showRuleOf(const QString& target)
{
    for (const auto& rule : std::as_const(m_mapping.attributes))
        if (rule.target == target) {
            m_rule->setRule(rule);
            return;
        }
    m_rule->clearRule();
}

} // namespace Tenure::Ui
