#pragma once

#include "app/runscope.h"
#include "app/syncservice.h"

#include <functional>

#include <QObject>

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
}

namespace Tenure::Ui {

// Carries out a stored plan off the GUI thread. Each operation's outcome arrives as a queued
// signal while the run goes on; cancel() stops it before the next operation is sent.
class RunController : public QObject {
    Q_OBJECT

public:
    RunController(App::Workspace& workspace, App::ConnectorFactory& connectors, QString operatorName,
                  QObject* parent = nullptr);
    ~RunController() override;

    void start(qint64 planId);
    // A run prepared on the Runs page (a selection, a retry, a resumption, or a fresh whole plan).
    void start(const App::RunScope& scope);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isCancelling() const { return m_running && m_cancel.isCancelled(); }

Q_SIGNALS:
    void started();
    void outcomeArrived(const Models::OperationOutcome& outcome);
    void progressed(qint64 done, qint64 total, qint64 failed);
    // One of these ends every run (see PreviewJob for why not one signal with a Result).
    void finished(const App::RunSummary& summary);
    void failed(const Models::Error& error);

private:
    using Work = std::function<Models::Result<App::RunSummary>(App::SyncService& sync, const Models::CancelToken& cancel,
                                                                 const App::OutcomeCallback& onOutcome,
                                                                 const Models::ProgressCallback& onProgress)>;
    void launch(Work work);

    App::Workspace& m_workspace;
    App::ConnectorFactory& m_connectors;
    QString m_operator;
    Models::CancelToken m_cancel;
    bool m_running = false;
};

} // namespace Tenure::Ui
