#pragma once

#include "models/domain/operation.h"
#include "models/domain/plan.h"
#include "models/domain/tenant.h"
#include "models/mapping/mappingset.h"
#include "workspacedatabase.h"

namespace Tenure::Models {

class TenantRepository {
public:
    // `actor`: the operator the audit events of its changes name.
    explicit TenantRepository(const WorkspaceDatabase& db, QString actor = {}) : m_db(db), m_actor(std::move(actor)) {}
    [[nodiscard]] Result<QList<Tenant>> list() const;
    [[nodiscard]] Result<Tenant> find(const QString& name) const;
    [[nodiscard]] Result<Tenant> save(Tenant tenant) const;   // insert (id 0) or update by id
    [[nodiscard]] Result<void> remove(const QString& name) const;

private:
    const WorkspaceDatabase& m_db;
    QString m_actor;
};

struct MappingVersion {
    int version = 0;
    QString createdAt;   // ISO 8601, UTC
};

class MappingRepository {
public:
    // `actor`: the operator the audit events of its changes name.
    explicit MappingRepository(const WorkspaceDatabase& db, QString actor = {}) : m_db(db), m_actor(std::move(actor)) {}
    [[nodiscard]] Result<MappingSet> current(const QString& tenant) const;
    [[nodiscard]] Result<int> save(const QString& tenant, const MappingSet& mapping) const;  // new version
    // Every saved version of a tenant's mapping, oldest first, and one of them.
    [[nodiscard]] Result<QList<MappingVersion>> versions(const QString& tenant) const;
    [[nodiscard]] Result<MappingSet> load(const QString& tenant, int version) const;

private:
    const WorkspaceDatabase& m_db;
    QString m_actor;
};

class PlanRepository {
public:
    // `actor`: the operator the audit events of its changes name.
    explicit PlanRepository(const WorkspaceDatabase& db, QString actor = {}) : m_db(db), m_actor(std::move(actor)) {}
    [[nodiscard]] Result<qint64> save(const Plan& plan) const;
    [[nodiscard]] Result<Plan> load(qint64 planId) const;

private:
    const WorkspaceDatabase& m_db;
    QString m_actor;
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

// One per run and thread: it remembers the run's operator and plan between record() calls.
class RunRepository {
public:
    explicit RunRepository(const WorkspaceDatabase& db) : m_db(db) {}
    [[nodiscard]] Result<qint64> start(qint64 planId, const QString& operatorName) const;
    // A confirmed or failed outcome is audited with the operation's before → after, in the same
    // transaction; pass the operation when you have it (the run does), else it is read from the plan.
    [[nodiscard]] Result<void> record(qint64 runId, const OperationOutcome& outcome,
                                      const Operation* operation = nullptr) const;
    [[nodiscard]] Result<void> finish(qint64 runId, RunState state) const;
    [[nodiscard]] Result<RunRecord> find(qint64 runId) const;
    // The most recent runs, newest first.
    [[nodiscard]] Result<QList<RunRecord>> list(int limit = 500) const;
    [[nodiscard]] Result<QList<OperationOutcome>> outcomes(qint64 runId) const;

private:
    const WorkspaceDatabase& m_db;
    // The run's operator (the actor of its audit events) and plan, read once: record() runs per operation.
    mutable qint64 m_ownerRun = 0;
    mutable QString m_ownerOperator;
    mutable qint64 m_ownerPlan = 0;
};

} // namespace Tenure::Models
