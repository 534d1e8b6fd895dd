#include "ldapconnection.h"

#include <QFileInfo>

#include <ldap.h>
#include <spdlog/spdlog.h>

#include <sys/time.h>

namespace Tenure::Connectors {

using Models::ErrorCode;
using Models::Result;

namespace {

bool setCommonOptions(LDAP* ld, const LdapSettings& settings)
{
    const int version = LDAP_VERSION3;
    const timeval timeout{settings.timeoutSeconds, 0};
    return ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version) == LDAP_OPT_SUCCESS
           && ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout) == LDAP_OPT_SUCCESS
           && ldap_set_option(ld, LDAP_OPT_TIMEOUT, &timeout) == LDAP_OPT_SUCCESS
           && ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF) == LDAP_OPT_SUCCESS;
}

// libldap built on GnuTLS reports a refused certificate only as -1 with the diagnostic
// "(unknown error code)", the same as a server that is down. A second handshake that skips
// verification tells the two apart. It sends no bind and no credentials, and its connection
// is closed at once.
bool handshakeSucceedsUnverified(const LdapSettings& settings)
{
    LDAP* ld = nullptr;
    const QByteArray uri = settings.url.toUtf8();
    if (ldap_initialize(&ld, uri.constData()) != LDAP_SUCCESS)
        return false;
    const int never = LDAP_OPT_X_TLS_NEVER;
    const int isServer = 0;
    int rc = LDAP_LOCAL_ERROR;
    if (setCommonOptions(ld, settings) && ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &never) == LDAP_OPT_SUCCESS
        && ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &isServer) == LDAP_OPT_SUCCESS)
        rc = settings.startTls ? ldap_start_tls_s(ld, nullptr, nullptr) : ldap_connect(ld);
    ldap_unbind_ext_s(ld, nullptr, nullptr);
    return rc == LDAP_SUCCESS;
}

} // namespace

LdapConnection::LdapConnection(LdapSettings settings, const QString& password)
    : m_settings(std::move(settings)), m_password(password.toUtf8())
{
}

LdapConnection::~LdapConnection()
{
    close();
    m_password.fill('\0');
}

void LdapConnection::close()
{
    if (m_ld) {
        ldap_unbind_ext_s(m_ld, nullptr, nullptr);
        m_ld = nullptr;
    }
}

Result<void> LdapConnection::open()
{
    close();
    // RFC 4513 §5.1.2: a simple bind with a DN and an empty password is an "unauthenticated"
    // bind that many servers accept as anonymous. Refuse it before it reaches the wire.
    if (m_password.isEmpty())
        return Models::fail(ErrorCode::Authentication,
                            QStringLiteral("No password is configured for %1 on the directory at %2")
                                .arg(m_settings.bindDn, m_settings.hostPort()));

    const QByteArray uri = m_settings.url.toUtf8();
    if (const int rc = ldap_initialize(&m_ld, uri.constData()); rc != LDAP_SUCCESS) {
        m_ld = nullptr;
        Models::ErrorContext context;
        context.attribute = QStringLiteral("url");
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The LDAP url \"%1\" cannot be used").arg(m_settings.url),
                            QString::fromUtf8(ldap_err2string(rc)), context);
    }
    if (auto ok = configureHandle(); !ok) {
        close();
        return ok;
    }
    if (m_settings.startTls) {
        if (const int rc = ldap_start_tls_s(m_ld, nullptr, nullptr); rc != LDAP_SUCCESS) {
            auto failure = connectFailure(rc, QStringLiteral("start TLS"));
            close();
            return std::unexpected(failure);
        }
    }
    if (auto ok = bind(); !ok) {
        close();
        return ok;
    }
    spdlog::debug("LDAP: bound to {} as {} ({})", m_settings.url.toStdString(), m_settings.bindDn.toStdString(),
                  securityDescription().toStdString());
    return {};
}

Result<void> LdapConnection::configureHandle()
{
    // Every option is set on this handle, never globally: two tenants with different trust
    // settings may be open in one process.
    bool ok = setCommonOptions(m_ld, m_settings);
    if (!ok)
        return Models::fail(ErrorCode::Internal, QStringLiteral("Could not configure the LDAP connection"));
    if (!m_settings.usesTls())
        return {};

    if (!m_settings.verifyCertificate)
        spdlog::warn("LDAP {}: certificate verification is turned off (verifyCertificate=false); "
                     "the connection is encrypted but the server is not authenticated",
                     m_settings.url.toStdString());
    const int requireCert = m_settings.verifyCertificate ? LDAP_OPT_X_TLS_DEMAND : LDAP_OPT_X_TLS_NEVER;
    ok = ldap_set_option(m_ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &requireCert) == LDAP_OPT_SUCCESS;
    if (ok && !m_settings.caFile.isEmpty()) {
        const QFileInfo ca(m_settings.caFile);
        if (!ca.isFile() || !ca.isReadable()) {
            Models::ErrorContext context;
            context.attribute = QStringLiteral("caFile");
            return Models::fail(ErrorCode::Tls,
                                QStringLiteral("The CA file %1 for the directory at %2 cannot be read")
                                    .arg(m_settings.caFile, m_settings.hostPort()),
                                {}, context);
        }
        const QByteArray path = QFile::encodeName(ca.absoluteFilePath());
        ok = ldap_set_option(m_ld, LDAP_OPT_X_TLS_CACERTFILE, path.constData()) == LDAP_OPT_SUCCESS;
    }
    // The options above only take effect in a TLS context built for this handle.
    const int isServer = 0;
    if (ok && ldap_set_option(m_ld, LDAP_OPT_X_TLS_NEWCTX, &isServer) != LDAP_OPT_SUCCESS) {
        return Models::fail(ErrorCode::Tls,
                            QStringLiteral("Could not set up TLS for the directory at %1; check that caFile "
                                           "holds PEM certificates")
                                .arg(m_settings.hostPort()),
                            diagnosticMessage());
    }
    if (!ok)
        return Models::fail(ErrorCode::Internal, QStringLiteral("Could not configure TLS for the LDAP connection"));
    return {};
}

Result<void> LdapConnection::bind()
{
    const QByteArray dn = m_settings.bindDn.toUtf8();
    berval credentials{static_cast<ber_len_t>(m_password.size()), m_password.data()};
    const int rc = ldap_sasl_bind_s(m_ld, dn.constData(), LDAP_SASL_SIMPLE, &credentials, nullptr, nullptr, nullptr);
    if (rc != LDAP_SUCCESS)
        return std::unexpected(connectFailure(rc, QStringLiteral("bind as %1").arg(m_settings.bindDn)));
    return {};
}

QString LdapConnection::diagnosticMessage() const
{
    if (!m_ld)
        return {};
    char* message = nullptr;
    ldap_get_option(m_ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &message);
    QString text = QString::fromUtf8(message).trimmed();
    ldap_memfree(message);
    return text;
}

LdapErrorSubject LdapConnection::subject(const QString& action) const
{
    return {m_settings.hostPort(), m_settings.usesTls(), action};
}

Models::Error LdapConnection::connectFailure(int resultCode, const QString& action) const
{
    QString diagnostic = diagnosticMessage();
    if (isConnectionLost(resultCode) && m_settings.usesTls() && m_settings.verifyCertificate
        && !isCertificateFailure(diagnostic) && handshakeSucceedsUnverified(m_settings)) {
        diagnostic = QStringLiteral("not trusted by %1")
                         .arg(m_settings.caFile.isEmpty() ? QStringLiteral("the system's certificate authorities")
                                                          : m_settings.caFile);
    }
    return ldapError(resultCode, diagnostic, subject(action));
}

Models::Error LdapConnection::error(int resultCode, const QString& action) const
{
    return ldapError(resultCode, diagnosticMessage(), subject(action));
}

QString LdapConnection::securityDescription() const
{
    if (!m_settings.usesTls())
        return QStringLiteral("not encrypted: the password is sent in clear text");
    const QString kind = m_settings.startTls ? QStringLiteral("StartTLS") : QStringLiteral("TLS");
    return m_settings.verifyCertificate ? kind + QStringLiteral(" verified")
                                        : kind + QStringLiteral(", certificate NOT verified");
}

} // namespace Tenure::Connectors
