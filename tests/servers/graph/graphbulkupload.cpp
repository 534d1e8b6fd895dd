// POST /servicePrincipals/{id}/synchronization/jobs/{jobId}/bulkUpload, the API-driven inbound
// provisioning endpoint (learn.microsoft.com/graph/api/synchronization-synchronizationjob-post-bulkupload):
// Content-Type application/scim+json; a SCIM BulkRequest (RFC 7644 §3.7) of at most 50
// operations, each POST to /Users with a bulkId and data carrying the core User schema, the
// enterprise extension and any custom namespace, every namespace used listed in data.schemas.
// 202 Accepted with a Location of the provisioning logs; processing is asynchronous.
// Limits (inbound-provisioning-api-issues): 40 calls per 5 s, 6,000 per 24 h → 429 (graphthrottle.cpp).

#include "graphstate.h"

#include <QJsonDocument>
#include <QSet>

namespace Tenure::Tests::Graph {
namespace {

const QString bulkRequestSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest");
const QString coreUserSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");

GraphResponse invalid(const QString& detail)
{
    // The service's answer to a payload that violates the schema (inbound-provisioning-api-issues:
    // "Invalid Data Format" with 400).
    return GraphResponse::error(400, QStringLiteral("BadRequest"), QStringLiteral("Invalid Data Format: %1").arg(detail));
}

std::optional<QString> checkOperation(const QJsonObject& operation, QSet<QString>& bulkIds)
{
    const QString bulkId = operation.value(QLatin1String("bulkId")).toString();
    if (bulkId.isEmpty())
        return QStringLiteral("every operation needs a bulkId");
    if (bulkIds.contains(bulkId))
        return QStringLiteral("bulkId '%1' is used twice").arg(bulkId);
    bulkIds.insert(bulkId);
    if (operation.value(QLatin1String("method")).toString() != QLatin1String("POST"))
        return QStringLiteral("operation '%1': only POST is supported").arg(bulkId);
    if (operation.value(QLatin1String("path")).toString() != QLatin1String("/Users"))
        return QStringLiteral("operation '%1': path must be /Users").arg(bulkId);
    const QJsonObject data = operation.value(QLatin1String("data")).toObject();
    QStringList schemas;
    for (const QJsonValue& schema : data.value(QLatin1String("schemas")).toArray())
        schemas.append(schema.toString());
    if (!schemas.contains(coreUserSchema))
        return QStringLiteral("operation '%1': data.schemas must include %2").arg(bulkId, coreUserSchema);
    if (data.value(QLatin1String("externalId")).toString().isEmpty())
        return QStringLiteral("operation '%1': externalId is required").arg(bulkId);
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (it.key().startsWith(QLatin1String("urn:")) && !schemas.contains(it.key()))
            return QStringLiteral("operation '%1': namespace %2 is not listed in data.schemas").arg(bulkId, it.key());
        if (it.key().startsWith(QLatin1String("urn:")) && !it.value().isObject())
            return QStringLiteral("operation '%1': namespace %2 must be an object").arg(bulkId, it.key());
    }
    return std::nullopt;
}

} // namespace

GraphResponse handleBulkUpload(GraphState& state, const GraphRequest& request, const QStringList& segments)
{
    const bool shape = segments.size() == 7 && segments[3] == QLatin1String("synchronization")
                       && segments[4] == QLatin1String("jobs") && segments[6] == QLatin1String("bulkUpload");
    if (!shape || segments[2] != state.options.servicePrincipalId || segments[5] != state.options.jobId)
        return GraphResponse::error(404, QStringLiteral("Request_ResourceNotFound"),
                                    QStringLiteral("Resource '%1' does not exist.").arg(segments.mid(2).join(QLatin1Char('/'))));
    if (request.method != "POST")
        return GraphResponse::error(405, QStringLiteral("BadRequest"), QStringLiteral("Method not allowed."));
    if (!request.header("Content-Type").startsWith("application/scim+json"))
        return invalid(QStringLiteral("Content-Type must be application/scim+json"));

    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject body = document.object();
    if (!document.isObject() || !body.value(QLatin1String("schemas")).toArray().contains(bulkRequestSchema))
        return invalid(QStringLiteral("schemas must include %1").arg(bulkRequestSchema));
    const QJsonArray operations = body.value(QLatin1String("Operations")).toArray();
    if (operations.isEmpty())
        return invalid(QStringLiteral("Operations is empty"));
    if (operations.size() > state.options.bulkMaxOperations)
        return invalid(QStringLiteral("a bulk request can contain at most %1 operations, this one has %2")
                           .arg(state.options.bulkMaxOperations).arg(operations.size()));
    QSet<QString> bulkIds;
    for (const QJsonValue& operation : operations) {
        if (auto problem = checkOperation(operation.toObject(), bulkIds))
            return invalid(*problem);
    }
    state.bulkAccepted.append(body);
    GraphResponse accepted;
    accepted.status = 202;
    accepted.headers.append(Header("Location", (state.baseUrl + QStringLiteral("/v1.0/auditLogs/provisioning/?$filter=jobid%20eq%20'")
                                                + state.options.jobId + QStringLiteral("'")).toLatin1()));
    return accepted;
}

} // namespace Tenure::Tests::Graph
