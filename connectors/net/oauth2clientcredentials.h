#pragma once

#include "accesstokenprovider.h"
#include "clientassertion.h"
#include "httpclient.h"

#include <QDateTime>
#include <QUrl>

#include <mutex>
#include <variant>

namespace Tenure::Connectors::Net {

// The app-only token of the OAuth 2.0 client credentials grant (RFC 6749 §4.4) as the Microsoft
// identity platform issues it (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow):
//   POST {authority}/{tenant}/oauth2/v2.0/token   (application/x-www-form-urlencoded)
//   client_id, scope=https://graph.microsoft.com/.default, grant_type=client_credentials, and
//   either client_secret or client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer
//   + client_assertion (clientassertion.h).
//   → {"token_type":"Bearer","expires_in":3599,"access_token":"…"}
// QtNetworkAuth 6.4 has no client-credentials flow, hence this class.
//
// The token is cached and shared by every thread; it is refreshed once it is within
// refreshMargin() of its expiry (or after invalidate()). One thread fetches while the others
// wait for its result. Neither the secret, the key nor the token is ever logged or put in an
// error: a refused secret reads "AADSTS7000215: Invalid client secret provided" from the server.
class OAuth2ClientCredentials : public AccessTokenProvider {
public:
    struct Settings {
        QUrl tokenEndpoint;   // https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token
        QString clientId;
        QString scope = QStringLiteral("https://graph.microsoft.com/.default");
    };

    // `http` talks to the token endpoint; it must not itself carry an AccessTokenProvider.
    OAuth2ClientCredentials(Settings settings, QString clientSecret, HttpClient http);
    OAuth2ClientCredentials(Settings settings, ClientCertificate certificate, HttpClient http);
    ~OAuth2ClientCredentials() override;
    OAuth2ClientCredentials(const OAuth2ClientCredentials&) = delete;
    OAuth2ClientCredentials& operator=(const OAuth2ClientCredentials&) = delete;

    [[nodiscard]] Models::Result<QString> accessToken(const Models::CancelToken& cancel) override;
    void invalidate(const QString& token) override;

    // How long before expiry a token is replaced: a tenth of its lifetime, at most 5 minutes.
    [[nodiscard]] static qint64 refreshMarginSeconds(qint64 lifetimeSeconds);
    // How many tokens were fetched (for tests of the cache).
    [[nodiscard]] int fetchCount() const;

private:
    [[nodiscard]] Models::Result<void> fetch(const Models::CancelToken& cancel);

    const Settings m_settings;
    std::variant<QString, ClientCertificate> m_credential;
    const HttpClient m_http;
    mutable std::mutex m_mutex;
    QString m_token;
    QDateTime m_refreshAt;
    int m_fetches = 0;
};

} // namespace Tenure::Connectors::Net
