#include "oauth2clientcredentials.h"

#include "httperror.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace Tenure::Connectors::Net {
namespace {

using Models::ErrorCode;

void scrub(QString& text)
{
    text.fill(QChar(0));
    text.clear();
}

void scrub(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

OAuth2ClientCredentials::OAuth2ClientCredentials(Settings settings, QString clientSecret, HttpClient http)
    : m_settings(std::move(settings)), m_credential(std::move(clientSecret)), m_http(std::move(http))
{
}

OAuth2ClientCredentials::OAuth2ClientCredentials(Settings settings, ClientCertificate certificate, HttpClient http)
    : m_settings(std::move(settings)), m_credential(std::move(certificate)), m_http(std::move(http))
{
}

OAuth2ClientCredentials::~OAuth2ClientCredentials()
{
    // Best effort: do not leave the secret in freed memory.
    if (auto* secret = std::get_if<QString>(&m_credential))
        scrub(*secret);
    else if (auto* certificate = std::get_if<ClientCertificate>(&m_credential))
        scrub(certificate->privateKeyPem);
    scrub(m_token);
}

qint64 OAuth2ClientCredentials::refreshMarginSeconds(qint64 lifetimeSeconds)
{
    return std::clamp<qint64>(lifetimeSeconds / 10, 0, 300);
}

int OAuth2ClientCredentials::fetchCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_fetches;
}

Models::Result<QString> OAuth2ClientCredentials::accessToken(const Models::CancelToken& cancel)
{
    // Held across the fetch on purpose: threads that need a token meanwhile wait for this one.
    const std::lock_guard lock(m_mutex);
    if (m_token.isEmpty() || QDateTime::currentDateTimeUtc() >= m_refreshAt) {
        if (auto fetched = fetch(cancel); !fetched)
            return std::unexpected(fetched.error());
    }
    return m_token;
}

void OAuth2ClientCredentials::invalidate(const QString& token)
{
    const std::lock_guard lock(m_mutex);
    if (token == m_token)   // another thread may already have replaced it
        scrub(m_token);
}

Models::Result<void> OAuth2ClientCredentials::fetch(const Models::CancelToken& cancel)
{
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("client_id"), m_settings.clientId},
        {QStringLiteral("scope"), m_settings.scope},
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
    };
    if (const auto* secret = std::get_if<QString>(&m_credential)) {
        fields.append({QStringLiteral("client_secret"), *secret});
    } else {
        auto assertion = makeClientAssertion(std::get<ClientCertificate>(m_credential), m_settings.clientId,
                                             m_settings.tokenEndpoint.toString());
        if (!assertion)
            return std::unexpected(assertion.error());
        fields.append({QStringLiteral("client_assertion_type"),
                       QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")});
        fields.append({QStringLiteral("client_assertion"), QString::fromLatin1(*assertion)});
    }
    HttpRequest request = HttpRequest::form(m_settings.tokenEndpoint, fields);
    // Asking again for a token changes nothing on the server: safe to retry after a 5xx.
    request.idempotent = true;
    request.what = QStringLiteral("Sign-in of app %1").arg(m_settings.clientId);

    const QDateTime requestedAt = QDateTime::currentDateTimeUtc();
    auto response = m_http.send(request, cancel);
    scrub(request.body);
    if (!response)
        return std::unexpected(response.error());
    if (!response->isSuccess())
        return std::unexpected(errorFromResponse(*response, request.what));
    auto json = response->jsonObject();
    if (!json)
        return std::unexpected(json.error());
    const QString token = json->value(QLatin1String("access_token")).toString();
    const qint64 lifetime = json->value(QLatin1String("expires_in")).toVariant().toLongLong();
    if (token.isEmpty() || lifetime <= 0)
        return Models::fail(ErrorCode::Authentication,
                            QStringLiteral("%1: the token endpoint answered without a token").arg(request.what));
    m_token = token;
    // Measured from when we asked, so the time on the wire only makes us refresh earlier.
    m_refreshAt = requestedAt.addSecs(lifetime - refreshMarginSeconds(lifetime));
    ++m_fetches;
    spdlog::debug("OAuth2: token for app {} valid for {} s", m_settings.clientId.toStdString(), lifetime);
    return {};
}

} // namespace Tenure::Connectors::Net
