#pragma once

// Builders shared by the lifecycle tests: workers, accounts, a mapping, and a directory that
// applies plans in memory (only to test the planner; targets are tested against real servers).
#include "models/lifecycle/planbuilder.h"

namespace LifecycleFixture {

using namespace Tenure::Models;

inline Worker worker(const QString& id, QMap<QString, QString> fields = {})
{
    Worker w;
    w.workerId = id;
    w.sourceLine = id.toInt() + 1;
    w.attributes = {{QStringLiteral("WorkerID"), {id}}, {QStringLiteral("Name"), {QStringLiteral("Person ") + id}},
                    {QStringLiteral("Status"), {QStringLiteral("Active")}}};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.value().isEmpty())
            w.attributes.remove(it.key());
        else
            w.attributes.insert(it.key(), {it.value()});
    }
    return w;
}

inline Account account(const QString& id, bool enabled = true, QMap<QString, QString> extra = {})
{
    Account a{QStringLiteral("uid=%1,ou=People").arg(id),
              {{QStringLiteral("employeeNumber"), {id}}, {QStringLiteral("cn"), {QStringLiteral("Person ") + id}}},
              enabled};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        a.attributes.insert(it.key(), {it.value()});
    return a;
}

inline MappingSet mapping()
{
    MappingSet set;
    auto employeeNumber = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
    employeeNumber.matchingPrecedence = 1;
    auto type = AttributeMapping::direct(QStringLiteral("employeeType"), QStringLiteral("Type"));
    type.nullFlow = NullFlow::Leave;
    set.attributes = {employeeNumber, AttributeMapping::direct(QStringLiteral("cn"), QStringLiteral("Name")), type};
    set.lifecycle.displayName = QStringLiteral("Name");
    set.lifecycle.managerAttribute = QStringLiteral("manager");
    return set;
}

inline PlanInputs inputs(QList<Worker> workers, QList<Account> accounts, const QDateTime& now)
{
    PlanInputs in;
    in.tenant = QStringLiteral("T");
    in.hr.workers = std::move(workers);
    in.directory.accounts = std::move(accounts);
    in.mapping = mapping();
    in.now = now;
    in.today = now.date();
    in.newAccountId = [](const Attributes& a) -> Result<QString> {
        return QStringLiteral("uid=%1,ou=People").arg(firstValue(a, QStringLiteral("employeeNumber")));
    };
    return in;
}

inline Plan build(const PlanInputs& in)
{
    auto plan = PlanBuilder::build(in);
    if (!plan)
        qFatal("plan failed: %s", qPrintable(plan.error().describe()));
    return *plan;
}

inline const Operation* find(const Plan& plan, const QString& workerId)
{
    for (const auto& op : plan.operations)
        if (op.workerId == workerId)
            return &op;
    return nullptr;
}

// Carries out a plan's writing operations on an in-memory directory.
inline void applyInMemory(const Plan& plan, QList<Account>* accounts)
{
    for (const auto& op : plan.operations) {
        if (!op.writes())
            continue;
        auto it = std::find_if(accounts->begin(), accounts->end(), [&](const Account& a) { return a.id == op.targetId; });
        if (op.kind == OperationKind::Create) {
            Account created{op.targetId, {}, op.accountEnabled};
            for (const auto& change : op.changes)
                created.attributes.insert(change.attribute, change.after);
            accounts->append(created);
            continue;
        }
        if (it == accounts->end())
            qFatal("operation on a missing account %s", qPrintable(op.targetId));
        if (op.kind == OperationKind::Delete) {
            accounts->erase(it);
            continue;
        }
        for (const auto& change : op.changes) {
            if (change.after.isEmpty())
                it->attributes.remove(change.attribute);
            else
                it->attributes.insert(change.attribute, change.after);
        }
        if (op.kind == OperationKind::Disable)
            it->enabled = false;
        if (op.kind == OperationKind::Enable)
            it->enabled = true;
    }
}

} // namespace LifecycleFixture
