#pragma once

#include "app/previewservice.h"

#include <QObject>

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
}

namespace Tenure::Ui {

// Plans a directory tenant off the GUI thread. Latest job wins: start() cancels the job before
// it and makes it stale, so only the newest result is ever delivered.
class PreviewJob : public QObject {
    Q_OBJECT

public:
    PreviewJob(App::Workspace& workspace, App::ConnectorFactory& connectors, QObject* parent = nullptr);
    ~PreviewJob() override;

    void start(const QString& tenant);
    void cancel();   // the running job stops at its next check; its result is dropped
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(const QString& tenant);
    void progressed(int step, int steps);
    // Only for the newest job, and not after cancel(). (Two signals rather than one carrying a
    // Result: moc's meta-type for std::expected trips over its unconstrained operator== in GCC 12.)
    void planned(const App::StoredPlan& plan);
    void failed(const Models::Error& error);
    void cancelled();

private:
    App::Workspace& m_workspace;
    App::ConnectorFactory& m_connectors;
    Models::CancelToken m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Tenure::Ui
