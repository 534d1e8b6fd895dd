#include "previewjob.h"

namespace Tenure::Ui {

PreviewJob::PreviewJob(App::Workspace& workspace, App::ConnectorFactory& connectors, QObject* parent)
    : LatestJob(parent), m_workspace(workspace), m_connectors(connectors)
{
}

void PreviewJob::start(const QString& tenant)
{
    launch(
        [&workspace = m_workspace, &connectors = m_connectors, tenant](const Models::CancelToken& cancel, const auto& report) {
            return App::PreviewService(workspace, connectors).preview(tenant, cancel, report);
        },
        [this](qint64 done, qint64 total) { Q_EMIT progressed(int(done), int(total)); },
        [this](const Models::Result<App::StoredPlan>& result) {
            if (result)
                Q_EMIT planned(*result);
            else
                Q_EMIT failed(result.error());
        });
    Q_EMIT started(tenant);
}

} // namespace Tenure::Ui
