#pragma once

#include "accesstokenprovider.h"
#include "httpmessage.h"
#include "ratelimiter.h"
#include "retrypolicy.h"

#include "models/domain/cancellation.h"

#include <QSslConfiguration>

#include <chrono>
#include <memory>

namespace Tenure::Connectors::Net {

struct HttpClientOptions {
    // PEM file of the CA(s) to trust instead of the system store (a local test server, a TLS
    // inspecting proxy). Certificates are always verified: there is no switch to turn that off.
    QString caFile;
    // A request that transfers nothing for this long, or takes longer than 4× this in all, fails
    // as Unavailable (retryable).
    std::chrono::milliseconds timeout{30'000};
    RetryPolicy retry;
    // Adds "Authorization: Bearer …"; on a 401 the token is invalidated and the request sent
    // once more with a fresh one.
    std::shared_ptr<AccessTokenProvider> auth;
    // Without a token provider: the Authorization header of every request, for APIs that take
    // fixed credentials such as HTTP Basic (RFC 7617). Never logged.
    QByteArray authorization;
    // Spent before every attempt (cost given to send()); a Retry-After pauses it for everyone
    // sharing it. Without one, Retry-After still pauses this client.
    std::shared_ptr<RateLimiter> limiter;
    QByteArray userAgent = "Tenure";
};

// The one HTTP client of Tenure's connectors.
//
// Blocking: every call runs its request on a QNetworkAccessManager owned by the calling thread
// (one per thread and caFile, kept for the thread's life so connections are reused; per caFile
// because Qt reuses an open connection whatever the request's TLS configuration) inside a local
// event loop. Call it from worker threads only: on the GUI thread of a QGuiApplication it refuses
// (ErrorCode::Internal) rather than re-enter the event loop. A value type; copies share the
// token provider and the limiter, and may be used from several threads at once.
//
// Retries (send()):
//  - 429, and 503 with Retry-After: the server refused without processing, so every method is
//    retried, never before the Retry-After (seconds or HTTP-date) has passed — measured from
//    when the response arrived — and the shared limiter is paused for as long. Without
//    Retry-After: exponential backoff with jitter (RetryPolicy). Up to retry.maxThrottled times.
//  - 408/500/502/503/504 and network failures: retried with backoff only for idempotent requests
//    (HttpRequest::isIdempotent); a POST that may have been carried out is returned to the
//    caller, who knows how to check (Graph creates are looked up before being sent again).
//    Qt itself silently resends a request whose keep-alive connection closed before the answer;
//    a non-idempotent body is therefore sent from a device Qt cannot rewind, so such a loss
//    comes back as an error (Unavailable, retryable) instead of a second, hidden execution.
//  - TLS failures, 4xx: never retried.
// Diagnostics: method, host, path, status, attempt and time go to spdlog at debug level; the
// query string, headers and bodies never do, so neither a token nor a secret can reach a log.
class HttpClient {
public:
    [[nodiscard]] static Models::Result<HttpClient> create(HttpClientOptions options);

    // Sends with the retries above; returns the last response whatever its status (a 404 or a
    // 410 is for the caller to judge), or an error when no response came (network, TLS,
    // timeout, cancelled, a token that could not be fetched, a Retry-After over retry.maxRetryAfter).
    // `cost`: tokens taken from the limiter per attempt (a Graph $batch of 20 writes costs 20).
    [[nodiscard]] Models::Result<HttpResponse> send(const HttpRequest& request, const Models::CancelToken& cancel,
                                                    double cost = 1) const;
    // send(); a non-2xx status becomes errorFromResponse(response, action).
    [[nodiscard]] Models::Result<HttpResponse> sendChecked(const HttpRequest& request, const QString& action,
                                                           const Models::CancelToken& cancel, double cost = 1) const;
    // sendChecked(), then the body as a JSON object ({} for 204 No Content).
    [[nodiscard]] Models::Result<QJsonObject> sendForJson(const HttpRequest& request, const QString& action,
                                                          const Models::CancelToken& cancel, double cost = 1) const;
    // Exactly one attempt: no auth, no limiter, no retries.
    [[nodiscard]] Models::Result<HttpResponse> sendOnce(const HttpRequest& request,
                                                        const Models::CancelToken& cancel) const;

    [[nodiscard]] const HttpClientOptions& options() const { return m_options; }
    [[nodiscard]] const std::shared_ptr<RateLimiter>& limiter() const { return m_options.limiter; }

private:
    HttpClient(HttpClientOptions options, QSslConfiguration tls);

    HttpClientOptions m_options;
    QSslConfiguration m_tls;
    // Retry-After for a client without a limiter; shared by copies.
    std::shared_ptr<RateLimiter> m_pause;
};

} // namespace Tenure::Connectors::Net
