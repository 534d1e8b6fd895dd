#include "auditevents.h"
#include "auditlog.h"
#include "repositories.h"
#include "sqlquery.h"

#include <QJsonDocument>

namespace Tenure::Models {

Result<MappingSet> MappingRepository::current(const QString& tenant) const
{
    auto query = runQuery(m_db.connection(),
                          QStringLiteral("SELECT definition FROM mappings WHERE tenant = ? ORDER BY version DESC LIMIT 1"),
                          {tenant}, QStringLiteral("read the mapping of %1").arg(tenant));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Tenant '%1' has no attribute mapping yet").arg(tenant), {},
                    {tenant, {}, {}, 0});
    auto mapping = MappingSet::fromJson(QJsonDocument::fromJson(query->value(0).toByteArray()).object());
    if (!mapping) {
        auto error = mapping.error();
        error.context.tenant = tenant;
        return std::unexpected(error);
    }
    return mapping;
}

Result<QList<MappingVersion>> MappingRepository::versions(const QString& tenant) const
{
    auto query = runQuery(m_db.connection(),
                          QStringLiteral("SELECT version, created_at FROM mappings WHERE tenant = ? ORDER BY version"),
                          {tenant}, QStringLiteral("list the mapping versions of %1").arg(tenant));
    if (!query)
        return std::unexpected(query.error());
    QList<MappingVersion> versions;
    while (query->next())
        versions.append({query->value(0).toInt(), query->value(1).toString()});
    return versions;
}

Result<MappingSet> MappingRepository::load(const QString& tenant, int version) const
{
    auto query = runQuery(m_db.connection(),
                          QStringLiteral("SELECT definition FROM mappings WHERE tenant = ? AND version = ?"),
                          {tenant, version}, QStringLiteral("read version %1 of the mapping of %2").arg(version).arg(tenant));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Tenant '%1' has no mapping version %2").arg(tenant).arg(version),
                    {}, {tenant, {}, {}, 0});
    auto mapping = MappingSet::fromJson(QJsonDocument::fromJson(query->value(0).toByteArray()).object());
    if (!mapping) {
        auto error = mapping.error();
        error.context.tenant = tenant;
        return std::unexpected(error);
    }
    return mapping;
}

Result<int> MappingRepository::save(const QString& tenant, const MappingSet& mapping) const
{
    if (auto valid = mapping.validate(); !valid)
        return std::unexpected(valid.error());
    auto db = m_db.connection();
    Transaction tx(db);
    // The previous version's definition is the audited "before".
    auto last = runQuery(db, QStringLiteral("SELECT version, definition FROM mappings WHERE tenant = ?"
                                            " ORDER BY version DESC LIMIT 1"),
                         {tenant}, QStringLiteral("version the mapping of %1").arg(tenant));
    if (!last)
        return std::unexpected(last.error());
    QJsonObject before;
    int version = 1;
    if (last->next()) {
        version = last->value(0).toInt() + 1;
        before = QJsonDocument::fromJson(last->value(1).toByteArray()).object();
    }
    last->finish();
    const auto after = mapping.toJson();
    auto insert = runQuery(db, QStringLiteral("INSERT INTO mappings (tenant, version, created_at, definition) VALUES (?, ?, ?, ?)"),
                           {tenant, version, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                            QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))},
                           QStringLiteral("save the mapping of %1").arg(tenant));
    if (!insert)
        return std::unexpected(insert.error());
    if (auto event = AuditLog::append(tx, AuditEvents::mappingSaved(m_actor, tenant, version, before, after)); !event)
        return std::unexpected(event.error());
    if (auto committed = tx.commit(); !committed)
        return std::unexpected(committed.error());
    return version;
}

} // namespace Tenure::Models
