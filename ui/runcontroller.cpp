#include "runcontroller.h"

#include "backgroundcall.h"
#include "progressrelay.h"

namespace Tenure::Ui {

RunController::RunController(App::Workspace& workspace, App::ConnectorFactory& connectors, QString operatorName,
                             QObject* parent)
    : QObject(parent), m_workspace(workspace), m_connectors(connectors), m_operator(std::move(operatorName))
{
}

// A window closed mid-run cancels it: the run journals the rest as skipped and stops.
RunController::~RunController() { m_cancel.cancel(); }

void RunController::start(qint64 planId)
{
    launch([planId](App::SyncService& sync, const Models::CancelToken& cancel, const App::OutcomeCallback& onOutcome,
                    const Models::ProgressCallback& onProgress) { return sync.run(planId, cancel, onOutcome, onProgress); });
}

void RunController::start(const App::RunScope& scope)
{
    launch([scope](App::SyncService& sync, const Models::CancelToken& cancel, const App::OutcomeCallback& onOutcome,
                   const Models::ProgressCallback& onProgress) { return sync.run(scope, cancel, onOutcome, onProgress); });
}

void RunController::launch(Work work)
{
    if (m_running)
        return;
    m_cancel = Models::CancelToken();
    m_running = true;
    auto relay = ProgressRelay::create();
    connect(relay.get(), &ProgressRelay::outcomeArrived, this, &RunController::outcomeArrived);
    connect(relay.get(), &ProgressRelay::progressed, this, &RunController::progressed);
    runInBackground(
        this,
        [&workspace = m_workspace, &connectors = m_connectors, op = m_operator, cancel = m_cancel, relay,
         work = std::move(work)] {
            App::SyncService service(workspace, connectors, op);
            return work(
                service, cancel, [relay](const Models::OperationOutcome& outcome) { relay->report(outcome); },
                [relay](const Models::Progress& progress) { relay->report(progress); });
        },
        [this](const Models::Result<App::RunSummary>& result) {
            m_running = false;
            if (result)
                Q_EMIT finished(*result);
            else
                Q_EMIT failed(result.error());
        });
    Q_EMIT started();
}

void RunController::cancel()
{
    if (m_running)
        m_cancel.cancel();
}

} // namespace Tenure::Ui
