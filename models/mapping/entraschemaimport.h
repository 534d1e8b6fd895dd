#pragma once

#include "mappingset.h"

#include <QJsonObject>

namespace Tenure::Models {

// What came of importing an Entra synchronization schema: the mapping set and, line by line,
// everything that could not be carried over (so nothing is dropped silently).
struct EntraSchemaImport {
    MappingSet mapping;
    QStringList notImported;
};

// Imports the user object mapping of a Microsoft Graph synchronizationSchema
// (synchronizationRules[].objectMappings[].attributeMappings with source expressions,
// matchingPriority, flowType, defaultValue, and the scope filter). Also accepts a bare
// objectMapping or a {"objectMappings": [...]} object.
[[nodiscard]] Result<EntraSchemaImport> importEntraSchema(const QJsonObject& schema);

} // namespace Tenure::Models
