#include "auditevents.h"

#include <QJsonArray>

namespace Tenure::Models::AuditEvents {
namespace {

QString planSubject(qint64 planId) { return QStringLiteral("plan/%1").arg(planId); }
QString runSubject(qint64 runId) { return QStringLiteral("run/%1").arg(runId); }

} // namespace

QJsonObject tenantJson(const Tenant& tenant)
{
    return {{QStringLiteral("name"), tenant.name},
            {QStringLiteral("role"), tenantRoleName(tenant.role)},
            {QStringLiteral("type"), tenant.type},
            {QStringLiteral("settings"), tenant.settings},
            {QStringLiteral("secretRef"), tenant.secretRef},
            {QStringLiteral("sourceTenant"), tenant.sourceTenant}};
}

AuditEvent tenantSaved(const QString& actor, const std::optional<Tenant>& before, const Tenant& after)
{
    const auto why = !before ? QStringLiteral("Tenant '%1' added").arg(after.name)
                     : before->name != after.name
                         ? QStringLiteral("Tenant '%1' renamed to '%2' and saved").arg(before->name, after.name)
                         : QStringLiteral("Tenant '%1' saved").arg(after.name);
    return makeAuditEvent(actor, AuditAction::TenantSaved, after.name, why, before ? tenantJson(*before) : QJsonObject(),
                          tenantJson(after));
}

AuditEvent tenantRemoved(const QString& actor, const Tenant& before)
{
    return makeAuditEvent(actor, AuditAction::TenantRemoved, before.name,
                          QStringLiteral("Tenant '%1' removed").arg(before.name), tenantJson(before));
}

AuditEvent mappingSaved(const QString& actor, const QString& tenant, int version, const QJsonObject& before,
                        const QJsonObject& after)
{
    QJsonObject was;
    if (!before.isEmpty())
        was = {{QStringLiteral("version"), version - 1}, {QStringLiteral("mapping"), before}};
    return makeAuditEvent(actor, AuditAction::MappingSaved, tenant,
                          QStringLiteral("Mapping of '%1' saved as version %2").arg(tenant).arg(version), was,
                          {{QStringLiteral("version"), version}, {QStringLiteral("mapping"), after}});
}

AuditEvent planCreated(const QString& actor, qint64 planId, const Plan& plan)
{
    QJsonObject counts;
    const auto byCategory = plan.countsByCategory();
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        counts.insert(categoryName(it.key()), it.value());
    QJsonObject after{{QStringLiteral("tenant"), plan.tenant},
                      {QStringLiteral("hash"), QString::fromLatin1(plan.hash().toHex())},
                      {QStringLiteral("operations"), int(plan.operations.size())},
                      {QStringLiteral("writes"), plan.writeCount()},
                      {QStringLiteral("counts"), counts}};
    if (plan.isBlocked())
        after.insert(QStringLiteral("blocked"), plan.blockedReason);
    const auto why = plan.isBlocked() ? QStringLiteral("Preview of '%1' blocked: %2").arg(plan.tenant, plan.blockedReason)
                                      : QStringLiteral("Preview of '%1': %2 operations, %3 writes")
                                            .arg(plan.tenant).arg(plan.operations.size()).arg(plan.writeCount());
    return makeAuditEvent(actor, AuditAction::PlanCreated, planSubject(planId), why, {}, after);
}

AuditEvent runStarted(const QString& actor, qint64 runId, qint64 planId, const QString& tenant)
{
    return makeAuditEvent(actor, AuditAction::RunStarted, runSubject(runId),
                          QStringLiteral("Sync of plan %1 on '%2' started").arg(planId).arg(tenant), {},
                          {{QStringLiteral("plan"), planId}, {QStringLiteral("tenant"), tenant},
                           {QStringLiteral("state"), QStringLiteral("running")}});
}

AuditEvent operationFinished(const QString& actor, qint64 runId, const OperationOutcome& outcome,
                             const Operation& operation)
{
    QJsonObject before;
    QJsonObject after;
    for (const auto& change : operation.changes) {
        before.insert(change.attribute, QJsonArray::fromStringList(change.before));
        after.insert(change.attribute, QJsonArray::fromStringList(change.after));
    }
    const bool confirmed = outcome.state == OutcomeState::Confirmed;
    QJsonObject result{{QStringLiteral("run"), runId},
                       {QStringLiteral("operation"), outcome.index},
                       {QStringLiteral("kind"), operationKindName(operation.kind)},
                       {QStringLiteral("category"), categoryName(operation.category)},
                       {QStringLiteral("target"), operation.targetId},
                       {QStringLiteral("outcome"), outcomeStateName(outcome.state)},
                       {QStringLiteral("attributes"), after}};
    if (!outcome.message.isEmpty())
        result.insert(QStringLiteral("message"), outcome.message);
    const auto subject = operation.workerId.isEmpty() ? operation.targetId : operation.workerId;
    const auto why = confirmed ? operation.reason
                               : QStringLiteral("%1 failed: %2").arg(operationKindName(operation.kind), outcome.message);
    return makeAuditEvent(actor, confirmed ? AuditAction::OperationConfirmed : AuditAction::OperationFailed, subject, why,
                          {{QStringLiteral("target"), operation.targetId}, {QStringLiteral("attributes"), before}},
                          result);
}

AuditEvent runFinished(const QString& actor, qint64 runId, const QString& state, const QJsonObject& outcomeCounts)
{
    QJsonObject after{{QStringLiteral("state"), state}, {QStringLiteral("outcomes"), outcomeCounts}};
    return makeAuditEvent(actor, AuditAction::RunFinished, runSubject(runId),
                          QStringLiteral("Run %1 %2").arg(runId).arg(state),
                          {{QStringLiteral("state"), QStringLiteral("running")}}, after);
}

} // namespace Tenure::Models::AuditEvents
