#pragma once

#include "httpmessage.h"

#include <QNetworkReply>

namespace Tenure::Connectors::Net {

// What a server said went wrong, read from the error body shapes Tenure talks to:
//   Microsoft Graph   {"error": {"code", "message", "innerError": {"request-id", "date"}}}
//                     (https://learn.microsoft.com/graph/errors)
//   OAuth 2.0 / Entra {"error", "error_description", "error_codes", "trace_id", "correlation_id"}
//                     (RFC 6749 §5.2; https://learn.microsoft.com/entra/identity-platform/reference-error-codes)
//   SCIM 2.0          {"schemas": [...:Error], "status", "scimType", "detail"} (RFC 7644 §3.12)
struct ServerError {
    QString code;        // "Request_ResourceNotFound", "invalid_client", "uniqueness", …
    QString message;
    QString requestId;   // Graph's request-id or the identity platform's trace_id
    QString date;
};

[[nodiscard]] ServerError parseServerError(const QByteArray& body);

// Maps a non-2xx response to an Error: 401 Authentication, 403 Authentication (the app lacks a
// permission), 404/410 NotFound, 409/412 Conflict, 408/429/5xx Unavailable (retryable), other
// 4xx Rejected. `action` says what was attempted ("Create user ada@contoso.test"). detail holds
// the status, the server's code and message and its request-id: never a header or a request body.
[[nodiscard]] Models::Error errorFromResponse(const HttpResponse& response, const QString& action);

// Maps a transport failure: TLS → Tls; refused, unreachable, timed out, closed → Unavailable
// (retryable); `host` is what the message names.
[[nodiscard]] Models::Error errorFromNetwork(QNetworkReply::NetworkError error, const QString& errorString,
                                             const QString& host, const QString& action);

} // namespace Tenure::Connectors::Net
