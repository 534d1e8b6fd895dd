#include "duework.h"

#include "previewservice.h"
#include "workspace.h"

namespace Tenure::App {

DueWork::DueWork(Workspace& workspace, ConnectorFactory& connectors, QString operatorName)
    : m_workspace(workspace), m_connectors(connectors), m_operator(std::move(operatorName))
{
}

Models::Result<QList<DueWorkReport>> DueWork::run(const QStringList& tenants, const Models::CancelToken& cancel)
{
    QStringList names = tenants;
    if (names.isEmpty()) {
        auto all = m_workspace.tenants().list();
        if (!all)
            return std::unexpected(all.error());
        for (const auto& tenant : *all)
            if (tenant.role == Models::TenantRole::Directory)
                names.append(tenant.name);
    }
    QList<DueWorkReport> reports;
    for (const auto& tenant : names) {
        if (cancel.isCancelled())
            break;
        DueWorkReport report;
        report.tenant = tenant;
        PreviewService preview(m_workspace, m_connectors);
        auto stored = preview.preview(tenant, cancel);
        if (!stored) {
            report.error = stored.error();
            reports.append(report);
            continue;
        }
        if (stored->plan.isBlocked()) {
            report.blocked = true;
            report.error = Models::makeError(Models::ErrorCode::Blocked, stored->plan.blockedReason);
            reports.append(report);
            continue;
        }
        QList<int> due;
        const auto now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < stored->plan.operations.size(); ++i) {
            const auto& op = stored->plan.operations.at(i);
            if (op.effectiveAt.isValid() && op.writes() && op.effectiveAt <= now)
                due.append(i);
            report.later += op.category == Models::Category::FutureDated ? 1 : 0;
        }
        report.due = int(due.size());
        if (!due.isEmpty()) {
            SyncService sync(m_workspace, m_connectors, m_operator);
            auto summary = sync.run(stored->id, cancel, {}, {}, due, {Models::RunPurpose::Due, 0});
            if (summary)
                report.run = *summary;
            else
                report.error = summary.error();
            report.blocked = !summary && summary.error().code == Models::ErrorCode::Blocked;
        }
        reports.append(report);
    }
    return reports;
}

} // namespace Tenure::App
