#include "planbuilder.h"

#include "models/mapping/mappingevaluator.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace Tenure::Models {
namespace {

constexpr int CancelCheckInterval = 1024;

// LDAP and most targets do not keep the order of multi-valued attributes.
bool sameValue(AttributeValue a, AttributeValue b)
{
    if (a.size() != b.size())
        return false;
    if (a.size() > 1) {
        a.sort();
        b.sort();
    }
    return a == b;
}

class Planner {
public:
    explicit Planner(const PlanInputs& inputs) : m_in(inputs), m_evaluator(inputs.mapping)
    {
        const auto& anchorAttribute = inputs.mapping.matching.targetAttribute;
        for (int i = 0; i < inputs.directory.accounts.size(); ++i) {
            const auto anchor = firstValue(inputs.directory.accounts.at(i).attributes, anchorAttribute).trimmed();
            if (!anchor.isEmpty())
                m_accountsByAnchor[anchor].append(i);
        }
    }

    Result<Plan> run(const CancelToken& cancel)
    {
        Plan plan;
        plan.tenant = m_in.tenant;
        plan.createdAt = QDateTime::currentDateTimeUtc();

        for (const auto& error : m_in.hr.errors) {
            if (!error.workerId.isEmpty())
                m_seenAnchors.insert(error.workerId);   // an unreadable record never makes its account a leaver
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
            const auto anchor = firstValue(worker.attributes, m_in.mapping.matching.sourceAttribute).trimmed();
            if (anchor.isEmpty()) {
                plan.operations.append(errorFor(worker, QStringLiteral("The record has no %1, so it cannot be matched")
                                                            .arg(m_in.mapping.matching.sourceAttribute)));
                continue;
            }
            if (const auto previous = lineOfWorker.constFind(anchor); previous != lineOfWorker.cend()) {
                plan.operations.append(errorFor(worker, QStringLiteral("Duplicate %1 %2, first seen on line %3")
                                                            .arg(m_in.mapping.matching.sourceAttribute, anchor)
                                                            .arg(*previous)));
                continue;
            }
            lineOfWorker.insert(anchor, worker.sourceLine);
            m_seenAnchors.insert(anchor);
            if (auto op = planWorker(worker, anchor))
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
    Operation errorFor(const Worker& worker, const QString& message) const
    {
        Operation op = named(worker);
        op.category = Category::Error;
        op.reason = worker.sourceLine > 0 ? QStringLiteral("Line %1: %2").arg(worker.sourceLine).arg(message) : message;
        return op;
    }

    Operation named(const Worker& worker) const
    {
        Operation op;
        op.workerId = firstValue(worker.attributes, m_in.mapping.matching.sourceAttribute).trimmed();
        op.displayName = firstValue(worker.attributes, m_in.mapping.lifecycle.displayName);
        op.sourceLine = worker.sourceLine;
        return op;
    }

    // std::nullopt: nothing to say about this worker (terminated and never provisioned).
    std::optional<Operation> planWorker(const Worker& worker, const QString& anchor)
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

        const auto matches = m_accountsByAnchor.value(anchor);
        if (matches.size() > 1) {
            QStringList ids;
            for (int index : matches)
                ids.append(m_in.directory.accounts.at(index).id);
            return errorFor(worker, QStringLiteral("%1 %2 matches %3 accounts: %4")
                                        .arg(m_in.mapping.matching.targetAttribute, anchor)
                                        .arg(matches.size())
                                        .arg(ids.join(QStringLiteral("; "))));
        }
        const Account* account = matches.isEmpty() ? nullptr : &m_in.directory.accounts.at(matches.first());

        Operation op = named(worker);
        if (terminated) {
            if (!account || !account->enabled)
                return account ? std::optional(unchanged(op, *account)) : std::nullopt;
            op.category = Category::Leaver;
            op.kind = OperationKind::Disable;
            op.targetId = account->id;
            op.reason = QStringLiteral("HR status is %1: the account is disabled, not deleted").arg(status);
            return op;
        }

        auto desired = m_evaluator.evaluate(worker);
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
            op.kind = OperationKind::Update;
            QStringList names;
            for (const auto& change : op.changes)
                names.append(change.attribute);
            op.reason = QStringLiteral("HR changed %1").arg(names.join(QStringLiteral(", ")));
        } else {
            return unchanged(op, *account);
        }
        return op;
    }

    Operation unchanged(Operation op, const Account& account) const
    {
        op.category = Category::Unchanged;
        op.kind = OperationKind::None;
        op.targetId = account.id;
        op.reason = account.enabled ? QStringLiteral("The account matches HR")
                                    : QStringLiteral("The worker has left and the account is already disabled");
        return op;
    }

    Operation joiner(Operation op, const DesiredAttributes& desired, const Worker& worker) const
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
            if (!sameValue(current, it->value))
                changes.append({it.key(), current, it->value, it->why});
        }
        return changes;
    }

    void planAbsentWorkers(Plan& plan) const
    {
        for (auto it = m_accountsByAnchor.cbegin(); it != m_accountsByAnchor.cend(); ++it) {
            if (m_seenAnchors.contains(it.key()))
                continue;
            for (int index : it.value()) {
                const auto& account = m_in.directory.accounts.at(index);
                if (!account.enabled)
                    continue;
                Operation op;
                op.category = Category::Leaver;
                op.kind = OperationKind::Disable;
                op.workerId = it.key();
                op.targetId = account.id;
                op.reason = QStringLiteral("No longer in the HR source: the account is disabled, not deleted");
                plan.operations.append(op);
            }
        }
    }

    const PlanInputs& m_in;
    MappingEvaluator m_evaluator;
    QHash<QString, QList<int>> m_accountsByAnchor;
    QSet<QString> m_seenAnchors;
};

} // namespace

Result<Plan> PlanBuilder::build(const PlanInputs& inputs, const CancelToken& cancel)
{
    if (auto valid = inputs.mapping.validate(); !valid)
        return std::unexpected(valid.error());
    return Planner(inputs).run(cancel);
}

} // namespace Tenure::Models
