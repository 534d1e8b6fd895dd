#pragma once

// Internal to the planner: the state of one planning pass. PlanBuilder is the public face.
#include "accountindex.h"
#include "effectivedates.h"
#include "managerresolver.h"
#include "models/mapping/mappingevaluator.h"
#include "planbuilder.h"

#include <QSet>
#include <QVarLengthArray>
#include <memory>
#include <vector>

namespace Tenure::Models {

// The accounts a worker owns; rarely more than one, so kept without a heap allocation.
using ClaimedAccounts = QVarLengthArray<int, 2>;

// What planning one worker found besides its operation (which goes straight into its slot in the
// plan), kept apart so workers can be planned in parallel and merged in their HR order.
struct WorkerOutcome {
    ClaimedAccounts claimed;                       // accounts this worker owns (never absent leavers)
    std::unique_ptr<WorkerPlacement> placement;    // only gathered when managers are resolved
    int accountIndex = -1;
    bool hasOperation = false;
    bool holdReleasedByHr = false;
    bool needsUniquePass = false;                  // a create (or update) still missing SelectUniqueValue results
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
    void sortOperations(const QHash<QString, int>& depth);
    void applyThreshold(Plan& plan) const;
    void keepToAbilities(QList<Operation>& operations) const;

    // workerplanning.cpp: one worker's category and operation (thread-safe: reads only shared state).
    void planWorker(const Worker& worker, WorkerOutcome& out, Operation& slot) const;
    std::optional<Operation> planWorkerOperation(const Worker& worker, WorkerOutcome& out) const;
    std::optional<Operation> planTerminated(Operation op, const Worker& worker, const Account* account,
                                            const std::optional<QDateTime>& terminationAt, const QString& why,
                                            WorkerOutcome& out) const;
    std::optional<Operation> planExisting(Operation op, const Worker& worker, const Account& account,
                                          const DesiredAttributes& desired, const std::optional<QDateTime>& hireAt,
                                          bool linkedByPreviousId) const;
    Operation planNew(Operation op, const DesiredAttributes& desired, const std::optional<QDateTime>& hireAt) const;
    [[nodiscard]] Result<int> findAccount(const Worker& worker, ClaimedAccounts* claimed) const;
    [[nodiscard]] int findByPreviousId(const Worker& worker) const;
    [[nodiscard]] bool isTaken(const QString& attribute, const QString& value, int ownAccount) const;
    [[nodiscard]] QList<AttributeChange> changesFor(const DesiredAttributes& desired, const Account& account) const;
    [[nodiscard]] const Hold* holdOf(const QString& workerId, HoldKind kind) const;
    [[nodiscard]] WorkerPlacement placementOf(const Worker& worker, const Account* account) const;

    // uniquevalues.cpp: the sequential pass that gives out SelectUniqueValue results in HR order.
    void completeUnique(const Worker& worker, Operation& op, WorkerOutcome& out);

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
    bool m_resolvesManagers;                             // placements are only gathered for the manager pass
    // Lifecycle fields every worker is asked for, interned once.
    AttributeName m_statusField, m_displayNameField, m_previousIdField;
    std::vector<bool> m_claimed;                         // by account index: an HR worker owns it
    QSet<QString> m_unreadableIds;
    QHash<QString, QSet<QString>> m_givenOut;            // attribute (case-folded) → values given to joiners
    QHash<QString, WorkerPlacement> m_placements;        // worker id → where it stands (for managers)
    QList<Operation> m_operations;
    QStringList m_holdsReleased;
};

} // namespace Tenure::Models
