#pragma once

#include "models/domain/operation.h"
#include "models/domain/plan.h"
#include "models/domain/tenant.h"
#include "models/mapping/mappingset.h"
#include "workspacedatabase.h"

namespace Tenure::Models {

class TenantRepository {
public:
    explicit TenantRepository(const WorkspaceDatabase& db) : m_db(db) {}
    [[nodiscard]] Result<QList<Tenant>> list() const;
    [[nodiscard]] Result<Tenant> find(const QString& name) const;
    [[nodiscard]] Result<Tenant> save(Tenant tenant) const;   // insert (id 0) or update by id
    [[nodiscard]] Result<void> remove(const QString& name) const;

private:
    const WorkspaceDatabase& m_db;
};

class MappingRepository {
public:
    explicit MappingRepository(const WorkspaceDatabase& db) : m_db(db) {}
    [[nodiscard]] Result<MappingSet> current(const QString& tenant) const;
    [[nodiscard]] Result<int> save(const QString& tenant, const MappingSet& mapping) const;  // new version

private:
    const WorkspaceDatabase& m_db;
};

class PlanRepository {
public:
    explicit PlanRepository(const WorkspaceDatabase& db) : m_db(db) {}
    [[nodiscard]] Result<qint64> save(const Plan& plan) const;
    [[nodiscard]] Result<Plan> load(qint64 planId) const;

private:
    const WorkspaceDatabase& m_db;
};

enum class RunState { Running, Completed, Failed, Cancelled };
[[nodiscard]] QString runStateName(RunState state);

struct RunRecord {
    qint64 id = 0;
    qint64 planId = 0;
    QString tenant;
    QString operatorName;
    QDateTime startedAt;
    QDateTime finishedAt;
    RunState state = RunState::Running;
};

class RunRepository {
public:
    explicit RunRepository(const WorkspaceDatabase& db) : m_db(db) {}
    [[nodiscard]] Result<qint64> start(qint64 planId, const QString& operatorName) const;
    [[nodiscard]] Result<void> record(qint64 runId, const OperationOutcome& outcome) const;
    [[nodiscard]] Result<void> finish(qint64 runId, RunState state) const;
    [[nodiscard]] Result<RunRecord> find(qint64 runId) const;
    [[nodiscard]] Result<QList<OperationOutcome>> outcomes(qint64 runId) const;

private:
    const WorkspaceDatabase& m_db;
};

} // namespace Tenure::Models
