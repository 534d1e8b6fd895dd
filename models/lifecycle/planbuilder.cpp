#include "planbuilder.h"

#include "accountindex.h"
#include "models/mapping/mappingevaluator.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace Tenure::Models {
namespace {

constexpr int CancelCheckInterval = 1024;

// LDAP and most targets do not keep the order of multi-valued attributes.
bool sameValue(AttributeValue a, AttributeValue b,
               const std::function<QString(const QString&, const QString&)>& comparable, const QString& attribute)
{
    if (a.size() != b.size())
        return false;
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

class Planner {
public:
    Planner(const PlanInputs& inputs, MappingEvaluator evaluator)
        : m_in(inputs), m_evaluator(std::move(evaluator)),
          m_index(inputs.directory.accounts, matchingAttributes(inputs.mapping), m_evaluator.uniqueAttributes()),
          m_now((inputs.now.isValid() ? inputs.now : inputs.today.startOfDay(Qt::UTC)).toMSecsSinceEpoch())
    {
    }

    Result<Plan> run(const CancelToken& cancel)
    {
        Plan plan;
        plan.tenant = m_in.tenant;
        plan.createdAt = QDateTime::currentDateTimeUtc();

        for (const auto& error : m_in.hr.errors) {
            if (!error.workerId.isEmpty())
                m_unreadableIds.insert(AccountIndex::key(error.workerId));   // never a leaver for a bad row
            Operation op;
            op.category = Category::Error;
            op.workerId = error.workerId;
            op.sourceLine = error.line;
            op.reason = error.line > 0 ? QStringLiteral("Line %1: %2").arg(error.line).arg(error.message) : error.message;
            plan.operations.append(op);
        }

        if (m_in.hr.isFullSnapshot && m_in.hr.workers.isEmpty()) {
            plan.blockedReason = QStringLiteral(
                "The HR source returned no workers. A full read without workers would disable every account, "
                "so this plan is blocked and nothing will be written.");
            return plan;
        }

        QHash<QString, int> lineOfWorker;
        for (int i = 0; i < m_in.hr.workers.size(); ++i) {
            if (i % CancelCheckInterval == 0 && cancel.isCancelled())
                return fail(ErrorCode::Cancelled, QStringLiteral("Planning was cancelled"));
            const auto& worker = m_in.hr.workers.at(i);
            if (worker.workerId.trimmed().isEmpty()) {
                plan.operations.append(errorFor(worker, QStringLiteral("The record has no worker id, so it cannot be matched")));
                continue;
            }
            if (const auto previous = lineOfWorker.constFind(worker.workerId); previous != lineOfWorker.cend()) {
                plan.operations.append(errorFor(worker, QStringLiteral("Duplicate worker id %1, first seen on line %2")
                                                            .arg(worker.workerId)
                                                            .arg(*previous)));
                continue;
            }
            lineOfWorker.insert(worker.workerId, worker.sourceLine);
            if (auto op = planWorker(worker))
                plan.operations.append(std::move(*op));
        }

        if (m_in.hr.isFullSnapshot)
            planAbsentWorkers(plan);

        std::stable_sort(plan.operations.begin(), plan.operations.end(), [](const Operation& a, const Operation& b) {
            if (a.category != b.category)
                return a.category < b.category;
            if (a.workerId != b.workerId)
                return a.workerId < b.workerId;
            return a.targetId < b.targetId;
        });
        return plan;
    }

private:
    static QStringList matchingAttributes(const MappingSet& mapping)
    {
        QStringList names;
        for (const auto* matching : mapping.matchingMappings())
            names.append(matching->target);
        return names;
    }

    Operation named(const Worker& worker) const
    {
        Operation op;
        op.workerId = worker.workerId;
        op.displayName = firstValue(worker.attributes, m_in.mapping.lifecycle.displayName);
        op.sourceLine = worker.sourceLine;
        return op;
    }

    Operation errorFor(const Worker& worker, const QString& message) const
    {
        Operation op = named(worker);
        op.category = Category::Error;
        op.reason = worker.sourceLine > 0 ? QStringLiteral("Line %1: %2").arg(worker.sourceLine).arg(message) : message;
        return op;
    }

    // The worker's account by the matching rules in precedence order: the first rule whose value
    // finds accounts decides. -1: none.
    Result<int> findAccount(const Worker& worker) const
    {
        auto keys = m_evaluator.matchKeys(worker, m_now);
        if (!keys)
            return std::unexpected(keys.error());
        const auto rules = m_in.mapping.matchingMappings();
        for (int rule = 0; rule < keys->size(); ++rule) {
            if (keys->at(rule).isEmpty())
                continue;
            const auto found = m_index.matches(rule, keys->at(rule));
            if (found.size() > 1) {
                QStringList ids;
                for (int index : found)
                    ids.append(m_in.directory.accounts.at(index).id);
                return fail(ErrorCode::Conflict, QStringLiteral("%1 %2 matches %3 accounts: %4")
                                                     .arg(rules.at(rule)->target, keys->at(rule))
                                                     .arg(found.size())
                                                     .arg(ids.join(QStringLiteral("; "))));
            }
            if (found.size() == 1)
                return found.first();
        }
        return -1;
    }

    bool isTaken(const QString& attribute, const QString& value, int ownAccount) const
    {
        if (m_in.acceptsValue && !m_in.acceptsValue(attribute, value))
            return true;
        if (m_givenOut.value(attribute.toCaseFolded()).contains(AccountIndex::key(value)))
            return true;
        return m_index.isHeldByOther(attribute, value, ownAccount);
    }

    // std::nullopt: nothing to say about this worker (terminated and never provisioned, or out of scope).
    std::optional<Operation> planWorker(const Worker& worker)
    {
        const auto& lifecycle = m_in.mapping.lifecycle;
        const auto status = firstValue(worker.attributes, lifecycle.status).trimmed();
        const bool terminated = lifecycle.terminatedValues.contains(status, Qt::CaseInsensitive);

        const auto hireText = firstValue(worker.attributes, lifecycle.hireDate).trimmed();
        QDate hireDate;
        if (!hireText.isEmpty()) {
            hireDate = QDate::fromString(hireText, Qt::ISODate);
            if (!hireDate.isValid())
                return errorFor(worker, QStringLiteral("%1 '%2' is not a date (expected YYYY-MM-DD)")
                                            .arg(lifecycle.hireDate, hireText));
        }

        auto found = findAccount(worker);
        if (!found)
            return errorFor(worker, found.error().message);
        const int accountIndex = *found;
        if (accountIndex >= 0)
            m_claimed.insert(accountIndex);
        const Account* account = accountIndex >= 0 ? &m_in.directory.accounts.at(accountIndex) : nullptr;

        Operation op = named(worker);
        if (terminated)
            return account && account->enabled
                       ? std::optional(disable(op, *account, QStringLiteral("HR status is %1: the account is disabled, "
                                                                            "not deleted").arg(status)))
                       : (account ? std::optional(unchanged(op, *account)) : std::nullopt);

        QString outOfScope;
        if (!m_evaluator.inScope(worker, &outOfScope)) {
            if (account && account->enabled && !m_in.mapping.skipOutOfScopeDeletions)
                return disable(op, *account, QStringLiteral("The worker left the scope (%1): the account is disabled").arg(outOfScope));
            return std::nullopt;
        }

        const MappingContext context{m_now, [&](const QString& attribute, const QString& value) {
                                         return isTaken(attribute, value, accountIndex);
                                     }};
        auto desired = m_evaluator.evaluate(worker, context);
        if (!desired)
            return errorFor(worker, desired.error().message);

        if (!account) {
            if (hireDate.isValid() && hireDate > m_in.today) {
                op.category = Category::FutureDated;
                op.effectiveAt = hireDate.startOfDay(Qt::UTC);
                op.reason = QStringLiteral("Starts on %1: the account is created on that day")
                                .arg(hireDate.toString(Qt::ISODate));
                return op;
            }
            return joiner(op, *desired, worker);
        }
        op.targetId = account->id;
        op.changes = changesFor(*desired, *account);
        if (!account->enabled) {
            op.category = Category::Rehire;
            op.kind = OperationKind::Enable;
            op.reason = QStringLiteral("HR shows the worker active but the account is disabled: it is enabled again");
        } else if (!op.changes.isEmpty()) {
            op.category = Category::Mover;
            const bool moves = std::any_of(op.changes.cbegin(), op.changes.cend(), [](const AttributeChange& change) {
                return change.attribute == QLatin1String(ParentDnAttribute);
            });
            op.kind = moves ? OperationKind::Move : OperationKind::Update;
            QStringList names;
            for (const auto& change : op.changes)
                names.append(change.attribute);
            op.reason = QStringLiteral("HR changed %1").arg(names.join(QStringLiteral(", ")));
        } else {
            return unchanged(op, *account);
        }
        return op;
    }

    static Operation disable(Operation op, const Account& account, const QString& reason)
    {
        op.category = Category::Leaver;
        op.kind = OperationKind::Disable;
        op.targetId = account.id;
        op.reason = reason;
        return op;
    }

    static Operation unchanged(Operation op, const Account& account)
    {
        op.category = Category::Unchanged;
        op.kind = OperationKind::None;
        op.targetId = account.id;
        op.reason = account.enabled ? QStringLiteral("The account matches HR")
                                    : QStringLiteral("The worker has left and the account is already disabled");
        return op;
    }

    Operation joiner(Operation op, const DesiredAttributes& desired, const Worker& worker)
    {
        Attributes values;
        for (auto it = desired.cbegin(); it != desired.cend(); ++it) {
            if (it->value.isEmpty())
                continue;   // nothing is written for a null value
            values.insert(it.key(), it->value);
            op.changes.append({it.key(), {}, it->value, it->why});
        }
        auto id = m_in.newAccountId ? m_in.newAccountId(values) : Result<QString>(QString());
        if (!id)
            return errorFor(worker, id.error().message);
        // Values given out in this plan are taken for every later joiner.
        for (const auto& attribute : m_evaluator.uniqueAttributes())
            for (const auto& value : values.value(attribute))
                m_givenOut[attribute.toCaseFolded()].insert(AccountIndex::key(value));
        op.category = Category::Joiner;
        op.kind = OperationKind::Create;
        op.targetId = *id;
        op.reason = QStringLiteral("New in HR: an account is created");
        return op;
    }

    QList<AttributeChange> changesFor(const DesiredAttributes& desired, const Account& account) const
    {
        QList<AttributeChange> changes;
        for (auto it = desired.cbegin(); it != desired.cend(); ++it) {
            if (it->apply == ApplyWhen::OnCreate)
                continue;
            const auto current = account.attributes.value(it.key());
            if (!sameValue(current, it->value, m_in.comparableValue, it.key()))
                changes.append({it.key(), current, it->value, it->why});
        }
        return changes;
    }

    void planAbsentWorkers(Plan& plan) const
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
            plan.operations.append(
                disable(op, account, QStringLiteral("No longer in the HR source: the account is disabled, not deleted")));
        }
    }

    const PlanInputs& m_in;
    MappingEvaluator m_evaluator;
    AccountIndex m_index;
    qint64 m_now;
    QSet<int> m_claimed;
    QSet<QString> m_unreadableIds;
    QHash<QString, QSet<QString>> m_givenOut;   // attribute (case-folded) → values given to joiners
};

} // namespace

Result<Plan> PlanBuilder::build(const PlanInputs& inputs, const CancelToken& cancel)
{
    auto evaluator = MappingEvaluator::compile(inputs.mapping);
    if (!evaluator)
        return std::unexpected(evaluator.error());
    return Planner(inputs, std::move(*evaluator)).run(cancel);
}

} // namespace Tenure::Models
