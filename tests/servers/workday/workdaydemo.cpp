#include "workdaydemo.h"

#include "app/demo/demopeople.h"

namespace Tenure::Tests::Workday {
namespace {

using App::Demo::DemoPerson;
using App::Demo::DemoRole;
using App::Demo::MoverChange;

QDateTime enteredOn(const QDate& date)
{
    return QDateTime(date, QTime(9, 0), Qt::UTC);
}

QMap<QString, QString> hireFields(const DemoPerson& p)
{
    const bool contractor = p.workerType == QLatin1String("Contractor");
    QMap<QString, QString> f{
        {QLatin1String(Field::FirstName), p.firstName},
        {QLatin1String(Field::LastName), p.lastName},
        {QLatin1String(Field::Email), p.email},
        {QLatin1String(Field::BusinessTitle), p.jobTitle},
        {QLatin1String(Field::PositionTitle), p.jobTitle},
        {QLatin1String(Field::PositionID), QStringLiteral("P-") + p.workerId},
        {QLatin1String(Field::JobProfile), p.jobTitle},
        {QLatin1String(Field::WorkerType), contractor ? QStringLiteral("Contractor") : QStringLiteral("Regular")},
        {QLatin1String(Field::SupervisoryOrganization), p.department},
        {QLatin1String(Field::Company), QStringLiteral("Tenure Demo Inc.")},
        {QLatin1String(Field::LocationName), p.location},
        {QLatin1String(Field::LocationID), p.location.toUpper().replace(u' ', u'_')},
        {QLatin1String(Field::Municipality), p.location},
        {QLatin1String(Field::ManagerID), p.managerId},
        {QLatin1String(Field::Active), QStringLiteral("1")},
        {QLatin1String(Field::Terminated), QStringLiteral("0")},
        {QLatin1String(Field::Rehire), QStringLiteral("0")},
        {QLatin1String(Field::HireDate), p.hireDate.toString(Qt::ISODate)},
        {QLatin1String(Field::OriginalHireDate), p.hireDate.toString(Qt::ISODate)},
    };
    return f;
}

const char* changedField(MoverChange change)
{
    switch (change) {
    case MoverChange::Title: return Field::BusinessTitle;
    case MoverChange::Department: return Field::SupervisoryOrganization;
    case MoverChange::Location: return Field::LocationName;
    case MoverChange::Surname: return Field::LastName;
    }
    return Field::BusinessTitle;
}

StoredWorker demoWorker(const DemoPerson& p, const QDate& today)
{
    StoredWorker w;
    w.workerId = p.workerId;
    w.wid = widFor(p.workerId);
    w.contingent = p.workerType == QLatin1String("Contractor");
    const QString hireTransaction = w.contingent ? QStringLiteral("Contract Contingent Worker") : QStringLiteral("Hire Employee");
    const QMap<QString, QString> now = hireFields(p);

    // Hires are entered two weeks before they start; future hires, three days ago.
    const auto hire = [&](const QDate& start, QMap<QString, QString> fields) {
        const QDate entered = std::min(start.addDays(-14), today.addDays(-3));
        w.versions.append({start, enteredOn(entered), hireTransaction, std::move(fields)});
    };

    switch (p.role) {
    case DemoRole::Mover: {
        QMap<QString, QString> before = now;
        before.insert(QLatin1String(changedField(p.change)), p.previousValue);
        if (p.change == MoverChange::Title)
            before.insert(QLatin1String(Field::PositionTitle), p.previousValue);
        hire(p.hireDate, before);
        const QDate changed = std::max(p.hireDate, today.addDays(-7));
        w.versions.append({changed, enteredOn(changed.addDays(-2)),
                           p.change == MoverChange::Surname ? QStringLiteral("Change Legal Name") : QStringLiteral("Change Job"),
                           now});
        break;
    }
    case DemoRole::Leaver:
    case DemoRole::LeftDisabled: {
        hire(p.hireDate, now);
        QMap<QString, QString> left = now;
        left.insert(QLatin1String(Field::Active), QStringLiteral("0"));
        left.insert(QLatin1String(Field::Terminated), QStringLiteral("1"));
        left.insert(QLatin1String(Field::TerminationDate), p.terminationDate.toString(Qt::ISODate));
        left.insert(QLatin1String(Field::LastDayOfWork), p.terminationDate.toString(Qt::ISODate));
        w.versions.append({p.terminationDate.addDays(1), enteredOn(std::min(p.terminationDate.addDays(-5), today.addDays(-1))),
                           QStringLiteral("Terminate Employee"), left});
        break;
    }
    case DemoRole::Rehire: {
        // An earlier employment that ended a year before the rehire.
        const QDate firstStart = p.hireDate.addYears(-3);
        const QDate firstEnd = p.hireDate.addYears(-1);
        QMap<QString, QString> first = now;
        first.insert(QLatin1String(Field::HireDate), firstStart.toString(Qt::ISODate));
        first.insert(QLatin1String(Field::OriginalHireDate), firstStart.toString(Qt::ISODate));
        hire(firstStart, first);
        QMap<QString, QString> left = first;
        left.insert(QLatin1String(Field::Active), QStringLiteral("0"));
        left.insert(QLatin1String(Field::Terminated), QStringLiteral("1"));
        left.insert(QLatin1String(Field::TerminationDate), firstEnd.toString(Qt::ISODate));
        w.versions.append({firstEnd.addDays(1), enteredOn(firstEnd.addDays(-5)), QStringLiteral("Terminate Employee"), left});
        QMap<QString, QString> back = now;
        back.insert(QLatin1String(Field::Rehire), QStringLiteral("1"));
        back.insert(QLatin1String(Field::OriginalHireDate), firstStart.toString(Qt::ISODate));
        w.versions.append({p.hireDate, enteredOn(std::min(p.hireDate.addDays(-14), today.addDays(-3))),
                           QStringLiteral("Hire Employee"), back});
        break;
    }
    case DemoRole::BadDate: {
        QMap<QString, QString> broken = now;
        broken.insert(QLatin1String(Field::HireDate), p.hireDate.toString(QStringLiteral("dd/MM/yyyy")));
        hire(p.hireDate, broken);
        break;
    }
    case DemoRole::BadFieldCount: {
        QMap<QString, QString> broken = now;
        broken.insert(QLatin1String(Field::Active), QStringLiteral("Y"));
        hire(p.hireDate, broken);
        break;
    }
    default:
        hire(p.hireDate, now);
        break;
    }
    return w;
}

} // namespace

QList<StoredWorker> demoWorkers(const QDate& today, quint32 seed)
{
    QList<StoredWorker> workers;
    for (const auto& person : App::Demo::generatePeople(today, seed)) {
        if (person.inHr())
            workers.append(demoWorker(person, today));
    }
    return workers;
}

} // namespace Tenure::Tests::Workday
