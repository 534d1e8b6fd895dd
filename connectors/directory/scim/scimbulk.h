#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tenure::Connectors {

// One write to a SCIM service in the form of a bulk operation (RFC 7644 §3.7): the same four
// fields describe the single request ScimDirectory sends when it does not use /Bulk.
//   POST /Users with a bulkId; PUT or PATCH /Users/{id} with data; DELETE /Users/{id}.
struct ScimWrite {
    QByteArray method;   // "POST", "PUT", "PATCH", "DELETE"
    QString path;        // relative to the service root, with a leading slash: "/Users", "/Users/<id>" (id percent-encoded)
    QString bulkId;      // POST only (§3.7: REQUIRED for POST, it names the resource it creates)
    QByteArray version;  // the ETag the change is conditional on (§3.7 "version", §3.14 If-Match); empty: none
    QJsonObject data;    // the body; empty for DELETE

    // The operation object of a BulkRequest.
    [[nodiscard]] QJsonObject toBulkJson() const;
    // The resource id in path, percent-decoded; empty for POST /Users.
    [[nodiscard]] QString resourceId() const;
};

// What the service said about one operation of a BulkResponse (§3.7.3).
struct ScimBulkResult {
    // HTTP status of the operation; 0 when the response holds no result for it (the service
    // stopped after failOnErrors errors, or left it out).
    int status = 0;
    QString location;     // the resource's URI; for a create, where its id is read from
    QByteArray version;   // the resource's new ETag, when the service gives one
    QJsonObject response; // the error body (§3.12) of a failed operation

    [[nodiscard]] bool reported() const { return status != 0; }
    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
    // The last path segment of location, percent-decoded: the created user's id.
    [[nodiscard]] QString resourceId() const;
};

// The BulkRequest message for `writes` (§3.7.1), compact JSON. failOnErrors is left out: every
// planned operation stands on its own, so the service carries out as many as it can ("If not
// specified, the service provider will continue to perform as many changes as possible").
[[nodiscard]] QByteArray scimBulkRequestBody(const QList<ScimWrite>& writes);

// Splits `writes` into consecutive runs that each fit one BulkRequest: at most `maxOperations`
// operations and a body of at most `maxPayloadSize` bytes, the service's own limits from
// /ServiceProviderConfig (§3.7.4: a larger request is refused with 413). A write too large to fit
// any request is a run of its own; the caller sends it outside /Bulk. Each run is the indexes
// into `writes`, in order.
[[nodiscard]] QList<QList<qsizetype>> scimBulkChunks(const QList<ScimWrite>& writes, int maxOperations,
                                                     int maxPayloadSize);

// Matches a BulkResponse's operations to the writes sent (one result per write, in order):
// POSTs by bulkId, the others by method and the resource in location, in order for repeats,
// since a service need not echo a bulkId it did not need (scimmy does not). A write the response
// says nothing about keeps status 0. Fails (Rejected) when the body is not a BulkResponse.
[[nodiscard]] Models::Result<QList<ScimBulkResult>> scimBulkResults(const QJsonObject& response,
                                                                    const QList<ScimWrite>& sent);

} // namespace Tenure::Connectors
