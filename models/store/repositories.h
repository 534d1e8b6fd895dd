#pragma once

#include "models/domain/operation.h"
#include "models/domain/plan.h"
#include "models/domain/tenant.h"
#include "models/mapping/mappingset.h"
#include "workspacedatabase.h"

#include <QHash>

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

// An operation of a stored plan with its index there.
struct PlanOperation {
    int index = -1;
    Operation operation;
};

class PlanRepository {
public:
    // `actor`: the operator the audit events of its changes name.
    explicit PlanRepository(const WorkspaceDatabase& db, QString actor = {}) : m_db(db), m_actor(std::move(actor)) {}
    [[nodiscard]] Result<qint64> save(const Plan& plan) const;
    [[nodiscard]] Result<Plan> load(qint64 planId) const;
    // Parts of a stored plan, to show or to follow up on without reading all of it. Unlike load(),
    // these do not check the plan's hash: callers compare what they need (an approval's
    // operation hash), and a run always goes through load().
    [[nodiscard]] Result<QList<PlanOperation>> operationsOfWorker(qint64 planId, const QString& workerId) const;
    [[nodiscard]] Result<QList<PlanOperation>> operationsOfKinds(qint64 planId, const QList<OperationKind>& kinds) const;
    [[nodiscard]] Result<QList<PlanOperation>> operationsAt(qint64 planId, const QList<int>& indexes) const;

private:
    const WorkspaceDatabase& m_db;
    QString m_actor;
};

// Interrupted: the run stopped without finishing (the process ended, the machine went down);
// set when a person resumes it.
enum class RunState { Running, Completed, Failed, Cancelled, Interrupted };
[[nodiscard]] QString runStateName(RunState state);

// What a run was for: the whole plan, operations a person selected, a retry of a run's failed
// operations or the resumption of a run's unfinished ones (both from a fresh preview), effective-
// dated work that became due, or an emergency termination.
enum class RunPurpose { Plan, Selection, Retry, Resume, Due, Termination };
[[nodiscard]] QString runPurposeName(RunPurpose purpose);   // "plan", "selection", …: stable

// How a run starts: its purpose, the run it continues (retry, resume), and the plan indexes it
// will send, journaled as pending when it starts so an interrupted run knows what it had left.
struct RunStart {
    RunPurpose purpose = RunPurpose::Plan;
    qint64 originRun = 0;
    QList<int> operations;
};

struct RunRecord {
    qint64 id = 0;
    qint64 planId = 0;
    QString tenant;
    QString operatorName;
    QDateTime startedAt;
    QDateTime finishedAt;
    RunState state = RunState::Running;
    RunPurpose purpose = RunPurpose::Plan;
    qint64 originRun = 0;
    // Outcome counts, kept when the run finishes (unknown, -1, while it runs).
    int confirmed = -1;
    int failed = -1;
    int skipped = -1;
    QDateTime lastActivity;   // a running run: its latest journal entry (or its start)
};

// One line of a run's outcomes, with the operation it is about (read from the stored plan).
struct RunOutcomeRow {
    int index = -1;
    OutcomeState state = OutcomeState::Pending;
    QString message;
    QDateTime updatedAt;
    Category category = Category::Unchanged;
    OperationKind kind = OperationKind::None;
    QString workerId;
    QString displayName;
    QString targetId;
};

// One per run and thread: it remembers the run's operator and plan between record() calls.
class RunRepository {
public:
    explicit RunRepository(const WorkspaceDatabase& db) : m_db(db) {}
    // Refused while another run of the same plan is running: two runs of one plan would send
    // the same operations twice.
    [[nodiscard]] Result<qint64> start(qint64 planId, const QString& operatorName, const RunStart& how = {}) const;
    // A confirmed or failed outcome is audited with the operation's before → after, in the same
    // transaction; pass the operation when you have it (the run does), else it is read from the plan.
    [[nodiscard]] Result<void> record(qint64 runId, const OperationOutcome& outcome,
                                      const Operation* operation = nullptr) const;
    [[nodiscard]] Result<void> finish(qint64 runId, RunState state) const;
    // A run left "running" by a process that ended: marked interrupted (audited) so it is not
    // mistaken for one in progress. Only a running run can be.
    [[nodiscard]] Result<void> markInterrupted(qint64 runId, const QString& actor, const QString& why) const;
    [[nodiscard]] Result<RunRecord> find(qint64 runId) const;
    // The most recent runs, newest first.
    [[nodiscard]] Result<QList<RunRecord>> list(int limit = 500) const;
    [[nodiscard]] Result<QList<OperationOutcome>> outcomes(qint64 runId) const;
    // The outcomes with their operations, in plan order.
    [[nodiscard]] Result<QList<RunOutcomeRow>> outcomeRows(qint64 runId) const;
    // The operations of a plan some run has already confirmed: never sent again.
    [[nodiscard]] Result<QHash<int, qint64>> confirmedOperations(qint64 planId) const;   // index → run

private:
    const WorkspaceDatabase& m_db;
    // The run's operator (the actor of its audit events) and plan, read once: record() runs per operation.
    mutable qint64 m_ownerRun = 0;
    mutable QString m_ownerOperator;
    mutable qint64 m_ownerPlan = 0;
};

} // namespace Tenure::Models
