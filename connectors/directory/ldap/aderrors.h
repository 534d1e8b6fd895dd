#pragma once

#include "ldaperrors.h"

#include <optional>

namespace Tenure::Connectors {

// Active Directory (and Samba AD) put a Win32 error in the diagnostic message of an LDAP result:
// "80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error, data 52e, v3839" for a
// bind, "0000052D: Constraint violation - …" for a write. This turns the ones an administrator
// meets into words with what to do; nullopt when the diagnostic carries none of them, and
// ldapError() then describes the plain LDAP result. The server's own words stay in detail.
// Never given a secret: diagnostics do not echo values, and the subject names DNs only.
[[nodiscard]] std::optional<Models::Error> activeDirectoryError(int resultCode, const QString& diagnostic,
                                                                const LdapErrorSubject& subject);

} // namespace Tenure::Connectors
