#pragma once

#include "models/domain/result.h"

#include <QString>

namespace Tenure::Connectors {

// What an LDAP call was doing, so the error can say it in words.
struct LdapErrorSubject {
    QString hostPort;       // "127.0.0.1:3899"
    bool usesTls = false;   // ldaps:// or StartTLS: a failed connect may be a refused certificate
    QString action;         // "bind as cn=admin,dc=example,dc=test", "create uid=jdoe,ou=People,…"
};

// Turns a libldap result code and the handle's LDAP_OPT_DIAGNOSTIC_MESSAGE into Tenure's error:
// a stable code, a message a person can act on (naming host and port), the server's own words
// as detail, and retryable where waiting can help (server down, busy, timeout).
// Never given a secret: the caller passes DNs and actions only.
[[nodiscard]] Models::Error ldapError(int resultCode, const QString& diagnostic, const LdapErrorSubject& subject);

// True for a diagnostic that reports a certificate the TLS layer would not trust.
[[nodiscard]] bool isCertificateFailure(const QString& diagnostic);

// The connection itself is gone (server restarted, idle timeout): reconnecting may help.
[[nodiscard]] bool isConnectionLost(int resultCode);

} // namespace Tenure::Connectors
