#pragma once

#include "models/domain/result.h"

#include <QSqlQuery>
#include <QVariantList>

namespace Tenure::Models {

// Prepares, binds positionally and runs one statement; a failure names what was being done.
[[nodiscard]] Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                                         const QString& whatFor);

} // namespace Tenure::Models
