#include "initialpasswordindex.h"

#include "auditlog.h"
#include "sqlquery.h"

#include "models/domain/auditevent.h"

#include <QJsonObject>

namespace Tenure::Models {
namespace {

WaitingPassword fromRow(const QSqlQuery& row)
{
    return {row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
            QDateTime::fromString(row.value(3).toString(), Qt::ISODateWithMs), row.value(4).toString()};
}

QJsonObject waitingJson(const WaitingPassword& waiting)
{
    return {{QStringLiteral("tenant"), waiting.tenant},
            {QStringLiteral("account"), waiting.account},
            {QStringLiteral("reference"), waiting.reference},
            {QStringLiteral("keptAt"), waiting.keptAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("host"), waiting.host}};
}

const QString columns = QStringLiteral("reference, tenant, account, kept_at, host");

} // namespace

Result<void> InitialPasswordIndex::record(const WaitingPassword& waiting) const
{
    auto stored = runQuery(m_db.connection(),
                           QStringLiteral("INSERT OR REPLACE INTO initial_passwords (%1) VALUES (?, ?, ?, ?, ?)").arg(columns),
                           {waiting.reference, waiting.tenant, waiting.account,
                            waiting.keptAt.toUTC().toString(Qt::ISODateWithMs), waiting.host},
                           QStringLiteral("record the initial password of %1 as waiting").arg(waiting.account));
    if (!stored)
        return std::unexpected(stored.error());
    return {};
}

Result<void> InitialPasswordIndex::forget(const QString& reference) const
{
    auto removed = runQuery(m_db.connection(), QStringLiteral("DELETE FROM initial_passwords WHERE reference = ?"),
                            {reference}, QStringLiteral("forget a discarded initial password"));
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

Result<QList<WaitingPassword>> InitialPasswordIndex::list() const
{
    auto rows = runQuery(m_db.connection(),
                         QStringLiteral("SELECT %1 FROM initial_passwords ORDER BY tenant, account").arg(columns), {},
                         QStringLiteral("list the initial passwords waiting"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<WaitingPassword> waiting;
    while (rows->next())
        waiting.append(fromRow(*rows));
    return waiting;
}

Result<std::optional<WaitingPassword>> InitialPasswordIndex::find(const QString& accountOrReference,
                                                                  const QString& tenant) const
{
    auto all = list();
    if (!all)
        return std::unexpected(all.error());
    QList<WaitingPassword> matches;
    for (const WaitingPassword& waiting : std::as_const(*all)) {
        if (!tenant.isEmpty() && waiting.tenant != tenant)
            continue;
        // DNs compare without regard to case in AD, so "cn=ann lee,…" finds "CN=Ann Lee,…".
        if (waiting.reference == accountOrReference
            || waiting.account.compare(accountOrReference, Qt::CaseInsensitive) == 0)
            matches.append(waiting);
    }
    if (matches.size() > 1)
        return fail(ErrorCode::Conflict,
                    QStringLiteral("Initial passwords for %1 wait in %2 directories; name the tenant").arg(accountOrReference)
                        .arg(matches.size()));
    if (matches.isEmpty())
        return std::optional<WaitingPassword>();
    return std::optional<WaitingPassword>(matches.constFirst());
}

Result<void> InitialPasswordIndex::handedOver(const WaitingPassword& waiting) const
{
    auto db = m_db.connection();
    Transaction tx(db);
    auto removed = runQuery(db, QStringLiteral("DELETE FROM initial_passwords WHERE reference = ?"), {waiting.reference},
                            QStringLiteral("mark the initial password of %1 as handed over").arg(waiting.account));
    if (!removed)
        return std::unexpected(removed.error());
    if (removed->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict,
                    QStringLiteral("The initial password of %1 was already handed over").arg(waiting.account));
    if (auto event = AuditLog::append(tx, makeAuditEvent(m_actor, AuditAction::InitialPasswordHandedOver, waiting.account,
                                                         QStringLiteral("initial password handed over to %1").arg(m_actor),
                                                         waitingJson(waiting), {}));
        !event)
        return std::unexpected(event.error());
    return tx.commit();
}

} // namespace Tenure::Models
