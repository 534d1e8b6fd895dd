#include "tenantvalidation.h"

#include "connectors/directory/ldap/ldapsettings.h"
#include "connectors/hr/csv/csvworkersource.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("Tenure::Ui::TenantValidation", text); }

} // namespace

QString tenantProblem(const Models::Tenant& tenant, const TenantDraftCheck& check)
{
    const QString name = tenant.name.trimmed();
    if (name.isEmpty())
        return tr("Give the tenant a name.");
    if (name != tenant.name)
        return tr("The name must not start or end with spaces.");
    if (check.otherNames.contains(name, Qt::CaseInsensitive))
        return tr("Another tenant is already called \"%1\".").arg(name);
    if (name.contains(QLatin1Char('/')))
        return tr("The name must not contain \"/\" (it is part of the keychain reference).");

    if (tenant.role == Models::TenantRole::HrSource) {
        if (tenant.type != QLatin1String("csv"))
            return tr("This version edits CSV HR sources only.");
        if (auto settings = Connectors::CsvSourceSettings::fromJson(tenant.settings); !settings)
            return settings.error().message;
        if (tenant.settings.value(QStringLiteral("workerIdColumn")).toString().trimmed().isEmpty())
            return tr("Name the column that holds the worker id.");
        return {};
    }

    if (tenant.type != QLatin1String("ldap"))
        return tr("This version edits LDAP directories only.");
    if (auto settings = Connectors::LdapSettings::fromJson(tenant.settings); !settings)
        return settings.error().message;
    if (tenant.sourceTenant.isEmpty())
        return tr("Choose the HR source this directory is fed from.");
    if (tenant.secretRef.isEmpty() && !check.passwordTyped)
        return tr("Enter the bind password; it is stored in the keychain, never in the workspace.");
    return {};
}

QString secretReferenceFor(const QString& workspacePath, const QString& tenantName)
{
    return workspacePath + QLatin1Char('/') + tenantName;
}

} // namespace Tenure::Ui
