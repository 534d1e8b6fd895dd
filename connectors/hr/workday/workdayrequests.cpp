#include "workdayrequests.h"

#include "workdayattributes.h"

namespace Tenure::Connectors::Workday {
namespace {

const QString Wd = QLatin1String(Namespace);

void text(QXmlStreamWriter& w, const char* name, const QString& value)
{
    w.writeTextElement(Wd, QLatin1String(name), value);
}

void flag(QXmlStreamWriter& w, const QString& name)
{
    w.writeTextElement(Wd, name, QStringLiteral("true"));
}

void transactionType(QXmlStreamWriter& w, const char* businessProcess)
{
    w.writeStartElement(Wd, QStringLiteral("Transaction_Type_Reference"));
    w.writeStartElement(Wd, QStringLiteral("ID"));
    w.writeAttribute(Wd, QStringLiteral("type"), QStringLiteral("Business_Process_Type"));
    w.writeCharacters(QLatin1String(businessProcess));
    w.writeEndElement();
    w.writeEndElement();
}

// The data sets every read needs; the hierarchies Entra leaves out are left out too (they are
// large and no default attribute reads them).
const char* const DefaultGroups[] = {
    "Include_Reference",          "Include_Personal_Information",  "Include_Employment_Information",
    "Include_Organizations",      "Include_Management_Chain_Data", "Include_Additional_Jobs",
    "Exclude_Organization_Support_Role_Data", "Exclude_Location_Hierarchies", "Exclude_Cost_Center_Hierarchies",
    "Exclude_Company_Hierarchies", "Exclude_Matrix_Organizations", "Exclude_Pay_Groups",
    "Exclude_Regions",            "Exclude_Region_Hierarchies",    "Exclude_Funds",
    "Exclude_Fund_Hierarchies",   "Exclude_Grants",                "Exclude_Grant_Hierarchies",
    "Exclude_Business_Units",     "Exclude_Business_Unit_Hierarchies", "Exclude_Programs",
    "Exclude_Program_Hierarchies", "Exclude_Gifts",                "Exclude_Gift_Hierarchies",
};

} // namespace

QString dateTimeText(const QDateTime& moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

QStringList responseGroupsFor(const QStringList& xpaths)
{
    // Data sets outside the defaults (Entra's "Retrieving worker data attributes" table).
    static const QList<QPair<QString, QString>> sets{
        {QStringLiteral("wd:User_Account_Data"), QStringLiteral("Include_User_Account")},
        {QStringLiteral("wd:Account_Provisioning_Data"), QStringLiteral("Include_Account_Provisioning")},
        {QStringLiteral("wd:Compensation_Data"), QStringLiteral("Include_Compensation")},
        {QStringLiteral("wd:Role_Data"), QStringLiteral("Include_Roles")},
        {QStringLiteral("wd:Qualification_Data"), QStringLiteral("Include_Qualifications")},
        {QStringLiteral("wd:Skill_Data"), QStringLiteral("Include_Skills")},
        {QStringLiteral("wd:Career_Data"), QStringLiteral("Include_Career")},
        {QStringLiteral("wd:Related_Persons_Data"), QStringLiteral("Include_Related_Persons")},
        {QStringLiteral("wd:Background_Check_Data"), QStringLiteral("Include_Background_Check_Data")},
        {QStringLiteral("wd:Transaction_Log_Entry_Data"), QStringLiteral("Include_Transaction_Log_Data")},
    };
    QStringList groups;
    for (const auto& [marker, group] : sets) {
        for (const auto& xpath : xpaths) {
            if (xpath.contains(marker) && !groups.contains(group))
                groups.append(group);
        }
    }
    return groups;
}

void writeGetWorkers(QXmlStreamWriter& w, const QString& version, const GetWorkersQuery& q)
{
    w.writeStartElement(Wd, QStringLiteral("Get_Workers_Request"));
    w.writeAttribute(Wd, QStringLiteral("version"), version);

    if (q.selection == GetWorkersQuery::Selection::ByReference) {
        w.writeStartElement(Wd, QStringLiteral("Request_References"));
        if (q.skipMissingReferences)
            w.writeAttribute(Wd, QStringLiteral("Skip_Non_Existing_Instances"), QStringLiteral("true"));
        for (const auto& [type, value] : q.references) {
            w.writeStartElement(Wd, QStringLiteral("Worker_Reference"));
            w.writeStartElement(Wd, QStringLiteral("ID"));
            w.writeAttribute(Wd, QStringLiteral("type"), type);
            w.writeCharacters(value);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    } else {
        w.writeStartElement(Wd, QStringLiteral("Request_Criteria"));
        w.writeStartElement(Wd, QStringLiteral("Transaction_Log_Criteria_Data"));
        if (q.selection == GetWorkersQuery::Selection::Hired) {
            w.writeStartElement(Wd, QStringLiteral("Transaction_Type_References"));
            transactionType(w, "Hire Employee");
            transactionType(w, "Contract Contingent Worker");
            w.writeEndElement();
        } else {
            const bool entered = q.selection == GetWorkersQuery::Selection::EnteredBetween;
            w.writeStartElement(Wd, QStringLiteral("Transaction_Date_Range_Data"));
            text(w, entered ? "Updated_From" : "Effective_From", dateTimeText(q.from));
            text(w, entered ? "Updated_Through" : "Effective_Through", dateTimeText(q.through));
            w.writeEndElement();
        }
        w.writeEndElement();   // Transaction_Log_Criteria_Data
        w.writeEndElement();   // Request_Criteria
    }

    w.writeStartElement(Wd, QStringLiteral("Response_Filter"));
    if (q.asOfEffectiveDate.isValid())
        text(w, "As_Of_Effective_Date", q.asOfEffectiveDate.toString(Qt::ISODate));
    if (q.asOfEntry.isValid())
        text(w, "As_Of_Entry_DateTime", dateTimeText(q.asOfEntry));
    text(w, "Page", QString::number(q.page));
    text(w, "Count", QString::number(q.count));
    w.writeEndElement();

    w.writeStartElement(Wd, QStringLiteral("Response_Group"));
    if (q.referencesOnly) {
        flag(w, QStringLiteral("Include_Reference"));
    } else {
        for (const char* group : DefaultGroups)
            flag(w, QLatin1String(group));
        for (const auto& group : q.extraGroups)
            flag(w, group);
    }
    w.writeEndElement();

    w.writeEndElement();   // Get_Workers_Request
}

void writeMaintainContactInformation(QXmlStreamWriter& w, const QString& version, const QString& workerWid,
                                     const QString& email, const QString& usageType, const QDate& effective)
{
    w.writeStartElement(Wd, QStringLiteral("Maintain_Contact_Information_for_Person_Event_Request"));
    w.writeAttribute(Wd, QStringLiteral("version"), version);
    // Replace the current work email rather than add a second one.
    w.writeAttribute(Wd, QStringLiteral("Add_Only"), QStringLiteral("false"));
    w.writeStartElement(Wd, QStringLiteral("Business_Process_Parameters"));
    text(w, "Auto_Complete", QStringLiteral("true"));
    text(w, "Run_Now", QStringLiteral("true"));
    w.writeStartElement(Wd, QStringLiteral("Comment_Data"));
    text(w, "Comment", QStringLiteral("Work email written back by Tenure"));
    w.writeEndElement();
    w.writeEndElement();   // Business_Process_Parameters
    w.writeStartElement(Wd, QStringLiteral("Maintain_Contact_Information_Data"));
    w.writeStartElement(Wd, QStringLiteral("Worker_Reference"));
    w.writeStartElement(Wd, QStringLiteral("ID"));
    w.writeAttribute(Wd, QStringLiteral("type"), QStringLiteral("WID"));
    w.writeCharacters(workerWid);
    w.writeEndElement();
    w.writeEndElement();   // Worker_Reference
    text(w, "Effective_Date", effective.toString(Qt::ISODate));
    w.writeStartElement(Wd, QStringLiteral("Worker_Contact_Information_Data"));
    w.writeStartElement(Wd, QStringLiteral("Email_Address_Data"));
    text(w, "Email_Address", email);
    w.writeStartElement(Wd, QStringLiteral("Usage_Data"));
    w.writeAttribute(Wd, QStringLiteral("Public"), QStringLiteral("true"));
    w.writeStartElement(Wd, QStringLiteral("Type_Data"));
    w.writeAttribute(Wd, QStringLiteral("Primary"), QStringLiteral("true"));
    w.writeStartElement(Wd, QStringLiteral("Type_Reference"));
    w.writeStartElement(Wd, QStringLiteral("ID"));
    w.writeAttribute(Wd, QStringLiteral("type"), QStringLiteral("Communication_Usage_Type_ID"));
    w.writeCharacters(usageType);
    w.writeEndElement();   // ID
    w.writeEndElement();   // Type_Reference
    w.writeEndElement();   // Type_Data
    w.writeEndElement();   // Usage_Data
    w.writeEndElement();   // Email_Address_Data
    w.writeEndElement();   // Worker_Contact_Information_Data
    w.writeEndElement();   // Maintain_Contact_Information_Data
    w.writeEndElement();   // request
}

void writeUpdateWorkdayAccount(QXmlStreamWriter& w, const QString& version, const QString& workerId, bool contingent,
                               const QString& userName)
{
    w.writeStartElement(Wd, QStringLiteral("Workday_Account_for_Worker_Update"));
    w.writeAttribute(Wd, QStringLiteral("version"), version);
    w.writeStartElement(Wd, QStringLiteral("Worker_Reference"));
    w.writeStartElement(Wd, contingent ? QStringLiteral("Contingent_Worker_Reference") : QStringLiteral("Employee_Reference"));
    w.writeStartElement(Wd, QStringLiteral("Integration_ID_Reference"));
    w.writeStartElement(Wd, QStringLiteral("ID"));
    w.writeAttribute(Wd, QStringLiteral("System_ID"), QStringLiteral("WD-EMPLID"));
    w.writeCharacters(workerId);
    w.writeEndElement();   // ID
    w.writeEndElement();   // Integration_ID_Reference
    w.writeEndElement();   // Employee_Reference | Contingent_Worker_Reference
    w.writeEndElement();   // Worker_Reference
    w.writeStartElement(Wd, QStringLiteral("Workday_Account_for_Worker_Data"));
    text(w, "User_Name", userName);
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace Tenure::Connectors::Workday
