#pragma once

// A local SAP SuccessFactors Employee Central OData v2 API that follows the published behaviour,
// for tests and the demo. Transport-free: SuccessFactorsServer (sfserver.h) carries requests to
// it over HTTPS. Tests steer it through its data, its options and the fault switches, never with
// canned answers.
//
// Sources:
//   OData v2 JSON format (d.results, __next, __metadata, /Date(ms)/, error bodies)
//                     odata.org/documentation/odata-version-2-0/json-format
//   OData v2 URI conventions ($filter, $expand, $select, $count, literals)
//                     odata.org/documentation/odata-version-2-0/uri-conventions
//   Server-side snapshot paging: paging=snapshot, customPageSize (at most 1,000 per page),
//   __next carrying a $skiptoken until the last page
//                     SAP KBA 2723468, 3308165, 2489065 (userapps.support.sap.com/sap/support/knowledge/en/<n>)
//   Effective dating: asOfDate applies to every level; fromDate/toDate filter only the top-level
//   entity; without either, "today"; a non-effective-dated base expands its navigations as of
//   today; asOfDate and fromDate/toDate cannot be combined
//                     SAP KBA 2853045, 2148752, 2638422
//   $filter on effective-dated entities looks at every time slice
//                     SAP KBA 2920680, 2554717
//   Modified-since queries on lastModifiedDateTime, the $filter IN clause
//                     SAP KBA 2735876
//   Login errors: LGN0008 company not found (403), LGN0015 wrong username or password (401),
//   LGN0003 credentials missing (403); COE_PROPERTY_NOT_FOUND (400) for unknown properties
//                     SAP KBA 2524436, 3290097, 2545055
//   Throttling: 429 Too Many Requests with Retry-After (300 s recommended)
//                     SAP KBA 3159263
//   upsert: POST /odata/v2/upsert, one status per entity {"key","status","editStatus","message",
//   "index","httpCode","inlineResults"}; PerEmail needs isPrimary; one primary email per person
//                     SAP KBA 3386831; learn.microsoft.com/entra/identity/saas-apps/sap-successfactors-writeback-tutorial
//   Navigations read by identity provisioning (personalInfoNav, emailNav, employmentNav,
//   employmentNav/jobInfoNav, employmentNav/userNav, …/emplStatusNav)
//                     learn.microsoft.com/entra/identity/app-provisioning/sap-successfactors-integration-reference

#include "sfdata.h"

#include "tests/servers/common/localhttpsserver.h"

#include <QHash>
#include <QStringList>

#include <chrono>
#include <mutex>

namespace Tenure::Tests::SuccessFactors {

using Clock = std::chrono::steady_clock;

struct ServiceOptions {
    QString companyId = QStringLiteral("ACMETEST");
    QString username = QStringLiteral("tenure_api");
    QString password = QStringLiteral("Pa55:word/with+specials");
    QDate today;                 // what "today" is for effective dating; invalid: the real UTC date
    int maxPageSize = 1000;      // SuccessFactors pages hold at most 1,000 records
};

// How a page of a read can go wrong.
enum class PageFault {
    MalformedJson,     // an HTML error page from a proxy instead of JSON
    TruncatedJson,     // the JSON stops half way (and the length says so)
    TruncatedTransfer, // Content-Length promises more than arrives before the connection closes
    NotACollection,    // valid JSON without d.results
    ServerError,       // 500 with an OData error body
};

// A request as it arrived, for tests to judge the client by.
struct Arrival {
    Clock::time_point at;
    QByteArray method;
    QString path;
    QString query;            // decoded
    int status = 0;
    bool beforeRetryAfter = false;   // sent while a Retry-After given to the client was running
};

// One entity of an upsert as the server carried it out.
struct UpsertRecord {
    QString uri;
    QJsonObject entity;
    QString status;      // "OK" | "ERROR"
    QString message;
};

class SuccessFactorsService {
public:
    explicit SuccessFactorsService(ServiceOptions options = {});

    // serviceUrl: "https://127.0.0.1:port" as clients reach the server; used in links.
    [[nodiscard]] LocalResponse handle(const LocalRequest& request, const QString& baseUrl);

    // ---- Data ----
    void addPeople(const QList<Person>& people);
    // Replaces the person with the same personIdExternal (the first one, if a test added two).
    void updatePerson(const Person& person);
    [[nodiscard]] std::optional<Person> person(const QString& personIdExternal) const;
    [[nodiscard]] QList<Person> people() const;

    // ---- Fault switches ----
    // The next `requests` requests get 429 with this Retry-After (seconds).
    void throttleNext(int requests, int retryAfterSeconds);
    // After `pagesFirst` collection pages have been served, the next `count` get `fault`.
    void failPages(PageFault fault, int pagesFirst = 0, int count = 1);
    void setPassword(const QString& password);

    // ---- Inspection ----
    [[nodiscard]] QList<Arrival> arrivals() const;
    [[nodiscard]] int earlyArrivals() const;
    [[nodiscard]] QList<UpsertRecord> upserts() const;
    [[nodiscard]] ServiceOptions options() const;
    [[nodiscard]] QDate today() const;

private:
    struct Snapshot {
        QString entitySet;
        QStringList keys;        // the result set, fixed at the first page
    };
    struct Query;   // sfservice.cpp

    [[nodiscard]] std::optional<LocalResponse> checkCredentials(const LocalRequest& request) const;
    [[nodiscard]] LocalResponse route(const LocalRequest& request);
    [[nodiscard]] LocalResponse collection(const LocalRequest& request, const QString& entitySet, bool countOnly);
    [[nodiscard]] LocalResponse upsert(const LocalRequest& request);
    [[nodiscard]] UpsertRecord upsertOne(const QJsonObject& entity);
    [[nodiscard]] LocalResponse pageFault(PageFault fault);

    mutable std::mutex m_mutex;
    ServiceOptions m_options;
    QString m_serviceUrl;
    QList<Person> m_people;
    QHash<QString, Snapshot> m_snapshots;
    int m_snapshotCounter = 0;

    int m_throttleRemaining = 0;
    int m_throttleSeconds = 0;
    Clock::time_point m_retryNotBefore{};
    int m_pagesBeforeFault = 0;
    int m_faultsRemaining = 0;
    PageFault m_fault = PageFault::MalformedJson;

    QList<Arrival> m_arrivals;
    QList<UpsertRecord> m_upserts;
};

} // namespace Tenure::Tests::SuccessFactors
