#include "planner.h"

#include "models/domain/workerids.h"

#include <QHash>
#include <QThread>
#include <algorithm>
#include <bit>
#include <numeric>
#include <string_view>
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
      m_nowMsecs(m_now.toMSecsSinceEpoch()),
      m_resolvesManagers(!inputs.mapping.lifecycle.managerAttribute.isEmpty() && !inputs.mapping.lifecycle.managerId.isEmpty()),
      m_statusField(inputs.mapping.lifecycle.status), m_displayNameField(inputs.mapping.lifecycle.displayName),
      m_previousIdField(inputs.mapping.lifecycle.previousWorkerId),
      m_claimed(size_t(inputs.directory.accounts.size()), false)
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

    // Duplicate ids first (sequential, cheap), then every worker in parallel, each into its own
    // slot of the plan after the errors, then the merge in HR order with the unique-value pass,
    // closing up the slots of workers without an operation: the plan is built in one list that
    // is never copied, which at a million workers is most of what planning holds.
    const auto& workers = m_in.hr.workers;
    const auto earlier = earlierWithSameId(workers);
    for (qsizetype i = 0; i < workers.size(); ++i)
        if (earlier[size_t(i)] >= 0)
            m_operations.append(errorFor(workers.at(i), QStringLiteral("Duplicate worker id %1, first seen on line %2")
                                                            .arg(workers.at(i).workerId)
                                                            .arg(workers.at(earlier[size_t(i)]).sourceLine)));
    const qsizetype errors = m_operations.size();
    // Room for every worker and, later, a leaver for every account: what stays unused is address
    // space only (never touched, so never resident), and the list never has to move.
    m_operations.reserve(errors + workers.size() + m_in.directory.accounts.size());
    m_operations.resize(errors + workers.size());
    Operation* const slots = m_operations.data() + errors;

    std::vector<WorkerOutcome> outcomes(size_t(workers.size()));
    const auto planRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (i % CancelCheckInterval == 0 && cancel.isCancelled())
                return;
            const auto& worker = workers.at(i);
            auto& out = outcomes[size_t(i)];
            if (earlier[size_t(i)] >= 0)
                continue;
            if (worker.workerId.trimmed().isEmpty()) {
                slots[i] = errorFor(worker, QStringLiteral("The record has no worker id, so it cannot be matched"));
                out.hasOperation = true;
            } else {
                planWorker(worker, out, slots[i]);
            }
        }
    };
    runInParallel(workers.size(), planRange);
    if (cancel.isCancelled())
        return fail(ErrorCode::Cancelled, QStringLiteral("Planning was cancelled"));

    qsizetype kept = 0;
    for (qsizetype i = 0; i < workers.size(); ++i) {
        auto& out = outcomes[size_t(i)];
        Operation& op = slots[i];
        for (int claimed : out.claimed)
            m_claimed[size_t(claimed)] = true;
        if (out.hasOperation && out.needsUniquePass && op.category != Category::Error)
            completeUnique(workers.at(i), op, out);
        if (out.holdReleasedByHr)
            m_holdsReleased.append(workers.at(i).workerId);
        if (out.placement) {
            out.placement->operationIndex = out.hasOperation ? int(errors + kept) : -1;
            m_placements.insert(workers.at(i).workerId, std::move(*out.placement));
        }
        if (out.hasOperation) {
            if (kept != i)
                slots[kept] = std::move(op);
            ++kept;
        }
    }
    std::vector<WorkerOutcome>().swap(outcomes);   // freed before the plan is sorted
    m_operations.resize(errors + kept);
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
        if (!account.enabled || m_claimed[size_t(i)])
            continue;
        const auto anchor = firstValue(account.attributes, primary).trimmed();
        // Only accounts that carry the primary matching attribute are managed by this mapping.
        if (anchor.isEmpty() || m_unreadableIds.contains(AccountIndex::key(anchor)))
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
    sortOperations(depth);
}

// The plan's order: by category, errors by line, joiners managers first, then by worker and
// target id. The operations are sorted through a list of their positions and then moved once
// into place, cycle by cycle, so no second copy of the plan is ever held.
void Planner::sortOperations(const QHash<QString, int>& depth)
{
    const auto view = [](const QString& s) {
        return std::u16string_view(reinterpret_cast<const char16_t*>(s.utf16()), size_t(s.size()));
    };
    const Operation* const ops = m_operations.constData();
    std::vector<qsizetype> order(size_t(m_operations.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        const Operation& a = ops[x];
        const Operation& b = ops[y];
        if (a.category != b.category)
            return a.category < b.category;
        if (a.category == Category::Error && a.sourceLine != b.sourceLine)
            return a.sourceLine < b.sourceLine;
        if (a.category == Category::Joiner && !depth.isEmpty()) {
            const int da = depth.value(a.workerId), db = depth.value(b.workerId);
            if (da != db)
                return da < db;
        }
        // QString's order (UTF-16 code units), compared inline.
        if (const int byWorker = view(a.workerId).compare(view(b.workerId)); byWorker != 0)
            return byWorker < 0;
        return view(a.targetId) < view(b.targetId);
    });
    // order[k] is the operation that belongs at k: follow each cycle once, marking placed slots.
    Operation* const slots = m_operations.data();
    for (size_t start = 0; start < order.size(); ++start) {
        if (order[start] < 0 || order[start] == qsizetype(start))
            continue;
        Operation moving = std::move(slots[start]);
        size_t at = start;
        while (order[at] != qsizetype(start)) {
            const auto from = size_t(order[at]);
            slots[at] = std::move(slots[from]);
            order[at] = -1;
            at = from;
        }
        slots[at] = std::move(moving);
        order[at] = -1;
    }
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
