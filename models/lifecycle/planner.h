#pragma once

// Internal to the planner: the state of one planning pass. PlanBuilder is the public face.
#include "accountindex.h"
#include "effectivedates.h"
#include "managerresolver.h"
#include "models/mapping/mappingevaluator.h"
#include "planbuilder.h"

#include <QSet>

namespace Tenure::Models {

// What planning one worker found, kept apart so workers can be planned in parallel and merged in
// their HR order.
struct WorkerOutcome {
    std::optional<Operation> operation;
    QList<int> claimed;                     // accounts this worker owns (never absent leavers)
    std::optional<WorkerPlacement> placement;
    bool holdReleasedByHr = false;
    bool needsUniquePass = false;           // a create (or update) still missing SelectUniqueValue results
    int accountIndex = -1;
};

class Planner {
public:
    Planner(const PlanInputs& inputs, MappingEvaluator evaluator);
    Result<Plan> run(const CancelToken& cancel);

private:
    // planner.cpp: the pass over all workers, absent accounts, managers, order and safety.
    void planRecordErrors(Plan& plan);
    [[nodiscard]] bool sourceLooksTruncated(Plan& plan) const;
    void planAbsentWorkers(Plan& plan);
    void resolveManagers(Plan& plan);
    void applyThreshold(Plan& plan) const;
    void keepToAbilities(QList<Operation>& operations) const;

    // workerplanning.cpp: one worker's category and operation (thread-safe: reads only shared state).
    void planWorker(const Worker& worker, WorkerOutcome& out) const;
    std::optional<Operation> planWorkerOperation(const Worker& worker, WorkerOutcome& out) const;
    std::optional<Operation> planTerminated(Operation op, const Worker& worker, const Account* account,
                                            const std::optional<QDateTime>& terminationAt, const QString& why,
                                            WorkerOutcome& out) const;
    std::optional<Operation> planExisting(Operation op, const Worker& worker, const Account& account,
                                          const DesiredAttributes& desired, const std::optional<QDateTime>& hireAt,
                                          bool linkedByPreviousId) const;
    Operation planNew(Operation op, const DesiredAttributes& desired, const std::optional<QDateTime>& hireAt) const;
    [[nodiscard]] Result<int> findAccount(const Worker& worker, QList<int>* claimed) const;
    [[nodiscard]] int findByPreviousId(const Worker& worker) const;
    [[nodiscard]] bool isTaken(const QString& attribute, const QString& value, int ownAccount) const;
    [[nodiscard]] QList<AttributeChange> changesFor(const DesiredAttributes& desired, const Account& account) const;
    [[nodiscard]] const Hold* holdOf(const QString& workerId, HoldKind kind) const;
    [[nodiscard]] WorkerPlacement placementOf(const Worker& worker, const Account* account) const;

    // uniquevalues.cpp: the sequential pass that gives out SelectUniqueValue results in HR order.
    void completeUnique(const Worker& worker, WorkerOutcome& out);

    Operation named(const Worker& worker) const;
    Operation errorFor(const Worker& worker, const QString& message) const;
    static Operation withKind(Operation op, Category category, OperationKind kind, const QString& reason);
    static Operation unchanged(Operation op, const Account& account);

    const PlanInputs& m_in;
    MappingEvaluator m_evaluator;
    AccountIndex m_index;
    EffectiveDates m_dates;
    QDateTime m_now;
    qint64 m_nowMsecs;
    QSet<int> m_claimed;
    QSet<QString> m_unreadableIds;
    QHash<QString, QSet<QString>> m_givenOut;            // attribute (case-folded) → values given to joiners
    QHash<QString, WorkerPlacement> m_placements;        // worker id → where it stands (for managers)
    QList<Operation> m_operations;
    QStringList m_holdsReleased;
};

} // namespace Tenure::Models
