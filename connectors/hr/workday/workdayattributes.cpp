#include "workdayattributes.h"

namespace Tenure::Connectors::Workday {
namespace {

// Paths shared by several attributes.
const QString WorkerData = QStringLiteral("wd:Worker/wd:Worker_Data");
const QString StatusData = WorkerData + QStringLiteral("/wd:Employment_Data/wd:Worker_Status_Data");
const QString PrimaryPosition =
    WorkerData + QStringLiteral("/wd:Employment_Data/wd:Worker_Job_Data[@wd:Primary_Job=1]/wd:Position_Data");
const QString Site = PrimaryPosition + QStringLiteral("/wd:Business_Site_Summary_Data");
const QString LegalName = WorkerData + QStringLiteral("/wd:Personal_Data/wd:Name_Data/wd:Legal_Name_Data/wd:Name_Detail_Data");
const QString PreferredName =
    WorkerData + QStringLiteral("/wd:Personal_Data/wd:Name_Data/wd:Preferred_Name_Data/wd:Name_Detail_Data");

QString organisation(const char* type, const char* field)
{
    return WorkerData + QStringLiteral("/wd:Organization_Data/wd:Worker_Organization_Data/wd:Organization_Data"
                                       "[translate(string(wd:Organization_Type_Reference/wd:ID[@wd:type='Organization_"
                                       "Type_ID']),'abcdefghijklmnopqrstuvwxyz','ABCDEFGHIJKLMNOPQRSTUVWXYZ')='%1']/wd:%2/text()")
                            .arg(QLatin1String(type), QLatin1String(field));
}

} // namespace

QMap<QString, QString> defaultAttributes()
{
    return {
        {QStringLiteral("WorkerID"), WorkerData + QStringLiteral("/wd:Worker_ID/text()")},
        {QStringLiteral("WID"), QStringLiteral("wd:Worker/wd:Worker_Reference/wd:ID[@wd:type='WID']/text()")},
        {QStringLiteral("EmployeeID"), QStringLiteral("wd:Worker/wd:Worker_Reference/wd:ID[@wd:type='Employee_ID']/text()")},
        {QStringLiteral("ContingentWorkerID"),
         QStringLiteral("wd:Worker/wd:Worker_Reference/wd:ID[@wd:type='Contingent_Worker_ID']/text()")},
        {QStringLiteral("UserID"), WorkerData + QStringLiteral("/wd:User_ID/text()")},
        {QStringLiteral("FirstName"), LegalName + QStringLiteral("/wd:First_Name/text()")},
        {QStringLiteral("MiddleName"), LegalName + QStringLiteral("/wd:Middle_Name/text()")},
        {QStringLiteral("LastName"), LegalName + QStringLiteral("/wd:Last_Name/text()")},
        {QStringLiteral("PreferredFirstName"), PreferredName + QStringLiteral("/wd:First_Name/text()")},
        {QStringLiteral("PreferredMiddleName"), PreferredName + QStringLiteral("/wd:Middle_Name/text()")},
        {QStringLiteral("PreferredLastName"), PreferredName + QStringLiteral("/wd:Last_Name/text()")},
        {QStringLiteral("DisplayName"), PreferredName + QStringLiteral("/@wd:Formatted_Name")},
        {QStringLiteral("EmailAddress"),
         WorkerData + QStringLiteral("/wd:Personal_Data/wd:Contact_Data/wd:Email_Address_Data[wd:Usage_Data/@wd:Public='1' "
                                     "and string(wd:Usage_Data/wd:Type_Data/wd:Type_Reference/wd:ID[@wd:type='Communication_"
                                     "Usage_Type_ID'])='WORK']/wd:Email_Address/text()")},
        {QStringLiteral("BusinessTitle"), PrimaryPosition + QStringLiteral("/wd:Business_Title/text()")},
        {QStringLiteral("PositionID"), PrimaryPosition + QStringLiteral("/wd:Position_ID/text()")},
        {QStringLiteral("PositionTitle"), PrimaryPosition + QStringLiteral("/wd:Position_Title/text()")},
        {QStringLiteral("JobProfile"), PrimaryPosition + QStringLiteral("/wd:Job_Profile_Summary_Data/wd:Job_Profile_Name/text()")},
        {QStringLiteral("WorkerType"),
         PrimaryPosition + QStringLiteral("/wd:Worker_Type_Reference[wd:ID/@wd:type=\"Contingent_Worker_Type_ID\" or "
                                          "wd:ID/@wd:type=\"Employee_Type_ID\"]/@wd:Descriptor")},
        {QStringLiteral("SupervisoryOrganization"), organisation("SUPERVISORY", "Organization_Name")},
        {QStringLiteral("Company"), organisation("COMPANY", "Organization_Name")},
        {QStringLiteral("LocationName"), Site + QStringLiteral("/wd:Name/text()")},
        {QStringLiteral("LocationIdentifier"), Site + QStringLiteral("/wd:Location_Reference/wd:ID[@wd:type='Location_ID']/text()")},
        {QStringLiteral("Municipality"), Site + QStringLiteral("/wd:Address_Data/wd:Municipality/text()")},
        {QStringLiteral("CountryReferenceTwoLetter"),
         Site + QStringLiteral("/wd:Address_Data/wd:Country_Reference/wd:ID[@wd:type='ISO_3166-1_Alpha-2_Code']/text()")},
        // The direct manager is the last level of the first supervisory chain (Entra's
        // ManagerReference takes its WID; Tenure resolves managers by worker id).
        {QStringLiteral("ManagerID"),
         WorkerData + QStringLiteral("/wd:Management_Chain_Data/wd:Worker_Supervisory_Management_Chain_Data[position()=1]/"
                                     "wd:Management_Chain_Data[last()=position()]/wd:Manager_Reference/"
                                     "wd:ID[@wd:type='Employee_ID']/text()")},
        {QStringLiteral("Active"), StatusData + QStringLiteral("/wd:Active/text()")},
        {QStringLiteral("StatusTerminated"), StatusData + QStringLiteral("/wd:Terminated/text()")},
        {QStringLiteral("StatusRehire"), StatusData + QStringLiteral("/wd:Rehire/text()")},
        {QStringLiteral("StatusHireDate"), StatusData + QStringLiteral("/wd:Hire_Date/text()")},
        {QStringLiteral("StatusOriginalHireDate"), StatusData + QStringLiteral("/wd:Original_Hire_Date/text()")},
        {QStringLiteral("StatusTerminationDate"), StatusData + QStringLiteral("/wd:Termination_Date/text()")},
        {QStringLiteral("StatusTerminationLastDayOfWork"), StatusData + QStringLiteral("/wd:Termination_Last_Day_of_Work/text()")},
    };
}

QStringList defaultDateAttributes()
{
    return {QStringLiteral("StatusHireDate"), QStringLiteral("StatusOriginalHireDate"), QStringLiteral("StatusTerminationDate"),
            QStringLiteral("StatusTerminationLastDayOfWork")};
}

QStringList booleanAttributes()
{
    return {QStringLiteral("Active"), QStringLiteral("StatusTerminated"), QStringLiteral("StatusRehire")};
}

} // namespace Tenure::Connectors::Workday
