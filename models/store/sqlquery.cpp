#include "sqlquery.h"

#include <QSqlError>

namespace Tenure::Models {

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                           const QString& whatFor)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(ErrorCode::Storage, QStringLiteral("Cannot %1").arg(whatFor), query.lastError().text());
    for (const auto& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(ErrorCode::Storage, QStringLiteral("Cannot %1").arg(whatFor), query.lastError().text());
    return query;
}

} // namespace Tenure::Models
