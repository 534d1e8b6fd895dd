#include "tenantspage.h"

#include "app/connectorfactory.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "backgroundcall.h"
#include "csvform.h"
#include "errorbanner.h"
#include "ldapform.h"
#include "tenantvalidation.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

using Models::Tenant;
using Models::TenantRole;

QString roleLine(const Tenant& tenant)
{
    if (tenant.role == TenantRole::HrSource)
        return QCoreApplication::translate("Tenure::Ui::TenantsPage", "HR source · %1").arg(tenant.type.toUpper());
    return QCoreApplication::translate("Tenure::Ui::TenantsPage", "Directory · %1 · fed from %2")
        .arg(tenant.type.toUpper(), tenant.sourceTenant.isEmpty() ? QStringLiteral("—") : tenant.sourceTenant);
}

// The name row and the form below it are separate QFormLayouts; one label width for all of them
// lines their fields up as if they were one form.
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

// Test a directory with the password as typed, before it is saved: a throwaway in-memory store
// stands in for the keychain, so the connector is still built by the one ConnectorFactory.
Models::Result<QString> testDirectory(App::ConnectorFactory& connectors, Tenant tenant, const QString& typedPassword)
{
    App::MemorySecretStore typed;
    App::ConnectorFactory withTyped(typed);
    const bool useTyped = !typedPassword.isEmpty();
    if (useTyped) {
        if (tenant.secretRef.isEmpty())
            tenant.secretRef = QStringLiteral("typed");
        (void)typed.write(tenant.secretRef, typedPassword);
    }
    auto directory = (useTyped ? withTyped : connectors).directory(tenant);
    if (!directory)
        return std::unexpected(directory.error());
    return (*directory)->testConnection();
}

} // namespace

TenantsPage::TenantsPage(App::Workspace& workspace, App::ConnectorFactory& connectors, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_connectors(connectors), m_list(new QListWidget(this)),
      m_addHr(new QPushButton(this)), m_addDirectory(new QPushButton(this)), m_right(new QStackedWidget(this)),
      m_empty(new QLabel(this)), m_title(new QLabel(this)), m_banner(new ErrorBanner(this)),
      m_name(new QLineEdit(this)), m_sourceLabel(new QLabel(this)), m_source(new QComboBox(this)),
      m_forms(new QStackedWidget(this)), m_csv(new CsvForm(this)), m_ldap(new LdapForm(this)),
      m_problem(new QLabel(this)), m_test(new QPushButton(this)), m_save(new QPushButton(this))
{
    buildLayout();
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_tenants.size())
            edit(m_tenants.at(row));
    });
    connect(m_addHr, &QPushButton::clicked, this, &TenantsPage::addHrSource);
    connect(m_addDirectory, &QPushButton::clicked, this, &TenantsPage::addDirectory);
    connect(m_save, &QPushButton::clicked, this, &TenantsPage::save);
    connect(m_test, &QPushButton::clicked, this, &TenantsPage::testConnection);
    connect(m_name, &QLineEdit::textChanged, this, &TenantsPage::validate);
    connect(m_source, &QComboBox::currentTextChanged, this, &TenantsPage::validate);
    connect(m_csv, &CsvForm::changed, this, &TenantsPage::validate);
    connect(m_ldap, &LdapForm::changed, this, &TenantsPage::validate);
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
    m_empty->setText(tr("This workspace has no tenants yet. Add the HR source first (the CSV export HR "
                        "gives you), then the directory it feeds."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("font-size: 12pt; color: #4b5763;"));

    m_title->setObjectName(QStringLiteral("tenantTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_name->setObjectName(QStringLiteral("tenantName"));
    m_name->setAccessibleName(tr("Tenant name"));
    m_source->setObjectName(QStringLiteral("tenantSource"));
    m_source->setAccessibleName(tr("HR source this directory is fed from"));
    m_sourceLabel->setText(tr("Fed &from:"));
    m_sourceLabel->setBuddy(m_source);
    auto* header = new QFormLayout;
    header->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    header->addRow(tr("&Name:"), m_name);
    header->addRow(m_sourceLabel, m_source);
    m_forms->addWidget(m_csv);
    m_forms->addWidget(m_ldap);
    alignLabelColumns({header, qobject_cast<QFormLayout*>(m_csv->layout()), qobject_cast<QFormLayout*>(m_ldap->layout())});

    m_problem->setObjectName(QStringLiteral("tenantProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
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
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);

    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_title);
    editorLayout->addWidget(m_banner);
    editorLayout->addLayout(header);
    editorLayout->addWidget(m_forms);
    editorLayout->addLayout(buttons);
    editorLayout->addStretch(1);
    // Forms read best at a measure; a full-width URL field on a wide screen does not.
    editor->setMaximumWidth(760);

    m_right->addWidget(m_empty);
    m_right->addWidget(editor);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(16);
    layout->addLayout(left);
    layout->addWidget(m_right, 1, Qt::AlignTop);
}

void TenantsPage::reload()
{
    runInBackground(this, [&workspace = m_workspace] { return workspace.tenants().list(); },
                    [this](const Models::Result<QList<Tenant>>& tenants) {
                        if (!tenants) {
                            m_right->setCurrentIndex(1);
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
        auto* item = new QListWidgetItem(QIcon(tenant.role == TenantRole::HrSource ? QStringLiteral(":/icons/audit.svg")
                                                                                   : QStringLiteral(":/icons/tenants.svg")),
                                         tenant.name + QLatin1Char('\n') + roleLine(tenant), m_list);
        item->setData(Qt::AccessibleTextRole, QString(tenant.name + QStringLiteral(", ") + roleLine(tenant)));
        if (tenant.name == wanted)
            select = i;
    }
    m_source->clear();
    for (const auto& tenant : tenants)
        if (tenant.role == TenantRole::HrSource)
            m_source->addItem(tenant.name);
    if (select < 0) {
        m_editingSomething = false;
        m_right->setCurrentIndex(0);
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
    tenant.type = QStringLiteral("csv");
    tenant.settings = {{QStringLiteral("delimiter"), QStringLiteral("auto")},
                       {QStringLiteral("workerIdColumn"), QStringLiteral("WorkerID")}};
    m_list->clearSelection();
    edit(tenant);
    m_name->setFocus();
}

void TenantsPage::addDirectory()
{
    Tenant tenant;
    tenant.role = TenantRole::Directory;
    tenant.type = QStringLiteral("ldap");
    tenant.settings = {{QStringLiteral("verifyCertificate"), true}};
    if (m_source->count() > 0)
        tenant.sourceTenant = m_source->itemText(0);
    m_list->clearSelection();
    edit(tenant);
    m_name->setFocus();
}

void TenantsPage::edit(const Tenant& tenant)
{
    // Re-showing the same tenant (after Save re-reads the list) keeps the banner's message.
    if (!m_editingSomething || tenant.id != m_editing.id || tenant.id == 0)
        m_banner->clear();
    m_editing = tenant;
    m_editingSomething = true;
    m_right->setCurrentIndex(1);
    const bool isNew = tenant.id == 0;
    const bool directory = tenant.role == TenantRole::Directory;
    m_title->setText(isNew ? (directory ? tr("New directory") : tr("New HR source")) : tenant.name);
    {
        const QSignalBlocker blockName(m_name), blockSource(m_source);
        m_name->setText(tenant.name);
        // A rename would orphan the plans, runs and keychain entry filed under the old name.
        m_name->setReadOnly(!isNew);
        m_name->setToolTip(isNew ? QString() : tr("A tenant keeps its name: plans, runs and the keychain entry refer to it."));
        m_source->setCurrentIndex(m_source->findText(tenant.sourceTenant));
    }
    m_sourceLabel->setVisible(directory);
    m_source->setVisible(directory);
    if (directory) {
        m_ldap->setSettings(tenant.settings, !tenant.secretRef.isEmpty());
        m_forms->setCurrentWidget(m_ldap);
    } else {
        m_csv->setSettings(tenant.settings);
        m_forms->setCurrentWidget(m_csv);
    }
    m_forms->setFixedHeight(m_forms->currentWidget()->sizeHint().height());
    setTabOrder(m_name, m_source);
    setTabOrder(m_source, directory ? m_ldap->firstField() : m_csv->firstField());
    setTabOrder(directory ? m_ldap->lastField() : m_csv->lastField(), m_test);
    setTabOrder(m_test, m_save);
    validate();
}

Tenant TenantsPage::draft() const
{
    Tenant tenant = m_editing;
    tenant.name = m_name->text();
    if (tenant.role == TenantRole::Directory) {
        tenant.settings = m_ldap->settings();
        tenant.sourceTenant = m_source->currentText();
    } else {
        tenant.settings = m_csv->settings();
    }
    return tenant;
}

void TenantsPage::validate()
{
    if (!m_editingSomething)
        return;
    const Tenant tenant = draft();
    TenantDraftCheck check;
    for (const auto& other : std::as_const(m_tenants))
        if (other.id != tenant.id)
            check.otherNames << other.name;
    check.passwordTyped = !m_ldap->typedPassword().isEmpty();
    const QString problem = tenantProblem(tenant, check);
    m_problem->setText(problem);
    m_save->setEnabled(problem.isEmpty() && !isBusy());
    m_save->setToolTip(problem.isEmpty() ? tr("Save the settings (and the password, to the keychain)") : problem);
    m_test->setEnabled(!isBusy());
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
    Tenant tenant = draft();
    const QString password = tenant.role == TenantRole::Directory ? m_ldap->typedPassword() : QString();
    if (!password.isEmpty() && tenant.secretRef.isEmpty())
        tenant.secretRef = secretReferenceFor(m_workspace.path(), tenant.name);
    setBusy(true);
    m_banner->show(ErrorBanner::Kind::Information, tr("Saving %1…").arg(tenant.name));
    runInBackground(
        this,
        [&workspace = m_workspace, &secrets = m_connectors.secrets(), tenant, password]() -> Models::Result<Tenant> {
            // The secret first: settings that point at a password the keychain never got are worse
            // than settings not saved at all.
            if (!password.isEmpty())
                if (auto stored = secrets.write(tenant.secretRef, password); !stored)
                    return std::unexpected(stored.error());
            return workspace.tenants().save(tenant);
        },
        [this](const Models::Result<Tenant>& saved) {
            setBusy(false);
            if (!saved) {
                m_banner->showError(tr("Not saved: %1").arg(saved.error().describe()));
                return;
            }
            m_ldap->clearPassword();
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
    const QString password = m_ldap->typedPassword();
    setBusy(true);
    m_banner->show(ErrorBanner::Kind::Information, tr("Connecting to %1…").arg(tenant.name.isEmpty() ? tr("the tenant") : tenant.name));
    runInBackground(
        this,
        [&connectors = m_connectors, tenant, password]() -> Models::Result<QString> {
            if (tenant.role == TenantRole::HrSource) {
                auto source = connectors.hrSource(tenant);
                if (!source)
                    return std::unexpected(source.error());
                return (*source)->testConnection();
            }
            return testDirectory(connectors, tenant, password);
        },
        [this](const Models::Result<QString>& result) {
            setBusy(false);
            if (result)
                m_banner->show(ErrorBanner::Kind::Success, *result);   // the connector's own words
            else
                m_banner->showError(tr("Connection failed: %1").arg(result.error().describe()));
        });
}

} // namespace Tenure::Ui
