#pragma once

#include "connectors/net/httpmessage.h"
#include "models/domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Tenure::Connectors::ODataV2 {

// The parts of OData v2 JSON ("verbose" format) that SAP SuccessFactors speaks:
//   odata.org/documentation/odata-version-2-0/json-format  (d.results, __next, __metadata,
//                                                            /Date(ms)/, error bodies)
//   odata.org/documentation/odata-version-2-0/uri-conventions  (datetime'…', datetimeoffset'…',
//                                                            quoting of string literals)

// "/Date(1420070400000)/" (Edm.DateTime, milliseconds since 1970 in UTC) and
// "/Date(1589472000000+0060)/" (Edm.DateTimeOffset: the instant in UTC, then the offset in
// minutes). nullopt if `text` is not such a value.
[[nodiscard]] std::optional<QDateTime> parseDate(const QString& text);
[[nodiscard]] bool looksLikeDate(const QString& text);   // starts as "/Date(" does

// How a date reaches people and mapping expressions: a calendar date (Edm.DateTime at midnight
// UTC, which is how SuccessFactors stores start and end dates) as yyyy-MM-dd, any other instant
// as ISO 8601 in UTC.
[[nodiscard]] QString dateText(const QDateTime& value);

// URI literals (uri-conventions §2.2.2).
[[nodiscard]] QString stringLiteral(const QString& value);   // 'O''Neil'
[[nodiscard]] QString dateTimeLiteral(const QDate& date);    // datetime'2025-06-01T00:00:00'
[[nodiscard]] QString dateTimeOffsetLiteral(const QDateTime& instant);   // datetimeoffset'2025-06-01T10:00:00Z'

// An OData v2 error body: {"error": {"code": "…", "message": {"lang": "en-US", "value": "…"}}}.
// SuccessFactors puts its own error code in brackets at the start of the value ("[LGN0015]…").
struct Error {
    QString code;
    QString message;
};
[[nodiscard]] Error parseError(const QByteArray& body);

// A non-2xx answer of SuccessFactors as an Error a person can act on: 401/403 Authentication
// (what to check on the API user), 404 NotFound, 429/5xx Unavailable (retryable), other 4xx
// Rejected. The message names `action` and quotes SuccessFactors' own message; the detail holds
// the status and code, never a header or the request.
[[nodiscard]] Models::Error errorFromResponse(const Net::HttpResponse& response, const QString& action);

// The body of a page as JSON: an error (Rejected) naming `what` when it is not a JSON object, so
// a truncated or malformed download blocks the read instead of passing for an empty page.
[[nodiscard]] Models::Result<QJsonObject> jsonBody(const Net::HttpResponse& response, const QString& what);

} // namespace Tenure::Connectors::ODataV2
