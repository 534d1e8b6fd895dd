#pragma once

#include "models/domain/result.h"
#include "models/mapping/mappingset.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Tenure::App::Demo {

// Where the demo company's HR data comes from: the generated CSV export, or one of the local
// servers of tests/servers (tenure-workday-server, tenure-successfactors-server,
// tenure-bamboohr-server), which serve the same people under their API's own field names.
enum class DemoHrKind { Csv, Workday, SuccessFactors, BambooHr };

// The tenant type (Tenant::type) of each kind: "csv", "workday", "successfactors", "bamboohr".
[[nodiscard]] QString demoHrKindName(DemoHrKind kind);
[[nodiscard]] Models::Result<DemoHrKind> demoHrKindFromName(const QString& name);
[[nodiscard]] QList<DemoHrKind> demoHrKinds();

// The names a source gives the demo company's fields: what the one demo mapping (demoMapping())
// reads. Each is the default attribute name of that kind's connector, so the mapping is the one an
// admin would write against that system.
struct DemoSourceNames {
    QString workerId;
    QString firstName;
    QString lastName;
    QString email;        // the mail address HR gives out, "first.last@…": login names come from it
    QString jobTitle;
    QString department;
    QString location;
    QString workerType;   // "Contractor" marks a contractor in every kind
    // What the source calls a worker type that the directory calls otherwise ({"Regular",
    // "Employee"}: Workday's employee type); empty: the value is taken as it is.
    QList<QPair<QString, QString>> workerTypeRenames;
    // Empty when the source does not carry a desk phone: the mapping then leaves telephoneNumber
    // as the directory has it instead of clearing it.
    QString phone;
    Models::LifecycleFields lifecycle;
};

[[nodiscard]] DemoSourceNames demoSourceNames(DemoHrKind kind);

} // namespace Tenure::App::Demo
