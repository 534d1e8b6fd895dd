#pragma once

#include "models/domain/cancellation.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

namespace Tenure::Connectors::Net {

// A client-side token bucket, so that a server's documented quota is respected before the
// server has to throttle (Graph: "3,000 writes per 2 min 30 s per app and tenant" for identity
// and access, https://learn.microsoft.com/graph/throttling-limits). Thread-safe: share one per
// (app, tenant) between every client that spends that quota (see sharedRateLimiter()).
//
// Reservations: a caller that finds the bucket short reserves its tokens anyway (the level goes
// negative) and sleeps until they have refilled, so callers are served in arrival order and
// no one is starved. A server's Retry-After pauses the whole bucket (pauseUntil), because
// Graph throttles the app, not the single request.
class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    struct Config {
        double capacity = 1;          // the burst: tokens available at once
        double refillPerSecond = 1;   // the sustained rate
    };

    // A bucket that can never exceed `requests` in any sliding window of `window`: in any
    // window a bucket spends at most capacity + rate × window, so rate = (requests × (1 −
    // margin) − burst) / window. The margin absorbs network jitter in arrival times.
    [[nodiscard]] static Config forWindow(int requests, std::chrono::milliseconds window, double burst,
                                          double margin = 0.01);

    explicit RateLimiter(Config config, std::function<Clock::time_point()> clock = &Clock::now);

    // Blocks (in slices, watching cancel) until `cost` tokens are available and takes them.
    // false: cancelled while waiting; the reservation is given back.
    [[nodiscard]] bool acquire(double cost, const Models::CancelToken& cancel);

    // The non-blocking core: takes `cost` tokens (possibly going negative) and says how long
    // the caller must wait before using them. Exposed for unit tests.
    [[nodiscard]] std::chrono::nanoseconds reserve(double cost);
    void giveBack(double cost);

    // Nothing is handed out before `until` (a Retry-After). An earlier time than the current
    // pause is ignored.
    void pauseUntil(Clock::time_point until);
    [[nodiscard]] Clock::time_point pausedUntil() const;

    [[nodiscard]] Config config() const { return m_config; }
    [[nodiscard]] double available() const;   // the current level (negative while reserved ahead)

private:
    void refill(Clock::time_point now);

    const Config m_config;
    const std::function<Clock::time_point()> m_clock;
    mutable std::mutex m_mutex;
    double m_tokens;
    Clock::time_point m_last;
    Clock::time_point m_pausedUntil{};
};

// The one bucket of a quota key such as "graph-writes/<clientId>/<tenantId>" for this process,
// created with `config` on first use. Process-wide on purpose: the quota is the server's, and
// every connector instance for the same app and tenant spends the same one.
[[nodiscard]] std::shared_ptr<RateLimiter> sharedRateLimiter(const QString& key, RateLimiter::Config config);

// Sleeps until `deadline` in slices of at most 50 ms; false if cancelled first. Never returns
// true before the deadline (a Retry-After must never be cut short).
[[nodiscard]] bool sleepUntil(RateLimiter::Clock::time_point deadline, const Models::CancelToken& cancel);

} // namespace Tenure::Connectors::Net
