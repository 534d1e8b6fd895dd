#include "demohrsource.h"

#include "app/tenantsetup.h"
#include "app/workspace.h"
#include "connectors/hr/bamboohr/bamboohrsettings.h"
#include "connectors/hr/csv/csvworkersource.h"
#include "connectors/hr/successfactors/successfactorssettings.h"
#include "connectors/hr/workday/workdaysettings.h"
#include "demomapping.h"
#include "demoworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace Tenure::App::Demo {
namespace {

using Models::ErrorCode;
using Models::fail;

// The settings as the connector reads them back: validated, with every default written out.
template <typename Settings>
Models::Result<QJsonObject> checked(const QJsonObject& json)
{
    auto settings = Settings::fromJson(json);
    if (!settings)
        return std::unexpected(settings.error());
    return settings->toJson();
}

Models::Result<QJsonObject> settingsFor(const DemoHrConnection& c, const QString& workspacePath)
{
    const QString caFile = c.caFile.isEmpty() ? QString() : QFileInfo(c.caFile).absoluteFilePath();
    switch (c.kind) {
    case DemoHrKind::Csv: {
        const QString path = c.endpoint.isEmpty() ? QFileInfo(workspacePath).absoluteDir().filePath(workersFileName())
                                                  : QFileInfo(c.endpoint).absoluteFilePath();
        return checked<Connectors::CsvSourceSettings>({{QStringLiteral("path"), path}});
    }
    case DemoHrKind::Workday:
        return checked<Connectors::WorkdaySettings>({{QStringLiteral("endpoint"), c.endpoint},
                                                     {QStringLiteral("userName"), c.user},
                                                     {QStringLiteral("caFile"), caFile}});
    case DemoHrKind::SuccessFactors:
        return checked<Connectors::SuccessFactorsSettings>({{QStringLiteral("apiUrl"), c.endpoint},
                                                            {QStringLiteral("companyId"), c.company},
                                                            {QStringLiteral("username"), c.user},
                                                            {QStringLiteral("caFile"), caFile}});
    case DemoHrKind::BambooHr: {
        // The report brings workPhone too (the demo's desk phones), and the worker id is the
        // employeeNumber the directory knows (demoSourceNames()).
        QStringList fields = Connectors::BambooHrSettings::defaultFields();
        fields.append(demoSourceNames(DemoHrKind::BambooHr).phone);
        return checked<Connectors::BambooHrSettings>({{QStringLiteral("apiUrl"), c.endpoint},
                                                      {QStringLiteral("companyDomain"), c.company},
                                                      {QStringLiteral("caFile"), caFile},
                                                      {QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                                                      {QStringLiteral("workerIdField"),
                                                       demoSourceNames(DemoHrKind::BambooHr).workerId}});
    }
    }
    return fail(ErrorCode::InvalidInput, QStringLiteral("Unknown demo HR source"));
}

Models::Result<void> checkConnection(const DemoHrConnection& c, const QString& secret)
{
    const QString kind = demoHrKindName(c.kind);
    if (c.kind == DemoHrKind::Csv)
        return {};
    if (c.endpoint.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The %1 source needs the URL its server printed").arg(kind));
    // A local server's certificate is its own: without its CA file, TLS verification fails.
    if (c.caFile.isEmpty() || !QFileInfo(c.caFile).isReadable())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The %1 source needs the CA file its server printed (got '%2')").arg(kind, c.caFile));
    if (secret.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The %1 source needs its %2").arg(kind, c.kind == DemoHrKind::BambooHr
                                                                              ? QStringLiteral("API key")
                                                                              : QStringLiteral("password")));
    return {};
}

} // namespace

Models::Result<Models::Tenant> demoHrTenant(const DemoHrConnection& connection, const QString& workspacePath,
                                            const QString& secretRef)
{
    auto settings = settingsFor(connection, workspacePath);
    if (!settings) {
        auto error = settings.error();
        error.context.tenant = hrTenantName();
        return std::unexpected(error);
    }
    Models::Tenant tenant;
    tenant.name = hrTenantName();
    tenant.role = Models::TenantRole::HrSource;
    tenant.type = demoHrKindName(connection.kind);
    tenant.settings = *settings;
    tenant.secretRef = connection.kind == DemoHrKind::Csv ? QString() : secretRef;
    return tenant;
}

Models::Result<DemoHrSwitch> useDemoHrSource(const Workspace& workspace, SecretStore& secrets,
                                             const DemoHrConnection& connection, const QString& secret)
{
    if (auto valid = checkConnection(connection, secret); !valid)
        return std::unexpected(valid.error());
    auto current = workspace.tenants().find(hrTenantName());
    if (!current)
        return std::unexpected(current.error());
    if (auto directory = workspace.tenants().find(directoryTenantName()); !directory)
        return std::unexpected(directory.error());
    const QString secretRef = current->secretRef.isEmpty() ? secretReferenceFor(workspace.path(), hrTenantName())
                                                           : current->secretRef;
    auto tenant = demoHrTenant(connection, workspace.path(), secretRef);
    if (!tenant)
        return std::unexpected(tenant.error());
    tenant->id = current->id;

    // The secret first: settings pointing at a secret the keychain never got are worse than the
    // old settings kept.
    if (connection.kind != DemoHrKind::Csv) {
        if (auto stored = secrets.write(secretRef, secret); !stored)
            return std::unexpected(stored.error());
    }
    DemoHrSwitch result;
    tenant->sourceTenant = current->sourceTenant;
    // A demo restarted on the same source changes nothing: no save, no audit event saying so.
    const bool unchanged = tenant->type == current->type && tenant->settings == current->settings
                           && tenant->secretRef == current->secretRef && tenant->role == current->role;
    if (unchanged) {
        result.hrTenant = *current;
    } else {
        auto saved = workspace.tenants().save(*tenant);
        if (!saved)
            return std::unexpected(saved.error());
        result.hrTenant = std::move(*saved);
    }
    if (connection.kind == DemoHrKind::Csv && !current->secretRef.isEmpty())
        (void)secrets.remove(current->secretRef);   // best effort: a stale entry refers to nothing

    const auto mapping = demoMapping(demoSourceNames(connection.kind));
    auto existing = workspace.mappings().current(directoryTenantName());
    if (existing && existing->toJson() == mapping.toJson())
        return result;
    auto version = workspace.mappings().save(directoryTenantName(), mapping);
    if (!version)
        return std::unexpected(version.error());
    result.mappingVersion = *version;
    return result;
}

} // namespace Tenure::App::Demo
