#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tenure::App::Demo {

// Names from one naming culture. Surnames that change with gender (Polish -ski/-ska) are written
// "Kowalski|Kowalska": masculine first.
struct NameCulture {
    QStringList masculine;
    QStringList feminine;
    QStringList surnames;
};

// An office: the city goes to Location (and LDAP l), the dialling prefix to Phone.
struct Office {
    QString city;
    QString phonePrefix;   // "+49 30"
    int culture = 0;       // index into cultures(): most people hired there carry its names
    int weight = 1;        // relative head count
};

// A department with its titles for the head, the team leads and the staff.
struct Department {
    QString name;
    QString headTitle;
    QString leadTitle;
    QStringList staffTitles;
    int weight = 1;        // relative head count
};

[[nodiscard]] const QList<NameCulture>& cultures();
[[nodiscard]] const QList<Office>& offices();
[[nodiscard]] const QList<Department>& departments();

// Namesakes the demo always has, so "several people with the same name" is guaranteed rather than
// left to chance: {first, last, how many}.
struct Namesake {
    QString first;
    QString last;
    int count = 2;
};
[[nodiscard]] const QList<Namesake>& namesakes();

} // namespace Tenure::App::Demo
