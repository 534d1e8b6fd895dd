#pragma once

#include "models/domain/account.h"

#include <QByteArray>

namespace Tenure::App::Demo {

// The demo accounts as LDIF (RFC 2849) for slapadd: one inetOrgPerson per account under
// ou=People,dc=example,dc=test; installer/local-ldap.sh creates the suffix and ou=People first. A disabled account carries pwdAccountLockedTime 000001010000Z, the
// OpenLDAP ppolicy lock that the LDAP connector reads as disabled.
[[nodiscard]] QByteArray seedLdif(const QList<Models::Account>& accounts);

// The ppolicy value that means "locked until an administrator unlocks it".
[[nodiscard]] QString permanentLockTime();

} // namespace Tenure::App::Demo
