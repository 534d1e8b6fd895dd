#include "planner.h"

#include <QHash>
#include <QThread>
#include <algorithm>
#include <thread>

namespace Tenure::Models {
namespace {

constexpr int CancelCheckInterval = 1024;

QStringList matchingAttributes(const MappingSet& mapping)
{
    QStringList names;
    for (const auto* matching : mapping.matchingMappings())
        names.append(matching->target);
    return names;
}

// Splits [0, count) over the machine's cores; small inputs stay on the calling thread.
void runInParallel(qsizetype count, const std::function<void(qsizetype, qsizetype)>& work)
{
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 16);
    if (threads == 1 || count < 2000) {
        work(0, count);
        return;
    }
    std::vector<std::thread> pool;
    const qsizetype chunk = (count + threads - 1) / threads;
    for (int t = 1; t < threads; ++t) {
        const qsizetype from = t * chunk;
        if (from < count)
            pool.emplace_back(work, from, std::min(count, from + chunk));
    }
    work(0, std::min(count, chunk));
    for (auto& thread : pool)
        thread.join();
}

} // namespace

Planner::Planner(const PlanInputs& inputs, MappingEvaluator evaluator)
    : m_in(inputs), m_evaluator(std::move(evaluator)),
      m_index(inputs.directory.accounts, matchingAttributes(inputs.mapping), m_evaluator.uniqueAttributes()),
      m_dates(inputs.mapping.lifecycle, inputs.policy),
      m_now(inputs.now.isValid() ? inputs.now.toUTC() : inputs.today.startOfDay(Qt::UTC)),
      m_nowMsecs(m_now.toMSecsSinceEpoch())
{
}

Result<Plan> Planner::run(const CancelToken& cancel)
{
    Plan plan;
    plan.tenant = m_in.tenant;
    plan.createdAt = QDateTime::currentDateTimeUtc();
    planRecordErrors(plan);
    if (sourceLooksTruncated(plan)) {
        plan.operations = std::move(m_operations);
        return plan;
    }

    // Duplicate ids first (sequential, cheap), then every worker in parallel, then the merge in
    // HR order with the unique-value pass.
    const auto& workers = m_in.hr.workers;
    QHash<QString, int> lineOfWorker;
    QList<bool> duplicate(workers.size(), false);
    for (int i = 0; i < workers.size(); ++i) {
        const auto& worker = workers.at(i);
        if (worker.workerId.trimmed().isEmpty())
            continue;
        if (const auto previous = lineOfWorker.constFind(worker.workerId); previous != lineOfWorker.cend()) {
            duplicate[i] = true;
            m_operations.append(errorFor(worker, QStringLiteral("Duplicate worker id %1, first seen on line %2")
                                                     .arg(worker.workerId)
                                                     .arg(*previous)));
        } else {
            lineOfWorker.insert(worker.workerId, worker.sourceLine);
        }
    }

    std::vector<WorkerOutcome> outcomes(size_t(workers.size()));
    const auto planRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (i % CancelCheckInterval == 0 && cancel.isCancelled())
                return;
            const auto& worker = workers.at(i);
            if (duplicate.at(i))
                continue;
            if (worker.workerId.trimmed().isEmpty())
                outcomes[size_t(i)].operation =
                    errorFor(worker, QStringLiteral("The record has no worker id, so it cannot be matched"));
            else
                planWorker(worker, outcomes[size_t(i)]);
        }
    };
    runInParallel(workers.size(), planRange);
    if (cancel.isCancelled())
        return fail(ErrorCode::Cancelled, QStringLiteral("Planning was cancelled"));

    for (qsizetype i = 0; i < workers.size(); ++i) {
        auto& out = outcomes[size_t(i)];
        for (int claimed : out.claimed)
            m_claimed.insert(claimed);
        if (out.needsUniquePass && out.operation && out.operation->category != Category::Error)
            completeUnique(workers.at(i), out);
        if (out.holdReleasedByHr)
            m_holdsReleased.append(workers.at(i).workerId);
        if (out.placement) {
            out.placement->operationIndex = out.operation ? int(m_operations.size()) : -1;
            m_placements.insert(workers.at(i).workerId, *out.placement);
        }
        if (out.operation)
            m_operations.append(std::move(*out.operation));
    }
    if (m_in.hr.isFullSnapshot)
        planAbsentWorkers(plan);
    resolveManagers(plan);
    keepToAbilities(m_operations);
    plan.operations = std::move(m_operations);
    plan.holdsReleasedByHr = m_holdsReleased;
    applyThreshold(plan);
    return plan;
}

void Planner::planRecordErrors(Plan&)
{
    for (const auto& error : m_in.hr.errors) {
        if (!error.workerId.isEmpty())
            m_unreadableIds.insert(AccountIndex::key(error.workerId));   // never a leaver for a bad row
        Operation op;
        op.category = Category::Error;
        op.workerId = error.workerId;
        op.sourceLine = error.line;
        op.reason = error.line > 0 ? QStringLiteral("Line %1: %2").arg(error.line).arg(error.message) : error.message;
        m_operations.append(op);
    }
}

// An empty, header-only or suddenly much smaller full read is far more likely a broken export
// than a mass departure: block the plan, so nothing is written.
bool Planner::sourceLooksTruncated(Plan& plan) const
{
    if (!m_in.hr.isFullSnapshot)
        return false;
    const int count = int(m_in.hr.workers.size());
    if (count == 0) {
        plan.blockedReason = QStringLiteral(
            "The HR source returned no workers. A full read without workers would disable every account, "
            "so this plan is blocked and nothing will be written.");
        return true;
    }
    const int last = m_in.lastGoodSourceCount;
    if (last > 0 && count < last * (1.0 - m_in.policy.maxSourceShrink)) {
        plan.blockedReason = QStringLiteral("The HR source shrank from %1 to %2 workers (more than %3 %), which looks "
                                            "like a truncated export, so this plan is blocked and nothing will be written.")
                                 .arg(last)
                                 .arg(count)
                                 .arg(m_in.policy.maxSourceShrink * 100, 0, 'f', 0);
        return true;
    }
    return false;
}

void Planner::planAbsentWorkers(Plan&)
{
    const auto primary = m_in.mapping.primaryMatchingAttribute();
    for (int i = 0; i < m_in.directory.accounts.size(); ++i) {
        const auto& account = m_in.directory.accounts.at(i);
        const auto anchor = firstValue(account.attributes, primary).trimmed();
        // Only accounts that carry the primary matching attribute are managed by this mapping.
        if (anchor.isEmpty() || !account.enabled || m_claimed.contains(i)
            || m_unreadableIds.contains(AccountIndex::key(anchor)))
            continue;
        Operation op;
        op.workerId = anchor;
        op.displayName = firstValue(account.attributes, m_in.mapping.lifecycle.displayName);
        op.targetId = account.id;
        m_operations.append(withKind(op, Category::Leaver, OperationKind::Disable,
                                     QStringLiteral("No longer in the HR source: the account is disabled, not deleted")));
    }
}

void Planner::resolveManagers(Plan&)
{
    const auto& lifecycle = m_in.mapping.lifecycle;
    ManagerResolver resolver(lifecycle.managerAttribute, lifecycle.managerId, m_in.comparableValue);
    const auto depth = resolver.resolve(m_operations, m_placements);
    // Managers are created before the people who report to them: some targets (AD) refuse a
    // manager reference to an account that does not exist yet.
    std::stable_sort(m_operations.begin(), m_operations.end(), [&](const Operation& a, const Operation& b) {
        if (a.category != b.category)
            return a.category < b.category;
        if (a.category == Category::Error && a.sourceLine != b.sourceLine)
            return a.sourceLine < b.sourceLine;
        if (a.category == Category::Joiner) {
            const int da = depth.value(a.workerId), db = depth.value(b.workerId);
            if (da != db)
                return da < db;
        }
        if (a.workerId != b.workerId)
            return a.workerId < b.workerId;
        return a.targetId < b.targetId;
    });
}

// A target that cannot move, disable or enable gets no such operation: what would have happened
// stays visible, with a warning, and nothing is sent.
void Planner::keepToAbilities(QList<Operation>& operations) const
{
    const auto& can = m_in.abilities;
    for (auto& op : operations) {
        if (!can.move) {
            const auto before = op.changes.size();
            op.changes.removeIf([](const AttributeChange& change) { return change.attribute == QLatin1String(ParentDnAttribute); });
            if (op.changes.size() != before)
                op.warnings.append(QStringLiteral("This target cannot move accounts: the OU change is not applied"));
            if (op.kind == OperationKind::Move)
                op.kind = op.changes.isEmpty() ? OperationKind::None : OperationKind::Update;
            if (op.kind == OperationKind::None && op.category == Category::Mover)
                op.category = Category::Unchanged;
        }
        if ((op.kind == OperationKind::Disable && !can.disable) || (op.kind == OperationKind::Enable && !can.enable)) {
            op.warnings.append(QStringLiteral("This target cannot %1 accounts: nothing is sent")
                                   .arg(op.kind == OperationKind::Disable ? QStringLiteral("disable") : QStringLiteral("enable")));
            op.kind = op.changes.isEmpty() ? OperationKind::None : OperationKind::Update;
        }
    }
}

void Planner::applyThreshold(Plan& plan) const
{
    const int accounts = int(m_in.directory.accounts.size());
    const int limit = m_in.policy.disableThreshold(accounts);
    const int removals = plan.removalCount();
    if (removals > limit)
        plan.thresholdHold = QStringLiteral("This plan disables or deletes %1 accounts, more than the limit of %2 for %3 "
                                            "accounts in scope: a second person must release it before it runs.")
                                 .arg(removals)
                                 .arg(limit)
                                 .arg(accounts);
}

} // namespace Tenure::Models
