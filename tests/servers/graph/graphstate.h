#pragma once

// The local Graph server's state and its request handlers, one file per area. Handlers run with
// GraphService's mutex held.

#include "graphtypes.h"

#include <QHash>

#include <deque>
#include <functional>
#include <optional>

namespace Tenure::Tests::Graph {

// What a request spends: a sliding window each, per app + tenant.
enum class Quota { Read, Write, Bulk };

struct GraphState {
    GraphServiceOptions options;
    QString baseUrl;                       // of the request being handled, for links

    QHash<QString, QDateTime> tokens;      // access token → expiry
    int tokensIssued = 0;

    QHash<QString, StoredUser> users;      // by id, deleted ones included
    QStringList order;                     // creation order: the paging order
    QHash<QString, QString> byUpn;         // lower-case userPrincipalName → id, live users only
    qint64 sequence = 0;                   // change counter for delta
    qint64 deltaEpoch = 0;                 // delta tokens of older epochs are expired

    std::deque<Clock::time_point> reads, writes, bulkCalls, bulkCallsToday;
    int stormRemaining = 0;
    int stormRetryAfter = 0;
    QHash<int, Clock::time_point> retryNotBefore;   // per Quota, plus -1 for "everything"
    int throttled = 0;

    bool dropNextBatch = false;
    QList<Arrival> arrivals;
    QList<QJsonObject> bulkAccepted;

    [[nodiscard]] StoredUser* findUser(const QString& idOrUpn);   // not deleted
    void touch(StoredUser& user);                                // records a change for delta
    void index(const StoredUser& user);                          // (re)indexes its UPN
    void unindex(const StoredUser& user);
};

// graphtoken.cpp: POST /{tenant}/oauth2/v2.0/token; bearer check for everything else.
[[nodiscard]] GraphResponse handleToken(GraphState& state, const GraphRequest& request);
[[nodiscard]] std::optional<GraphResponse> checkBearer(GraphState& state, const GraphRequest& request);

// graphthrottle.cpp: a 429 when the request's quota is spent (or a storm is on), else nullopt
// after counting it; usage headers on every answer.
[[nodiscard]] Quota quotaOf(const GraphRequest& request);
[[nodiscard]] std::optional<GraphResponse> throttle(GraphState& state, const GraphRequest& request);
void addUsageHeaders(GraphState& state, const GraphRequest& request, GraphResponse& response);
[[nodiscard]] bool arrivesTooEarly(const GraphState& state, const GraphRequest& request);

// graphusers.cpp: /users, /users/{id}, manager/$ref, revokeSignInSessions, deletedItems.
[[nodiscard]] GraphResponse handleUsers(GraphState& state, const GraphRequest& request, const QStringList& segments);
// The user as a read returns it: $select'ed properties (the defaults without one) and, for
// $expand=manager($select=…), the manager with the properties managerSelect names (its defaults
// without any).
[[nodiscard]] QJsonObject userView(GraphState& state, const StoredUser& user, const QStringList& select,
                                   bool expandManager = false, const QStringList& managerSelect = {});
[[nodiscard]] bool expandsManager(const QUrlQuery& query);
[[nodiscard]] QStringList expandedManagerSelect(const QUrlQuery& query);
[[nodiscard]] QStringList selectOf(const QUrlQuery& query);

// graphdelta.cpp: /users/delta.
[[nodiscard]] GraphResponse handleDelta(GraphState& state, const GraphRequest& request);

// graphbatch.cpp: /$batch; `dispatch` runs one sub-request as if it had come alone.
using Dispatch = std::function<GraphResponse(const GraphRequest&)>;
[[nodiscard]] GraphResponse handleBatch(GraphState& state, const GraphRequest& request, const Dispatch& dispatch);

// graphbulkupload.cpp: /servicePrincipals/{id}/synchronization/jobs/{jobId}/bulkUpload.
[[nodiscard]] GraphResponse handleBulkUpload(GraphState& state, const GraphRequest& request,
                                             const QStringList& segments);

} // namespace Tenure::Tests::Graph
