#pragma once

#include "connectorkind.h"

namespace Tenure::Ui {

// The connection fields OpenLDAP and Active Directory share (connectors/directory/ldap:
// LdapSettings): URL, bind DN and password, base DN, account container, StartTLS, CA file and
// certificate verification, with the TLS rules between them.
[[nodiscard]] QList<FieldSpec> ldapConnectionFields(bool activeDirectory);

// LdapSettings::fromJson as a kind's check.
[[nodiscard]] Models::Result<void> checkLdapSettings(const QJsonObject& settings);

[[nodiscard]] bool isActiveDirectorySettings(const QJsonObject& settings);

} // namespace Tenure::Ui
