#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace Tenure::Connectors::Net {

// When to try a request again. Pure functions, unit-tested on their own (tst_retrypolicy).
struct RetryPolicy {
    int maxAttempts = 6;                                  // first try included
    std::chrono::milliseconds backoffBase{500};           // wait before the 2nd try (before jitter)
    std::chrono::milliseconds backoffMax{30'000};         // cap of the exponential growth
    // A Retry-After longer than this is not waited for: the call fails (retryable) instead of
    // blocking a worker for minutes; the run can be resumed later.
    std::chrono::seconds maxRetryAfter{300};
    // How many 429s (or 503s with Retry-After) one request may meet before it fails: Graph asks
    // to keep retrying after each Retry-After until the request succeeds (graph/throttling).
    int maxThrottled = 50;

    // Exponential backoff with "equal jitter": half the window fixed, half random, so that
    // clients retrying together spread out without ever retrying immediately.
    // attempt = 1 for the wait after the first failure. random01 in [0, 1).
    [[nodiscard]] std::chrono::milliseconds backoff(int attempt, double random01) const;
    // backoff() with QRandomGenerator::global().
    [[nodiscard]] std::chrono::milliseconds backoff(int attempt) const;
};

// Parses a Retry-After header value (RFC 9110 §10.2.3): either delay-seconds ("120") or an
// HTTP-date ("Fri, 31 Dec 1999 23:59:59 GMT", also the obsolete RFC 850 and asctime forms).
// An HTTP-date is measured against the response's own Date header when there is one (so a
// skewed local clock does not matter), else against `now`. A date in the past gives 0.
// Fractions of a second round up: waiting less than asked is never allowed.
// nullopt: absent or unparseable (the caller falls back to its own backoff).
[[nodiscard]] std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                                       const QByteArray& dateHeader = {},
                                                                       const QDateTime& now = QDateTime::currentDateTimeUtc());

// Parses an IMF-fixdate / RFC 850 / asctime HTTP-date (RFC 9110 §5.6.7); invalid if none fits.
[[nodiscard]] QDateTime parseHttpDate(const QByteArray& value);

// HTTP statuses worth a retry: 408, 429, 500, 502, 503, 504.
[[nodiscard]] bool isRetryableStatus(int status);

} // namespace Tenure::Connectors::Net
