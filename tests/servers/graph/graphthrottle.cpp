// Throttling as https://learn.microsoft.com/graph/throttling and
// https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits describe it:
//  - per app + tenant: 3,000 writes per 2 min 30 s; resource units per 10 s for reads (8,000 for a
//    large tenant; each request here costs 1). Sliding windows.
//  - a throttled request gets 429 with Retry-After (seconds), x-ms-throttle-scope
//    "<Scope>/<Limit>/<ApplicationId>/<TenantId>" and x-ms-throttle-information (the reason).
//  - every answer carries x-ms-resource-unit; x-ms-throttle-limit-percentage appears once more than
//    0.8 of a limit is used (0.8 … 1.8).
//  - bulkUpload: 40 calls per 5 s and 6,000 per 24 h (inbound-provisioning-api-issues).
// A request that arrives while a Retry-After given for its quota is still running is recorded as
// early: the benchmark and the storm test require that there are none.

#include "graphstate.h"

#include <cmath>

namespace Tenure::Tests::Graph {
namespace {

using namespace std::chrono;
constexpr int Everything = -1;   // a storm's Retry-After covers every quota

struct Window {
    std::deque<Clock::time_point>* log;
    int limit;
    milliseconds length;
};

void expire(std::deque<Clock::time_point>& log, milliseconds length, Clock::time_point now)
{
    while (!log.empty() && now - log.front() >= length)
        log.pop_front();
}

QList<Window> windowsOf(GraphState& state, Quota quota)
{
    const GraphServiceOptions& o = state.options;
    switch (quota) {
    case Quota::Read:
        return {{&state.reads, o.readUnitsPer10Seconds, seconds(10)}};
    case Quota::Write:
        return {{&state.writes, o.writeQuota, o.writeWindow}};
    case Quota::Bulk:
        return {{&state.bulkCalls, o.bulkCallsPer5Seconds, seconds(5)},
                {&state.bulkCallsToday, o.bulkCallsPerDay, hours(24)}};
    }
    return {};
}

GraphResponse tooMany(GraphState& state, Quota quota, int retryAfterSeconds, const QString& reason)
{
    GraphResponse response = GraphResponse::error(429, QStringLiteral("TooManyRequests"),
                                                  QStringLiteral("Too many requests. Retry after %1 seconds.")
                                                      .arg(retryAfterSeconds));
    const char* limit = quota == Quota::Read ? "Read" : quota == Quota::Write ? "Write" : "ReadWrite";
    response.headers.append(Header("Retry-After", QByteArray::number(retryAfterSeconds)));
    response.headers.append(Header("x-ms-throttle-scope",
                                   QStringLiteral("Tenant_Application/%1/%2/%3")
                                       .arg(QLatin1String(limit), state.options.clientId, state.options.tenantId)
                                       .toLatin1()));
    response.headers.append(Header("x-ms-throttle-information", reason.toLatin1()));
    ++state.throttled;
    return response;
}

} // namespace

Quota quotaOf(const GraphRequest& request)
{
    if (request.path.endsWith(QLatin1String("/bulkUpload")))
        return Quota::Bulk;
    return request.method == "GET" ? Quota::Read : Quota::Write;
}

bool arrivesTooEarly(const GraphState& state, const GraphRequest& request)
{
    const Clock::time_point now = Clock::now();
    const auto notBefore = [&](int key) { return state.retryNotBefore.value(key, Clock::time_point{}); };
    if (now < notBefore(Everything))
        return true;
    // A $batch carries writes: judge it against the write quota's Retry-After.
    const Quota quota = request.path.endsWith(QLatin1String("$batch")) ? Quota::Write : quotaOf(request);
    return now < notBefore(int(quota));
}

std::optional<GraphResponse> throttle(GraphState& state, const GraphRequest& request)
{
    const Clock::time_point now = Clock::now();
    const Quota quota = quotaOf(request);
    if (state.stormRemaining > 0) {
        --state.stormRemaining;
        auto& until = state.retryNotBefore[Everything];
        until = std::max(until, now + seconds(state.stormRetryAfter));
        return tooMany(state, quota, state.stormRetryAfter, QStringLiteral("CPULimitExceeded"));
    }
    const QList<Window> windows = windowsOf(state, quota);
    for (const Window& window : windows) {
        expire(*window.log, window.length, now);
        if (int(window.log->size()) >= window.limit) {
            // Free again when enough of the oldest entries leave the window.
            const auto freeAt = window.log->at(window.log->size() - size_t(window.limit)) + window.length;
            const int retryAfter = std::max(1, int(std::ceil(duration<double>(freeAt - now).count())));
            auto& until = state.retryNotBefore[int(quota)];
            until = std::max(until, now + seconds(retryAfter));
            return tooMany(state, quota, retryAfter,
                           quota == Quota::Write ? QStringLiteral("WriteLimitExceeded")
                                                 : QStringLiteral("ResourceUnitLimitExceeded"));
        }
    }
    for (const Window& window : windows)
        window.log->push_back(now);
    return std::nullopt;
}

void addUsageHeaders(GraphState& state, const GraphRequest& request, GraphResponse& response)
{
    if (response.status == 429)
        return;
    response.headers.append(Header("x-ms-resource-unit", "1"));
    double used = 0;
    for (const Window& window : windowsOf(state, quotaOf(request)))
        used = std::max(used, double(window.log->size()) / std::max(window.limit, 1));
    if (used > 0.8)
        response.headers.append(Header("x-ms-throttle-limit-percentage", QByteArray::number(std::min(used, 1.8), 'f', 1)));
}

} // namespace Tenure::Tests::Graph
