#pragma once

#include "models/domain/approval.h"
#include "models/domain/hold.h"
#include "models/domain/operatorrole.h"
#include "workspacedatabase.h"

#include <QHash>
#include <optional>

namespace Tenure::Models {

// Approvals. Every change writes its audit event in the same transaction; the database refuses
// a decision by the requester (CHECK decided_by <> requested_by), whatever the caller does.
class ApprovalRepository {
public:
    ApprovalRepository(const WorkspaceDatabase& db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    // A new pending request, unless one for the same subject is already pending or approved:
    // then that one is returned.
    [[nodiscard]] Result<Approval> request(Approval approval) const;
    [[nodiscard]] Result<Approval> decide(qint64 id, bool approve, const QString& reason, RehireChoice choice) const;
    [[nodiscard]] Result<void> markDone(qint64 id, const QString& outcome) const;
    [[nodiscard]] Result<Approval> find(qint64 id) const;
    // The approval (pending or decided, newest first) for a subject hash, if any.
    [[nodiscard]] Result<std::optional<Approval>> forSubject(const QString& subjectHash) const;
    // Oldest first. With `decidableBy`, only the requests that role may act on (mayDecide()):
    // HR staff see emergency terminations and rehires, not threshold releases.
    [[nodiscard]] Result<QList<Approval>> list(bool pendingOnly, std::optional<OperatorRole> decidableBy = std::nullopt) const;
    // Workers whose approved rehire is routed to a new account.
    [[nodiscard]] Result<QSet<QString>> rehiresRoutedToNewAccounts(const QString& tenant) const;

private:
    const WorkspaceDatabase& m_db;
    QString m_actor;
};

struct RoleAssignment {
    QString operatorName;
    OperatorRole role = OperatorRole::Admin;
    QString grantedBy;
    QDateTime grantedAt;
};

// Operators' roles (models/domain/operatorrole.h). While no role is given every operator is an
// admin, so a one-person workspace needs no set-up; once roles are given, an operator without one
// is HR staff. Only admins change roles, the one who gives the first role becomes the first admin
// (so nobody locks themselves out), and the last admin cannot be removed. Audited.
class RoleRepository {
public:
    RoleRepository(const WorkspaceDatabase& db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    [[nodiscard]] Result<OperatorRole> roleOf(const QString& operatorName) const;
    [[nodiscard]] Result<QList<RoleAssignment>> list() const;   // by operator name
    [[nodiscard]] Result<void> grant(const QString& operatorName, OperatorRole role) const;
    [[nodiscard]] Result<void> revoke(const QString& operatorName) const;

private:
    const WorkspaceDatabase& m_db;
    QString m_actor;
};

// Holds on workers.
class HoldRepository {
public:
    HoldRepository(const WorkspaceDatabase& db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    [[nodiscard]] Result<Hold> place(Hold hold) const;
    [[nodiscard]] Result<void> clear(qint64 id, const QString& reason) const;
    [[nodiscard]] Result<QList<Hold>> active() const;
    [[nodiscard]] Result<QHash<QString, QList<Hold>>> activeByWorker() const;

private:
    const WorkspaceDatabase& m_db;
    QString m_actor;
};

// What the workspace remembers between previews: the size of each HR source's last good full
// read, and what Tenure last did to each account (from the run journal).
class PlanningHistory {
public:
    explicit PlanningHistory(const WorkspaceDatabase& db) : m_db(db) {}

    [[nodiscard]] Result<int> lastGoodSourceCount(const QString& hrTenant) const;   // -1: none yet
    [[nodiscard]] Result<void> recordSourceCount(const QString& hrTenant, int workers) const;
    [[nodiscard]] Result<QHash<QString, AccountMark>> accountMarks(const QString& tenant) const;

private:
    const WorkspaceDatabase& m_db;
};

} // namespace Tenure::Models
