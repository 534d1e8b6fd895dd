#pragma once

#include "scimbulkpayload.h"

#include "connectors/directory/directorytarget.h"
#include "connectors/directory/graph/graphsettings.h"
#include "connectors/net/httpclient.h"

#include <memory>

namespace Tenure::Connectors {

// Settings of an API-driven inbound provisioning app: the GraphSettings keys (tenantId, clientId,
// credential, authorityUrl, graphUrl, caFile, timeoutSeconds; no domain) plus
//   servicePrincipalId  required  object id of the provisioning app's service principal
//   jobId               required  its provisioning job ("API2AAD.…")
//   customSchema        default urn:ietf:params:scim:schemas:extension:tenure:1.0:User, the
//                       namespace for attributes outside the core and enterprise schemas; the
//                       job's attribute mapping must know it (Microsoft's example: urn:contoso:employee)
struct EntraInboundSettings {
    GraphSettings graph;
    QString servicePrincipalId;
    QString jobId;
    QString customSchema = QStringLiteral("urn:ietf:params:scim:schemas:extension:tenure:1.0:User");

    [[nodiscard]] static Models::Result<EntraInboundSettings> fromJson(const QJsonObject& json);
};

// Pushes workers to Entra's API-driven inbound provisioning
// (learn.microsoft.com/entra/identity/app-provisioning/inbound-provisioning-api-concepts) as SCIM
// bulk requests to /servicePrincipals/{id}/synchronization/jobs/{jobId}/bulkUpload: at most 50
// operations per request, paced below 40 requests per 5 s (the 6,000 per 24 h daily quota is
// left to the server's 429), a bulkId per operation (the worker id). The provisioning service
// processes the records asynchronously with the job's own mapping and matching: a 202 means
// "accepted", and the outcome appears in Entra's provisioning logs.
// Write-only: readAccounts returns no accounts, so every planned worker is pushed and the job
// decides create or update; disable sends active=false; delete and move are not offered.
class EntraInboundTarget : public DirectoryTarget {
public:
    static constexpr int maxOperations = 50;

    [[nodiscard]] static Models::Result<std::unique_ptr<EntraInboundTarget>> create(EntraInboundSettings settings,
                                                                                    QString credential);

    [[nodiscard]] DirectoryCapabilities capabilities() const override;
    [[nodiscard]] Result<QString> testConnection() override;
    [[nodiscard]] Result<Models::DirectorySnapshot> readAccounts(const QStringList& attributes,
                                                               const Models::CancelToken& cancel) override;
    [[nodiscard]] Result<QString> newAccountId(const Models::Attributes& attributes) const override;
    [[nodiscard]] Result<void> apply(const Models::Operation& operation) override;
    void applyBatch(const QList<Models::Operation>& operations, const BatchCallbacks& callbacks,
                    const Models::CancelToken& cancel) override;

private:
    EntraInboundTarget(EntraInboundSettings settings, Net::HttpClient http);
    [[nodiscard]] QUrl bulkUploadUrl() const;
    [[nodiscard]] Result<void> upload(const QJsonArray& operations, const Models::CancelToken& cancel);

    EntraInboundSettings m_settings;
    Net::HttpClient m_http;
    ScimBulkPayload m_payload;
};

} // namespace Tenure::Connectors
