#pragma once

#include "models/domain/account.h"
#include "models/domain/cancellation.h"

#include <QList>
#include <QString>
#include <QStringList>

struct ldap;

namespace Tenure::Connectors {

// What one read of the managed accounts asks for.
struct LdapAccountQuery {
    QString baseDn;
    QString filter;
    QStringList attributes;   // returned under these spellings, whatever case the server uses
    int pageSize = 500;
};

// The attribute whose presence means the account is locked (ppolicy, see LdapDisableMethod).
inline constexpr char lockAttribute[] = "pwdAccountLockedTime";

// A subtree search in pages of query.pageSize (RFC 2696 simple paged results), each entry an
// Account with id = DN and enabled = no pwdAccountLockedTime. Checks cancel between pages.
// Returns LDAP_SUCCESS, the failing libldap result code, or LDAP_USER_CANCELLED; *out then
// holds what was read so far.
[[nodiscard]] int searchAccounts(::ldap* ld, const LdapAccountQuery& query, const Models::CancelToken& cancel,
                                 QList<Models::Account>* out);

} // namespace Tenure::Connectors
