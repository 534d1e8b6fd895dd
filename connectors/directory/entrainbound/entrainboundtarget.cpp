#include "entrainboundtarget.h"

#include "connectors/net/oauth2clientcredentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;

QByteArray pemBlock(const QByteArray& pem, const QByteArray& kind)
{
    const QByteArray begin = "-----BEGIN " + kind + "-----";
    const QByteArray end = "-----END " + kind + "-----";
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = from < 0 ? -1 : pem.indexOf(end, from);
    return to < 0 ? QByteArray() : pem.mid(from, to - from + end.size()) + '\n';
}

} // namespace

Models::Result<EntraInboundSettings> EntraInboundSettings::fromJson(const QJsonObject& json)
{
    auto graph = GraphSettings::fromJson(json, false);
    if (!graph)
        return std::unexpected(graph.error());
    EntraInboundSettings settings;
    settings.graph = std::move(*graph);
    settings.servicePrincipalId = json.value(QLatin1String("servicePrincipalId")).toString().trimmed();
    settings.jobId = json.value(QLatin1String("jobId")).toString().trimmed();
    const QString custom = json.value(QLatin1String("customSchema")).toString().trimmed();
    if (!custom.isEmpty())
        settings.customSchema = custom;
    for (const auto& [key, value] : {std::pair{"servicePrincipalId", settings.servicePrincipalId},
                                     std::pair{"jobId", settings.jobId}}) {
        if (value.isEmpty()) {
            Models::ErrorContext context;
            context.attribute = QLatin1String(key);
            return Models::fail(ErrorCode::InvalidInput,
                                QStringLiteral("Entra inbound setting \"%1\" is required").arg(QLatin1String(key)), {},
                                context);
        }
    }
    if (!settings.customSchema.startsWith(QLatin1String("urn:")))
        return Models::fail(ErrorCode::InvalidInput, QStringLiteral("Entra inbound setting \"customSchema\" must be a urn:"));
    return settings;
}

Models::Result<std::unique_ptr<EntraInboundTarget>> EntraInboundTarget::create(EntraInboundSettings settings,
                                                                               QString credential)
{
    Net::HttpClientOptions options;
    options.caFile = settings.graph.caFile;
    options.timeout = std::chrono::seconds(settings.graph.timeoutSeconds);
    options.userAgent = "Tenure (Entra inbound provisioning)";
    auto tokenClient = Net::HttpClient::create(options);
    if (!tokenClient)
        return std::unexpected(tokenClient.error());
    const Net::OAuth2ClientCredentials::Settings oauth{settings.graph.tokenEndpoint(), settings.graph.clientId,
                                                       settings.graph.tokenScope()};
    if (settings.graph.credential == GraphCredential::Certificate) {
        const QByteArray pem = credential.toUtf8();
        Net::ClientCertificate certificate{pemBlock(pem, "CERTIFICATE"), pemBlock(pem, "PRIVATE KEY")};
        if (certificate.certificatePem.isEmpty() || certificate.privateKeyPem.isEmpty())
            return Models::fail(ErrorCode::Secrets,
                                QStringLiteral("The certificate credential must hold the PEM certificate and its private key"));
        options.auth = std::make_shared<Net::OAuth2ClientCredentials>(oauth, std::move(certificate), *tokenClient);
    } else {
        options.auth = std::make_shared<Net::OAuth2ClientCredentials>(oauth, std::move(credential), *tokenClient);
    }
    // 40 calls per 5 s (inbound-provisioning-api-issues), one burst token: never more than 40 in
    // any 5-second window.
    options.limiter = Net::sharedRateLimiter(
        QStringLiteral("graph-bulkupload/%1/%2").arg(settings.graph.clientId, settings.servicePrincipalId),
        Net::RateLimiter::forWindow(40, std::chrono::seconds(5), 1));
    auto http = Net::HttpClient::create(options);
    if (!http)
        return std::unexpected(http.error());
    return std::unique_ptr<EntraInboundTarget>(new EntraInboundTarget(std::move(settings), std::move(*http)));
}

EntraInboundTarget::EntraInboundTarget(EntraInboundSettings settings, Net::HttpClient http)
    : m_settings(std::move(settings)), m_http(std::move(http)), m_payload(m_settings.customSchema)
{
}

DirectoryCapabilities EntraInboundTarget::capabilities() const
{
    DirectoryCapabilities capabilities;
    capabilities.disable = true;
    capabilities.enable = true;
    return capabilities;
}

Result<QString> EntraInboundTarget::testConnection()
{
    // Signing in is all that can be tested without sending records.
    auto token = m_http.options().auth->accessToken(Models::CancelToken());
    if (!token)
        return std::unexpected(token.error());
    return QStringLiteral("Signed in as app %1; bulk uploads go to job %2").arg(m_settings.graph.clientId, m_settings.jobId);
}

Result<Models::DirectorySnapshot> EntraInboundTarget::readAccounts(const QStringList&, const Models::CancelToken&)
{
    return Models::DirectorySnapshot{};
}

Result<QString> EntraInboundTarget::newAccountId(const Models::Attributes& attributes) const
{
    const QString externalId = Models::firstValue(attributes, QStringLiteral("externalId"));
    return externalId.isEmpty() ? Models::firstValue(attributes, QStringLiteral("userName")) : externalId;
}

QUrl EntraInboundTarget::bulkUploadUrl() const
{
    return m_settings.graph.graph(QStringLiteral("servicePrincipals/%1/synchronization/jobs/%2/bulkUpload")
                                      .arg(m_settings.servicePrincipalId, m_settings.jobId));
}

Result<void> EntraInboundTarget::upload(const QJsonArray& operations, const Models::CancelToken& cancel)
{
    Net::HttpRequest request = Net::HttpRequest::json("POST", bulkUploadUrl(), ScimBulkPayload::request(operations),
                                                      "application/scim+json");
    request.what = QStringLiteral("Bulk upload of %1 workers").arg(operations.size());
    // The same records sent twice are applied once by the job's matching: safe to retry.
    request.idempotent = true;
    auto response = m_http.sendChecked(request, request.what, cancel);
    if (!response)
        return std::unexpected(response.error());
    return {};
}

Result<void> EntraInboundTarget::apply(const Models::Operation& operation)
{
    return applyAsBatchOfOne(*this, operation);
}

void EntraInboundTarget::applyBatch(const QList<Models::Operation>& operations, const BatchCallbacks& callbacks,
                                    const Models::CancelToken& cancel)
{
    for (qsizetype start = 0; start < operations.size(); start += maxOperations) {
        if (cancel.isCancelled())
            return;
        QJsonArray payload;
        QList<qsizetype> included;
        QSet<QString> bulkIds;
        bool stop = false;
        const qsizetype end = std::min(start + maxOperations, operations.size());
        for (qsizetype i = start; i < end; ++i) {
            const Models::Operation& operation = operations.at(i);
            if (callbacks.sending && !callbacks.sending(i)) {
                stop = true;
                break;
            }
            if (operation.kind == Models::OperationKind::Delete || operation.kind == Models::OperationKind::Move) {
                if (callbacks.done && !callbacks.done(i, Models::fail(ErrorCode::Rejected,
                                                                      QStringLiteral("Inbound provisioning cannot delete or "
                                                                                     "move %1; disable instead")
                                                                          .arg(operation.displayName))))
                    return;
                continue;
            }
            QString bulkId = operation.workerId.isEmpty() ? QString::number(i) : operation.workerId;
            while (bulkIds.contains(bulkId))
                bulkId += QLatin1Char('_');
            bulkIds.insert(bulkId);
            payload.append(m_payload.operation(operation, bulkId));
            included.append(i);
        }
        const Result<void> sent = payload.isEmpty() ? Result<void>() : upload(payload, cancel);
        for (const qsizetype i : std::as_const(included)) {
            Result<QString> outcome = sent ? Result<QString>(QStringLiteral("accepted by the provisioning service"))
                                           : Result<QString>(std::unexpected(sent.error()));
            if (callbacks.done && !callbacks.done(i, outcome))
                return;
        }
        if (stop)
            return;
    }
}

} // namespace Tenure::Connectors
