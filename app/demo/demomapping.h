#pragma once

#include "models/domain/tenant.h"
#include "models/mapping/mappingset.h"

namespace Tenure::App::Demo {

// The demo directory's naming: OpenLDAP's example suffix, people under ou=People.
[[nodiscard]] QString suffixDn();       // dc=example,dc=test
[[nodiscard]] QString peopleDn();       // ou=People,dc=example,dc=test
[[nodiscard]] QString adminDn();        // cn=admin,dc=example,dc=test
[[nodiscard]] QString hrTenantName();         // "HR"
[[nodiscard]] QString directoryTenantName();  // "Directory"

// The demo's mapping: the HR columns onto inetOrgPerson, matched on WorkerID ↔ employeeNumber.
[[nodiscard]] Models::MappingSet demoMapping();

[[nodiscard]] Models::Tenant demoHrTenant(const QString& csvPath);
// An LDAPS connection that verifies the server certificate against `caFile` (the demo slapd's own).
[[nodiscard]] Models::Tenant demoDirectoryTenant(const QString& ldapsUrl, const QString& caFile,
                                                 const QString& secretRef);

} // namespace Tenure::App::Demo
