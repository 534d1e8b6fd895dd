#include "auditlog.h"
#include "peoplerepositories.h"
#include "sqlquery.h"

#include <QJsonObject>

namespace Tenure::Models {
namespace {

QString subjectOf(const QString& operatorName) { return QStringLiteral("operator/%1").arg(operatorName); }

QJsonObject roleJson(OperatorRole role) { return {{QStringLiteral("role"), operatorRoleName(role)}}; }

Result<int> countWhere(const QSqlDatabase& db, const QString& condition, const QVariantList& values)
{
    auto q = runQuery(db, QStringLiteral("SELECT COUNT(*) FROM operator_roles %1").arg(condition), values,
                      QStringLiteral("count the operators' roles"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

// The role stored for `operatorName`, if any.
Result<std::optional<OperatorRole>> storedRole(const QSqlDatabase& db, const QString& operatorName)
{
    auto q = runQuery(db, QStringLiteral("SELECT role FROM operator_roles WHERE operator = ?"), {operatorName},
                      QStringLiteral("read the role of %1").arg(operatorName));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<OperatorRole>();
    OperatorRole role = OperatorRole::HrStaff;
    if (!operatorRoleFromName(q->value(0).toString(), &role))
        return fail(ErrorCode::Storage, QStringLiteral("Operator %1 has an unknown role '%2'").arg(operatorName, q->value(0).toString()));
    return std::optional(role);
}

Result<void> write(Transaction& tx, const QString& actor, const QString& operatorName, OperatorRole role,
                   const std::optional<OperatorRole>& before, const QString& why)
{
    auto upsert = runQuery(tx.connection(),
                           QStringLiteral("INSERT INTO operator_roles (operator, role, granted_by, granted_at) VALUES (?, ?, ?, ?)"
                                          " ON CONFLICT (operator) DO UPDATE SET role = excluded.role,"
                                          " granted_by = excluded.granted_by, granted_at = excluded.granted_at"),
                           {operatorName, operatorRoleName(role), actor,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           QStringLiteral("give %1 a role").arg(operatorName));
    if (!upsert)
        return std::unexpected(upsert.error());
    if (auto event = AuditLog::append(tx, makeAuditEvent(actor, AuditAction::RoleGranted, subjectOf(operatorName), why,
                                                         before ? roleJson(*before) : QJsonObject{}, roleJson(role)));
        !event)
        return std::unexpected(event.error());
    return {};
}

} // namespace

Result<OperatorRole> RoleRepository::roleOf(const QString& operatorName) const
{
    auto db = m_db.connection();
    auto stored = storedRole(db, operatorName);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored)
        return **stored;
    auto any = countWhere(db, {}, {});
    if (!any)
        return std::unexpected(any.error());
    return *any == 0 ? OperatorRole::Admin : OperatorRole::HrStaff;
}

Result<QList<RoleAssignment>> RoleRepository::list() const
{
    auto q = runQuery(m_db.connection(),
                      QStringLiteral("SELECT operator, role, granted_by, granted_at FROM operator_roles ORDER BY operator"), {},
                      QStringLiteral("list the operators' roles"));
    if (!q)
        return std::unexpected(q.error());
    QList<RoleAssignment> list;
    while (q->next()) {
        RoleAssignment assignment;
        assignment.operatorName = q->value(0).toString();
        (void)operatorRoleFromName(q->value(1).toString(), &assignment.role);
        assignment.grantedBy = q->value(2).toString();
        assignment.grantedAt = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
        list.append(assignment);
    }
    return list;
}

Result<void> RoleRepository::grant(const QString& operatorName, OperatorRole role) const
{
    const QString name = operatorName.trimmed();
    if (name.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("Give the operator's name (their OS user name) to give a role"));
    auto db = m_db.connection();
    Transaction tx(db);
    auto any = countWhere(db, {}, {});
    if (!any)
        return std::unexpected(any.error());
    if (*any == 0) {
        if (name == m_actor && role != OperatorRole::Admin)
            return fail(ErrorCode::Rejected, QStringLiteral("The first role given in a workspace must leave an admin: "
                                                            "give yourself the admin role, or a colleague theirs"));
        // Whoever sets roles up becomes their first admin: giving a colleague the first role would
        // otherwise leave nobody able to change roles (an operator without one is HR staff).
        if (name != m_actor) {
            if (auto first = write(tx, m_actor, m_actor, OperatorRole::Admin, std::nullopt,
                                   QStringLiteral("The first role given in this workspace: its giver becomes an admin"));
                !first)
                return first;
        }
    } else {
        auto mine = roleOf(m_actor);
        if (!mine)
            return std::unexpected(mine.error());
        if (*mine != OperatorRole::Admin)
            return fail(ErrorCode::Rejected, QStringLiteral("%1 is HR staff: only an admin gives roles").arg(m_actor));
    }
    auto before = storedRole(db, name);
    if (!before)
        return std::unexpected(before.error());
    if (*before == OperatorRole::Admin && role != OperatorRole::Admin) {
        auto admins = countWhere(db, QStringLiteral("WHERE role = 'admin'"), {});
        if (!admins)
            return std::unexpected(admins.error());
        if (*admins <= 1)
            return fail(ErrorCode::Rejected, QStringLiteral("%1 is the last admin: give another operator the admin role first").arg(name));
    }
    if (auto written = write(tx, m_actor, name, role, *before,
                             QStringLiteral("%1 is now %2").arg(name, operatorRoleName(role)));
        !written)
        return written;
    return tx.commit();
}

Result<void> RoleRepository::revoke(const QString& operatorName) const
{
    const QString name = operatorName.trimmed();
    auto db = m_db.connection();
    Transaction tx(db);
    auto mine = roleOf(m_actor);
    if (!mine)
        return std::unexpected(mine.error());
    if (*mine != OperatorRole::Admin)
        return fail(ErrorCode::Rejected, QStringLiteral("%1 is HR staff: only an admin removes roles").arg(m_actor));
    auto before = storedRole(db, name);
    if (!before)
        return std::unexpected(before.error());
    if (!*before)
        return fail(ErrorCode::NotFound, QStringLiteral("%1 has no role in this workspace").arg(name));
    if (**before == OperatorRole::Admin) {
        auto admins = countWhere(db, QStringLiteral("WHERE role = 'admin'"), {});
        if (!admins)
            return std::unexpected(admins.error());
        auto others = countWhere(db, QStringLiteral("WHERE operator <> ?"), {name});
        if (!others)
            return std::unexpected(others.error());
        // Removing the only admin while others keep roles would leave nobody to change them; with
        // nobody else listed the workspace returns to "everyone is an admin".
        if (*admins <= 1 && *others > 0)
            return fail(ErrorCode::Rejected, QStringLiteral("%1 is the last admin: give another operator the admin role first").arg(name));
    }
    auto removed = runQuery(db, QStringLiteral("DELETE FROM operator_roles WHERE operator = ?"), {name},
                            QStringLiteral("remove the role of %1").arg(name));
    if (!removed)
        return std::unexpected(removed.error());
    if (auto event = AuditLog::append(tx, makeAuditEvent(m_actor, AuditAction::RoleRevoked, subjectOf(name),
                                                         QStringLiteral("%1 no longer has a role of their own").arg(name),
                                                         roleJson(**before), {}));
        !event)
        return std::unexpected(event.error());
    return tx.commit();
}

} // namespace Tenure::Models
