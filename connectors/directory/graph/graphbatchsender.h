#pragma once

#include "graphcalls.h"

#include "connectors/net/httpclient.h"

#include <QHash>

namespace Tenure::Connectors {

// The final answer to one call of a batch.
struct GraphCallResult {
    int status = 0;
    QJsonObject body;
    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
};

// Sends calls as one Graph JSON batch (POST /$batch, at most 20 requests,
// learn.microsoft.com/graph/json-batching) until every call has a final answer:
//  - a call answered 429 or 503 is sent again, alone with what depends on it, after the
//    longest Retry-After of the batch (graph/throttling: "each request in the batch is
//    evaluated against throttling limits individually"); the shared write limiter is paused
//    meanwhile so no other request goes out before it expires;
//  - 424 Failed Dependency is final when the dependency failed for good, and sent again when the
//    dependency was only throttled;
//  - when the connection is lost before the answer (the batch may or may not have been carried
//    out), creates are looked up by userPrincipalName before anything is sent again, and a delete
//    answered 404 afterwards counts as done: nothing is applied twice.
// `writes` carries the write limiter (cost: one token per call sent); `reads` the lookups.
class GraphBatchSender {
public:
    static constexpr int maxCalls = 20;

    GraphBatchSender(const Net::HttpClient& writes, const Net::HttpClient& reads, const GraphSettings& settings);

    [[nodiscard]] Models::Result<QHash<QString, GraphCallResult>> send(const QList<GraphCall>& calls,
                                                                       const Models::CancelToken& cancel) const;

private:
    // After a lost answer: which pending creates already exist (their lookup result).
    [[nodiscard]] Models::Result<void> reconcile(const QList<GraphCall>& pending, QHash<QString, GraphCallResult>& results,
                                                 const Models::CancelToken& cancel) const;

    const Net::HttpClient& m_writes;
    const Net::HttpClient& m_reads;
    const GraphSettings& m_settings;
};

} // namespace Tenure::Connectors
