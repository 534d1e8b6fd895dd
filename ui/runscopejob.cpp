#include "runscopejob.h"

#include "backgroundcall.h"
#include "progressrelay.h"

namespace Tenure::Ui {

RunScopeJob::RunScopeJob(App::Workspace& workspace, App::ConnectorFactory& connectors, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_connectors(connectors)
{
}

RunScopeJob::~RunScopeJob() { m_cancel.cancel(); }

void RunScopeJob::prepare(const Request& request)
{
    m_cancel.cancel();
    m_cancel = Models::CancelToken();
    const quint64 generation = ++m_generation;
    m_running = true;
    auto relay = ProgressRelay::create();
    connect(relay.get(), &ProgressRelay::progressed, this, [this, generation](qint64 done, qint64 total, qint64) {
        if (generation == m_generation)
            Q_EMIT progressed(int(done), int(total));
    });
    runInBackground(
        this,
        [&workspace = m_workspace, &connectors = m_connectors, request, cancel = m_cancel, relay]() -> Models::Result<App::RunScope> {
            App::RunScopeBuilder builder(workspace, connectors);
            const auto progress = [relay](const Models::Progress& p) { relay->report(p); };
            switch (request.purpose) {
            case Models::RunPurpose::Selection: return builder.selection(request.planId, request.operations);
            case Models::RunPurpose::Retry: return builder.retryFailed(request.runId, cancel, progress);
            case Models::RunPurpose::Resume: return builder.resume(request.runId, cancel, progress);
            default: return builder.wholePlan(request.tenant, cancel, progress);
            }
        },
        [this, generation](const Models::Result<App::RunScope>& scope) {
            if (generation != m_generation)
                return;
            m_running = false;
            if (scope)
                Q_EMIT prepared(*scope);
            else
                Q_EMIT failed(scope.error());
        });
}

void RunScopeJob::cancel()
{
    if (!m_running)
        return;
    m_cancel.cancel();
    ++m_generation;
    m_running = false;
}

} // namespace Tenure::Ui
