#pragma once

// A local Microsoft Graph + identity platform that follows the published behaviour, for tests and
// benchmarks. Transport-free: GraphServer (graphserver.h) carries requests to it over HTTPS.
// Every behaviour below is the documented one; tests steer it only through GraphServiceOptions
// and the fault switches, never with canned answers.
//
// Sources (learn.microsoft.com):
//   Token endpoint, client credentials  /entra/identity-platform/v2-oauth2-client-creds-grant-flow
//   Certificate credentials (assertion) /entra/identity-platform/certificate-credentials
//   AADSTS error codes                  /entra/identity-platform/reference-error-codes
//   Users: list, get, create, update, delete
//                                       /graph/api/user-list, user-get, user-post-users,
//                                       user-update, user-delete (soft delete to deletedItems)
//   Manager reference                   /graph/api/user-post-manager, user-delete-manager
//   revokeSignInSessions                /graph/api/user-revokesigninsessions
//   Paging ($top ≤ 999, @odata.nextLink) /graph/paging
//   Delta query (deltaLink, 410 Gone, manager@delta, no $expand)
//                                       /graph/delta-query-overview, /graph/delta-query-users
//   $expand=manager: at most 100 users per page
//                                       /graph/query-parameters#expand-parameter
//   JSON batching (≤ 20, dependsOn, 424) /graph/json-batching
//   Error bodies                        /graph/errors
//   Throttling, Retry-After             /graph/throttling
//   Identity and access limits (3,000 writes per 150 s per app and tenant; x-ms-resource-unit,
//   x-ms-throttle-limit-percentage, x-ms-throttle-scope, x-ms-throttle-information)
//                                       /graph/throttling-limits#identity-and-access-service-limits
//   bulkUpload (SCIM BulkRequest, ≤ 50 operations, application/scim+json, 202 + Location)
//                                       /graph/api/synchronization-synchronizationjob-post-bulkupload
//   bulkUpload limits: 40 calls per 5 s and 6,000 per 24 h, else 429
//                                       /entra/identity/app-provisioning/inbound-provisioning-api-issues
//   (the API reference page says "40 requests per second"; the troubleshooting page, which
//   describes the 429, says per 5 seconds: the stricter one is enforced here)

#include "graphstate.h"

#include <mutex>
#include <optional>

namespace Tenure::Tests::Graph {

// Thread-safe: the HTTPS server's thread calls handle(), tests inspect from theirs.
class GraphService {
public:
    explicit GraphService(GraphServiceOptions options = {});

    // baseUrl: "https://127.0.0.1:port" as the client reaches the server; used in links.
    [[nodiscard]] GraphResponse handle(const GraphRequest& request, const QString& baseUrl);

    // ---- Directory content (state, not answers) ----
    // Each needs userPrincipalName; id, accountEnabled and displayName are filled in if absent.
    // "manager" (not a property: the relationship) names the manager by id or userPrincipalName
    // among the users already there.
    void addUsers(const QList<QJsonObject>& users);

    // ---- Fault switches ----
    // The next `requests` Graph calls (batch sub-requests included) get 429 with this Retry-After,
    // as when the service sheds load.
    void startThrottleStorm(int requests, int retryAfterSeconds);
    // Every delta token issued so far stops being valid: the next delta call with one gets 410 Gone.
    void expireDeltaTokens();
    // The next $batch is carried out completely, then its connection is closed unanswered.
    void dropConnectionAfterNextBatch();

    // ---- Inspection ----
    [[nodiscard]] QList<StoredUser> users(bool includeDeleted = false) const;
    [[nodiscard]] std::optional<StoredUser> userByUpn(const QString& upn) const;
    [[nodiscard]] QList<Arrival> arrivals() const;
    [[nodiscard]] int earlyArrivals() const;     // requests sent before a Retry-After expired
    [[nodiscard]] int tokensIssued() const;
    [[nodiscard]] int throttledResponses() const;
    [[nodiscard]] QList<QJsonObject> bulkRequestsAccepted() const;
    [[nodiscard]] GraphServiceOptions options() const;

private:
    mutable std::mutex m_mutex;
    GraphState m_state;
};

} // namespace Tenure::Tests::Graph
