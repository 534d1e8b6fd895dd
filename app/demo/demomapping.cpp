#include "demomapping.h"

#include "connectors/directory/ldap/ldapsettings.h"
#include "connectors/hr/csv/csvworkersource.h"
#include "models/lifecycle/lifecyclepolicy.h"

namespace Tenure::App::Demo {
namespace {

Models::AttributeMapping direct(const char* target, const char* source)
{
    return Models::AttributeMapping::direct(QLatin1String(target), QLatin1String(source));
}

} // namespace

QString suffixDn() { return QStringLiteral("dc=example,dc=test"); }
QString peopleDn() { return QStringLiteral("ou=People,") + suffixDn(); }
QString adminDn() { return QStringLiteral("cn=admin,") + suffixDn(); }
QString hrTenantName() { return QStringLiteral("HR"); }
QString directoryTenantName() { return QStringLiteral("Directory"); }

Models::MappingSet demoMapping()
{
    Models::MappingSet set;
    set.attributes = {
        direct("uid", "WorkerID"),
        direct("cn", "DisplayName"),
        direct("displayName", "DisplayName"),
        direct("sn", "LastName"),
        direct("givenName", "FirstName"),
        direct("mail", "Email"),
        direct("title", "JobTitle"),
        direct("departmentNumber", "Department"),
        direct("l", "Location"),
        direct("employeeType", "WorkerType"),
        direct("telephoneNumber", "Phone"),
        direct("employeeNumber", "WorkerID"),
        // Set once; admins may rename the organisation in the directory without a sync undoing it.
        Models::AttributeMapping::constantValue(QStringLiteral("o"), QStringLiteral("Example Corp"),
                                                Models::ApplyWhen::OnCreate),
    };
    // A worker finds their account by WorkerID = employeeNumber, and by nothing else.
    for (auto& mapping : set.attributes) {
        if (mapping.target == QLatin1String("employeeNumber"))
            mapping.matchingPrecedence = 1;
    }
    // The defaults name the demo's own columns; spelled out so the demo does not change with them.
    set.lifecycle.status = QStringLiteral("Status");
    set.lifecycle.terminatedValues = {QStringLiteral("Terminated")};
    set.lifecycle.hireDate = QStringLiteral("HireDate");
    set.lifecycle.displayName = QStringLiteral("DisplayName");
    return set;
}

Models::Tenant demoHrTenant(const QString& csvPath)
{
    Connectors::CsvSourceSettings settings;
    settings.path = csvPath;
    Models::Tenant tenant;
    tenant.name = hrTenantName();
    tenant.role = Models::TenantRole::HrSource;
    tenant.type = QStringLiteral("csv");
    tenant.settings = settings.toJson();
    return tenant;
}

Models::Tenant demoDirectoryTenant(const QString& ldapsUrl, const QString& caFile, const QString& secretRef)
{
    Connectors::LdapSettings settings;
    settings.url = ldapsUrl;
    settings.caFile = caFile;
    settings.verifyCertificate = true;
    settings.bindDn = adminDn();
    settings.baseDn = peopleDn();
    settings.accountContainer = peopleDn();
    Models::Tenant tenant;
    tenant.name = directoryTenantName();
    tenant.role = Models::TenantRole::Directory;
    tenant.type = QStringLiteral("ldap");
    tenant.settings = settings.toJson();
    // The demo's first run disables 35 accounts, over the default threshold for 1,800 accounts
    // (19): allow 50, so a first run goes through; rehires still wait for a second person.
    Models::LifecyclePolicy policy;
    policy.maxDisables = 50;
    tenant.settings.insert(QStringLiteral("policy"), policy.toJson());
    tenant.secretRef = secretRef;
    tenant.sourceTenant = hrTenantName();
    return tenant;
}

} // namespace Tenure::App::Demo
