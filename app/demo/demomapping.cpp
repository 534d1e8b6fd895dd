#include "demomapping.h"

#include "connectors/directory/ldap/ldapsettings.h"
#include "connectors/hr/csv/csvworkersource.h"
#include "models/domain/operation.h"
#include "models/lifecycle/lifecyclepolicy.h"

namespace Tenure::App::Demo {
namespace {

Models::AttributeMapping direct(const char* target, const char* source)
{
    return Models::AttributeMapping::direct(QLatin1String(target), QLatin1String(source));
}

Models::AttributeMapping expression(const char* target, const QString& text,
                                    Models::ApplyWhen apply = Models::ApplyWhen::Always)
{
    return Models::AttributeMapping::fromExpression(QLatin1String(target), text, apply);
}

// A login name from the mail address HR gives out, whose local part is already "first.last" in
// ASCII (the HR system folds "Đỗ" and "Łukasz" fully; Microsoft's NormalizeDiacritics table
// would leave "Đ" and "ỗ", and a login is plain letters and digits): the parts, lower case, with
// anything but a-z and 0-9 removed.
QString login(const QString& parts)
{
    return QStringLiteral(R"(ToLower(Replace(%1, , "[^A-Za-z0-9]", , "", , )))").arg(parts);
}

// jgarcia, else josegarcia, else jgarcia10042 (the worker number, which is unique).
QString uniqueLogin()
{
    const QString first = QStringLiteral(R"(Word([Email], 1, "."))");
    const QString last = QStringLiteral(R"(Word(Word([Email], 1, "@"), 2, "."))");
    return QStringLiteral("SelectUniqueValue(%1, %2, %3)")
        .arg(login(QStringLiteral(R"(Join("", Left(%1, 1), %2))").arg(first, last)),
             login(QStringLiteral(R"(Join("", %1, %2))").arg(first, last)),
             login(QStringLiteral(R"(Join("", Left(%1, 1), %2, Mid([WorkerID], 2, 10)))").arg(first, last)));
}

} // namespace

QString suffixDn() { return QStringLiteral("dc=example,dc=test"); }
QString peopleDn() { return QStringLiteral("ou=People,") + suffixDn(); }
QString adminDn() { return QStringLiteral("cn=admin,") + suffixDn(); }
QString hrTenantName() { return QStringLiteral("HR"); }
QString directoryTenantName() { return QStringLiteral("Directory"); }
QString departmentDn(const QString& department) { return QStringLiteral("ou=%1,%2").arg(department, peopleDn()); }
QString unassignedDepartment() { return QStringLiteral("Unassigned"); }

Models::MappingSet demoMapping()
{
    Models::MappingSet set;
    set.attributes = {
        // A login name is kept when the name changes later: set on create only.
        expression("uid", uniqueLogin(), Models::ApplyWhen::OnCreate),
        expression("cn", QStringLiteral(R"(Join(" ", [FirstName], [LastName]))")),
        expression("displayName",
                   QStringLiteral(R"e(Join(" ", [FirstName], [LastName], IIF([WorkerType] = "Contractor", "(Contractor)", "")))e")),
        // The demo's department names need no DN escaping (letters and spaces).
        expression(Models::ParentDnAttribute,
                   QStringLiteral(R"(Join(",", Join("=", "ou", IIF(IsNullOrEmpty([Department]), "%1", [Department])), "%2"))")
                       .arg(unassignedDepartment(), peopleDn())),
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
