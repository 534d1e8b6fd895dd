#pragma once

#include "models/domain/result.h"

#include <QByteArray>

namespace Tenure::Connectors {

// A SCIM error response (RFC 7644 §3.12): {"schemas": ["urn:…:api:messages:2.0:Error"],
// "status": "409", "scimType": "uniqueness", "detail": "…"}. Anything else in the body is ignored.
struct ScimErrorBody {
    int status = 0;
    QString scimType;
    QString detail;
    [[nodiscard]] static ScimErrorBody parse(const QByteArray& body);
};

// The Error a person reads for a non-2xx answer. `action` says what was attempted ("Update user
// ann (W-1)"). The message explains the status and scimType (RFC 7644 §3.12, Table 9) in plain
// words and quotes the service's own detail; Error::detail holds "HTTP <status> <scimType>: <detail>".
//   401/403 → Authentication, 404 → NotFound, 409 → Conflict, 412 → Conflict ("preview again"),
//   408/429/5xx (not 501) → Unavailable (retryable), other → Rejected.
[[nodiscard]] Models::Error scimError(int status, const QByteArray& body, const QString& action);

} // namespace Tenure::Connectors
