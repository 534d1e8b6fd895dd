#include "emergencytermination.h"

#include "connectorfactory.h"
#include "logging/log.h"
#include "models/mapping/mappingevaluator.h"
#include "syncservice.h"
#include "workspace.h"

#include <QCryptographicHash>

namespace Tenure::App {

using Models::ErrorCode;

EmergencyTermination::EmergencyTermination(Workspace& workspace, ConnectorFactory& connectors, QString operatorName)
    : m_workspace(workspace), m_connectors(connectors), m_operator(std::move(operatorName))
{
}

Models::Result<Models::Approval> EmergencyTermination::request(const QString& workerId, const QString& reason)
{
    if (workerId.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return Models::fail(ErrorCode::InvalidInput, QStringLiteral("An emergency termination needs a worker id and a reason"));
    Models::Approval approval;
    approval.kind = Models::ApprovalKind::EmergencyTermination;
    approval.workerId = workerId.trimmed();
    // One open request per worker: the subject is the worker.
    approval.subjectHash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("emergency-termination:") + approval.workerId.toUtf8(), QCryptographicHash::Sha256)
            .toHex());
    approval.summary = QStringLiteral("Emergency termination of worker %1: disable every account now").arg(approval.workerId);
    approval.reason = reason;
    return m_workspace.approvals(m_operator).request(approval);
}

// The worker's enabled account in one directory tenant, matched as the planner does from what
// the worker's id gives the matching rules (HR may not have the worker's record in the shape we
// need at this moment).
Models::Result<std::optional<Models::Operation>> EmergencyTermination::plannedDisable(const QString& tenantName,
                                                                                     const QString& workerId,
                                                                                     const Models::Approval& approval)
{
    auto tenant = m_workspace.tenants().find(tenantName);
    if (!tenant)
        return std::unexpected(tenant.error());
    auto mapping = m_workspace.mappings().current(tenantName);
    if (!mapping)
        return std::unexpected(mapping.error());
    auto evaluator = Models::MappingEvaluator::compile(*mapping);
    if (!evaluator)
        return std::unexpected(evaluator.error());
    auto directory = m_connectors.directory(*tenant);
    if (!directory)
        return std::unexpected(directory.error());
    auto accounts = (*directory)->readAccounts(mapping->targetAttributes(), {});
    if (!accounts)
        return std::unexpected(accounts.error());

    Models::Worker worker;
    worker.workerId = workerId;
    for (const auto* rule : mapping->matchingMappings())
        if (rule->kind == Models::MappingKind::Direct)
            worker.attributes.insert(rule->source, {workerId});
    auto keys = evaluator->matchKeys(worker, QDateTime::currentMSecsSinceEpoch());
    if (!keys)
        return std::unexpected(keys.error());
    const auto rules = mapping->matchingMappings();
    const Models::Account* found = nullptr;
    for (int r = 0; r < rules.size() && !found; ++r) {
        for (const auto& account : accounts->accounts) {
            if (account.enabled && !keys->at(r).isEmpty()
                && Models::firstValue(account.attributes, rules.at(r)->target).compare(keys->at(r), Qt::CaseInsensitive) == 0) {
                found = &account;
                break;
            }
        }
    }
    if (!found)
        return std::optional<Models::Operation>();

    Models::Operation op;
    op.category = Models::Category::Leaver;
    op.kind = Models::OperationKind::Disable;
    op.workerId = workerId;
    op.targetId = found->id;
    op.reason = approval.decidedBy.isEmpty()
                    ? QStringLiteral("Emergency termination #%1 requested by %2: %3")
                          .arg(approval.id)
                          .arg(approval.requestedBy, approval.reason)
                    : QStringLiteral("Emergency termination #%1 requested by %2, approved by %3: %4")
                          .arg(approval.id)
                          .arg(approval.requestedBy, approval.decidedBy, approval.reason);
    return std::optional(op);
}

// Disabled through a one-operation plan and run, so it is journaled and audited like any other change.
Models::Result<QString> EmergencyTermination::disableIn(const QString& tenantName, const QString& workerId,
                                                       const Models::Approval& approval)
{
    auto op = plannedDisable(tenantName, workerId, approval);
    if (!op)
        return std::unexpected(op.error());
    if (!*op)
        return QString();
    Models::Plan plan;
    plan.tenant = tenantName;
    plan.createdAt = QDateTime::currentDateTimeUtc();
    plan.operations = {**op};
    auto planId = m_workspace.plans().save(plan);
    if (!planId)
        return std::unexpected(planId.error());
    SyncService sync(m_workspace, m_connectors, m_operator);
    auto summary = sync.run(*planId, {}, {}, {}, std::nullopt, {Models::RunPurpose::Termination, 0});
    if (!summary)
        return std::unexpected(summary.error());
    if (summary->confirmed != 1)
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("The disable of %1 did not go through (run %2)").arg((*op)->targetId).arg(summary->runId));
    return (*op)->targetId;
}

Models::Result<EmergencyTermination::Preview> EmergencyTermination::preview(const Models::Approval& approval)
{
    auto tenants = m_workspace.tenants().list();
    if (!tenants)
        return std::unexpected(tenants.error());
    Preview preview;
    for (const auto& tenant : *tenants) {
        if (tenant.role != Models::TenantRole::Directory)
            continue;
        auto op = plannedDisable(tenant.name, approval.workerId, approval);
        if (!op)
            preview.failed.append(QStringLiteral("%1: %2").arg(tenant.name, op.error().describe()));
        else if (!*op)
            preview.notFound.append(tenant.name);
        else
            preview.disables.append({tenant.name, **op});
    }
    return preview;
}

Models::Result<TerminationReport> EmergencyTermination::approve(qint64 approvalId, const QString& reason)
{
    const auto approvals = m_workspace.approvals(m_operator);
    auto pending = approvals.find(approvalId);
    if (!pending)
        return std::unexpected(pending.error());
    if (pending->kind != Models::ApprovalKind::EmergencyTermination)
        return Models::fail(ErrorCode::InvalidInput, QStringLiteral("Approval #%1 is not an emergency termination").arg(approvalId));
    auto decided = approvals.decide(approvalId, true, reason, Models::RehireChoice::None);
    if (!decided)
        return std::unexpected(decided.error());

    TerminationReport report;
    // The hold comes first: a sync starting meanwhile must already leave the worker alone.
    Models::Hold hold;
    hold.workerId = decided->workerId;
    hold.kind = Models::HoldKind::Reenable;
    hold.reason = QStringLiteral("Emergency termination #%1: %2").arg(approvalId).arg(decided->reason);
    hold.clearsWhenHrTerminates = true;
    auto placed = m_workspace.holds(m_operator).place(hold);
    if (!placed)
        return std::unexpected(placed.error());
    report.holdId = placed->id;

    auto tenants = m_workspace.tenants().list();
    if (!tenants)
        return std::unexpected(tenants.error());
    for (const auto& tenant : *tenants) {
        if (tenant.role != Models::TenantRole::Directory)
            continue;
        auto disabled = disableIn(tenant.name, decided->workerId, *decided);
        if (!disabled)
            report.failed.append(QStringLiteral("%1: %2").arg(tenant.name, disabled.error().describe()));
        else if (disabled->isEmpty())
            report.notFound.append(tenant.name);
        else
            report.disabled.append(QStringLiteral("%1: %2").arg(tenant.name, *disabled));
    }
    spdlog::warn("emergency termination #{} of worker {} approved by {}: {} disabled, {} failed", approvalId,
                 decided->workerId, m_operator, report.disabled.size(), report.failed.size());
    if (report.failed.isEmpty())
        (void)approvals.markDone(approvalId, QStringLiteral("Disabled: %1").arg(report.disabled.join(QStringLiteral("; "))));
    return report;
}

} // namespace Tenure::App
