#pragma once

// A local Workday tenant's Human_Resources web service that follows the published behaviour, for
// tests and the demo. Transport-free: WorkdayServer (workdayserver.h) carries requests to it over
// HTTPS. Tests steer it only through its data (effective-dated workers), the options and the
// failure switches, never with canned answers.
//
// What it implements, and where that is documented:
//   SOAP 1.1 over HTTP POST to /ccx/service/<tenant>/Human_Resources/<version>; faults as HTTP 500
//   with faultcode, faultstring and detail          W3C SOAP 1.1 Note, §4.4 (Fault), §6.2 (HTTP)
//   WS-Security UsernameToken, PasswordText, user "name@tenant"; a wrong or missing one is the
//   fault SOAP-ENV:Client.authenticationError ("invalid username or password")
//                                                    OASIS WSS UsernameToken Profile 1.0;
//                                                    learn.microsoft.com/entra/identity/saas-apps/
//                                                    workday-inbound-tutorial (user@tenant)
//   Get_Workers: Request_References (WID, Employee_ID, Contingent_Worker_ID;
//   Skip_Non_Existing_Instances), Request_Criteria/Transaction_Log_Criteria_Data
//   (Transaction_Date_Range_Data Updated_From/Through and Effective_From/Through,
//   Transaction_Type_References), Exclude_Inactive_Workers/Exclude_Employees/
//   Exclude_Contingent_Workers, Response_Filter (As_Of_Effective_Date, As_Of_Entry_DateTime, Page,
//   Count ≤ 999, "Page Number cannot be zero."), Response_Results (Total_Results, Total_Pages,
//   Page_Results, Page), Worker_Response_Group flags deciding the data sets sent
//                                                    community.workday.com/sites/default/files/
//                                                    file-hosting/productionapi/Human_Resources/
//                                                    v35.2/Get_Workers.html (and the Response_Filter,
//                                                    Response_Results text shared by every Get_ page,
//                                                    e.g. Staffing/v31.2/Get_Worker_Documents.html)
//   Date range rules ("If one of Updated From or Updated Through contains a value, both are
//   Required!", "… From must be less than or equal to … Through!")
//                                                    …/Human_Resources/v32.1/Get_Worker_Event_History.html
//   Effective dating: the version in force on As_Of_Effective_Date among those entered by
//   As_Of_Entry_DateTime ("the response element will only include data that is the most
//   effective as of the As Of Date" / "entered into Workday before the As Of Moment"); a hire
//   entered but not yet effective is shown with Active 0
//                                                    …/Human_Resources/v25.1/Find_Worker.html;
//                                                    learn.microsoft.com/entra/identity/app-provisioning/
//                                                    workday-integration-reference (full sync,
//                                                    incremental queries, future-dated hires)
//   wd:Worker element shapes (names, status, email usage WORK, Primary_Job, organisations by
//   Organization_Type_ID, management chain with the direct manager last)
//                                                    …/app-provisioning/workday-attribute-reference
//                                                    (the XPaths Entra evaluates on them)
//   Maintain_Contact_Information: the work email replaces the current one unless Add_Only;
//   Update_Workday_Account: the user name ("updates an existing Workday Account (e.g. User Name /
//   Password)"); validation faults with Message, Detail_Message and Xpath
//                                                    Workday's Human_Resources WSDL
//                                                    (Maintain_Contact_Information_for_Person_Event_
//                                                    Request, Workday_Account_for_Worker_Update,
//                                                    Validation_FaultType); …/saas-apps/
//                                                    workday-writeback-tutorial
//   429 Too Many Requests with Retry-After when a tenant sends faster than its limit
//                                                    RFC 6585 §4, RFC 9110 §10.2.3 (Workday publishes
//                                                    no SOAP rate; the limit is an option)

#include "workdaystore.h"
#include "workdaytypes.h"

#include <memory>
#include <mutex>
#include <optional>

namespace Tenure::Tests::Workday {

// Thread-safe: the HTTPS server's thread calls handle(), tests inspect from theirs.
class WorkdayService {
public:
    explicit WorkdayService(WorkdayServiceOptions options = {});
    ~WorkdayService();
    WorkdayService(const WorkdayService&) = delete;
    WorkdayService& operator=(const WorkdayService&) = delete;

    [[nodiscard]] SoapHttpResponse handle(const SoapHttpRequest& request);

    // ---- The tenant's data ----
    void setWorkers(QList<StoredWorker> workers);
    void addWorker(StoredWorker worker);
    // Enters a new version of the worker: the fields of its latest entered version with
    // `changes` applied, effective `effective`, entered `entered`, by business process `transaction`.
    // False if no worker has that id.
    bool addVersion(const QString& workerId, const QDate& effective, const QDateTime& entered, const QString& transaction,
                    const QMap<QString, QString>& changes);

    // ---- Failure switches ----
    // The next `requests` requests after `after` more have passed meet `failure`. Switches queue:
    // each starts counting when the one before it has run out.
    void failNext(Failure failure, int requests = 1, int after = 0);

    // ---- Inspection ----
    [[nodiscard]] std::optional<StoredWorker> worker(const QString& workerId) const;
    [[nodiscard]] QList<Arrival> arrivals() const;
    [[nodiscard]] int earlyArrivals() const;   // requests sent while a Retry-After given to the client ran
    [[nodiscard]] WorkdayServiceOptions options() const;
    // "/ccx/service/<tenant>": what a client's endpoint ends with.
    [[nodiscard]] QString tenantPath() const;

    struct State;   // workdaystate.h

private:
    mutable std::mutex m_mutex;
    std::unique_ptr<State> m_state;
};

} // namespace Tenure::Tests::Workday
