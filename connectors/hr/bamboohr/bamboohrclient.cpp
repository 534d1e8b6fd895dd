#include "bamboohrclient.h"

#include <QJsonDocument>

namespace Tenure::Connectors {

using Models::ErrorCode;
using Models::Result;

Result<BambooHrClient> BambooHrClient::create(const BambooHrSettings& settings, const QString& apiKey)
{
    if (apiKey.isEmpty())
        return Models::fail(ErrorCode::Secrets,
                            QStringLiteral("The BambooHR company %1 has no API key in the keychain; set it on the "
                                           "Tenants page")
                                .arg(settings.companyDomain));
    Net::HttpClientOptions options;
    options.caFile = settings.caFile;
    options.timeout = std::chrono::seconds(settings.timeoutSeconds);
    options.authorization = BambooHrSettings::basicAuthorization(apiKey);
    auto http = Net::HttpClient::create(std::move(options));
    if (!http)
        return std::unexpected(http.error());
    return BambooHrClient(settings, std::move(*http));
}

Models::Error BambooHrClient::errorFromResponse(const Net::HttpResponse& response, const QString& action)
{
    // documentation.bamboohr.com/docs/api-details: 400 bad request, 401 the API key is missing or
    // wrong, 403 the key's user lacks the privilege, 404 not found, 429/503 throttled or down.
    const QString reason = QString::fromUtf8(response.header("X-BambooHR-Error-Message")).trimmed();
    const int status = response.status;
    ErrorCode code = ErrorCode::Rejected;
    QString advice = QStringLiteral("BambooHR refused the request");
    bool retryable = false;
    if (status == 401) {
        code = ErrorCode::Authentication;
        advice = QStringLiteral("BambooHR refused the API key; check the key in the keychain and that its user is enabled");
    } else if (status == 403) {
        code = ErrorCode::Authentication;
        advice = QStringLiteral("the API key's user may not read this; give it access to the fields or the directory");
    } else if (status == 404) {
        code = ErrorCode::NotFound;
        advice = QStringLiteral("BambooHR does not know it; check the company domain");
    } else if (status == 429 || status == 408 || status >= 500) {
        code = ErrorCode::Unavailable;
        retryable = true;
        advice = QStringLiteral("BambooHR is throttling or unavailable; try again later");
    }
    QString message = QStringLiteral("%1 failed: %2").arg(action, advice);
    if (!reason.isEmpty())
        message += QStringLiteral(" (%1)").arg(reason);
    QString detail = QStringLiteral("HTTP %1").arg(status);
    if (reason.isEmpty() && !response.body.isEmpty())
        detail += QStringLiteral("; ") + QString::fromUtf8(response.body.left(200)).simplified();
    Models::Error error = Models::makeError(code, message, detail);
    error.retryable = retryable;
    return error;
}

Result<QJsonObject> BambooHrClient::send(Net::HttpRequest request, const Models::CancelToken& cancel) const
{
    request.setHeader("Accept", "application/json");
    auto response = m_http.send(request, cancel);
    if (!response)
        return std::unexpected(response.error());
    if (!response->isSuccess())
        return std::unexpected(errorFromResponse(*response, request.what));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("%1: the answer is not a JSON object (a truncated or damaged download: %2 "
                                           "at byte %3 of %4); nothing is planned from a partial read")
                                .arg(request.what,
                                     parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                  : QStringLiteral("not an object"))
                                .arg(parseError.offset)
                                .arg(response->body.size()),
                            QStringLiteral("HTTP %1").arg(response->status));
    return document.object();
}

Result<QJsonObject> BambooHrClient::get(const QString& relative, const QUrlQuery& query, const QString& what,
                                        const Models::CancelToken& cancel) const
{
    Net::HttpRequest request;
    request.url = m_settings.gateway(relative);
    request.url.setQuery(query);
    request.what = what;
    return send(std::move(request), cancel);
}

Result<QJsonObject> BambooHrClient::postRead(const QString& relative, const QUrlQuery& query, const QJsonObject& body,
                                             const QString& what, const Models::CancelToken& cancel) const
{
    Net::HttpRequest request;
    request.method = "POST";
    request.url = m_settings.gateway(relative);
    request.url.setQuery(query);
    request.what = what;
    request.setHeader("Content-Type", "application/json");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.idempotent = true;   // a report reads; asking twice changes nothing
    return send(std::move(request), cancel);
}

} // namespace Tenure::Connectors
