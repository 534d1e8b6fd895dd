#pragma once

#include <QJsonObject>
#include <QString>

namespace Tenure::Connectors {

// What a SCIM service provider says it supports: GET /ServiceProviderConfig (RFC 7644 §4,
// schema in RFC 7643 §5). Read once per connection; ScimDirectory sends only what it allows.
struct ScimServiceConfig {
    bool patch = false;           // PATCH (RFC 7644 §3.5.2); without it updates go as PUT
    bool filter = false;          // ?filter= (§3.4.2.2); without it lookups read every user
    int filterMaxResults = 0;     // the most results a filtered query returns; 0: not stated
    bool bulk = false;            // /Bulk (§3.7)
    int bulkMaxOperations = 0;
    int bulkMaxPayloadSize = 0;
    bool etag = false;            // ETag / If-Match (§3.14)
    bool sort = false;
    bool changePassword = false;

    // Missing members read as "not supported": RFC 7643 §5 makes them required, so a provider
    // that leaves one out gets the cautious behaviour.
    [[nodiscard]] static ScimServiceConfig fromJson(const QJsonObject& json);
    // "PATCH, filter (max 200), ETags; no bulk" — what Test connection shows.
    [[nodiscard]] QString describe() const;
};

} // namespace Tenure::Connectors
