#include "connectorfactory.h"

#include "connectors/directory/entrainbound/entrainboundtarget.h"
#include "connectors/directory/graph/graphdirectory.h"
#include "connectors/directory/ldap/activedirectorytarget.h"
#include "connectors/directory/ldap/ldapdirectory.h"
#include "connectors/directory/ldap/ldapsettings.h"
#include "connectors/directory/scim/scimdirectory.h"
#include "connectors/hr/bamboohr/bamboohrsource.h"
#include "connectors/hr/csv/csvworkersource.h"
#include "connectors/hr/scim/scimbulkfilesource.h"
#include "connectors/hr/sql/sqlworkersource.h"
#include "connectors/hr/successfactors/successfactorssource.h"
#include "connectors/hr/workday/workdayworkersource.h"
#include "initialpasswords.h"
#include "secrets/secretstore.h"

namespace Tenure::App {
namespace {

using Models::ErrorCode;

Models::Error withTenant(Models::Error error, const QString& tenant)
{
    error.context.tenant = tenant;
    return error;
}

} // namespace

Models::Result<std::unique_ptr<Connectors::HrSource>> ConnectorFactory::hrSource(const Models::Tenant& tenant)
{
    if (tenant.role != Models::TenantRole::HrSource)
        return Models::fail(ErrorCode::InvalidInput, QStringLiteral("Tenant '%1' is not an HR source").arg(tenant.name));
    if (tenant.type == QLatin1String("csv")) {
        auto settings = Connectors::CsvSourceSettings::fromJson(tenant.settings);
        if (!settings)
            return std::unexpected(withTenant(settings.error(), tenant.name));
        return std::make_unique<Connectors::CsvWorkerSource>(std::move(*settings));
    }
    if (tenant.type == QLatin1String("scim-bulk-file")) {
        auto settings = Connectors::ScimBulkFileSettings::fromJson(tenant.settings);
        if (!settings)
            return std::unexpected(withTenant(settings.error(), tenant.name));
        return std::make_unique<Connectors::ScimBulkFileSource>(std::move(*settings));
    }
    if (tenant.type == QLatin1String("sql")) {
        // The database password by reference; none for SQLite or an ODBC DSN that holds its own.
        auto settings = Connectors::SqlSourceSettings::fromJson(tenant.settings);
        if (!settings)
            return std::unexpected(withTenant(settings.error(), tenant.name));
        QString password;
        if (!tenant.secretRef.isEmpty()) {
            auto secret = m_secrets.read(tenant.secretRef);
            if (!secret)
                return std::unexpected(withTenant(secret.error(), tenant.name));
            password = std::move(*secret);
        }
        return std::make_unique<Connectors::SqlWorkerSource>(std::move(*settings), std::move(password));
    }
    if (tenant.type == QLatin1String("workday")) {
        // Workday's Human_Resources web service; the secret is the integration user's password
        // (settings.userName names the user, workdaysettings.h lists every key).
        auto settings = Connectors::WorkdaySettings::fromJson(tenant.settings);
        if (!settings)
            return std::unexpected(withTenant(settings.error(), tenant.name));
        if (tenant.secretRef.isEmpty())
            return Models::fail(ErrorCode::Secrets,
                                QStringLiteral("Workday source '%1' has no integration user password; set it on the Tenants page")
                                    .arg(tenant.name),
                                {}, {tenant.name, {}, {}, 0});
        auto password = m_secrets.read(tenant.secretRef);
        if (!password)
            return std::unexpected(withTenant(password.error(), tenant.name));
        auto source = Connectors::WorkdayWorkerSource::create(std::move(*settings), std::move(*password));
        if (!source)
            return std::unexpected(withTenant(source.error(), tenant.name));
        return std::unique_ptr<Connectors::HrSource>(std::move(*source));
    }
    if (tenant.type == QLatin1String("successfactors")) {
        // SAP SuccessFactors; the secret is the API user's password (successfactorssettings.h
        // lists every key).
        auto settings = Connectors::SuccessFactorsSettings::fromJson(tenant.settings);
        if (!settings)
            return std::unexpected(withTenant(settings.error(), tenant.name));
        if (tenant.secretRef.isEmpty())
            return Models::fail(ErrorCode::Secrets,
                                QStringLiteral("SuccessFactors source '%1' has no API user password; set it on the "
                                               "Tenants page")
                                    .arg(tenant.name),
                                {}, {tenant.name, {}, {}, 0});
        auto password = m_secrets.read(tenant.secretRef);
        if (!password)
            return std::unexpected(withTenant(password.error(), tenant.name));
        auto source = Connectors::SuccessFactorsSource::create(std::move(*settings), *password);
        if (!source)
            return std::unexpected(withTenant(source.error(), tenant.name));
        return std::unique_ptr<Connectors::HrSource>(std::move(*source));
    }
    if (tenant.type == QLatin1String("bamboohr")) {
        // BambooHR; the secret is the API key (bamboohrsettings.h lists every key).
        auto settings = Connectors::BambooHrSettings::fromJson(tenant.settings);
        if (!settings)
            return std::unexpected(withTenant(settings.error(), tenant.name));
        if (tenant.secretRef.isEmpty())
            return Models::fail(ErrorCode::Secrets,
                                QStringLiteral("BambooHR source '%1' has no API key; set it on the Tenants page")
                                    .arg(tenant.name),
                                {}, {tenant.name, {}, {}, 0});
        auto apiKey = m_secrets.read(tenant.secretRef);
        if (!apiKey)
            return std::unexpected(withTenant(apiKey.error(), tenant.name));
        auto source = Connectors::BambooHrSource::create(std::move(*settings), *apiKey);
        if (!source)
            return std::unexpected(withTenant(source.error(), tenant.name));
        return std::unique_ptr<Connectors::HrSource>(std::move(*source));
    }
    return Models::fail(ErrorCode::InvalidInput,
                        QStringLiteral("HR source '%1' has type '%2', which this version cannot read").arg(tenant.name, tenant.type));
}

Models::Result<std::unique_ptr<Connectors::DirectoryTarget>>
ConnectorFactory::directory(const Models::Tenant& tenant, std::optional<Models::InitialPasswordIndex> passwords)
{
    if (tenant.role != Models::TenantRole::Directory)
        return Models::fail(ErrorCode::InvalidInput, QStringLiteral("Tenant '%1' is not a directory").arg(tenant.name));
    if (tenant.type == QLatin1String("ldap")) {
        auto settings = Connectors::LdapSettings::fromJson(tenant.settings);
        if (!settings)
            return std::unexpected(withTenant(settings.error(), tenant.name));
        if (tenant.secretRef.isEmpty())
            return Models::fail(ErrorCode::Secrets,
                                QStringLiteral("Directory '%1' has no bind password; set it on the Tenants page").arg(tenant.name),
                                {}, {tenant.name, {}, {}, 0});
        auto password = m_secrets.read(tenant.secretRef);
        if (!password)
            return std::unexpected(withTenant(password.error(), tenant.name));
        // A new AD account's initial password goes to the SecretStore, under a reference the run
        // outcome names ("password set; handed over once as secret tenure/<tenant>/initial-password/<DN>"),
        // listed in the workspace until an administrator collects it once (initialpasswords.h).
        if (settings->isActiveDirectory())
            return std::make_unique<Connectors::ActiveDirectoryTarget>(
                std::move(*settings), std::move(*password),
                initialPasswordHandover(m_secrets, tenant.name, std::move(passwords)));
        return std::make_unique<Connectors::LdapDirectory>(std::move(*settings), std::move(*password));
    }
    if (tenant.type == QLatin1String("graph") || tenant.type == QLatin1String("entra-inbound")) {
        // Entra ID through Microsoft Graph; the secret is the app's client secret, or its PEM
        // certificate and key when settings.credential is "certificate".
        if (tenant.secretRef.isEmpty())
            return Models::fail(ErrorCode::Secrets,
                                QStringLiteral("Directory '%1' has no app credential; set it on the Tenants page").arg(tenant.name),
                                {}, {tenant.name, {}, {}, 0});
        auto credential = m_secrets.read(tenant.secretRef);
        if (!credential)
            return std::unexpected(withTenant(credential.error(), tenant.name));
        Models::Result<std::unique_ptr<Connectors::DirectoryTarget>> target;
        if (tenant.type == QLatin1String("graph")) {
            auto settings = Connectors::GraphSettings::fromJson(tenant.settings);
            if (!settings)
                return std::unexpected(withTenant(settings.error(), tenant.name));
            target = Connectors::GraphDirectory::create(std::move(*settings), std::move(*credential));
        } else {
            auto settings = Connectors::EntraInboundSettings::fromJson(tenant.settings);
            if (!settings)
                return std::unexpected(withTenant(settings.error(), tenant.name));
            target = Connectors::EntraInboundTarget::create(std::move(*settings), std::move(*credential));
        }
        if (!target)
            return std::unexpected(withTenant(target.error(), tenant.name));
        return target;
    }
    if (tenant.type == QLatin1String("scim")) {
        auto settings = Connectors::ScimSettings::fromJson(tenant.settings);
        if (!settings)
            return std::unexpected(withTenant(settings.error(), tenant.name));
        if (tenant.secretRef.isEmpty())
            return Models::fail(ErrorCode::Secrets,
                                QStringLiteral("SCIM directory '%1' has no bearer token; set it on the Tenants page").arg(tenant.name),
                                {}, {tenant.name, {}, {}, 0});
        auto token = m_secrets.read(tenant.secretRef);
        if (!token)
            return std::unexpected(withTenant(token.error(), tenant.name));
        return std::make_unique<Connectors::ScimDirectory>(std::move(*settings), std::move(*token));
    }
    return Models::fail(ErrorCode::InvalidInput,
                        QStringLiteral("Directory '%1' has type '%2', which this version cannot write").arg(tenant.name, tenant.type));
}

} // namespace Tenure::App
