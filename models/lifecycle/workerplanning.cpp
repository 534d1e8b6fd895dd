// One worker's place in the plan: which category, which operation, and why.
#include "planner.h"

namespace Tenure::Models {
namespace {

// LDAP and most targets do not keep the order of multi-valued attributes.
bool sameValue(AttributeValueView current, const AttributeValue& desired,
               const std::function<QString(const QString&, const QString&)>& comparable, const QString& attribute)
{
    if (current.size() != desired.size())
        return false;
    if (current.equals(desired))
        return true;   // the common case, without copies
    AttributeValue a = current.toList();
    AttributeValue b = desired;
    if (comparable) {
        for (auto& value : a)
            value = comparable(attribute, value);
        for (auto& value : b)
            value = comparable(attribute, value);
    }
    if (a.size() > 1) {
        a.sort();
        b.sort();
    }
    return a == b;
}

QString day(const QDateTime& instant) { return instant.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }

bool changes(const QList<AttributeChange>& list, const QString& attribute)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const AttributeChange& change) { return change.attribute.compare(attribute, Qt::CaseInsensitive) == 0; });
}

} // namespace

Operation Planner::named(const Worker& worker) const
{
    Operation op;
    op.workerId = worker.workerId;
    op.displayName = firstValue(worker.attributes, m_displayNameField);
    op.sourceLine = worker.sourceLine;
    return op;
}

Operation Planner::errorFor(const Worker& worker, const QString& message) const
{
    Operation op = named(worker);
    op.category = Category::Error;
    op.reason = worker.sourceLine > 0 ? QStringLiteral("Line %1: %2").arg(worker.sourceLine).arg(message) : message;
    return op;
}

Operation Planner::withKind(Operation op, Category category, OperationKind kind, const QString& reason)
{
    op.category = category;
    op.kind = kind;
    op.reason = reason;
    return op;
}

Operation Planner::unchanged(Operation op, const Account& account)
{
    op.targetId = account.id;
    return withKind(op, Category::Unchanged, OperationKind::None,
                    account.enabled ? QStringLiteral("The account matches HR")
                                    : QStringLiteral("The account is disabled, as HR expects"));
}

const Hold* Planner::holdOf(const QString& workerId, HoldKind kind) const
{
    const auto found = m_in.holds.constFind(workerId);
    if (found == m_in.holds.cend())
        return nullptr;
    for (const auto& hold : *found)
        if (hold.kind == kind)
            return &hold;
    return nullptr;
}

WorkerPlacement Planner::placementOf(const Worker& worker, const Account* account) const
{
    const auto& lifecycle = m_in.mapping.lifecycle;
    WorkerPlacement placement;
    placement.accountId = account ? account->id : QString();
    placement.managerId = lifecycle.managerId.isEmpty() ? QString()
                                                        : firstValue(worker.attributes, lifecycle.managerId).trimmed();
    if (account && !lifecycle.managerAttribute.isEmpty())
        placement.currentManager = account->attributes.value(lifecycle.managerAttribute);
    return placement;
}

// The worker's account by the matching rules in precedence order: the first rule whose value
// finds accounts decides. -1: none.
Result<int> Planner::findAccount(const Worker& worker, ClaimedAccounts* claimed) const
{
    auto keys = m_evaluator.matchKeys(worker, m_nowMsecs);
    if (!keys)
        return std::unexpected(keys.error());
    for (int rule = 0; rule < keys->size(); ++rule) {
        if (keys->at(rule).isEmpty())
            continue;
        const auto found = m_index.matches(rule, keys->at(rule));
        if (found.size() > 1) {
            // A rehire routed to a new account leaves the archived, disabled account with the
            // same key: the one enabled account is the worker's.
            QList<int> enabled;
            for (int index : found)
                if (m_in.directory.accounts.at(index).enabled)
                    enabled.append(index);
            if (enabled.size() == 1) {
                for (int index : found)
                    claimed->append(index);
                return enabled.first();
            }
            QStringList ids;
            for (int index : found) {
                ids.append(m_in.directory.accounts.at(index).id);
                claimed->append(index);   // ambiguous, but this worker's: never an absent leaver
            }
            return fail(ErrorCode::Conflict, QStringLiteral("%1 %2 matches %3 accounts: %4")
                                                 .arg(m_in.mapping.matchingMappings().at(rule)->target, keys->at(rule))
                                                 .arg(found.size())
                                                 .arg(ids.join(QStringLiteral("; "))));
        }
        if (found.size() == 1)
            return found.first();
    }
    return -1;
}

// A rehire who got a new worker id: HR links the former id, which finds the archived account
// through the primary matching rule (when that rule reads the worker id field directly).
int Planner::findByPreviousId(const Worker& worker) const
{
    const auto& field = m_in.mapping.lifecycle.previousWorkerId;
    const auto previous = field.isEmpty() ? QString() : firstValue(worker.attributes, m_previousIdField).trimmed();
    if (previous.isEmpty())
        return -1;
    const auto rules = m_in.mapping.matchingMappings();
    if (rules.isEmpty() || rules.first()->kind != MappingKind::Direct)
        return -1;
    Worker former = worker;
    former.attributes.insert(rules.first()->source, {previous});
    auto keys = m_evaluator.matchKeys(former, m_nowMsecs);
    if (!keys || keys->isEmpty() || keys->first().isEmpty())
        return -1;
    const auto found = m_index.matches(0, keys->first());
    return found.size() == 1 ? found.first() : -1;
}

bool Planner::isTaken(const QString& attribute, const QString& value, int ownAccount) const
{
    if (m_in.acceptsValue && !m_in.acceptsValue(attribute, value))
        return true;
    if (m_givenOut.value(attribute.toCaseFolded()).contains(AccountIndex::key(value)))
        return true;
    return m_index.isHeldByOther(attribute, value, ownAccount);
}

QList<AttributeChange> Planner::changesFor(const DesiredAttributes& desired, const Account& account) const
{
    QList<AttributeChange> list;
    for (const auto& mapped : desired) {
        if (mapped.apply == ApplyWhen::OnCreate)
            continue;
        const auto current = account.attributes.view(mapped.attribute);
        if (!sameValue(current, mapped.value, m_in.comparableValue, mapped.attribute))
            list.append({mapped.attribute, current.toList(), mapped.value, mapped.why});
    }
    return list;
}

void Planner::planWorker(const Worker& worker, WorkerOutcome& out, Operation& slot) const
{
    if (auto op = planWorkerOperation(worker, out)) {
        slot = std::move(*op);
        out.hasOperation = true;
    }
}

std::optional<Operation> Planner::planWorkerOperation(const Worker& worker, WorkerOutcome& out) const
{
    const auto& lifecycle = m_in.mapping.lifecycle;
    const auto status = firstValue(worker.attributes, m_statusField).trimmed();
    const bool terminatedStatus = lifecycle.terminatedValues.contains(status, Qt::CaseInsensitive);
    const bool onLeave = !terminatedStatus && lifecycle.leaveValues.contains(status, Qt::CaseInsensitive);

    // The account is found and claimed first: a worker whose record then fails (a bad date, an
    // expression error) must never have their account taken for a leaver's.
    auto found = findAccount(worker, &out.claimed);
    if (!found)
        return errorFor(worker, found.error().message);
    int accountIndex = *found;
    const bool linkedByPreviousId = accountIndex < 0 && (accountIndex = findByPreviousId(worker)) >= 0;
    if (accountIndex >= 0)
        out.claimed.append(accountIndex);
    out.accountIndex = accountIndex;
    const Account* account = accountIndex >= 0 ? &m_in.directory.accounts.at(accountIndex) : nullptr;
    if (account && !account->enabled && m_in.rehireAsNewAccount.contains(worker.workerId)) {
        account = nullptr;   // a person chose a new account: the archived one stays as it is
        out.accountIndex = accountIndex = -1;
    }
    if (m_resolvesManagers)
        out.placement = std::make_unique<WorkerPlacement>(placementOf(worker, account));

    auto hireAt = m_dates.hireInstant(worker);
    if (!hireAt)
        return errorFor(worker, hireAt.error().message);
    auto terminationAt = m_dates.terminationInstant(worker);
    if (!terminationAt)
        return errorFor(worker, terminationAt.error().message);

    Operation op = named(worker);
    const bool lastDayPassed = *terminationAt && **terminationAt <= m_now;
    if (terminatedStatus || lastDayPassed)
        return planTerminated(op, worker, account, *terminationAt,
                              terminatedStatus ? QStringLiteral("HR status is %1").arg(status)
                                               : QStringLiteral("The last day worked has passed"),
                              out);

    if (account)
        op.targetId = account->id;
    QString outOfScope;
    if (!m_evaluator.inScope(worker, &outOfScope)) {
        if (account && account->enabled && !m_in.mapping.skipOutOfScopeDeletions)
            return withKind(op, Category::Leaver, OperationKind::Disable,
                            QStringLiteral("The worker left the scope (%1): the account is disabled").arg(outOfScope));
        return std::nullopt;
    }
    if (const Hold* hold = holdOf(worker.workerId, HoldKind::AnyChange))
        return withKind(op, Category::Held, OperationKind::None,
                        QStringLiteral("Held by %1: %2; no automated change until it is cleared").arg(hold->placedBy, hold->reason));
    if (account && !account->enabled)
        if (const Hold* hold = holdOf(worker.workerId, HoldKind::Reenable))
            return withKind(op, Category::Held, OperationKind::Enable,
                            QStringLiteral("HR still shows the worker active, but %1 placed a hold (%2): the account stays "
                                           "disabled").arg(hold->placedBy, hold->reason));
    if (onLeave && account) {
        if (account->enabled && m_in.policy.leaveAction == LeaveAction::Disable)
            return withKind(op, Category::LeaveOfAbsence, OperationKind::Disable,
                            QStringLiteral("On leave (HR status %1): the account is disabled until the worker returns").arg(status));
        if (!account->enabled)
            return unchanged(op, *account);
    }

    // Unique values for a new account are given out later, in HR order; an existing account's
    // own value is never taken from it, so those can be evaluated here.
    const MappingContext context{m_nowMsecs, [&](const QString& attribute, const QString& value) {
                                     return isTaken(attribute, value, accountIndex);
                                 }};
    auto desired = account ? m_evaluator.evaluateAgainst(worker, account->attributes, context)
                           : m_evaluator.evaluate(worker, context, RuleSelection::WithoutUnique);
    if (!desired)
        return errorFor(worker, desired.error().message);
    if (!account) {
        out.needsUniquePass = true;   // also computes the new account's id
        return planNew(op, *desired, *hireAt);
    }

    auto planned = planExisting(op, worker, *account, *desired, *hireAt, linkedByPreviousId);
    if (planned && *terminationAt) {
        // Still working today, leaving later: the disable waits for its instant.
        if (planned->category == Category::Unchanged && account->enabled) {
            planned = withKind(*planned, Category::FutureDated, OperationKind::Disable,
                               QStringLiteral("Leaves: the account is disabled at %1, after the last day worked")
                                   .arg(day(**terminationAt)));
            planned->effectiveAt = **terminationAt;
        } else {
            planned->warnings.append(QStringLiteral("Leaves: the account will be disabled at %1").arg(day(**terminationAt)));
        }
    }
    return planned;
}

std::optional<Operation> Planner::planTerminated(Operation op, const Worker& worker, const Account* account,
                                                 const std::optional<QDateTime>& terminationAt, const QString& why,
                                                 WorkerOutcome& out) const
{
    if (const Hold* hold = holdOf(worker.workerId, HoldKind::Reenable); hold && hold->clearsWhenHrTerminates)
        out.holdReleasedByHr = true;   // HR caught up with the emergency termination
    if (!account)
        return std::nullopt;
    op.targetId = account->id;
    if (account->enabled) {
        op = withKind(op, Category::Leaver, OperationKind::Disable, why + QStringLiteral(": the account is disabled, not deleted"));
        if (terminationAt)
            op.effectiveAt = *terminationAt;
        return op;
    }
    const auto mark = m_in.accountMarks.constFind(account->id);
    const int retention = m_in.policy.deleteAfterDays;
    if (retention > 0 && mark != m_in.accountMarks.cend() && mark->since.isValid()
        && mark->kind != AccountMarkKind::DisabledForLeave && mark->since.addDays(retention) <= m_now) {
        op = withKind(op, Category::Leaver, OperationKind::Delete,
                      QStringLiteral("Disabled since %1 and the %2-day retention has passed: the account is deleted")
                          .arg(mark->since.date().toString(Qt::ISODate))
                          .arg(retention));
        return op;
    }
    return unchanged(op, *account);
}

// A create without its unique values and id yet: completeUnique() adds them in HR order.
Operation Planner::planNew(Operation op, const DesiredAttributes& desired, const std::optional<QDateTime>& hireAt) const
{
    for (const auto& mapped : desired)
        if (!mapped.value.isEmpty())   // nothing is written for a null value
            op.changes.append({mapped.attribute, {}, mapped.value, mapped.why});

    const int preHireDays = m_in.policy.preHireDays;
    const QString joinerReason = QStringLiteral("New in HR: an account is created");
    if (!hireAt)
        return withKind(op, Category::Joiner, OperationKind::Create, joinerReason);
    const auto createAt = hireAt->addDays(-preHireDays);
    op.effectiveAt = std::min(createAt, *hireAt);
    if (m_now < createAt) {
        op.accountEnabled = preHireDays == 0;
        return withKind(op, Category::FutureDated, OperationKind::Create,
                        preHireDays > 0 ? QStringLiteral("Starts at %1: the account is created, disabled, at %2")
                                              .arg(day(*hireAt), day(createAt))
                                        : QStringLiteral("Starts at %1: the account is created then").arg(day(*hireAt)));
    }
    if (m_now < *hireAt) {
        op.accountEnabled = false;
        return withKind(op, Category::Joiner, OperationKind::Create,
                        QStringLiteral("Pre-hire: starts at %1; the account is created disabled now and enabled then")
                            .arg(day(*hireAt)));
    }
    return withKind(op, Category::Joiner, OperationKind::Create, joinerReason);
}

std::optional<Operation> Planner::planExisting(Operation op, const Worker& worker, const Account& account,
                                               const DesiredAttributes& desired, const std::optional<QDateTime>& hireAt,
                                               bool linkedByPreviousId) const
{
    op.targetId = account.id;
    op.changes = changesFor(desired, account);
    const auto mark = m_in.accountMarks.constFind(account.id);
    const auto markKind = mark == m_in.accountMarks.cend() ? std::optional<AccountMarkKind>() : std::optional(mark->kind);
    if (!account.enabled) {
        if (markKind == AccountMarkKind::PreHired) {
            if (hireAt && m_now < *hireAt) {
                op = withKind(op, Category::FutureDated, OperationKind::Enable,
                              QStringLiteral("Pre-hired: the account is enabled at the start, %1").arg(day(*hireAt)));
                op.effectiveAt = *hireAt;
                return op;
            }
            op = withKind(op, Category::Joiner, OperationKind::Enable,
                          QStringLiteral("The start date has come: the pre-hired account is enabled"));
            if (hireAt)
                op.effectiveAt = *hireAt;
            return op;
        }
        if (markKind == AccountMarkKind::DisabledForLeave)
            return withKind(op, Category::LeaveOfAbsence, OperationKind::Enable,
                            QStringLiteral("Back from leave: the account is enabled again"));
        return withKind(op, Category::Rehire, OperationKind::Enable,
                        linkedByPreviousId
                            ? QStringLiteral("Rehired under a new worker id (previously %1): a person decides whether to "
                                             "reactivate this archived account or create a new one")
                                  .arg(firstValue(worker.attributes, m_in.mapping.lifecycle.previousWorkerId))
                            : QStringLiteral("HR shows the worker active again: a person decides whether to reactivate "
                                             "the archived account (attributes and OU from the new role) or create a new one"));
    }
    if (linkedByPreviousId)
        return withKind(op, Category::Conversion, op.changes.isEmpty() ? OperationKind::None : OperationKind::Update,
                        QStringLiteral("New worker id (previously %1) for an active account: a conversion")
                            .arg(firstValue(worker.attributes, m_in.mapping.lifecycle.previousWorkerId)));
    if (op.changes.isEmpty())
        return unchanged(op, account);
    const auto kind = changes(op.changes, QLatin1String(ParentDnAttribute)) ? OperationKind::Move : OperationKind::Update;
    const auto& conversion = m_in.mapping.lifecycle.conversionAttribute;
    if (!conversion.isEmpty() && changes(op.changes, conversion))
        return withKind(op, Category::Conversion, kind, QStringLiteral("The worker type changed: a conversion"));
    QStringList names;
    for (const auto& change : op.changes)
        names.append(change.attribute == QLatin1String(ParentDnAttribute) ? QStringLiteral("OU") : change.attribute);
    return withKind(op, Category::Mover, kind, QStringLiteral("HR changed %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace Tenure::Models
