#include "previewjob.h"

#include "backgroundcall.h"
#include "progressrelay.h"

namespace Tenure::Ui {

PreviewJob::PreviewJob(App::Workspace& workspace, App::ConnectorFactory& connectors, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_connectors(connectors)
{
}

PreviewJob::~PreviewJob() { m_cancel.cancel(); }

void PreviewJob::start(const QString& tenant)
{
    m_cancel.cancel();   // the older job stops early; its result is stale anyway
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
        [&workspace = m_workspace, &connectors = m_connectors, tenant, cancel = m_cancel, relay] {
            App::PreviewService service(workspace, connectors);
            return service.preview(tenant, cancel, [relay](const Models::Progress& p) { relay->report(p); });
        },
        [this, generation](const Models::Result<App::StoredPlan>& result) {
            if (generation != m_generation)
                return;   // a newer job (or a cancel) made this one stale
            m_running = false;
            if (result)
                Q_EMIT planned(*result);
            else
                Q_EMIT failed(result.error());
        });
    Q_EMIT started(tenant);
}

void PreviewJob::cancel()
{
    if (!m_running)
        return;
    m_cancel.cancel();
    ++m_generation;
    m_running = false;
    Q_EMIT cancelled();
}

} // namespace Tenure::Ui
