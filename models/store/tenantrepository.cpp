#include "auditevents.h"
#include "auditlog.h"
#include "repositories.h"
#include "sqlquery.h"

#include <QJsonDocument>

namespace Tenure::Models {
namespace {

const QString selectTenant = QStringLiteral(
    "SELECT id, name, role, type, settings, secret_ref, source_tenant FROM tenants");

Tenant tenantFrom(const QSqlQuery& query)
{
    Tenant tenant;
    tenant.id = query.value(0).toLongLong();
    tenant.name = query.value(1).toString();
    tenant.role = query.value(2).toString() == QLatin1String("hr") ? TenantRole::HrSource : TenantRole::Directory;
    tenant.type = query.value(3).toString();
    tenant.settings = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
    tenant.secretRef = query.value(5).toString();
    tenant.sourceTenant = query.value(6).toString();
    return tenant;
}

} // namespace

Result<QList<Tenant>> TenantRepository::list() const
{
    auto query = runQuery(m_db.connection(), selectTenant + QStringLiteral(" ORDER BY role DESC, name"), {},
                          QStringLiteral("list the tenants"));
    if (!query)
        return std::unexpected(query.error());
    QList<Tenant> tenants;
    while (query->next())
        tenants.append(tenantFrom(*query));
    return tenants;
}

Result<Tenant> TenantRepository::find(const QString& name) const
{
    auto query = runQuery(m_db.connection(), selectTenant + QStringLiteral(" WHERE name = ?"), {name},
                          QStringLiteral("read tenant %1").arg(name));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("The workspace has no tenant named '%1'").arg(name), {},
                    {name, {}, {}, 0});
    return tenantFrom(*query);
}

Result<Tenant> TenantRepository::save(Tenant tenant) const
{
    if (tenant.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A tenant needs a name"));
    const QVariantList values{tenant.name, tenantRoleName(tenant.role), tenant.type,
                              QString::fromUtf8(QJsonDocument(tenant.settings).toJson(QJsonDocument::Compact)),
                              tenant.secretRef, tenant.sourceTenant};
    auto db = m_db.connection();
    Transaction tx(db);
    std::optional<Tenant> before;
    if (tenant.id == 0) {
        auto query = runQuery(db, QStringLiteral("INSERT INTO tenants (name, role, type, settings, secret_ref, source_tenant)"
                                                 " VALUES (?, ?, ?, ?, ?, ?)"),
                              values, QStringLiteral("add tenant %1").arg(tenant.name));
        if (!query)
            return std::unexpected(query.error());
        tenant.id = query->lastInsertId().toLongLong();
    } else {
        // Read inside the write transaction: the audited "before" is what this save replaced.
        auto stored = runQuery(db, selectTenant + QStringLiteral(" WHERE id = ?"), {tenant.id},
                               QStringLiteral("read tenant %1").arg(tenant.name));
        if (!stored)
            return std::unexpected(stored.error());
        if (stored->next())
            before = tenantFrom(*stored);
        auto query = runQuery(db, QStringLiteral("UPDATE tenants SET name = ?, role = ?, type = ?, settings = ?,"
                                                 " secret_ref = ?, source_tenant = ? WHERE id = ?"),
                              values + QVariantList{tenant.id}, QStringLiteral("save tenant %1").arg(tenant.name));
        if (!query)
            return std::unexpected(query.error());
    }
    if (auto event = AuditLog::append(tx, AuditEvents::tenantSaved(m_actor, before, tenant)); !event)
        return std::unexpected(event.error());
    if (auto committed = tx.commit(); !committed)
        return std::unexpected(committed.error());
    return tenant;
}

Result<void> TenantRepository::remove(const QString& name) const
{
    auto db = m_db.connection();
    Transaction tx(db);
    auto stored = runQuery(db, selectTenant + QStringLiteral(" WHERE name = ?"), {name},
                           QStringLiteral("read tenant %1").arg(name));
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->next())
        return {};   // nothing to remove, nothing to audit
    const auto before = tenantFrom(*stored);
    stored->finish();
    auto query = runQuery(db, QStringLiteral("DELETE FROM tenants WHERE name = ?"), {name},
                          QStringLiteral("remove tenant %1").arg(name));
    if (!query)
        return std::unexpected(query.error());
    // Its mapping versions go with it: a later tenant of the same name starts from no mapping
    // rather than inheriting one written for another directory. Each version stays in the audit
    // log, which recorded every mapping change.
    if (auto mappings = runQuery(db, QStringLiteral("DELETE FROM mappings WHERE tenant = ?"), {name},
                                 QStringLiteral("remove the mapping versions of %1").arg(name));
        !mappings)
        return std::unexpected(mappings.error());
    // Its plans stay, as the history of its runs, but no later tenant of that name is offered one.
    if (auto plans = runQuery(db, QStringLiteral("UPDATE plans SET retired = 1 WHERE tenant = ?"), {name},
                              QStringLiteral("retire the plans of %1").arg(name));
        !plans)
        return std::unexpected(plans.error());
    if (auto event = AuditLog::append(tx, AuditEvents::tenantRemoved(m_actor, before)); !event)
        return std::unexpected(event.error());
    return tx.commit();
}

} // namespace Tenure::Models
