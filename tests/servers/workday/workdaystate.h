#pragma once

// The local Workday server's state and its operations, shared by the files that implement them.

#include "connectors/hr/workday/xmldocument.h"
#include "workdayservice.h"
#include "workdayxml.h"

#include <deque>

namespace Tenure::Tests::Workday {

struct WorkdayService::State {
    WorkdayServiceOptions options;
    QList<StoredWorker> workers;
    QList<Arrival> arrivals;
    struct PendingFailure {
        Failure failure;
        int after;      // requests still to pass untouched
        int requests;   // requests still to damage
    };
    QList<PendingFailure> failures;
    std::deque<Clock::time_point> recent;   // arrivals in the last second, for the rate limit
    Clock::time_point retryAfterUntil{};
    int earlyArrivals = 0;

    StoredWorker* byWid(const QString& wid);
    // By Worker_ID; `contingent` narrows to one kind (Employee_ID or Contingent_Worker_ID).
    StoredWorker* byWorkerId(const QString& workerId, std::optional<bool> contingent = std::nullopt);
    ManagerLookup managers(const QDate& effective, const QDateTime& entry);
};

// An operation's answer: the SOAP body (a response or a fault) and the HTTP status.
struct OperationAnswer {
    int status = 200;
    QByteArray body;

    [[nodiscard]] static OperationAnswer ok(QByteArray envelope) { return {200, std::move(envelope)}; }
    [[nodiscard]] static OperationAnswer validation(const QString& message, const QString& xpath);
};

using Connectors::Xml::Element;

[[nodiscard]] OperationAnswer getWorkers(WorkdayService::State& state, const Element& request, const QString& version);
[[nodiscard]] OperationAnswer maintainContactInformation(WorkdayService::State& state, const Element& request,
                                                         const QString& version);
[[nodiscard]] OperationAnswer updateWorkdayAccount(WorkdayService::State& state, const Element& request);

// Workday's xsd:boolean as requests carry it ("true", "1").
[[nodiscard]] bool isTrue(const QString& text);

} // namespace Tenure::Tests::Workday
