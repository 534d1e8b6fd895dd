#pragma once

#include "models/domain/account.h"
#include "models/domain/cancellation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct ldap;

namespace Tenure::Connectors {

// What one read of the managed accounts asks for.
// The attribute whose presence means the account is locked (ppolicy, see LdapDisableMethod).
inline constexpr char lockAttribute[] = "pwdAccountLockedTime";

struct LdapAccountQuery {
    QString baseDn;
    QString filter;
    // Returned under these spellings, whatever case the server uses. parentDistinguishedName
    // (Models::ParentDnAttribute) is never asked of the server: it is the entry's DN minus its
    // first RDN.
    QStringList attributes;
    int pageSize = 500;
    // The attribute that says whether an account is disabled, read even when not asked for, and
    // how its values say so. Default: ppolicy's lock, disabled when present.
    QString stateAttribute = QString::fromLatin1(lockAttribute);
    std::function<bool(const QStringList& values)> isDisabled = [](const QStringList& values) {
        return !values.isEmpty();
    };
    // The entries directly below baseDn only (RFC 4511 §4.5.1.2 singleLevel); else the whole subtree.
    bool oneLevel = false;
    // Controls without a value sent, critical, with every page (AD's Show Deleted control): a
    // server that does not know one refuses the search rather than answer something else.
    QList<QByteArray> criticalControls = {};
};

// A subtree (or one-level) search in pages of query.pageSize (RFC 2696 simple paged results), each entry an
// Account with id = canonical DN and enabled from the state attribute. Checks cancel between pages.
// Returns LDAP_SUCCESS, the failing libldap result code, or LDAP_USER_CANCELLED; *out then
// holds what was read so far.
[[nodiscard]] int searchAccounts(::ldap* ld, const LdapAccountQuery& query, const Models::CancelToken& cancel,
                                 QList<Models::Account>* out);

} // namespace Tenure::Connectors
