#pragma once

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

    [[nodiscard]] Models::TenantRepository tenants() const { return Models::TenantRepository(*m_db); }
    [[nodiscard]] Models::MappingRepository mappings() const { return Models::MappingRepository(*m_db); }
    [[nodiscard]] Models::PlanRepository plans() const { return Models::PlanRepository(*m_db); }
    [[nodiscard]] Models::RunRepository runs() const { return Models::RunRepository(*m_db); }

private:
    explicit Workspace(std::shared_ptr<Models::WorkspaceDatabase> db) : m_db(std::move(db)) {}
    std::shared_ptr<Models::WorkspaceDatabase> m_db;
};

} // namespace Tenure::App
