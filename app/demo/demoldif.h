#pragma once

#include "models/domain/account.h"

#include <QByteArray>
#include <QStringList>

namespace Tenure::App::Demo {

// The demo directory as LDIF (RFC 2849) for slapadd: an organizationalUnit per department under
// ou=People,dc=example,dc=test (departmentDn()), then one inetOrgPerson per account at its id;
// installer/local-ldap.sh creates the suffix and ou=People first. An account's
// parentDistinguishedName is where its DN puts it, not an attribute written. A disabled account
// carries pwdAccountLockedTime 000001010000Z, the OpenLDAP ppolicy lock that the LDAP connector
// reads as disabled.
[[nodiscard]] QByteArray seedLdif(const QStringList& departments, const QList<Models::Account>& accounts);

// The ppolicy value that means "locked until an administrator unlocks it".
[[nodiscard]] QString permanentLockTime();

} // namespace Tenure::App::Demo
