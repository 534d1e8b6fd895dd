#pragma once

// What the local SuccessFactors server holds: people with their effective-dated personal and job
// records, their employment, user and emails. Plain values: tests build them and hand them to
// SuccessFactorsService::addPeople.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace Tenure::Tests::SuccessFactors {

// One time slice of an effective-dated record (PerPersonal, EmpJob): in effect from start to end,
// both days included (SuccessFactors' open end is 9999-12-31).
struct TimeSlice {
    QDate start;
    QDate end = QDate(9999, 12, 31);
    QJsonObject fields;   // PerPersonal: firstName, lastName, …; EmpJob: jobTitle, …, emplStatus (external code)
    QDateTime lastModified;

    [[nodiscard]] bool inEffectOn(const QDate& day) const { return start <= day && day <= end; }
    [[nodiscard]] bool overlaps(const QDate& from, const QDate& to) const { return start <= to && from <= end; }
};

struct Email {
    QString type;      // the emailType picklist option id
    QString address;
    bool primary = false;
    QDateTime lastModified;
};

struct Person {
    QString personIdExternal;
    QString userId;                // the employment's user
    QString username;
    QDate employmentStart;         // the hire date
    QDate employmentEnd;           // the last day worked; invalid while employed
    QDateTime lastModified;        // PerPerson
    QDateTime employmentLastModified;
    QList<TimeSlice> personal;
    QList<TimeSlice> jobs;
    QList<Email> emails;
    // Written over the record as it goes on the wire, by '/'-path ("employmentNav/startDate",
    // "personalInfoNav/firstName"; a collection's first element): how a test makes the server send
    // what a broken HR record looks like. Never used for filtering.
    QList<QPair<QString, QJsonValue>> wireOverrides;
};

// The employment status picklist: external code → option id (what EmpJob.emplStatus holds).
[[nodiscard]] QString emplStatusOptionId(const QString& externalCode);

// Edm.DateTime and Edm.DateTimeOffset on the wire.
[[nodiscard]] QString odataDate(const QDate& date);
[[nodiscard]] QString odataDateTimeOffset(const QDateTime& instant);

} // namespace Tenure::Tests::SuccessFactors
