#pragma once

#include "app/previewservice.h"
#include "latestjob.h"

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
}

namespace Tenure::Ui {

// Plans a directory tenant off the GUI thread. Latest job wins: start() cancels the job before
// it and makes it stale, so only the newest result is ever delivered.
class PreviewJob : public LatestJob {
    Q_OBJECT

public:
    PreviewJob(App::Workspace& workspace, App::ConnectorFactory& connectors, QObject* parent = nullptr);

    void start(const QString& tenant);

Q_SIGNALS:
    void started(const QString& tenant);
    void progressed(int step, int steps);
    // Only for the newest job, and not after cancel(). (Two signals rather than one carrying a
    // Result: moc's meta-type for std::expected trips over its unconstrained operator== in GCC 12.)
    void planned(const App::StoredPlan& plan);
    void failed(const Models::Error& error);
    void cancelled();

protected:
    void onCancelled() override { Q_EMIT cancelled(); }

private:
    App::Workspace& m_workspace;
    App::ConnectorFactory& m_connectors;
};

} // namespace Tenure::Ui
