#include "previewservice.h"

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
    inputs.today = QDate::currentDate();
    inputs.now = QDateTime::currentDateTimeUtc();
    const auto* target = directory->get();
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
    report(3);
    spdlog::info("previewed {}: plan {} with {} operations ({} writes) in {} ms", tenantName, *planId,
                 plan->operations.size(), plan->writeCount(), clock.elapsed());
    return StoredPlan{*planId, std::move(*plan)};
}

} // namespace Tenure::App
