#include "consoleworkspace.h"

#include "resources/initresources.h"
#include "ui/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

namespace Tenure::Tests {
namespace {

Models::MappingSet directoryMapping()
{
    using Models::ApplyWhen;
    using Models::AttributeMapping;
    auto employeeNumber = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
    employeeNumber.matchingPrecedence = 1;
    Models::MappingSet set;
    set.attributes = {
        AttributeMapping::direct(QStringLiteral("uid"), QStringLiteral("WorkerID"), ApplyWhen::OnCreate),
        AttributeMapping::direct(QStringLiteral("cn"), QStringLiteral("DisplayName")),
        AttributeMapping::direct(QStringLiteral("sn"), QStringLiteral("LastName")),
        AttributeMapping::direct(QStringLiteral("givenName"), QStringLiteral("FirstName"), ApplyWhen::OnCreate),
        AttributeMapping::direct(QStringLiteral("title"), QStringLiteral("Title")),
        employeeNumber,
    };
    return set;
}

} // namespace

ConsoleWorkspace::ConsoleWorkspace()
{
    // The window remembers its layout; keep that out of the tester's own settings.
    QCoreApplication::setOrganizationName(QStringLiteral("TenureTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TenureTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    Ui::initResources();
    Ui::loadTranslations(*QCoreApplication::instance());
}

bool ConsoleWorkspace::failWith(const QString& error)
{
    m_error = error;
    return false;
}

QString ConsoleWorkspace::person(const QString& peopleDn, const QString& id, const QString& cn, const QString& sn,
                                 const QString& title)
{
    return QStringLiteral("dn: uid=%1,%2\nobjectClass: inetOrgPerson\nuid: %1\ncn: %3\nsn: %4\ngivenName: %5\n"
                          "title: %6\nemployeeNumber: %1\nuserPassword: pw-%1\n\n")
        .arg(id, peopleDn, cn, sn, cn.section(QLatin1Char(' '), 0, 0), title);
}

bool ConsoleWorkspace::saveMapping(const QString& tenant)
{
    if (auto saved = m_workspace->mappings().save(tenant, directoryMapping()); !saved)
        return failWith(saved.error().describe());
    return true;
}

bool ConsoleWorkspace::create(const QByteArray& csv, const QString& seedLdif)
{
    if (!m_slapd.start())
        return failWith(m_slapd.errorString());
    if (!seedLdif.isEmpty() && !m_slapd.ldif(seedLdif))
        return failWith(QStringLiteral("cannot seed the directory"));
    const QString csvPath = m_dir.filePath(QStringLiteral("workers.csv"));
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return failWith(file.errorString());
    file.close();

    auto workspace = App::Workspace::open(m_dir.filePath(QStringLiteral("console.tenure")));
    if (!workspace)
        return failWith(workspace.error().describe());
    m_workspace = std::move(*workspace);

    Models::Tenant hr;
    hr.name = QStringLiteral("HR");
    hr.role = Models::TenantRole::HrSource;
    hr.type = QStringLiteral("csv");
    hr.settings = {{QStringLiteral("path"), csvPath},
                   {QStringLiteral("delimiter"), QStringLiteral("auto")},
                   {QStringLiteral("workerIdColumn"), QStringLiteral("WorkerID")}};
    Models::Tenant directory;
    directory.name = QStringLiteral("Directory");
    directory.type = QStringLiteral("ldap");
    directory.settings = m_slapd.ldapSettings(true);
    directory.secretRef = m_workspace->path() + QStringLiteral("/Directory");
    directory.sourceTenant = hr.name;
    for (const auto& tenant : {hr, directory})
        if (auto saved = m_workspace->tenants().save(tenant); !saved)
            return failWith(saved.error().describe());
    if (auto stored = m_secrets.write(directory.secretRef, m_slapd.password()); !stored)
        return failWith(stored.error().describe());
    return saveMapping(directory.name);
}

} // namespace Tenure::Tests
