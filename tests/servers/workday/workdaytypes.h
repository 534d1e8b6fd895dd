#pragma once

// Values the local Workday server works with (see workdayservice.h for what it implements).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>
#include <functional>

namespace Tenure::Tests::Workday {

using Header = QPair<QByteArray, QByteArray>;
using Clock = std::chrono::steady_clock;

inline constexpr char WorkdayNs[] = "urn:com.workday/bsvc";
inline constexpr char SoapNs[] = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr char WsseNs[] = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
inline constexpr char PasswordTextType[] =
    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

struct SoapHttpRequest {
    QByteArray method;
    QString path;            // "/ccx/service/acme/Human_Resources/v40.1"
    QList<Header> headers;
    QByteArray body;
};

struct SoapHttpResponse {
    int status = 200;
    QList<Header> headers;
    QByteArray body;
};

struct WorkdayServiceOptions {
    QString tenant = QStringLiteral("acme");
    QString userName = QStringLiteral("isu_tenure@acme");
    QString password = QStringLiteral("W0rkday!Integration&<pass>");
    // Workday writes xsd:date values with the tenant's offset ("2024-05-01-08:00").
    QString dateOffset = QStringLiteral("-08:00");
    // Requests per second per tenant before 429 with Retry-After (Workday publishes no number for
    // SOAP; its gateway answers bursts with 429, which a client must honour). 0: no limit.
    int requestsPerSecond = 0;
    int retryAfterSeconds = 1;
    // When write-back transactions are entered; the wall clock unless a test pins it.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

// Switchable failure modes, each for the next `count` requests that reach the service.
enum class Failure {
    Truncated,       // the answer is cut off half way (a dropped download)
    MalformedXml,    // the answer is not well-formed XML
    ServerError,     // HTTP 500 with an HTML page, as a load balancer in trouble sends
    Throttled,       // HTTP 429 with Retry-After
};

// What the server saw, for tests to judge the client by.
struct Arrival {
    QString operation;       // "Get_Workers", "Maintain_Contact_Information", … or "" when unparsed
    int status = 0;
    bool authenticated = false;
    QByteArray requestBody;  // as sent (tests read the request's shape from it)
};

} // namespace Tenure::Tests::Workday
