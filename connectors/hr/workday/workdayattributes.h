#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Tenure::Connectors::Workday {

// The Workday Web Services namespace, bound to the prefix "wd" in attribute XPaths.
inline constexpr char Namespace[] = "urn:com.workday/bsvc";

// The attributes a Workday source reads unless its settings say otherwise: attribute name →
// XPath evaluated on each wd:Worker of a Get_Workers response. Names and XPaths are those of
// Microsoft Entra's Workday inbound app for WWS v30 and later ("XPATH values for Workday Web
// Services (WWS) API v30+", learn.microsoft.com/entra/identity/app-provisioning/
// workday-attribute-reference), so existing mappings and templates keep working; DisplayName,
// LocationName, JobProfile and ManagerID are added where Entra has no default (ManagerID is the
// direct manager's Employee_ID, which is what Tenure's manager resolution expects).
[[nodiscard]] QMap<QString, QString> defaultAttributes();

// The default attributes that hold xsd:date values.
[[nodiscard]] QStringList defaultDateAttributes();

// Workday booleans ("1"/"0", also "true"/"false") among the default attributes: any other value
// is an unknown status and an error on that worker.
[[nodiscard]] QStringList booleanAttributes();

// Not read by XPath but derived for every worker from wd:Worker_Status_Data, so a mapping's
// lifecycle has one status field: "Terminated" (Terminated = 1), "On Leave" (a leave whose
// On_Leave is 1), "Active" (Active = 1), otherwise "Inactive" (a pre-hire before its start).
inline constexpr char WorkerStatusAttribute[] = "WorkerStatus";

} // namespace Tenure::Connectors::Workday
