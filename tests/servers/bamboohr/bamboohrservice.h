#pragma once

// A local BambooHR REST API that follows the published behaviour, for tests and the demo.
// Transport-free: BambooHrServer (bamboohrserver.h) carries requests to it over HTTPS. Tests steer
// it through its data, its options and the fault switches, never with canned answers.
//
// Sources (documentation.bamboohr.com):
//   Technical overview: HTTPS only, https://{…}/api/gateway.php/{companyDomain}/v1/…, HTTP Basic
//   with the API key as user name and any password, JSON with Accept: application/json, 400/401/
//   403/404 meanings, throttling answered with 503 Service Unavailable
//                                         /docs/api-details, /docs/getting-started
//   Errors explained in the X-BambooHR-Error-Message header
//                                         /docs/api-details
//   Rate limits answered with 429 and Retry-After from 16 September 2026 (503 until then; every
//   rate-limited answer carries Retry-After)
//                                         /docs/planned-changes-to-the-api
//   Employee directory: GET /v1/employees/directory → {"fields": [...], "employees": [...]}
//                                         /reference/get-employees-directory
//   Custom report: POST /v1/reports/custom?format=JSON&onlyCurrent=…, body {"title", "filters":
//   {"lastChanged": {"includeNull", "value"}}, "fields": [...]}; every employee whatever the
//   status; → {"title", "fields": [...], "employees": [...]}
//                                         /reference/request-custom-report (/reference/reports)
//   Changed employees: GET /v1/employees/changed?since=<ISO 8601>[&type=inserted|updated|deleted]
//   → {"latest", "employees": {"<id>": {"id", "action": Inserted|Updated|Deleted, "lastChanged"}}};
//   400 for a missing or malformed since
//                                         /reference/get-changed-employee-ids, /reference/change-tracking
//   One employee: GET /v1/employees/{id}?fields=a,b → {"id", "a", "b"}
//                                         /reference/get-employee
//   Empty dates written 0000-00-00; unknown field names left out rather than refused.

#include "tests/servers/common/localhttpsserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <chrono>
#include <mutex>

namespace Tenure::Tests::BambooHr {

using Clock = std::chrono::steady_clock;

struct ServiceOptions {
    QString companyDomain = QStringLiteral("acmetest");
    QString apiKey = QStringLiteral("d3c9f2a0b51e4c7e8f0a1b2c3d4e5f60718293a4");
    QDate today;   // invalid: the real UTC date (decides who is "current")
};

struct Employee {
    QString id;                // BambooHR's numeric employee id
    QJsonObject fields;        // field name → value as BambooHR writes it ("0000-00-00" for no date)
    QDateTime created;
    QDateTime lastChanged;
    bool deleted = false;
};

enum class ThrottleStatus { ServiceUnavailable503, TooManyRequests429 };

enum class ResponseFault {
    MalformedJson,      // an HTML page from a proxy
    TruncatedJson,      // the JSON stops half way (and the length says so)
    TruncatedTransfer,  // Content-Length promises more than arrives before the connection closes
};

struct Arrival {
    Clock::time_point at;
    QByteArray method;
    QString path;
    int status = 0;
    bool beforeRetryAfter = false;
};

class BambooHrService {
public:
    explicit BambooHrService(ServiceOptions options = {});

    [[nodiscard]] LocalResponse handle(const LocalRequest& request);

    // ---- Data: every change is stamped with the current time, as BambooHR's change tracking does ----
    void addEmployees(const QList<Employee>& employees);   // created and changed now unless set
    void updateEmployee(const QString& id, const QJsonObject& fields);
    void deleteEmployee(const QString& id);
    [[nodiscard]] QList<Employee> employees() const;

    // ---- Fault switches ----
    void throttleNext(int requests, int retryAfterSeconds, ThrottleStatus status);
    void failResponses(ResponseFault fault, int responsesFirst = 0, int count = 1);

    // ---- Inspection ----
    [[nodiscard]] QList<Arrival> arrivals() const;
    [[nodiscard]] int earlyArrivals() const;
    [[nodiscard]] ServiceOptions options() const;

private:
    [[nodiscard]] std::optional<LocalResponse> checkCredentials(const LocalRequest& request) const;
    [[nodiscard]] LocalResponse route(const LocalRequest& request, const QString& path);
    [[nodiscard]] LocalResponse directory() const;
    [[nodiscard]] LocalResponse customReport(const LocalRequest& request) const;
    [[nodiscard]] LocalResponse changed(const LocalRequest& request) const;
    [[nodiscard]] LocalResponse employee(const LocalRequest& request, const QString& id) const;
    [[nodiscard]] QDate today() const;

    mutable std::mutex m_mutex;
    ServiceOptions m_options;
    QList<Employee> m_employees;

    int m_throttleRemaining = 0;
    int m_throttleSeconds = 0;
    ThrottleStatus m_throttleStatus = ThrottleStatus::ServiceUnavailable503;
    Clock::time_point m_retryNotBefore{};
    int m_responsesBeforeFault = 0;
    int m_faultsRemaining = 0;
    ResponseFault m_fault = ResponseFault::MalformedJson;
    QList<Arrival> m_arrivals;
};

// BambooHR's ISO 8601 forms for "since" (…Z, …±hh:mm, …±hhmm); invalid if none fits.
[[nodiscard]] QDateTime parseSince(const QString& text);
// How BambooHR writes a change time: 2011-06-02T19:26:23+00:00.
[[nodiscard]] QString changeTime(const QDateTime& instant);

} // namespace Tenure::Tests::BambooHr
