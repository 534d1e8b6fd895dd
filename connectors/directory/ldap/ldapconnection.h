#pragma once

#include "ldaperrors.h"
#include "ldapsettings.h"

#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

struct ldap;   // libldap's LDAP handle; <ldap.h> stays out of headers

namespace Tenure::Connectors {

// One bound libldap handle: ldap_initialize, the per-handle TLS context, StartTLS and a simple
// bind. Blocking; used by one thread at a time. Holds the bind password (never logged, never
// in an error) and scrubs it when destroyed.
class LdapConnection {
public:
    LdapConnection(LdapSettings settings, const QString& password);
    ~LdapConnection();
    LdapConnection(const LdapConnection&) = delete;
    LdapConnection& operator=(const LdapConnection&) = delete;

    // Connects and binds, closing any handle it had.
    [[nodiscard]] Models::Result<void> open();
    void close();
    [[nodiscard]] bool isOpen() const { return m_ld != nullptr; }
    [[nodiscard]] ::ldap* handle() const { return m_ld; }

    // The error for a result code of a call on this handle, with the server's diagnostic.
    [[nodiscard]] Models::Error error(int resultCode, const QString& action) const;
    // "TLS verified", "StartTLS, certificate NOT verified", …: what Test connection reports.
    [[nodiscard]] QString securityDescription() const;

private:
    [[nodiscard]] Models::Result<void> configureHandle();
    [[nodiscard]] Models::Result<void> bind();
    [[nodiscard]] QString diagnosticMessage() const;
    [[nodiscard]] Models::Error connectFailure(int resultCode, const QString& action) const;
    [[nodiscard]] LdapErrorSubject subject(const QString& action) const;

    LdapSettings m_settings;
    QByteArray m_password;
    ::ldap* m_ld = nullptr;
};

} // namespace Tenure::Connectors
