#pragma once

#include "ldapconnection.h"
#include "ldapsettings.h"

#include "connectors/directory/directorytarget.h"

#include <functional>

namespace Tenure::Connectors {

class LdapModList;

// An LDAP directory (OpenLDAP and compatible) as a DirectoryTarget, on libldap's synchronous API.
// One connection is kept open across calls and re-established once when the server went away.
// Blocking: use from one worker thread at a time.
class LdapDirectory : public DirectoryTarget {
public:
    LdapDirectory(LdapSettings settings, QString password);
    ~LdapDirectory() override;
    LdapDirectory(const LdapDirectory&) = delete;
    LdapDirectory& operator=(const LdapDirectory&) = delete;

    [[nodiscard]] DirectoryCapabilities capabilities() const override;
    // Binds afresh and checks that baseDn exists:
    // "Connected to ldaps://127.0.0.1:3891 as cn=admin,dc=example,dc=test (TLS verified)".
    [[nodiscard]] Result<QString> testConnection() override;
    // Paged subtree search of baseDn with accountFilter; attributes come back in the requested
    // spelling; id = DN; enabled = no pwdAccountLockedTime.
    [[nodiscard]] Result<Models::DirectorySnapshot> readAccounts(const QStringList& attributes,
                                                               const Models::CancelToken& cancel) override;
    // rdnAttribute=<escaped value>,accountContainer.
    [[nodiscard]] Result<QString> newAccountId(const Models::Attributes& attributes) const override;
    [[nodiscard]] Result<void> apply(const Models::Operation& operation) override;

    [[nodiscard]] const LdapSettings& settings() const { return m_settings; }

private:
    using Attempt = std::function<int(::ldap*)>;

    // Runs attempt on an open connection; reconnects and runs it once more when a connection
    // that was already open turns out to be gone. Returns the attempt's LDAP result code.
    [[nodiscard]] Result<int> withConnection(const Attempt& attempt);
    [[nodiscard]] Result<void> create(const Models::Operation& operation);
    [[nodiscard]] Result<void> modify(const Models::Operation& operation, LdapModList& mods, const QString& verb);
    [[nodiscard]] Result<void> finish(Result<int> rc, const QString& action, const Models::Operation& operation);

    LdapSettings m_settings;
    LdapConnection m_connection;
};

} // namespace Tenure::Connectors
