#pragma once

#include <QString>

namespace Tenure::Connectors {

// THE one place where values become LDAP syntax. Every filter and DN Tenure builds from data
// (HR values, mapping results, settings) goes through these; nothing else escapes by hand.

// A value for the assertion part of a search filter, RFC 4515 §3: '*', '(', ')', '\' and NUL
// become \2a \28 \29 \5c \00. Everything else, non-ASCII included, stays as it is: the filter
// is sent as UTF-8, which RFC 4515 allows unescaped.
[[nodiscard]] QString escapeFilterValue(const QString& value);

// A value for one attribute of an RDN, RFC 4514 §2.4: '"', '+', ',', ';', '<', '>', '\' and
// '=' are preceded by a backslash; a leading ' ' or '#' and a trailing ' ' too; NUL becomes \00.
// Non-ASCII stays as UTF-8 (§2.4 allows it unescaped).
[[nodiscard]] QString escapeDnValue(const QString& value);

// "attribute=<escaped value>,parentDn": the DN of a child entry named by one attribute.
// An empty parentDn gives just the RDN.
[[nodiscard]] QString joinRdn(const QString& attribute, const QString& value, const QString& parentDn);

// The one spelling of a DN that Tenure stores and compares: parsed and printed again by
// libldap (RFC 4514 §2), which is also how OpenLDAP returns DNs. Specials come out as hex
// pairs (\2C, §2.4 allows either form), UTF-8 stays as it is, spaces around separators go.
// So newAccountId and the id a later read returns are the same string.
// An empty string when dn is not a valid DN.
[[nodiscard]] QString canonicalDn(const QString& dn);

// The form in which two DNs that name the same entry compare equal: canonical, then case-folded.
// Attribute types are case-insensitive (RFC 4512 §2.5) and the naming attributes of real
// directories (cn, ou, dc, uid; every AD attribute) match case-insensitively, so
// "OU=Sales,DC=x" and "ou=sales,dc=x" are one entry. The input when it is not a valid DN.
[[nodiscard]] QString comparableDn(const QString& dn);

// The DN without its first RDN (canonical); empty for a one-RDN or invalid DN.
[[nodiscard]] QString parentDn(const QString& dn);

// The first RDN, printed as in the DN ("uid=jdoe"); empty for an invalid DN.
[[nodiscard]] QString firstRdn(const QString& dn);

} // namespace Tenure::Connectors
