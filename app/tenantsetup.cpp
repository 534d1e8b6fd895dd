#include "tenantsetup.h"

#include "connectorfactory.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretstore.h"
#include "workspace.h"

#include <QFile>

#include <algorithm>

namespace Tenure::App {
namespace {

using Models::ErrorCode;
using Models::Tenant;
using Models::TenantRole;

// A certificate and its key are a few kilobytes; anything far larger is the wrong file.
constexpr qint64 MaxCertificateFileBytes = 1024 * 1024;

Models::Result<QString> readCertificateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Models::fail(ErrorCode::NotFound,
                            QStringLiteral("Cannot open the certificate file %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxCertificateFileBytes)
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 is too large for a certificate and its key").arg(path));
    const QByteArray pem = file.readAll();
    // What the Graph connectors look for (connectors/directory/graph/graphdirectory.cpp): a
    // CERTIFICATE block and a PKCS#8 or PKCS#1 private key they can use without a passphrase.
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)").arg(path));
    if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The private key in %1 is encrypted; export it without a passphrase "
                                           "(the keychain protects it instead)").arg(path));
    if (!pem.contains("-----BEGIN PRIVATE KEY-----") && !pem.contains("-----BEGIN RSA PRIVATE KEY-----"))
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 holds no private key; put the certificate and its key in one PEM file")
                                .arg(path));
    return QString::fromLatin1(pem);   // PEM is ASCII
}

} // namespace

Models::Result<QString> resolveSecret(const SecretInput& input)
{
    if (!input.certificateFile.isEmpty())
        return readCertificateFile(input.certificateFile);
    return input.typed;
}

QString secretReferenceFor(const QString& workspacePath, const QString& tenantName)
{
    return workspacePath + QLatin1Char('/') + tenantName;
}

Models::Result<QString> testTenant(ConnectorFactory& connectors, Tenant tenant, const SecretInput& secret)
{
    MemorySecretStore given;
    ConnectorFactory withGiven(given);
    ConnectorFactory* factory = &connectors;
    if (!secret.isEmpty()) {
        auto value = resolveSecret(secret);
        if (!value)
            return std::unexpected(value.error());
        if (tenant.secretRef.isEmpty())
            tenant.secretRef = QStringLiteral("as-given");
        if (auto written = given.write(tenant.secretRef, *value); !written)
            return std::unexpected(written.error());
        factory = &withGiven;
    }
    if (tenant.role == TenantRole::HrSource) {
        auto source = factory->hrSource(tenant);
        if (!source)
            return std::unexpected(source.error());
        return (*source)->testConnection();
    }
    auto directory = factory->directory(tenant);
    if (!directory)
        return std::unexpected(directory.error());
    return (*directory)->testConnection();
}

Models::Result<Tenant> saveTenant(const Workspace& workspace, SecretStore& secrets, Tenant tenant,
                                  const SecretInput& secret)
{
    if (!secret.isEmpty()) {
        auto value = resolveSecret(secret);
        if (!value)
            return std::unexpected(value.error());
        if (tenant.secretRef.isEmpty())
            tenant.secretRef = secretReferenceFor(workspace.path(), tenant.name);
        if (auto stored = secrets.write(tenant.secretRef, *value); !stored)
            return std::unexpected(stored.error());
    }
    return workspace.tenants().save(tenant);
}

QStringList tenantsFedFrom(const Tenant& source, const QList<Tenant>& tenants)
{
    QStringList fed;
    if (source.role != TenantRole::HrSource)
        return fed;
    for (const auto& tenant : tenants)
        if (tenant.role == TenantRole::Directory && tenant.sourceTenant == source.name)
            fed << tenant.name;
    return fed;
}

Models::Result<RemovedTenant> removeTenant(const Workspace& workspace, SecretStore& secrets, const QString& name)
{
    auto tenants = workspace.tenants().list();
    if (!tenants)
        return std::unexpected(tenants.error());
    const auto it = std::find_if(tenants->cbegin(), tenants->cend(), [&](const Tenant& t) { return t.name == name; });
    if (it == tenants->cend())
        return Models::fail(ErrorCode::NotFound, QStringLiteral("There is no tenant called '%1'").arg(name), {},
                            {name, {}, {}, 0});
    const Tenant tenant = *it;
    // Removing the source would leave these directories planning from nothing: a full read of
    // nobody makes every account a leaver (the planner blocks that, but the admin should not
    // get there).
    if (const auto fed = tenantsFedFrom(tenant, *tenants); !fed.isEmpty())
        return Models::fail(ErrorCode::Conflict,
                            QStringLiteral("'%1' still feeds %2; choose another HR source for them or remove them first")
                                .arg(name, fed.join(QStringLiteral(", "))),
                            {}, {name, {}, {}, 0});
    if (auto removed = workspace.tenants().remove(name); !removed)
        return std::unexpected(removed.error());

    RemovedTenant result{name, {}};
    const bool shared = std::any_of(tenants->cbegin(), tenants->cend(), [&](const Tenant& other) {
        return other.name != name && other.secretRef == tenant.secretRef;
    });
    if (!tenant.secretRef.isEmpty() && !shared)
        if (auto gone = secrets.remove(tenant.secretRef); !gone)
            result.secretKept = gone.error().describe();
    return result;
}

} // namespace Tenure::App
