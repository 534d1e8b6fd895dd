#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Tenure::App::Demo {

// What the demo makes of a person: where they end up in the first preview. The HR file and the
// directory seed are both derived from this, so the two always agree on who is what.
enum class DemoRole {
    Unchanged,        // active, account matches HR
    Mover,            // active, account differs (title, department, location or surname)
    Joiner,           // active, hired in the last two weeks, no account
    FutureHire,       // active, starts after today, no account
    Leaver,           // terminated in HR, account still enabled
    LeftDisabled,     // terminated in HR long ago, account already disabled
    Rehire,           // active again in HR, old account disabled
    BadFieldCount,    // the HR row has an extra field (an unquoted comma): an error, account untouched
    BadDate,          // the HR row's HireDate is not YYYY-MM-DD: an error, account untouched
    FormerWorker,     // not in HR any more, account still enabled: a leaver by absence
};

// What a mover's account still says: the one attribute HR has changed since.
enum class MoverChange { Title, Department, Location, Surname };

struct DemoPerson {
    QString workerId;
    QString firstName;
    QString lastName;
    QString email;
    QString jobTitle;
    QString department;
    QString location;
    QString managerId;
    QString workerType;      // Employee | Contractor
    QString phone;           // empty for some: not everyone has a desk phone
    QDate hireDate;
    QDate terminationDate;
    DemoRole role = DemoRole::Unchanged;

    // Movers and rehires: the value the directory still holds for the changed attribute.
    MoverChange change = MoverChange::Title;
    QString previousValue;

    [[nodiscard]] QString displayName() const { return firstName + u' ' + lastName; }
    [[nodiscard]] bool inHr() const { return role != DemoRole::FormerWorker; }
    [[nodiscard]] bool hasAccount() const;
    [[nodiscard]] bool accountEnabled() const;
    [[nodiscard]] bool terminated() const { return role == DemoRole::Leaver || role == DemoRole::LeftDisabled; }
};

// How many of each role the demo holds (the HR file has all but the former workers).
struct DemoMix {
    int hrRows = 1950;
    int movers = 60;
    int joiners = 120;
    int futureHires = 12;
    int leavers = 25;
    int leftDisabled = 30;
    int rehires = 3;
    int formerWorkers = 10;
    // The two malformed rows are always there: one of each kind.
};

// The demo's people, ordered by WorkerID. Deterministic: the same seed and day give the same list.
// Dates are relative to `today` so the demo reads the same whenever it is generated.
[[nodiscard]] QList<DemoPerson> generatePeople(const QDate& today, quint32 seed, const DemoMix& mix = {});

} // namespace Tenure::App::Demo
