#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Tenure::Connectors {

// Whether updates use PATCH (RFC 7644 §3.5.2) or PUT (§3.5.1).
enum class ScimPatchMode {
    // PATCH when /ServiceProviderConfig says patch.supported, else PUT.
    Auto,
    // Always PUT, for a service whose PATCH is known to be broken whatever it advertises.
    Never,
};

// Whether a batch of operations goes to /Bulk (RFC 7644 §3.7).
enum class ScimBulkMode {
    // /Bulk when /ServiceProviderConfig says bulk.supported and states maxOperations and
    // maxPayloadSize; else one request per operation.
    Auto,
    // Always one request per operation, for a service whose /Bulk is known to misbehave.
    Never,
};

// The connection settings of one SCIM 2.0 directory tenant (Tenant::settings). The bearer token is
// not a setting: it comes from the SecretStore through the tenant's secretRef.
//
//   {
//     "baseUrl": "https://app.example.com/scim/v2",   required: the SCIM service root (RFC 7644 §3.13)
//     "caFile": "/etc/tenure/app-ca.pem",              optional: PEM of the CA to trust; TLS is always verified
//     "pageSize": 100,                                 optional: users per GET /Users page (1–1000)
//     "matchAttribute": "externalId",                 optional: "externalId" or "userName": the attribute a
//                                                       create first looks the user up by, so that a create
//                                                       resumed after a lost connection never makes a duplicate
//     "patch": "auto",                                 optional: "auto" (as /ServiceProviderConfig says) or "never"
//     "bulk": "auto",                                  optional: "auto" (as /ServiceProviderConfig says) or "never"
//     "timeoutSeconds": 30                             optional: per request, 1–600
//   }
struct ScimSettings {
    QUrl baseUrl;
    QString caFile;
    int pageSize = 100;
    QString matchAttribute = QStringLiteral("externalId");
    ScimPatchMode patch = ScimPatchMode::Auto;
    ScimBulkMode bulk = ScimBulkMode::Auto;
    int timeoutSeconds = 30;

    // Validates every key; an error names the offending key in its message and in context.attribute.
    [[nodiscard]] static Models::Result<ScimSettings> fromJson(const QJsonObject& json);
    [[nodiscard]] QJsonObject toJson() const;

    // baseUrl with `path` appended ("Users", "Users/<id>"), the base's own path kept. `path` is
    // taken as already percent-encoded: encode a resource id with QUrl::toPercentEncoding first.
    [[nodiscard]] QUrl endpoint(const QString& path) const;
};

} // namespace Tenure::Connectors
