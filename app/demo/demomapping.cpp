#include "demomapping.h"

#include "connectors/directory/ldap/ldapsettings.h"
#include "connectors/hr/csv/csvworkersource.h"
#include "models/domain/operation.h"
#include "models/lifecycle/lifecyclepolicy.h"

namespace Tenure::App::Demo {
namespace {

Models::AttributeMapping expression(const char* target, const QString& text,
                                    Models::ApplyWhen apply = Models::ApplyWhen::Always)
{
    return Models::AttributeMapping::fromExpression(QLatin1String(target), text, apply);
}

// "[Name]": a source attribute in an expression.
QString field(const QString& name) { return u'[' + name + u']'; }

// A login name from the mail address HR gives out, whose local part is already "first.last" in
// ASCII (the HR system folds "Đỗ" and "Łukasz" fully; Microsoft's NormalizeDiacritics table
// would leave "Đ" and "ỗ", and a login is plain letters and digits): the parts, lower case, with
// anything but a-z and 0-9 removed.
QString login(const QString& parts)
{
    return QStringLiteral(R"(ToLower(Replace(%1, , "[^A-Za-z0-9]", , "", , )))").arg(parts);
}

// jgarcia, else josegarcia, else jgarcia10042 (the worker number, which is unique).
QString uniqueLogin(const DemoSourceNames& names)
{
    const QString first = QStringLiteral(R"(Word(%1, 1, "."))").arg(field(names.email));
    const QString last = QStringLiteral(R"(Word(Word(%1, 1, "@"), 2, "."))").arg(field(names.email));
    return QStringLiteral("SelectUniqueValue(%1, %2, %3)")
        .arg(login(QStringLiteral(R"(Join("", Left(%1, 1), %2))").arg(first, last)),
             login(QStringLiteral(R"(Join("", %1, %2))").arg(first, last)),
             login(QStringLiteral(R"(Join("", Left(%1, 1), %2, Mid(%3, 2, 10)))").arg(first, last, field(names.workerId))));
}

// The worker type as the directory names it: Switch(source, default, key, value, …) with the
// source's own value as the default, so only the renamed values change.
Models::AttributeMapping employeeType(const DemoSourceNames& names)
{
    if (names.workerTypeRenames.isEmpty())
        return Models::AttributeMapping::direct(QStringLiteral("employeeType"), names.workerType);
    QString text = QStringLiteral("Switch(%1, %1").arg(field(names.workerType));
    for (const auto& [from, to] : names.workerTypeRenames)
        text += QStringLiteral(R"(, "%1", "%2")").arg(from, to);
    text += u')';
    return Models::AttributeMapping::fromExpression(QStringLiteral("employeeType"), text);
}

} // namespace

QString suffixDn() { return QStringLiteral("dc=example,dc=test"); }
QString peopleDn() { return QStringLiteral("ou=People,") + suffixDn(); }
QString adminDn() { return QStringLiteral("cn=admin,") + suffixDn(); }
QString hrTenantName() { return QStringLiteral("HR"); }
QString directoryTenantName() { return QStringLiteral("Directory"); }
QString departmentDn(const QString& department) { return QStringLiteral("ou=%1,%2").arg(department, peopleDn()); }
QString unassignedDepartment() { return QStringLiteral("Unassigned"); }

Models::MappingSet demoMapping(const DemoSourceNames& names)
{
    using Models::AttributeMapping;
    const auto direct = [](const char* target, const QString& source) {
        return AttributeMapping::direct(QLatin1String(target), source);
    };
    const QString first = field(names.firstName);
    const QString last = field(names.lastName);
    const QString department = field(names.department);
    Models::MappingSet set;
    set.attributes = {
        // A login name is kept when the name changes later: set on create only.
        expression("uid", uniqueLogin(names), Models::ApplyWhen::OnCreate),
        expression("cn", QStringLiteral(R"(Join(" ", %1, %2))").arg(first, last)),
        expression("displayName", QStringLiteral(R"e(Join(" ", %1, %2, IIF(%3 = "Contractor", "(Contractor)", "")))e")
                                      .arg(first, last, field(names.workerType))),
        // The demo's department names need no DN escaping (letters and spaces).
        expression(Models::ParentDnAttribute,
                   QStringLiteral(R"(Join(",", Join("=", "ou", IIF(IsNullOrEmpty(%1), "%2", %1)), "%3"))")
                       .arg(department, unassignedDepartment(), peopleDn())),
        direct("sn", names.lastName),
        direct("givenName", names.firstName),
        direct("mail", names.email),
        direct("title", names.jobTitle),
        direct("departmentNumber", names.department),
        direct("l", names.location),
        employeeType(names),
    };
    if (!names.phone.isEmpty())
        set.attributes.append(direct("telephoneNumber", names.phone));
    set.attributes.append(direct("employeeNumber", names.workerId));
    // Set once; admins may rename the organisation in the directory without a sync undoing it.
    set.attributes.append(
        AttributeMapping::constantValue(QStringLiteral("o"), QStringLiteral("Example Corp"), Models::ApplyWhen::OnCreate));
    // A worker finds their account by WorkerID = employeeNumber, and by nothing else.
    for (auto& mapping : set.attributes) {
        if (mapping.target == QLatin1String("employeeNumber"))
            mapping.matchingPrecedence = 1;
    }
    set.lifecycle = names.lifecycle;
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
