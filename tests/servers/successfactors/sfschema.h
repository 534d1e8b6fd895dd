#pragma once

// The entity types the local SuccessFactors server serves and their properties, as the OData API
// data dictionary of Employee Central lists them (help.sap.com "SAP SuccessFactors Employee
// Central OData API: Reference Guide": PerPerson, PerPersonal, PerEmail, EmpEmployment, EmpJob,
// User, PicklistOption). A property name or navigation not listed is refused as SuccessFactors
// refuses it: 400 COE_PROPERTY_NOT_FOUND.

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tenure::Tests::SuccessFactors {

struct EntityType {
    QString name;
    QStringList properties;
    QHash<QString, QString> navigations;   // navigation → entity type
    bool effectiveDated = false;           // has startDate/endDate time slices
};

[[nodiscard]] const EntityType* entityType(const QString& name);

// The entity type a '/'-separated path ends on and whether its last segment is a property:
// nullopt when a segment is unknown (the unknown segment goes to `unknown`).
struct ResolvedPath {
    const EntityType* owner = nullptr;   // the type holding the last segment
    bool isNavigation = false;
};
[[nodiscard]] std::optional<ResolvedPath> resolvePath(const EntityType& root, const QString& path, QString* unknown);

} // namespace Tenure::Tests::SuccessFactors
