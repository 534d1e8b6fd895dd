#include "tenantspage.h"

#include "app/connectorfactory.h"
#include "app/tenantsetup.h"
#include "app/workspace.h"
#include "backgroundcall.h"
#include "confirmation.h"
#include "connectorforms/connectorform.h"
#include "connectorforms/connectorkinds.h"
#include "errorbanner.h"
#include "notedfield.h"
#include "tenantvalidation.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

using Models::Tenant;
using Models::TenantRole;

QString roleLine(const Tenant& tenant, const ConnectorKind* kind)
{
    const QString kindName = kind ? kind->title : tenant.type;
    if (tenant.role == TenantRole::HrSource)
        return QCoreApplication::translate("Tenure::Ui::TenantsPage", "HR source · %1").arg(kindName);
    // A directory's kind says it is one ("LDAP directory", "Entra ID"): the line names its source.
    return QCoreApplication::translate("Tenure::Ui::TenantsPage", "%1 · fed from %2")
        .arg(kindName, tenant.sourceTenant.isEmpty() ? QStringLiteral("—") : tenant.sourceTenant);
}

// The header rows and each kind's form are separate QFormLayouts; one label width for all of
// them lines their fields up as if they were one form.
void alignLabelColumns(const QList<QFormLayout*>& forms)
{
    QList<QWidget*> labels;
    int width = 0;
    for (auto* form : forms) {
        for (int row = 0; form && row < form->rowCount(); ++row) {
            if (auto* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels << item->widget();
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (auto* label : labels)
        label->setMinimumWidth(width);
}

} // namespace

TenantsPage::TenantsPage(App::Workspace& workspace, App::ConnectorFactory& connectors, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_connectors(connectors), m_kinds(connectorKinds()),
      m_list(new QListWidget(this)), m_addHr(new QPushButton(this)), m_addDirectory(new QPushButton(this)),
      m_right(new QStackedWidget(this)), m_empty(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_title(new QLabel(this)), m_banner(new ErrorBanner(this)), m_name(new QLineEdit(this)),
      m_nameField(new NotedField(m_name, m_name, this)), m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)),
      m_kindSummary(new QLabel(this)), m_sourceLabel(new QLabel(this)), m_source(new QComboBox(this)),
      m_sourceField(new NotedField(m_source, m_source, this)), m_formsBox(new QWidget(this)),
      m_problem(new QLabel(this)), m_connectionResult(new ErrorBanner(this)), m_remove(new QPushButton(this)),
      m_test(new QPushButton(this)), m_save(new QPushButton(this))
{
    for (const auto& kind : std::as_const(m_kinds)) {
        auto* form = new ConnectorForm(kind, m_formsBox);
        form->setVisible(false);
        connect(form, &ConnectorForm::changed, this, &TenantsPage::validate);
        // A test of other settings than these says nothing about them any more.
        connect(form, &ConnectorForm::changed, m_connectionResult, &ErrorBanner::clear);
        m_forms << form;
    }
    buildLayout();
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_tenants.size())
            edit(m_tenants.at(row));
    });
    connect(m_addHr, &QPushButton::clicked, this, &TenantsPage::addHrSource);
    connect(m_addDirectory, &QPushButton::clicked, this, &TenantsPage::addDirectory);
    connect(m_save, &QPushButton::clicked, this, &TenantsPage::save);
    connect(m_test, &QPushButton::clicked, this, &TenantsPage::testConnection);
    connect(m_remove, &QPushButton::clicked, this, &TenantsPage::removeTenant);
    connect(m_kind, &QComboBox::activated, this, &TenantsPage::kindPicked);
    connect(m_name, &QLineEdit::textChanged, this, &TenantsPage::validate);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        validate();
    });
    connect(m_source, &QComboBox::currentTextChanged, this, &TenantsPage::validate);
}

void TenantsPage::buildLayout()
{
    setAccessibleName(tr("Tenants"));
    m_list->setObjectName(QStringLiteral("tenantList"));
    m_list->setAccessibleName(tr("Tenants"));
    m_list->setMinimumWidth(230);
    m_list->setMaximumWidth(320);
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(2);
    // Long names are cut with "…" (the whole line is the item's tooltip), never scrolled sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_addHr->setText(tr("Add &HR source"));
    m_addHr->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_addHr->setAccessibleName(tr("Add an HR source"));
    m_addDirectory->setText(tr("Add &directory"));
    m_addDirectory->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_addDirectory->setAccessibleName(tr("Add a directory"));
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_addHr);
    left->addWidget(m_addDirectory);

    m_empty->setObjectName(QStringLiteral("tenantsEmptyState"));
    m_empty->setText(tr("This workspace has no tenants yet. Add the HR source first (Workday, SAP SuccessFactors, "
                        "BambooHR, a CSV export, an SQL staging table or a SCIM bulk file), then the directory it "
                        "feeds: LDAP, Active Directory, Entra ID or a SCIM app."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("font-size: 12pt; color: #4b5763;"));

    m_title->setObjectName(QStringLiteral("tenantTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_name->setObjectName(QStringLiteral("tenantName"));
    m_name->setAccessibleName(tr("Tenant name"));
    m_nameField->noteLabel()->setObjectName(QStringLiteral("tenantNameNote"));
    m_kind->setObjectName(QStringLiteral("tenantKind"));
    m_kind->setAccessibleName(tr("Kind of system"));
    m_kindLabel->setText(tr("&Kind:"));
    m_kindLabel->setBuddy(m_kind);
    m_kindSummary->setObjectName(QStringLiteral("tenantKindSummary"));
    // One line: a wrapped label in a form inside a scroll area is given the height of its
    // narrowest wrap, which leaves a gap under a short summary.
    m_kindSummary->setWordWrap(false);
    m_kindSummary->setStyleSheet(QStringLiteral("color: #4b5763;"));
    m_source->setObjectName(QStringLiteral("tenantSource"));
    m_source->setAccessibleName(tr("HR source this directory is fed from"));
    m_sourceLabel->setText(tr("Fed &from:"));
    m_sourceLabel->setBuddy(m_source);
    auto* header = new QFormLayout;
    header->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    header->addRow(tr("&Name:"), m_nameField);
    header->addRow(m_kindLabel, m_kind);
    header->addRow(QString(), m_kindSummary);
    header->addRow(m_sourceLabel, m_sourceField);

    auto* formsLayout = new QVBoxLayout(m_formsBox);
    formsLayout->setContentsMargins(0, 0, 0, 0);
    QList<QFormLayout*> forms{header};
    for (auto* form : std::as_const(m_forms)) {
        formsLayout->addWidget(form);
        forms << form->formLayout();
    }
    alignLabelColumns(forms);

    m_problem->setObjectName(QStringLiteral("tenantProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_connectionResult->setObjectName(QStringLiteral("connectionResult"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setText(tr("&Remove…"));
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_remove->setAccessibleName(tr("Remove the tenant"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setText(tr("&Test connection"));
    m_test->setIcon(QIcon(QStringLiteral(":/icons/plug.svg")));
    m_test->setAccessibleName(tr("Test the connection with these settings"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("&Save"));
    m_save->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    m_save->setAccessibleName(tr("Save the tenant"));
    m_save->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);

    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_title);
    editorLayout->addWidget(m_banner);
    editorLayout->addLayout(header);
    editorLayout->addWidget(m_formsBox);
    editorLayout->addWidget(m_problem);
    // Right above Test connection: on a long form the page's banner is scrolled out of sight by
    // the time the person reaches the button.
    editorLayout->addWidget(m_connectionResult);
    editorLayout->addLayout(buttons);
    editorLayout->addStretch(1);
    // Forms read best at a measure; a full-width URL field on a wide screen does not.
    editor->setMaximumWidth(760);
    // The longest forms (Entra ID) outgrow a small window: they scroll rather than squeeze.
    auto* scrolled = new QWidget;
    auto* scrolledLayout = new QHBoxLayout(scrolled);
    scrolledLayout->setContentsMargins(0, 0, 0, 0);
    scrolledLayout->addWidget(editor, 1);
    scrolledLayout->addStretch(0);
    m_scroll->setWidget(scrolled);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_right->addWidget(m_empty);
    m_right->addWidget(m_scroll);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(16);
    layout->addLayout(left);
    layout->addWidget(m_right, 1);
}

ConnectorForm* TenantsPage::form(const QString& kindId) const
{
    for (auto* form : m_forms)
        if (form->kind().id == kindId)
            return form;
    return nullptr;
}

QLabel* TenantsPage::nameNote() const { return m_nameField->noteLabel(); }

const ConnectorKind* TenantsPage::kindOf(const Tenant& tenant) const
{
    for (const auto& kind : m_kinds)
        if (kind.isKindOf(tenant))
            return &kind;
    return nullptr;
}

void TenantsPage::reload()
{
    setBusy(true);
    runInBackground(this, [&workspace = m_workspace] { return workspace.tenants().list(); },
                    [this](const Models::Result<QList<Tenant>>& tenants) {
                        setBusy(false);
                        if (!tenants) {
                            m_right->setCurrentWidget(m_scroll);
                            m_banner->showError(tr("Cannot read the tenants: %1").arg(tenants.error().describe()));
                            return;
                        }
                        setTenants(*tenants);
                    });
}

void TenantsPage::setTenants(const QList<Tenant>& tenants)
{
    const QString wanted = !m_wanted.isEmpty() ? m_wanted : m_editing.name;
    m_wanted.clear();
    m_tenants = tenants;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = tenants.isEmpty() ? -1 : 0;
    for (int i = 0; i < tenants.size(); ++i) {
        const auto& tenant = tenants.at(i);
        const ConnectorKind* kind = kindOf(tenant);
        const QString icon = kind ? kind->icon : QStringLiteral(":/icons/tenants.svg");
        auto* item = new QListWidgetItem(QIcon(icon), tenant.name + QLatin1Char('\n') + roleLine(tenant, kind), m_list);
        item->setData(Qt::AccessibleTextRole, QString(tenant.name + QStringLiteral(", ") + roleLine(tenant, kind)));
        item->setToolTip(item->text());
        if (tenant.name == wanted)
            select = i;
    }
    {
        const QSignalBlocker blockSource(m_source);
        const QString source = m_source->currentText();
        m_source->clear();
        for (const auto& tenant : tenants)
            if (tenant.role == TenantRole::HrSource)
                m_source->addItem(tenant.name);
        m_source->setCurrentIndex(m_source->findText(source));
    }
    // A tenant being added while the list was read (right after a Save) stays as typed.
    if (m_editingSomething && m_editing.id == 0) {
        m_list->setCurrentRow(-1);
        validate();
        return;
    }
    if (select < 0) {
        m_editingSomething = false;
        m_keepBanner = false;
        m_editing = Tenant();
        m_right->setCurrentWidget(m_empty);
        return;
    }
    m_list->setCurrentRow(select);
    edit(tenants.at(select));
}

void TenantsPage::selectTenant(const QString& name)
{
    for (int i = 0; i < m_tenants.size(); ++i)
        if (m_tenants.at(i).name == name)
            m_list->setCurrentRow(i);
}

void TenantsPage::addHrSource()
{
    Tenant tenant;
    tenant.role = TenantRole::HrSource;
    tenant.type = csvKind().type;
    tenant.settings = csvKind().defaults;
    m_list->clearSelection();
    edit(tenant);
    m_name->setFocus();
}

void TenantsPage::addDirectory()
{
    Tenant tenant;
    tenant.role = TenantRole::Directory;
    tenant.type = ldapKind().type;
    tenant.settings = ldapKind().defaults;
    if (m_source->count() > 0)
        tenant.sourceTenant = m_source->itemText(0);
    m_list->clearSelection();
    edit(tenant);
    m_name->setFocus();
}

bool TenantsPage::chooseKind(const QString& kindId)
{
    const int index = m_kind->findData(kindId);
    if (index < 0 || !m_kind->isEnabled())
        return false;
    m_kind->setCurrentIndex(index);
    kindPicked(index);
    return true;
}

void TenantsPage::kindPicked(int index)
{
    if (m_editing.id != 0)
        return;   // a saved tenant keeps its kind
    const QString id = m_kind->itemData(index).toString();
    for (const auto& kind : std::as_const(m_kinds)) {
        if (kind.id != id || kind.role != m_editing.role)
            continue;
        if (m_form && m_form->kind().id == id)
            return;
        Tenant tenant = m_editing;
        tenant.name = m_name->text();
        tenant.type = kind.type;
        tenant.settings = kind.defaults;
        tenant.sourceTenant = m_source->currentText();
        edit(tenant);
        return;
    }
}

void TenantsPage::showKindChoices(TenantRole role, const ConnectorKind* current)
{
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    for (const auto& kind : std::as_const(m_kinds))
        if (kind.role == role)
            m_kind->addItem(QIcon(kind.icon), kind.title, kind.id);
    if (current) {
        m_kind->setCurrentIndex(m_kind->findData(current->id));
    } else {
        m_kind->addItem(tr("%1 (not editable in this version)").arg(m_editing.type), QString());
        m_kind->setCurrentIndex(m_kind->count() - 1);
    }
}

void TenantsPage::edit(const Tenant& tenant)
{
    // Re-showing the same tenant (after Save re-reads the list) keeps the banner's message.
    const bool another = !m_editingSomething || tenant.id != m_editing.id || tenant.id == 0;
    if (m_keepBanner)
        m_keepBanner = false;
    else if (another)
        m_banner->clear();
    if (another)
        m_connectionResult->clear();
    m_editing = tenant;
    m_editingSomething = true;
    m_right->setCurrentWidget(m_scroll);
    const bool isNew = tenant.id == 0;
    const bool directory = tenant.role == TenantRole::Directory;
    const ConnectorKind* kind = kindOf(tenant);
    m_title->setText(isNew ? (directory ? tr("New directory") : tr("New HR source")) : tenant.name);
    {
        const QSignalBlocker blockName(m_name), blockSource(m_source);
        m_name->setText(tenant.name);
        // A rename would orphan the plans, runs and keychain entry filed under the old name.
        m_name->setReadOnly(!isNew);
        m_name->setToolTip(isNew ? QString() : tr("A tenant keeps its name: plans, runs and the keychain entry refer to it."));
        m_source->setCurrentIndex(m_source->findText(tenant.sourceTenant));
    }
    m_nameEdited = false;
    showKindChoices(tenant.role, kind);
    // Chosen when the tenant is added: a saved tenant keeps its kind, its mapping is written for it.
    m_kind->setEnabled(isNew);
    m_kindSummary->setText(kind ? kind->summary : QString());
    m_kind->setToolTip(kind ? kind->summary : QString());
    m_kindSummary->setVisible(kind != nullptr);
    m_sourceLabel->setVisible(directory);
    m_sourceField->setVisible(directory);

    m_form = nullptr;
    for (auto* form : std::as_const(m_forms)) {
        const bool shown = kind && form->kind().id == kind->id;
        if (shown) {
            form->setSettings(tenant.settings, !tenant.secretRef.isEmpty());
            // A stored tenant's problems are news at once; a new one's wait for the person to type.
            if (!isNew)
                form->revealNotes();
            m_form = form;
        }
        form->setVisible(shown);
    }
    if (!kind)
        m_banner->show(ErrorBanner::Kind::Warning,
                       tr("This version cannot edit tenants of type \"%1\"; Test connection and Remove still work.")
                           .arg(tenant.type));
    setTabOrderFor(m_form);
    validate();
}

void TenantsPage::setTabOrderFor(const ConnectorForm* form)
{
    // A form orders its own fields (first to last); this links it in between the header and the
    // buttons, in the order they are read.
    QList<QWidget*> chain{m_name, m_kind, m_source};
    const qsizetype formStart = chain.size();
    if (form)
        chain << form->firstField() << form->lastField();
    chain << m_remove << m_test << m_save;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        if (!form || i != formStart)
            setTabOrder(chain.at(i), chain.at(i + 1));
}

Tenant TenantsPage::draft() const
{
    Tenant tenant = m_editing;
    tenant.name = m_name->text();
    if (m_form)
        tenant.settings = m_form->settings();
    if (tenant.role == TenantRole::Directory)
        tenant.sourceTenant = m_source->currentText();
    return tenant;
}

void TenantsPage::validate()
{
    if (!m_editingSomething)
        return;
    const Tenant tenant = draft();
    const ConnectorKind* kind = m_form ? &m_form->kind() : nullptr;
    TenantDraftCheck check;
    for (const auto& other : std::as_const(m_tenants))
        if (other.id != tenant.id)
            check.otherNames << other.name;
    if (kind) {
        check.secretGiven = !m_form->secretInput().isEmpty();
        check.storedSecretFits = storedSecretFits(*kind, m_editing, tenant);
    }
    const DraftVerdict verdict = checkTenantDraft(tenant, kind, check);
    m_problem->setText(verdict.problem);
    m_problem->setVisible(!verdict.problem.isEmpty());
    if (m_form)
        m_form->showNotes(verdict.notes);
    const auto nameNote = verdict.notes.constFind(QStringLiteral("name"));
    m_nameField->setNote(nameNote != verdict.notes.constEnd() && m_nameEdited ? &*nameNote
                                                                                                          : nullptr);
    const auto sourceNote = verdict.notes.constFind(QStringLiteral("sourceTenant"));
    m_sourceField->setNote(sourceNote != verdict.notes.constEnd() ? &*sourceNote : nullptr);

    m_save->setEnabled(verdict.problem.isEmpty() && !isBusy());
    m_save->setToolTip(verdict.problem.isEmpty() ? tr("Save the settings (and the secret, to the keychain)") : verdict.problem);
    m_test->setEnabled(!isBusy());
    const QStringList fed = App::tenantsFedFrom(m_editing, m_tenants);
    m_remove->setVisible(m_editing.id != 0);   // a new tenant is discarded by choosing another
    m_remove->setEnabled(!isBusy() && m_editing.id != 0 && fed.isEmpty());
    m_remove->setToolTip(m_editing.id == 0 ? tr("Not saved yet: choose another tenant to discard it.")
                         : !fed.isEmpty()  ? tr("Directories fed from this HR source: %1. Choose another source for them first.")
                                                .arg(fed.join(QStringLiteral(", ")))
                                           : tr("Remove the tenant and its secret"));
}

void TenantsPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    validate();
    Q_EMIT busyChanged(isBusy());
}

void TenantsPage::save()
{
    validate();
    if (!m_save->isEnabled())
        return;
    const Tenant tenant = draft();
    const App::SecretInput secret = m_form ? m_form->secretInput() : App::SecretInput();
    setBusy(true);
    m_banner->show(ErrorBanner::Kind::Information, tr("Saving %1…").arg(tenant.name));
    runInBackground(
        this,
        [&workspace = m_workspace, &secrets = m_connectors.secrets(), tenant, secret] {
            return App::saveTenant(workspace, secrets, tenant, secret);
        },
        [this, form = QPointer<ConnectorForm>(m_form)](const Models::Result<Tenant>& saved) {
            setBusy(false);
            if (!saved) {
                m_banner->showError(tr("Not saved: %1").arg(saved.error().describe()));
                return;
            }
            if (form)
                form->clearSecret();
            m_editing = *saved;
            m_wanted = saved->name;
            m_banner->show(ErrorBanner::Kind::Success, tr("Saved %1.").arg(saved->name));
            reload();
            Q_EMIT tenantsChanged();
        });
}

void TenantsPage::testConnection()
{
    const Tenant tenant = draft();
    const App::SecretInput secret = m_form ? m_form->secretInput() : App::SecretInput();
    setBusy(true);
    m_connectionResult->show(ErrorBanner::Kind::Information,
                             tr("Connecting to %1…").arg(tenant.name.isEmpty() ? tr("the tenant") : tenant.name));
    runInBackground(
        this, [&connectors = m_connectors, tenant, secret] { return App::testTenant(connectors, tenant, secret); },
        [this, form = QPointer<ConnectorForm>(m_form)](const Models::Result<QString>& result) {
            setBusy(false);
            if (result) {
                m_connectionResult->show(ErrorBanner::Kind::Success, *result);   // the connector's own words
                return;
            }
            // The headline says which of the two a person fixes differently: the credentials, or
            // everything else (the address, the certificate, the service).
            const QString headline = result.error().code == Models::ErrorCode::Authentication
                                         ? tr("Authentication failed: %1")
                                         : tr("Connection failed: %1");
            m_connectionResult->showError(headline.arg(result.error().describe()));
            // A setting the connector named (a query it could not run, a key it refused): said
            // next to that field too, if the same form is still shown.
            if (form && form == m_form)
                form->showConnectionError(result.error().context.attribute, result.error().message);
        });
}

void TenantsPage::removeTenant()
{
    if (m_editing.id == 0 || isBusy())
        return;
    const QString name = m_editing.name;
    Confirmation::ask(this, tr("Remove tenant"),
                      tr("Remove %1? Its settings and its secret in the keychain are deleted. Its mapping versions, "
                         "plans, runs and audit events stay in the workspace.")
                          .arg(name),
                      tr("Remove"), [this, name](bool yes) {
                          if (yes)
                              removeConfirmed(name);
                      });
}

void TenantsPage::removeConfirmed(const QString& name)
{
    setBusy(true);
    m_banner->show(ErrorBanner::Kind::Information, tr("Removing %1…").arg(name));
    runInBackground(
        this,
        [&workspace = m_workspace, &secrets = m_connectors.secrets(), name] {
            return App::removeTenant(workspace, secrets, name);
        },
        [this](const Models::Result<App::RemovedTenant>& removed) {
            setBusy(false);
            if (!removed) {
                m_banner->showError(tr("Not removed: %1").arg(removed.error().describe()));
                return;
            }
            m_editingSomething = false;
            m_editing = Tenant();
            m_keepBanner = true;
            if (removed->secretKept.isEmpty())
                m_banner->show(ErrorBanner::Kind::Success, tr("Removed %1.").arg(removed->name));
            else
                m_banner->show(ErrorBanner::Kind::Warning,
                               tr("Removed %1, but its secret is still in the keychain: %2")
                                   .arg(removed->name, removed->secretKept));
            reload();
            Q_EMIT tenantsChanged();
        });
}

} // namespace Tenure::Ui
