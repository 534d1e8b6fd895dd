#include "previewservice.h"

#include "approvalgate.h"
#include "connectorfactory.h"
#include "logging/log.h"
#include "models/lifecycle/planbuilder.h"
#include "workspace.h"

#include <QElapsedTimer>

namespace Tenure::App {
namespace {

constexpr int Steps = 3;

Models::Error inTenant(Models::Error error, const QString& tenant)
{
    if (error.context.tenant.isEmpty())
        error.context.tenant = tenant;
    return error;
}

} // namespace

PreviewService::PreviewService(Workspace& workspace, ConnectorFactory& connectors)
    : m_workspace(workspace), m_connectors(connectors)
{
}

Models::Result<StoredPlan> PreviewService::preview(const QString& tenantName, const Models::CancelToken& cancel,
                                                   const Models::ProgressCallback& progress)
{
    QElapsedTimer clock;
    clock.start();
    const auto report = [&](int step) {
        if (progress)
            progress({step, Steps, 0});
    };
    const auto failWith = [&](const Models::Error& error) -> Models::Result<StoredPlan> {
        spdlog::warn("preview of {} failed: {}", tenantName, error.describe());
        return std::unexpected(inTenant(error, tenantName));
    };

    auto tenant = m_workspace.tenants().find(tenantName);
    if (!tenant)
        return failWith(tenant.error());
    if (tenant->role != Models::TenantRole::Directory)
        return failWith(Models::makeError(Models::ErrorCode::InvalidInput,
                         QStringLiteral("'%1' is an HR source; preview a directory tenant fed by it").arg(tenantName)));
    if (tenant->sourceTenant.isEmpty())
        return failWith(Models::makeError(Models::ErrorCode::InvalidInput,
                         QStringLiteral("Directory '%1' has no HR source; choose one on the Tenants page").arg(tenantName)));
    auto hrTenant = m_workspace.tenants().find(tenant->sourceTenant);
    if (!hrTenant)
        return failWith(hrTenant.error());
    auto mapping = m_workspace.mappings().current(tenantName);
    if (!mapping)
        return failWith(mapping.error());
    auto policy = policyOf(tenant->settings);
    if (!policy)
        return failWith(policy.error());
    const auto history = m_workspace.history();
    auto lastCount = history.lastGoodSourceCount(hrTenant->name);
    auto marks = history.accountMarks(tenantName);
    auto holds = m_workspace.holds(m_workspace.actor()).activeByWorker();
    auto routed = m_workspace.approvals(m_workspace.actor()).rehiresRoutedToNewAccounts(tenantName);
    for (const auto* failed : {lastCount ? nullptr : &lastCount.error(), marks ? nullptr : &marks.error(),
                               holds ? nullptr : &holds.error(), routed ? nullptr : &routed.error()})
        if (failed)
            return failWith(*failed);

    report(0);
    auto source = m_connectors.hrSource(*hrTenant);
    if (!source)
        return failWith(source.error());
    auto hr = (*source)->read(cancel);
    if (!hr)
        return failWith(inTenant(hr.error(), hrTenant->name));

    report(1);
    auto directory = m_connectors.directory(*tenant);
    if (!directory)
        return failWith(directory.error());
    auto accounts = (*directory)->readAccounts(mapping->targetAttributes(), cancel);
    if (!accounts)
        return failWith(accounts.error());

    report(2);
    Models::PlanInputs inputs;
    inputs.tenant = tenantName;
    inputs.hr = std::move(*hr);
    inputs.directory = std::move(*accounts);
    inputs.mapping = std::move(*mapping);
    inputs.policy = *policy;
    inputs.lastGoodSourceCount = *lastCount;
    inputs.accountMarks = std::move(*marks);
    inputs.holds = std::move(*holds);
    inputs.rehireAsNewAccount = std::move(*routed);
    inputs.today = QDate::currentDate();
    inputs.now = QDateTime::currentDateTimeUtc();
    const auto* target = directory->get();
    const auto capabilities = target->capabilities();
    inputs.abilities = {capabilities.disable, capabilities.enable, capabilities.move};
    inputs.newAccountId = [target](const Models::Attributes& attributes) { return target->newAccountId(attributes); };
    inputs.acceptsValue = [target](const QString& attribute, const QString& value) {
        return target->acceptsValue(attribute, value);
    };
    inputs.comparableValue = [target](const QString& attribute, const QString& value) {
        return target->comparableValue(attribute, value);
    };
    auto plan = Models::PlanBuilder::build(inputs, cancel);
    if (!plan)
        return failWith(plan.error());
    auto planId = m_workspace.plans().save(*plan);
    if (!planId)
        return failWith(planId.error());
    if (auto settled = settleAfterPlanning(*planId, *plan, *policy, hrTenant->name, inputs); !settled)
        return failWith(settled.error());
    report(3);
    spdlog::info("previewed {}: plan {} with {} operations ({} writes) in {} ms", tenantName, *planId,
                 plan->operations.size(), plan->writeCount(), clock.elapsed());
    return StoredPlan{*planId, std::move(*plan)};
}

// What a successful preview changes in the workspace (never in the directory): the HR source's
// size for the shrink check, holds that HR has caught up with, and the approval requests the
// policy calls for.
Models::Result<void> PreviewService::settleAfterPlanning(qint64 planId, const Models::Plan& plan,
                                                         const Models::LifecyclePolicy& policy, const QString& hrTenant,
                                                         const Models::PlanInputs& inputs)
{
    if (!plan.isBlocked() && inputs.hr.isFullSnapshot) {
        if (auto recorded = m_workspace.history().recordSourceCount(hrTenant, int(inputs.hr.workers.size())); !recorded)
            return recorded;
    }
    const auto holds = m_workspace.holds(m_workspace.actor());
    for (const auto& workerId : plan.holdsReleasedByHr) {
        for (const auto& hold : inputs.holds.value(workerId)) {
            if (!hold.clearsWhenHrTerminates)
                continue;
            if (auto cleared = holds.clear(hold.id, QStringLiteral("HR now shows worker %1 terminated").arg(workerId)); !cleared)
                return cleared;
        }
    }
    if (plan.isBlocked())
        return {};
    auto filed = ApprovalGate(m_workspace, m_workspace.actor()).fileRequests(planId, plan, policy);
    if (!filed)
        return std::unexpected(filed.error());
    return {};
}

} // namespace Tenure::App
