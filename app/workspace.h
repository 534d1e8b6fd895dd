#pragma once

#include "models/store/auditlog.h"
#include "models/store/peoplerepositories.h"
#include "models/store/repositories.h"

#include <memory>

namespace Tenure::App {

// An open workspace: its database and the repositories over it.
class Workspace {
public:
    [[nodiscard]] static Models::Result<std::unique_ptr<Workspace>> open(const QString& path);

    [[nodiscard]] QString path() const { return m_db->path(); }
    [[nodiscard]] QString displayName() const;   // the file name without folder
    [[nodiscard]] const Models::WorkspaceDatabase& database() const { return *m_db; }

    // Who the audit events of changes made through this workspace name: the OS user, from open().
    [[nodiscard]] QString actor() const { return m_actor; }
    void setActor(QString actor) { m_actor = std::move(actor); }

    [[nodiscard]] Models::TenantRepository tenants() const { return Models::TenantRepository(*m_db, m_actor); }
    [[nodiscard]] Models::MappingRepository mappings() const { return Models::MappingRepository(*m_db, m_actor); }
    [[nodiscard]] Models::PlanRepository plans() const { return Models::PlanRepository(*m_db, m_actor); }
    [[nodiscard]] Models::RunRepository runs() const { return Models::RunRepository(*m_db); }
    [[nodiscard]] Models::AuditLog audit() const { return Models::AuditLog(*m_db); }
    // The people side: requests and decisions are made by a named operator.
    [[nodiscard]] Models::ApprovalRepository approvals(const QString& actor) const { return {*m_db, actor}; }
    [[nodiscard]] Models::HoldRepository holds(const QString& actor) const { return {*m_db, actor}; }
    [[nodiscard]] Models::RoleRepository roles(const QString& actor) const { return {*m_db, actor}; }
    [[nodiscard]] Models::PlanningHistory history() const { return Models::PlanningHistory(*m_db); }

private:
    explicit Workspace(std::shared_ptr<Models::WorkspaceDatabase> db);
    std::shared_ptr<Models::WorkspaceDatabase> m_db;
    QString m_actor;
};

} // namespace Tenure::App
