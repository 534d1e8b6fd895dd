#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>

namespace Tenure::Models {

// Versioned schema: PRAGMA user_version holds the version a workspace is at; every step
// from there to the latest runs in its own transaction. Steps are only ever appended.
[[nodiscard]] int latestMigrationVersion();
[[nodiscard]] Result<int> migrate(QSqlDatabase db);

} // namespace Tenure::Models
