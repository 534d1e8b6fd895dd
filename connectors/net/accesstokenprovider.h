#pragma once

#include "models/domain/cancellation.h"
#include "models/domain/result.h"

#include <QString>

namespace Tenure::Connectors::Net {

// Where HttpClient gets the bearer token it sends (OAuth2ClientCredentials for Entra/Graph).
// Implementations are thread-safe and cache the token; the token is never logged.
class AccessTokenProvider {
public:
    virtual ~AccessTokenProvider() = default;
    // A token valid for at least the next minute; fetched or refreshed as needed (blocking).
    [[nodiscard]] virtual Models::Result<QString> accessToken(const Models::CancelToken& cancel) = 0;
    // The server refused `token` (HTTP 401): drop it so the next accessToken() fetches a new one.
    virtual void invalidate(const QString& token) = 0;
};

} // namespace Tenure::Connectors::Net
