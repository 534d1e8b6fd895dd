#include "democsv.h"

namespace Tenure::App::Demo {
namespace {

QString quoted(const QString& field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

constexpr int JobTitleColumn = 5;
constexpr int HireDateColumn = 11;

QString isoDate(const QDate& date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

QString row(const DemoPerson& p)
{
    QStringList fields;
    for (const auto& field : hrFields(p))
        fields.append(quoted(field));
    // A spreadsheet round trip turned the ISO date into the local format: the planner reports it.
    if (p.role == DemoRole::BadDate)
        fields[HireDateColumn] = p.hireDate.toString(QStringLiteral("dd/MM/yyyy"));
    // An export that forgot to quote a title with a comma: one field too many.
    if (p.role == DemoRole::BadFieldCount)
        fields[JobTitleColumn] = p.jobTitle;
    return fields.join(u',');
}

} // namespace

QStringList workerColumns()
{
    return {QStringLiteral("WorkerID"),   QStringLiteral("FirstName"),  QStringLiteral("LastName"),
            QStringLiteral("DisplayName"), QStringLiteral("Email"),     QStringLiteral("JobTitle"),
            QStringLiteral("Department"), QStringLiteral("Location"),   QStringLiteral("ManagerID"),
            QStringLiteral("WorkerType"), QStringLiteral("Status"),     QStringLiteral("HireDate"),
            QStringLiteral("TerminationDate"), QStringLiteral("Phone")};
}

QStringList hrFields(const DemoPerson& p)
{
    return {p.workerId,
            p.firstName,
            p.lastName,
            p.displayName(),
            p.email,
            p.jobTitle,
            p.department,
            p.location,
            p.managerId,
            p.workerType,
            p.terminated() ? QStringLiteral("Terminated") : QStringLiteral("Active"),
            isoDate(p.hireDate),
            isoDate(p.terminationDate),
            p.phone};
}

Models::Worker hrRecord(const DemoPerson& person)
{
    Models::Worker worker;
    worker.workerId = person.workerId;
    const auto columns = workerColumns();
    const auto fields = hrFields(person);
    for (int i = 0; i < columns.size(); ++i) {
        if (!fields.at(i).isEmpty())   // as the CSV source reads it: an empty field is no value
            worker.attributes.insert(columns.at(i), {fields.at(i)});
    }
    return worker;
}

QByteArray workersCsv(const QList<DemoPerson>& people)
{
    QString text = workerColumns().join(u',') + QStringLiteral("\r\n");
    for (const auto& person : people) {
        if (person.inHr())
            text += row(person) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace Tenure::App::Demo
