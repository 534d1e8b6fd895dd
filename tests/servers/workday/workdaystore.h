#pragma once

// The tenant's workers as Workday keeps them: effective-dated. Every business process (hire,
// job change, termination, contact change) enters a new version of the worker that takes
// effect on a date; what Get_Workers shows depends on the date asked about
// (As_Of_Effective_Date) and on what had been entered by then (As_Of_Entry_DateTime), and the
// versions are the transaction log that Transaction_Log_Criteria_Data filters.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tenure::Tests::Workday {

// The fields of a worker version, by the names this server uses (not Workday element names:
// workdayworkerxml.cpp puts each where Get_Workers has it). Values are kept as text, exactly as
// they will be sent, so tests can store what a broken tenant would hold ("2024-13-45", "Y").
namespace Field {
inline constexpr char FirstName[] = "FirstName";
inline constexpr char MiddleName[] = "MiddleName";
inline constexpr char LastName[] = "LastName";
inline constexpr char PreferredFirstName[] = "PreferredFirstName";
inline constexpr char PreferredLastName[] = "PreferredLastName";
inline constexpr char Email[] = "Email";                        // the public work email
inline constexpr char BusinessTitle[] = "BusinessTitle";
inline constexpr char PositionID[] = "PositionID";
inline constexpr char PositionTitle[] = "PositionTitle";
inline constexpr char JobProfile[] = "JobProfile";
inline constexpr char WorkerType[] = "WorkerType";              // "Regular", "Contractor", …
inline constexpr char SupervisoryOrganization[] = "SupervisoryOrganization";
inline constexpr char Company[] = "Company";
inline constexpr char LocationName[] = "LocationName";
inline constexpr char LocationID[] = "LocationID";
inline constexpr char Municipality[] = "Municipality";
inline constexpr char Country[] = "Country";                    // ISO 3166-1 alpha-2
inline constexpr char ManagerID[] = "ManagerID";                // the direct manager's Employee_ID
inline constexpr char Active[] = "Active";                      // "1" / "0"
inline constexpr char Terminated[] = "Terminated";
inline constexpr char Rehire[] = "Rehire";
inline constexpr char OnLeave[] = "OnLeave";
inline constexpr char HireDate[] = "HireDate";                  // yyyy-MM-dd (sent with the tenant's offset)
inline constexpr char OriginalHireDate[] = "OriginalHireDate";
inline constexpr char TerminationDate[] = "TerminationDate";
inline constexpr char LastDayOfWork[] = "LastDayOfWork";
} // namespace Field

struct WorkerVersion {
    QDate effective;               // takes effect on this date
    QDateTime entered;             // entered into Workday at this moment (UTC)
    QString transaction;           // the Business_Process_Type: "Hire Employee", "Change Job", …
    QMap<QString, QString> fields; // the whole worker as of this version
};

struct StoredWorker {
    QString wid;                   // 32 hex digits
    QString workerId;              // Employee_ID or Contingent_Worker_ID; empty only in broken test data
    bool contingent = false;
    QString userName;              // the Workday account's user name
    QList<WorkerVersion> versions; // in the order they were entered
    int emailWrites = 0;           // Maintain_Contact_Information calls that changed the work email
    int userNameWrites = 0;        // Update_Workday_Account calls
};

// A worker as Get_Workers shows it as of a date and an entry moment.
struct WorkerView {
    QMap<QString, QString> fields;
    bool preHire = false;          // entered but not yet effective: shown with Active 0
};

// The version in force on `effective` among those entered by `entry`; a worker whose hire is
// entered but not yet effective is a pre-hire (its first version, Active 0); nullopt when nothing
// of the worker had been entered by then.
[[nodiscard]] std::optional<WorkerView> viewAsOf(const StoredWorker& worker, const QDate& effective,
                                                 const QDateTime& entry);

// A stable WID for a worker id, so generated data and demos give the same WIDs every time.
[[nodiscard]] QString widFor(const QString& workerId);

// The data file of tenure-workday-server: {"workers": [{"wid", "workerId", "contingent",
// "userName", "versions": [{"effective", "entered", "transaction", "fields": {…}}]}]}.
[[nodiscard]] QJsonObject workersToJson(const QList<StoredWorker>& workers);
// Empty error string on success; otherwise what is wrong, naming the worker.
[[nodiscard]] QString workersFromJson(const QJsonObject& json, QList<StoredWorker>* out);

} // namespace Tenure::Tests::Workday
