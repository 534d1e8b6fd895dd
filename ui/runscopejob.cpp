#include "runscopejob.h"

namespace Tenure::Ui {

RunScopeJob::RunScopeJob(App::Workspace& workspace, App::ConnectorFactory& connectors, QObject* parent)
    : LatestJob(parent), m_workspace(workspace), m_connectors(connectors)
{
}

void RunScopeJob::prepare(const Request& request)
{
    launch(
        [&workspace = m_workspace, &connectors = m_connectors, request](const Models::CancelToken& cancel,
                                                                        const auto& report) -> Models::Result<App::RunScope> {
            App::RunScopeBuilder builder(workspace, connectors);
            switch (request.purpose) {
            case Models::RunPurpose::Selection: return builder.selection(request.planId, request.operations);
            case Models::RunPurpose::Retry: return builder.retryFailed(request.runId, cancel, report);
            case Models::RunPurpose::Resume: return builder.resume(request.runId, cancel, report);
            default: return builder.wholePlan(request.tenant, cancel, report);
            }
        },
        [this](qint64 done, qint64 total) { Q_EMIT progressed(int(done), int(total)); },
        [this](const Models::Result<App::RunScope>& scope) {
            if (scope)
                Q_EMIT prepared(*scope);
            else
                Q_EMIT failed(scope.error());
        });
}

} // namespace Tenure::Ui
