#pragma once

#include "demohrkind.h"
#include "models/domain/tenant.h"
#include "models/mapping/mappingset.h"

namespace Tenure::App::Demo {

// The demo directory's naming: OpenLDAP's example suffix, people under ou=People.
[[nodiscard]] QString suffixDn();       // dc=example,dc=test
[[nodiscard]] QString peopleDn();       // ou=People,dc=example,dc=test
[[nodiscard]] QString adminDn();        // cn=admin,dc=example,dc=test
[[nodiscard]] QString hrTenantName();         // "HR"
[[nodiscard]] QString directoryTenantName();  // "Directory"

// Where the demo places an account: an OU per department under ou=People
// ("ou=Engineering,ou=People,dc=example,dc=test"); workers without a department go to
// ou=Unassigned. The demo's seed creates these OUs.
[[nodiscard]] QString departmentDn(const QString& department);
[[nodiscard]] QString unassignedDepartment();   // "Unassigned"

// The demo's mapping: the HR fields onto inetOrgPerson, matched on the worker id ↔ employeeNumber,
// with what admins compute rather than copy written as expressions: cn and displayName
// (contractors marked "(Contractor)"), a unique login name as uid (first initial and surname, then
// the full name, then the worker number, by SelectUniqueValue; set when the account is created)
// and the department OU as parentDistinguishedName, so a department change moves the account.
// One description for every kind of demo HR source: `names` says what that source calls each
// field and how it speaks of the lifecycle (the CSV export's names by default). Every kind gives
// the demo's people the same account.
[[nodiscard]] Models::MappingSet demoMapping(const DemoSourceNames& names = demoSourceNames(DemoHrKind::Csv));

[[nodiscard]] Models::Tenant demoHrTenant(const QString& csvPath);
// An LDAPS connection that verifies the server certificate against `caFile` (the demo slapd's own).
[[nodiscard]] Models::Tenant demoDirectoryTenant(const QString& ldapsUrl, const QString& caFile,
                                                 const QString& secretRef);

} // namespace Tenure::App::Demo
