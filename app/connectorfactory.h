#pragma once

#include "connectors/directory/directorytarget.h"
#include "connectors/hr/hrsource.h"
#include "models/domain/tenant.h"
#include "models/store/initialpasswordindex.h"

#include <memory>
#include <optional>

namespace Tenure::App {

class SecretStore;

// Builds the connector a tenant's settings describe, fetching its secret by reference.
class ConnectorFactory {
public:
    explicit ConnectorFactory(SecretStore& secrets) : m_secrets(secrets) {}

    [[nodiscard]] Models::Result<std::unique_ptr<Connectors::HrSource>> hrSource(const Models::Tenant& tenant);
    // `passwords`: where the initial passwords of the accounts it creates are listed as waiting for
    // an administrator (a run gives it; a preview, which creates nothing, need not).
    [[nodiscard]] Models::Result<std::unique_ptr<Connectors::DirectoryTarget>>
    directory(const Models::Tenant& tenant, std::optional<Models::InitialPasswordIndex> passwords = std::nullopt);

    [[nodiscard]] SecretStore& secrets() { return m_secrets; }

private:
    SecretStore& m_secrets;
};

} // namespace Tenure::App
