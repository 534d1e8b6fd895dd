#pragma once

#include "connectors/directory/directorytarget.h"
#include "connectors/hr/hrsource.h"
#include "models/domain/tenant.h"

#include <memory>

namespace Tenure::App {

class SecretStore;

// Builds the connector a tenant's settings describe, fetching its secret by reference.
class ConnectorFactory {
public:
    explicit ConnectorFactory(SecretStore& secrets) : m_secrets(secrets) {}

    [[nodiscard]] Models::Result<std::unique_ptr<Connectors::HrSource>> hrSource(const Models::Tenant& tenant);
    [[nodiscard]] Models::Result<std::unique_ptr<Connectors::DirectoryTarget>>
    directory(const Models::Tenant& tenant);

    [[nodiscard]] SecretStore& secrets() { return m_secrets; }

private:
    SecretStore& m_secrets;
};

} // namespace Tenure::App
