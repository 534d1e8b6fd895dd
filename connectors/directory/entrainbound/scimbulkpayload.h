#pragma once

#include "models/domain/operation.h"

#include <QJsonObject>

namespace Tenure::Connectors {

// Builds the SCIM BulkRequest (RFC 7644 §3.7) that API-driven inbound provisioning takes, in the
// shape of Microsoft's published examples
// (learn.microsoft.com/graph/api/synchronization-synchronizationjob-post-bulkupload):
//   {"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
//    "Operations": [{"method": "POST", "bulkId": "701984", "path": "/Users",
//                    "data": {"schemas": [core User, enterprise User, <custom>], "externalId": …,
//                             "userName": …, "name": {…}, "emails": [...], "active": true,
//                             "urn:…:enterprise:2.0:User": {"employeeNumber", "department",
//                                                          "manager": {"value": <manager externalId>}},
//                             "<custom namespace>": {"HireDate": …}}}],
//    "failOnErrors": null}
// Attribute names the mapping uses:
//   core        userName externalId displayName nickName title userType preferredLanguage locale
//               timezone active; name.<givenName|familyName|middleName|formatted|honorificPrefix|
//               honorificSuffix>; emails.<type> phoneNumbers.<type> (value of that type; the first
//               is primary); addresses.<type>.<streetAddress|locality|region|postalCode|country|formatted>
//   enterprise  employeeNumber costCenter organization division department manager (the manager's
//               externalId)
//   anything else goes to the custom namespace under its own name.
// Only POST exists: the provisioning job decides create or update by its matching attribute, and a
// disable is active=false.
class ScimBulkPayload {
public:
    static constexpr char bulkRequestSchema[] = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    static constexpr char coreUserSchema[] = "urn:ietf:params:scim:schemas:core:2.0:User";
    static constexpr char enterpriseUserSchema[] = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    explicit ScimBulkPayload(QString customSchema) : m_customSchema(std::move(customSchema)) {}

    // One bulk operation for a planned operation (its attributes after the change). bulkId is the
    // worker id, made unique within the request by the caller.
    [[nodiscard]] QJsonObject operation(const Models::Operation& operation, const QString& bulkId) const;
    [[nodiscard]] static QJsonObject request(const QJsonArray& operations);

private:
    QString m_customSchema;
};

} // namespace Tenure::Connectors
