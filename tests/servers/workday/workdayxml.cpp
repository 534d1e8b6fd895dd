#include "workdayxml.h"

#include "workdaytypes.h"

#include <QSet>

namespace Tenure::Tests::Workday {
namespace {

const QString Wd = QLatin1String(WorkdayNs);
const QString Soap = QLatin1String(SoapNs);

QString field(const WorkerView& view, const char* name)
{
    return view.fields.value(QLatin1String(name));
}

void text(QXmlStreamWriter& w, const char* name, const QString& value)
{
    if (!value.isEmpty())
        w.writeTextElement(Wd, QLatin1String(name), value);
}

QString dateText(const QString& stored, const QString& offset)
{
    const QDate date = QDate::fromString(stored, Qt::ISODate);
    return date.isValid() && stored.size() == 10 ? stored + offset : stored;
}

void id(QXmlStreamWriter& w, const QString& type, const QString& value)
{
    if (value.isEmpty())
        return;
    w.writeStartElement(Wd, QStringLiteral("ID"));
    w.writeAttribute(Wd, QStringLiteral("type"), type);
    w.writeCharacters(value);
    w.writeEndElement();
}

void nameDetail(QXmlStreamWriter& w, const char* container, const QString& first, const QString& middle,
                const QString& last)
{
    if (first.isEmpty() && last.isEmpty())
        return;
    w.writeStartElement(Wd, QLatin1String(container));
    w.writeStartElement(Wd, QStringLiteral("Name_Detail_Data"));
    QStringList formatted{first, middle, last};
    formatted.removeAll(QString());
    w.writeAttribute(Wd, QStringLiteral("Formatted_Name"), formatted.join(u' '));
    w.writeAttribute(Wd, QStringLiteral("Reporting_Name"), QStringLiteral("%1, %2").arg(last, first));
    text(w, "First_Name", first);
    text(w, "Middle_Name", middle);
    text(w, "Last_Name", last);
    w.writeEndElement();
    w.writeEndElement();
}

void organisation(QXmlStreamWriter& w, const QString& name, const char* typeId, const char* typeDescriptor)
{
    if (name.isEmpty())
        return;
    const QString referenceId = QStringLiteral("%1-%2").arg(QLatin1String(typeId), name.toUpper().replace(u' ', u'_'));
    w.writeStartElement(Wd, QStringLiteral("Worker_Organization_Data"));
    w.writeStartElement(Wd, QStringLiteral("Organization_Reference"));
    w.writeAttribute(Wd, QStringLiteral("Descriptor"), name);
    id(w, QStringLiteral("Organization_Reference_ID"), referenceId);
    w.writeEndElement();
    w.writeStartElement(Wd, QStringLiteral("Organization_Data"));
    text(w, "Organization_Reference_ID", referenceId);
    text(w, "Organization_Name", name);
    w.writeStartElement(Wd, QStringLiteral("Organization_Type_Reference"));
    w.writeAttribute(Wd, QStringLiteral("Descriptor"), QLatin1String(typeDescriptor));
    id(w, QStringLiteral("Organization_Type_ID"), QLatin1String(typeId));
    w.writeEndElement();
    w.writeEndElement();   // Organization_Data
    w.writeEndElement();   // Worker_Organization_Data
}

void personal(QXmlStreamWriter& w, const WorkerView& v)
{
    w.writeStartElement(Wd, QStringLiteral("Personal_Data"));
    w.writeStartElement(Wd, QStringLiteral("Name_Data"));
    nameDetail(w, "Legal_Name_Data", field(v, Field::FirstName), field(v, Field::MiddleName), field(v, Field::LastName));
    const QString preferredFirst = field(v, Field::PreferredFirstName);
    const QString preferredLast = field(v, Field::PreferredLastName);
    // Workday fills the preferred name from the legal one unless a worker chose another.
    nameDetail(w, "Preferred_Name_Data", preferredFirst.isEmpty() ? field(v, Field::FirstName) : preferredFirst, {},
               preferredLast.isEmpty() ? field(v, Field::LastName) : preferredLast);
    w.writeEndElement();   // Name_Data
    if (const QString email = field(v, Field::Email); !email.isEmpty()) {
        w.writeStartElement(Wd, QStringLiteral("Contact_Data"));
        w.writeStartElement(Wd, QStringLiteral("Email_Address_Data"));
        text(w, "Email_Address", email);
        w.writeStartElement(Wd, QStringLiteral("Usage_Data"));
        w.writeAttribute(Wd, QStringLiteral("Public"), QStringLiteral("1"));
        w.writeStartElement(Wd, QStringLiteral("Type_Data"));
        w.writeAttribute(Wd, QStringLiteral("Primary"), QStringLiteral("1"));
        w.writeStartElement(Wd, QStringLiteral("Type_Reference"));
        w.writeAttribute(Wd, QStringLiteral("Descriptor"), QStringLiteral("Work"));
        id(w, QStringLiteral("Communication_Usage_Type_ID"), QStringLiteral("WORK"));
        w.writeEndElement();   // Type_Reference
        w.writeEndElement();   // Type_Data
        w.writeEndElement();   // Usage_Data
        w.writeEndElement();   // Email_Address_Data
        w.writeEndElement();   // Contact_Data
    }
    w.writeEndElement();   // Personal_Data
}

void employment(QXmlStreamWriter& w, const StoredWorker& worker, const WorkerView& v, const QString& offset)
{
    w.writeStartElement(Wd, QStringLiteral("Employment_Data"));
    w.writeStartElement(Wd, QStringLiteral("Worker_Job_Data"));
    w.writeAttribute(Wd, QStringLiteral("Primary_Job"), QStringLiteral("1"));
    w.writeStartElement(Wd, QStringLiteral("Position_Data"));
    text(w, "Position_ID", field(v, Field::PositionID));
    text(w, "Position_Title", field(v, Field::PositionTitle));
    text(w, "Business_Title", field(v, Field::BusinessTitle));
    if (const QString type = field(v, Field::WorkerType); !type.isEmpty()) {
        w.writeStartElement(Wd, QStringLiteral("Worker_Type_Reference"));
        w.writeAttribute(Wd, QStringLiteral("Descriptor"), type);
        id(w, worker.contingent ? QStringLiteral("Contingent_Worker_Type_ID") : QStringLiteral("Employee_Type_ID"), type);
        w.writeEndElement();
    }
    if (const QString profile = field(v, Field::JobProfile); !profile.isEmpty()) {
        w.writeStartElement(Wd, QStringLiteral("Job_Profile_Summary_Data"));
        text(w, "Job_Profile_Name", profile);
        w.writeEndElement();
    }
    if (const QString site = field(v, Field::LocationName); !site.isEmpty()) {
        w.writeStartElement(Wd, QStringLiteral("Business_Site_Summary_Data"));
        w.writeStartElement(Wd, QStringLiteral("Location_Reference"));
        w.writeAttribute(Wd, QStringLiteral("Descriptor"), site);
        id(w, QStringLiteral("Location_ID"), field(v, Field::LocationID));
        w.writeEndElement();
        text(w, "Name", site);
        w.writeStartElement(Wd, QStringLiteral("Address_Data"));
        if (const QString country = field(v, Field::Country); !country.isEmpty()) {
            w.writeStartElement(Wd, QStringLiteral("Country_Reference"));
            id(w, QStringLiteral("ISO_3166-1_Alpha-2_Code"), country);
            w.writeEndElement();
        }
        text(w, "Municipality", field(v, Field::Municipality));
        w.writeEndElement();   // Address_Data
        w.writeEndElement();   // Business_Site_Summary_Data
    }
    w.writeEndElement();   // Position_Data
    w.writeEndElement();   // Worker_Job_Data

    w.writeStartElement(Wd, QStringLiteral("Worker_Status_Data"));
    text(w, "Active", field(v, Field::Active));
    text(w, "Hire_Date", dateText(field(v, Field::HireDate), offset));
    text(w, "Original_Hire_Date", dateText(field(v, Field::OriginalHireDate), offset));
    text(w, "Terminated", field(v, Field::Terminated).isEmpty() ? QStringLiteral("0") : field(v, Field::Terminated));
    text(w, "Termination_Date", dateText(field(v, Field::TerminationDate), offset));
    text(w, "Termination_Last_Day_of_Work", dateText(field(v, Field::LastDayOfWork), offset));
    text(w, "Rehire", field(v, Field::Rehire).isEmpty() ? QStringLiteral("0") : field(v, Field::Rehire));
    if (field(v, Field::OnLeave) == QLatin1String("1")) {
        w.writeStartElement(Wd, QStringLiteral("Leave_Status_Data"));
        text(w, "On_Leave", QStringLiteral("1"));
        w.writeEndElement();
    }
    w.writeEndElement();   // Worker_Status_Data
    w.writeEndElement();   // Employment_Data
}

void managementChain(QXmlStreamWriter& w, const WorkerView& v, const ManagerLookup& managers)
{
    // From the top of the organisation down to the direct manager, who comes last.
    QList<ManagerInfo> chain;
    QSet<QString> seen;
    for (QString next = field(v, Field::ManagerID); !next.isEmpty() && !seen.contains(next) && chain.size() < 32;) {
        seen.insert(next);
        const auto manager = managers(next);
        if (!manager)
            break;
        chain.prepend(*manager);
        next = manager->managerId;
    }
    w.writeStartElement(Wd, QStringLiteral("Management_Chain_Data"));
    w.writeStartElement(Wd, QStringLiteral("Worker_Supervisory_Management_Chain_Data"));
    for (const auto& manager : chain) {
        w.writeStartElement(Wd, QStringLiteral("Management_Chain_Data"));
        w.writeStartElement(Wd, QStringLiteral("Manager_Reference"));
        w.writeAttribute(Wd, QStringLiteral("Descriptor"), manager.name);
        id(w, QStringLiteral("WID"), manager.wid);
        id(w, QStringLiteral("Employee_ID"), manager.workerId);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace

QByteArray soapEnvelope(const std::function<void(QXmlStreamWriter&)>& body)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    w.writeNamespace(Soap, QStringLiteral("env"));
    w.writeNamespace(Wd, QStringLiteral("wd"));
    w.writeStartElement(Soap, QStringLiteral("Envelope"));
    w.writeStartElement(Soap, QStringLiteral("Body"));
    if (body)
        body(w);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

QByteArray soapFault(const QString& faultCode, const QString& faultString, const QList<ValidationError>& validationErrors)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    w.writeNamespace(Soap, QStringLiteral("SOAP-ENV"));
    w.writeStartElement(Soap, QStringLiteral("Envelope"));
    w.writeStartElement(Soap, QStringLiteral("Body"));
    w.writeStartElement(Soap, QStringLiteral("Fault"));
    w.writeNamespace(Wd, QStringLiteral("wd"));
    // SOAP 1.1 §4.4: faultcode, faultstring and detail are unqualified.
    w.writeTextElement(QStringLiteral("faultcode"), faultCode);
    w.writeTextElement(QStringLiteral("faultstring"), faultString);
    w.writeStartElement(QStringLiteral("detail"));
    if (!validationErrors.isEmpty()) {
        w.writeStartElement(Wd, QStringLiteral("Validation_Fault"));
        for (const auto& error : validationErrors) {
            w.writeStartElement(Wd, QStringLiteral("Validation_Error"));
            w.writeTextElement(Wd, QStringLiteral("Message"), error.message);
            w.writeTextElement(Wd, QStringLiteral("Detail_Message"), error.message);
            if (!error.xpath.isEmpty())
                w.writeTextElement(Wd, QStringLiteral("Xpath"), error.xpath);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();   // detail
    w.writeEndElement();   // Fault
    w.writeEndElement();   // Body
    w.writeEndElement();   // Envelope
    w.writeEndDocument();
    return bytes;
}

void writeWorker(QXmlStreamWriter& w, const StoredWorker& worker, const WorkerView& view, const ResponseGroups& groups,
                 const QString& dateOffset, const ManagerLookup& managers)
{
    w.writeStartElement(Wd, QStringLiteral("Worker"));
    if (groups.reference) {
        w.writeStartElement(Wd, QStringLiteral("Worker_Reference"));
        id(w, QStringLiteral("WID"), worker.wid);
        id(w, worker.contingent ? QStringLiteral("Contingent_Worker_ID") : QStringLiteral("Employee_ID"), worker.workerId);
        w.writeEndElement();
        w.writeTextElement(Wd, QStringLiteral("Worker_Descriptor"),
                           QStringLiteral("%1 %2").arg(field(view, Field::FirstName), field(view, Field::LastName)).trimmed());
    }
    w.writeStartElement(Wd, QStringLiteral("Worker_Data"));
    text(w, "Worker_ID", worker.workerId);
    text(w, "User_ID", worker.userName);
    if (groups.personal)
        personal(w, view);
    if (groups.employment)
        employment(w, worker, view, dateOffset);
    if (groups.organizations) {
        w.writeStartElement(Wd, QStringLiteral("Organization_Data"));
        organisation(w, field(view, Field::SupervisoryOrganization), "SUPERVISORY", "Supervisory");
        organisation(w, field(view, Field::Company), "COMPANY", "Company");
        w.writeEndElement();
    }
    if (groups.managementChain)
        managementChain(w, view, managers);
    if (groups.userAccount && !worker.userName.isEmpty()) {
        w.writeStartElement(Wd, QStringLiteral("User_Account_Data"));
        text(w, "User_Name", worker.userName);
        w.writeEndElement();
    }
    w.writeEndElement();   // Worker_Data
    w.writeEndElement();   // Worker
}

} // namespace Tenure::Tests::Workday
