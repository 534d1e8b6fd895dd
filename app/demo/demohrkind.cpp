#include "demohrkind.h"

namespace Tenure::App::Demo {
namespace {

// The lifecycle fields, all spelled out: the demo must not change when a default does.
Models::LifecycleFields lifecycleOf(const char* status, const char* terminated, const char* hireDate,
                                    const char* terminationDate, const char* displayName, const char* location,
                                    const char* managerId)
{
    Models::LifecycleFields fields;
    fields.status = QLatin1String(status);
    fields.terminatedValues = {QLatin1String(terminated)};
    fields.hireDate = QLatin1String(hireDate);
    fields.terminationDate = QLatin1String(terminationDate);
    fields.displayName = QLatin1String(displayName);
    fields.location = QLatin1String(location);
    fields.managerId = QLatin1String(managerId);
    return fields;
}

DemoSourceNames csvNames()
{
    DemoSourceNames names;
    names.workerId = QStringLiteral("WorkerID");
    names.firstName = QStringLiteral("FirstName");
    names.lastName = QStringLiteral("LastName");
    names.email = QStringLiteral("Email");
    names.jobTitle = QStringLiteral("JobTitle");
    names.department = QStringLiteral("Department");
    names.location = QStringLiteral("Location");
    names.workerType = QStringLiteral("WorkerType");
    names.phone = QStringLiteral("Phone");
    names.lifecycle = lifecycleOf("Status", "Terminated", "HireDate", "TerminationDate", "DisplayName", "Location",
                                  "ManagerID");
    return names;
}

// The default XPaths of connectors/hr/workday/workdayattributes.cpp (Entra's Workday app); the
// status is the one the connector derives (WorkerStatus). Workday's Get_Workers has no desk phone
// among them.
DemoSourceNames workdayNames()
{
    DemoSourceNames names;
    names.workerId = QStringLiteral("WorkerID");
    names.firstName = QStringLiteral("FirstName");
    names.lastName = QStringLiteral("LastName");
    names.email = QStringLiteral("EmailAddress");
    names.jobTitle = QStringLiteral("BusinessTitle");
    names.department = QStringLiteral("SupervisoryOrganization");
    names.location = QStringLiteral("LocationName");
    names.workerType = QStringLiteral("WorkerType");
    // Workday's employee type for staff is "Regular"; the directory has always said "Employee".
    names.workerTypeRenames = {{QStringLiteral("Regular"), QStringLiteral("Employee")}};
    names.lifecycle = lifecycleOf("WorkerStatus", "Terminated", "StatusHireDate", "StatusTerminationDate", "DisplayName",
                                  "LocationName", "ManagerID");
    return names;
}

// The default JSONPaths of connectors/hr/successfactors/successfactorssettings.h (Entra's
// SuccessFactors connector); emplStatus T is Employee Central's "terminated". The PerPerson
// navigations it expands carry no phone.
DemoSourceNames successFactorsNames()
{
    DemoSourceNames names;
    names.workerId = QStringLiteral("personIdExternal");
    names.firstName = QStringLiteral("firstName");
    names.lastName = QStringLiteral("lastName");
    names.email = QStringLiteral("email");
    names.jobTitle = QStringLiteral("jobTitle");
    names.department = QStringLiteral("department");
    names.location = QStringLiteral("location");
    names.workerType = QStringLiteral("employeeClass");
    names.lifecycle = lifecycleOf("emplStatus", "T", "startDate", "endDate", "displayName", "location", "managerId");
    return names;
}

// BambooHR's field names (connectors/hr/bamboohr/bamboohrsettings.h). The worker id is the
// employeeNumber field, which holds the demo's WorkerID: BambooHR's own numeric id is not what the
// directory's employeeNumber holds. supervisorEId refers to that numeric id, so the manager field
// is left out rather than read as a worker id it is not.
DemoSourceNames bambooHrNames()
{
    DemoSourceNames names;
    names.workerId = QStringLiteral("employeeNumber");
    names.firstName = QStringLiteral("firstName");
    names.lastName = QStringLiteral("lastName");
    names.email = QStringLiteral("workEmail");
    names.jobTitle = QStringLiteral("jobTitle");
    names.department = QStringLiteral("department");
    names.location = QStringLiteral("location");
    names.workerType = QStringLiteral("employmentHistoryStatus");
    names.phone = QStringLiteral("workPhone");
    names.lifecycle = lifecycleOf("status", "Inactive", "hireDate", "terminationDate", "displayName", "location", "");
    return names;
}

} // namespace

QString demoHrKindName(DemoHrKind kind)
{
    switch (kind) {
    case DemoHrKind::Csv: return QStringLiteral("csv");
    case DemoHrKind::Workday: return QStringLiteral("workday");
    case DemoHrKind::SuccessFactors: return QStringLiteral("successfactors");
    case DemoHrKind::BambooHr: return QStringLiteral("bamboohr");
    }
    return QStringLiteral("csv");
}

QList<DemoHrKind> demoHrKinds()
{
    return {DemoHrKind::Csv, DemoHrKind::Workday, DemoHrKind::SuccessFactors, DemoHrKind::BambooHr};
}

Models::Result<DemoHrKind> demoHrKindFromName(const QString& name)
{
    QStringList known;
    for (const auto kind : demoHrKinds()) {
        if (demoHrKindName(kind) == name)
            return kind;
        known.append(demoHrKindName(kind));
    }
    return Models::fail(Models::ErrorCode::InvalidInput, QStringLiteral("The demo's HR source is one of %1 (got '%2')")
                                                             .arg(known.join(QStringLiteral(", ")), name));
}

DemoSourceNames demoSourceNames(DemoHrKind kind)
{
    switch (kind) {
    case DemoHrKind::Csv: return csvNames();
    case DemoHrKind::Workday: return workdayNames();
    case DemoHrKind::SuccessFactors: return successFactorsNames();
    case DemoHrKind::BambooHr: return bambooHrNames();
    }
    return csvNames();
}

} // namespace Tenure::App::Demo
