#pragma once

#include "models/domain/operation.h"
#include "models/domain/result.h"

#include <optional>

namespace Tenure::Connectors {

// What a modify DN request (RFC 4511 §4.9) must do for an operation: move the entry to another
// container (a change of parentDistinguishedName) and/or give it a new RDN (a change of the
// naming attribute's value, which a plain modify may not do: AD answers notAllowedOnRDN).
struct LdapRename {
    QString newRdn;        // "cn=Jane Doe"; the current RDN when only the container changes
    QString newSuperior;   // canonical; empty: the container stays
    QString newDn;         // canonical
};

// The rename an operation on an existing entry asks for; nullopt when it asks for none (no such
// change, or the change names what the entry already is, compared as DNs). An error for a
// parentDistinguishedName that is not a DN.
[[nodiscard]] Models::Result<std::optional<LdapRename>> renameFor(const Models::Operation& operation,
                                                                  const QString& rdnAttribute);

// The attribute changes left for the modify after any rename: never parentDistinguishedName,
// and not a single value of the naming attribute of an entry named by it: the rename gave it
// that value (deleteoldrdn=1), or it holds it already.
[[nodiscard]] QList<Models::AttributeChange> changesAfterRename(const Models::Operation& operation,
                                                                const QString& rdnAttribute);

} // namespace Tenure::Connectors
