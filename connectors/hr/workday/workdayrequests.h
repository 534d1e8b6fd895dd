#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QXmlStreamWriter>

namespace Tenure::Connectors::Workday {

// Which workers a Get_Workers request asks for. The shapes are those Microsoft Entra's Workday
// connector sends (learn.microsoft.com/entra/identity/app-provisioning/workday-integration-reference),
// which Workday's Get_Workers reference (Human_Resources, Get_Workers_Request) describes.
struct GetWorkersQuery {
    enum class Selection {
        // Everyone with a hire or contract transaction in the transaction log: the full read.
        Hired,
        // Workers with a transaction entered (Updated_From/Updated_Through) in [from, through]:
        // manual updates since the last read.
        EnteredBetween,
        // Workers with a transaction that takes effect (Effective_From/Effective_Through) in
        // [from, through]: effective-dated changes and terminations that came due.
        EffectiveBetween,
        // The workers named in references (Request_References).
        ByReference,
    };
    Selection selection = Selection::Hired;
    QDateTime from;
    QDateTime through;
    QList<QPair<QString, QString>> references;   // (ID type, value): ("WID", "…"), ("Employee_ID", "21001")
    bool skipMissingReferences = false;          // Request_References/@Skip_Non_Existing_Instances

    QDate asOfEffectiveDate;                     // Response_Filter/As_Of_Effective_Date
    QDateTime asOfEntry;                         // Response_Filter/As_Of_Entry_DateTime
    int page = 1;
    int count = 30;

    // Response_Group: false for the full worker data the attributes need; true for only the
    // references (write-back looks up WIDs and worker kinds this way).
    bool referencesOnly = false;
    // Response_Group flags an attribute XPath needs beyond the defaults ("Include_User_Account").
    QStringList extraGroups;
};

void writeGetWorkers(QXmlStreamWriter& w, const QString& version, const GetWorkersQuery& query);

// The Response_Group flags the XPaths need beyond the default data sets, derived the way Entra
// derives them: an XPath into wd:Worker_Data/wd:User_Account_Data needs Include_User_Account, …
[[nodiscard]] QStringList responseGroupsFor(const QStringList& xpaths);

// Maintain_Contact_Information: the worker's work email, replacing the current one
// (Add_Only false), public and primary, effective `effective`, auto-completed.
void writeMaintainContactInformation(QXmlStreamWriter& w, const QString& version, const QString& workerWid,
                                     const QString& email, const QString& usageType, const QDate& effective);

// Update_Workday_Account: the worker's Workday user name. Workday names the worker here by its
// Employee or Contingent Worker integration ID (System_ID WD-EMPLID), not by WID.
void writeUpdateWorkdayAccount(QXmlStreamWriter& w, const QString& version, const QString& workerId, bool contingent,
                               const QString& userName);

// Workday's xsd:dateTime form: UTC with milliseconds and Z.
[[nodiscard]] QString dateTimeText(const QDateTime& moment);

} // namespace Tenure::Connectors::Workday
