#include "ldaperrors.h"

#include "aderrors.h"

#include <ldap.h>

namespace Tenure::Connectors {
namespace {

using Models::Error;
using Models::ErrorCode;

Error make(ErrorCode code, QString message, QString detail, bool retryable)
{
    Error error;
    error.code = code;
    error.message = std::move(message);
    error.detail = std::move(detail);
    error.retryable = retryable;
    return error;
}

} // namespace

bool isCertificateFailure(const QString& diagnostic)
{
    // libldap with GnuTLS reports a refused chain as "The certificate is NOT trusted. The
    // certificate issuer is unknown." and a name mismatch as "TLS: hostname does not match
    // CN in peer certificate"; OpenSSL builds say "certificate verify failed".
    static const char* const markers[] = {"certificate", "issuer", "not trusted", "hostname does not match",
                                          "self-signed", "self signed", "unknown ca"};
    for (const char* marker : markers) {
        if (diagnostic.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isConnectionLost(int resultCode)
{
    return resultCode == LDAP_SERVER_DOWN || resultCode == LDAP_CONNECT_ERROR;
}

Error ldapError(int resultCode, const QString& diagnostic, const LdapErrorSubject& subject)
{
    // AD's Win32 codes say more than the LDAP result ("data 533": disabled, not "invalid
    // credentials"); no other server writes them, so they are checked for every directory.
    if (auto ad = activeDirectoryError(resultCode, diagnostic, subject))
        return *ad;
    const QString words = QString::fromUtf8(ldap_err2string(resultCode));
    QString detail = QStringLiteral("%1 (%2)").arg(words).arg(resultCode);
    if (!diagnostic.isEmpty())
        detail += QStringLiteral(": ") + diagnostic;
    const QString& at = subject.hostPort;

    switch (resultCode) {
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
        // A failed TLS handshake surfaces only as -1/-11; the diagnostic tells them apart.
        if (subject.usesTls && isCertificateFailure(diagnostic))
            return make(ErrorCode::Tls,
                        QStringLiteral("The directory at %1 presented a certificate that could not be verified "
                                       "(%2). Set caFile to the PEM file of the certificate authority that "
                                       "issued the directory's certificate.")
                            .arg(at, diagnostic),
                        detail, false);
        if (subject.usesTls && diagnostic.contains(QLatin1String("TLS"), Qt::CaseInsensitive))
            return make(ErrorCode::Tls,
                        QStringLiteral("TLS with the directory at %1 failed: %2").arg(at, diagnostic), detail,
                        false);
        return make(ErrorCode::Unavailable,
                    QStringLiteral("Cannot reach the directory at %1: %2").arg(at, words), detail, true);
    case LDAP_TIMEOUT:
    case LDAP_TIMELIMIT_EXCEEDED:
        return make(ErrorCode::Unavailable,
                    QStringLiteral("The directory at %1 did not answer in time to %2").arg(at, subject.action),
                    detail, true);
    case LDAP_BUSY:
    case LDAP_UNAVAILABLE:
        return make(ErrorCode::Unavailable,
                    QStringLiteral("The directory at %1 is busy or unavailable; try again later (%2)")
                        .arg(at, subject.action),
                    detail, true);
    case LDAP_INVALID_CREDENTIALS:
        return make(ErrorCode::Authentication,
                    QStringLiteral("The directory at %1 refused the credentials to %2: check bindDn and the "
                                   "password")
                        .arg(at, subject.action),
                    detail, false);
    case LDAP_CONFIDENTIALITY_REQUIRED:
    case LDAP_STRONG_AUTH_REQUIRED:
        return make(ErrorCode::Authentication,
                    QStringLiteral("The directory at %1 requires an encrypted connection to %2: use an "
                                   "ldaps:// url or startTls")
                        .arg(at, subject.action),
                    detail, false);
    case LDAP_INAPPROPRIATE_AUTH:
        return make(ErrorCode::Authentication,
                    QStringLiteral("The directory at %1 does not accept a simple bind to %2").arg(at, subject.action),
                    detail, false);
    case LDAP_ALREADY_EXISTS:
        return make(ErrorCode::Conflict,
                    QStringLiteral("Cannot %1: an entry with that name already exists").arg(subject.action), detail,
                    false);
    case LDAP_NO_SUCH_OBJECT:
        return make(ErrorCode::NotFound,
                    QStringLiteral("Cannot %1: the entry or its parent does not exist").arg(subject.action), detail,
                    false);
    case LDAP_INSUFFICIENT_ACCESS:
        return make(ErrorCode::Rejected,
                    QStringLiteral("The directory at %1 does not allow the bind account to %2")
                        .arg(at, subject.action),
                    detail, false);
    case LDAP_SIZELIMIT_EXCEEDED:
        // Paged results (RFC 2696) lift the limit on servers that page; this one did not.
        return make(ErrorCode::Rejected,
                    QStringLiteral("The directory at %1 stopped at its size limit while trying to %2: it does not "
                                   "page results for this account; raise its size limit for bindDn")
                        .arg(at, subject.action),
                    detail, false);
    case LDAP_FILTER_ERROR: {
        Error error = make(ErrorCode::InvalidInput,
                           QStringLiteral("The LDAP setting \"accountFilter\" is not a valid filter (RFC 4515)"),
                           detail, false);
        error.context.attribute = QStringLiteral("accountFilter");
        return error;
    }
    case LDAP_USER_CANCELLED:
        return make(ErrorCode::Cancelled, QStringLiteral("Cancelled: %1").arg(subject.action), detail, false);
    case LDAP_NO_MEMORY:
    case LDAP_PARAM_ERROR:
    case LDAP_ENCODING_ERROR:
    case LDAP_DECODING_ERROR:
    case LDAP_LOCAL_ERROR:
    case LDAP_NOT_SUPPORTED:
        return make(ErrorCode::Internal,
                    QStringLiteral("Could not %1 on the directory at %2: %3").arg(subject.action, at, words), detail,
                    false);
    default:
        // Schema, syntax and constraint refusals (RFC 4511 Appendix A): the change itself is wrong.
        return make(ErrorCode::Rejected,
                    QStringLiteral("The directory at %1 refused to %2: %3").arg(at, subject.action, words), detail,
                    false);
    }
}

} // namespace Tenure::Connectors
