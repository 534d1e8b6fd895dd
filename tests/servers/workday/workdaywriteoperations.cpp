// Maintain_Contact_Information (the work email) and Update_Workday_Account (the user name): the
// two write-back operations (workdayservice.h lists the documentation followed).
#include "workdaystate.h"

#include <QRegularExpression>
#include <QUuid>

namespace Tenure::Tests::Workday {
namespace {

const QString Wd = QLatin1String(WorkdayNs);

QString newWid()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

OperationAnswer maintainContactInformation(WorkdayService::State& state, const Element& request, const QString& version)
{
    const QString root = QStringLiteral("/ns0:Maintain_Contact_Information_for_Person_Event_Request[1]/"
                                        "ns0:Maintain_Contact_Information_Data[1]");
    const Element* data = request.child(Wd, QStringLiteral("Maintain_Contact_Information_Data"));
    const Element* reference = data ? data->child(Wd, QStringLiteral("Worker_Reference")) : nullptr;
    const Element* id = reference ? reference->child(Wd, QStringLiteral("ID")) : nullptr;
    if (!id)
        return OperationAnswer::validation(QStringLiteral("Worker_Reference is required"), root);
    const QString type = id->attribute(Wd, QStringLiteral("type"));
    const QString value = id->text.trimmed();
    StoredWorker* worker = type == QLatin1String("WID")                  ? state.byWid(value)
                           : type == QLatin1String("Employee_ID")          ? state.byWorkerId(value, false)
                           : type == QLatin1String("Contingent_Worker_ID") ? state.byWorkerId(value, true)
                                                                           : nullptr;
    if (!worker)
        return OperationAnswer::validation(
            QStringLiteral("Invalid ID value.  '%1' is not a valid ID value for type = '%2'").arg(value, type),
            root + QStringLiteral("/ns0:Worker_Reference[1]/ns0:ID[1]"));
    const QDate effective = QDate::fromString(data->childText(Wd, QStringLiteral("Effective_Date")).left(10), Qt::ISODate);
    if (!effective.isValid())
        return OperationAnswer::validation(QStringLiteral("Effective Date is required"),
                                           root + QStringLiteral("/ns0:Effective_Date[1]"));

    const Element* contact = data->child(Wd, QStringLiteral("Worker_Contact_Information_Data"));
    const Element* emailData = contact ? contact->child(Wd, QStringLiteral("Email_Address_Data")) : nullptr;
    if (!emailData)
        return OperationAnswer::validation(QStringLiteral("No contact information was submitted"),
                                           root + QStringLiteral("/ns0:Worker_Contact_Information_Data[1]"));
    const QString emailPath = root + QStringLiteral("/ns0:Worker_Contact_Information_Data[1]/ns0:Email_Address_Data[1]");
    const QString email = emailData->childText(Wd, QStringLiteral("Email_Address")).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!pattern.match(email).hasMatch())
        return OperationAnswer::validation(QStringLiteral("Invalid Email Address: '%1'").arg(email),
                                           emailPath + QStringLiteral("/ns0:Email_Address[1]"));
    const Element* usage = emailData->child(Wd, QStringLiteral("Usage_Data"));
    const Element* typeData = usage ? usage->child(Wd, QStringLiteral("Type_Data")) : nullptr;
    const Element* typeReference = typeData ? typeData->child(Wd, QStringLiteral("Type_Reference")) : nullptr;
    const Element* usageId = typeReference ? typeReference->child(Wd, QStringLiteral("ID")) : nullptr;
    const QString usageType = usageId ? usageId->text.trimmed() : QString();
    if (usageType != QLatin1String("WORK"))
        return OperationAnswer::validation(
            QStringLiteral("Invalid ID value.  '%1' is not a valid ID value for type = 'Communication_Usage_Type_ID'")
                .arg(usageType),
            emailPath + QStringLiteral("/ns0:Usage_Data[1]/ns0:Type_Data[1]/ns0:Type_Reference[1]/ns0:ID[1]"));

    // A contact change is a business process like any other: a new version from its effective
    // date (for a pre-hire, from the hire: it must not make the worker start early). Versions
    // that take effect later already existed and carry the new email from now on, too.
    const QDateTime now = state.options.now();
    QDate hired = worker->versions.first().effective;
    for (const auto& v : std::as_const(worker->versions))
        hired = std::min(hired, v.effective);
    const QDate from = std::max(effective, hired);
    WorkerVersion change;
    change.effective = from;
    change.entered = now;
    change.transaction = QStringLiteral("Contact Change");
    const auto current = viewAsOf(*worker, from, now);
    change.fields = current ? current->fields : worker->versions.last().fields;
    // Add_Only false (the default) replaces the work email; this tenant keeps one work email.
    change.fields.insert(QLatin1String(Field::Email), email);
    for (auto& later : worker->versions) {
        if (later.effective > from)
            later.fields.insert(QLatin1String(Field::Email), email);
    }
    worker->versions.append(change);
    ++worker->emailWrites;

    return OperationAnswer::ok(soapEnvelope([&](QXmlStreamWriter& w) {
        w.writeStartElement(Wd, QStringLiteral("Maintain_Contact_Information_for_Person_Event_Response"));
        w.writeAttribute(Wd, QStringLiteral("version"), version);
        w.writeStartElement(Wd, QStringLiteral("Contact_Information_for_Person_Event_Reference"));
        w.writeStartElement(Wd, QStringLiteral("ID"));
        w.writeAttribute(Wd, QStringLiteral("type"), QStringLiteral("WID"));
        w.writeCharacters(newWid());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }));
}

OperationAnswer updateWorkdayAccount(WorkdayService::State& state, const Element& request)
{
    const QString root = QStringLiteral("/ns0:Workday_Account_for_Worker_Update[1]");
    const Element* reference = request.child(Wd, QStringLiteral("Worker_Reference"));
    const Element* kind = reference && !reference->children.empty() ? reference->children.front().get() : nullptr;
    const bool contingent = kind && kind->name == QLatin1String("Contingent_Worker_Reference");
    const Element* integration = kind ? kind->child(Wd, QStringLiteral("Integration_ID_Reference")) : nullptr;
    const Element* id = integration ? integration->child(Wd, QStringLiteral("ID")) : nullptr;
    if (!id || (kind->name != QLatin1String("Employee_Reference") && !contingent))
        return OperationAnswer::validation(QStringLiteral("Worker_Reference must name an Employee_Reference or a "
                                                          "Contingent_Worker_Reference"),
                                           root + QStringLiteral("/ns0:Worker_Reference[1]"));
    const QString workerId = id->text.trimmed();
    StoredWorker* worker = state.byWorkerId(workerId, contingent);
    if (!worker || id->attribute(Wd, QStringLiteral("System_ID")) != QLatin1String("WD-EMPLID"))
        return OperationAnswer::validation(
            QStringLiteral("Invalid Integration ID '%1' for System ID '%2'")
                .arg(workerId, id->attribute(Wd, QStringLiteral("System_ID"))),
            root + QStringLiteral("/ns0:Worker_Reference[1]/ns0:%1[1]/ns0:Integration_ID_Reference[1]/ns0:ID[1]").arg(kind->name));
    const Element* data = request.child(Wd, QStringLiteral("Workday_Account_for_Worker_Data"));
    const QString userName = data ? data->childText(Wd, QStringLiteral("User_Name")).trimmed() : QString();
    const QString namePath = root + QStringLiteral("/ns0:Workday_Account_for_Worker_Data[1]/ns0:User_Name[1]");
    if (userName.isEmpty())
        return OperationAnswer::validation(QStringLiteral("User Name is required"), namePath);
    // Workday user names are unique in a tenant, whatever their case.
    for (const auto& other : std::as_const(state.workers)) {
        if (&other != worker && other.userName.compare(userName, Qt::CaseInsensitive) == 0)
            return OperationAnswer::validation(
                QStringLiteral("The User Name '%1' is already in use by another account").arg(userName), namePath);
    }
    worker->userName = userName;
    ++worker->userNameWrites;
    return OperationAnswer::ok(soapEnvelope({}));   // the operation has no response element
}

} // namespace Tenure::Tests::Workday
