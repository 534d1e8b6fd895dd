#include "sfdemopeople.h"

namespace Tenure::Tests::SuccessFactors {

namespace {

// Only what the export holds: an empty field is no value (null on the wire), not an empty text.
QJsonObject fieldsOf(std::initializer_list<std::pair<QString, QString>> fields)
{
    QJsonObject object;
    for (const auto& [name, value] : fields) {
        if (!value.isEmpty())
            object.insert(name, value);
    }
    return object;
}

} // namespace

QList<Person> demoPeople(const DemoWorkers& demo)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Person> people;
    people.reserve(demo.workers.size() + demo.rejected.size());
    for (const auto& worker : demo.workers) {
        const auto field = [&](const char* name) { return Models::firstValue(worker.attributes, QLatin1String(name)); };
        Person person;
        person.personIdExternal = worker.workerId;
        person.userId = worker.workerId;
        const QString email = field("Email");
        person.username = email.isEmpty() ? worker.workerId : email.section(QLatin1Char('@'), 0, 0);
        const QString hireDate = field("HireDate");
        person.employmentStart = QDate::fromString(hireDate, Qt::ISODate);
        if (!person.employmentStart.isValid()) {
            // The records still need a start to be in effect; the wire says what the export said.
            person.employmentStart = QDate(2000, 1, 1);
            person.wireOverrides.append({QStringLiteral("employmentNav/startDate"), hireDate});
        }
        const QDate lastDay = QDate::fromString(field("TerminationDate"), Qt::ISODate);
        const bool terminated = field("Status") == QLatin1String("Terminated");
        if (terminated && lastDay.isValid())
            person.employmentEnd = lastDay;
        person.lastModified = now;
        person.employmentLastModified = now;

        TimeSlice personal;
        personal.start = person.employmentStart;
        personal.fields = fieldsOf({{QStringLiteral("firstName"), field("FirstName")},
                                    {QStringLiteral("lastName"), field("LastName")},
                                    {QStringLiteral("displayName"), field("DisplayName")}});
        personal.lastModified = now;
        person.personal.append(personal);

        TimeSlice job;
        job.start = person.employmentStart;
        job.fields = fieldsOf({{QStringLiteral("jobTitle"), field("JobTitle")},
                               {QStringLiteral("department"), field("Department")},
                               {QStringLiteral("location"), field("Location")},
                               {QStringLiteral("managerId"), field("ManagerID")},
                               {QStringLiteral("employeeClass"), field("WorkerType")},
                               {QStringLiteral("emplStatus"), QStringLiteral("A")}});
        job.lastModified = now;
        if (terminated) {
            const QDate end = lastDay.isValid() ? lastDay : person.employmentStart;
            job.end = end;
            person.jobs.append(job);
            TimeSlice termination = job;
            termination.start = end.addDays(1);
            termination.end = QDate(9999, 12, 31);
            termination.fields.insert(QStringLiteral("emplStatus"), QStringLiteral("T"));
            person.jobs.append(termination);
        } else {
            person.jobs.append(job);
        }
        if (!email.isEmpty())
            person.emails.append({DemoBusinessEmailType, email, true, now});
        people.append(person);
    }
    for (const auto& rejected : demo.rejected) {
        if (rejected.workerId.isEmpty())
            continue;   // nothing to serve it under
        Person person;
        person.personIdExternal = rejected.workerId;
        person.userId = rejected.workerId;
        person.username = rejected.workerId;
        person.employmentStart = QDate(2000, 1, 1);
        person.lastModified = now;
        person.employmentLastModified = now;
        TimeSlice job;
        job.start = person.employmentStart;
        job.fields = fieldsOf({{QStringLiteral("emplStatus"), QStringLiteral("A")}});
        job.lastModified = now;
        person.jobs.append(job);
        people.append(person);
    }
    return people;
}

} // namespace Tenure::Tests::SuccessFactors
