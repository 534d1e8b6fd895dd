#pragma once

#include "app/runscope.h"
#include "latestjob.h"

namespace Tenure::Ui {

// Settles what a run started from the Runs page will carry out, off the GUI thread: everything a
// fresh preview plans, the Preview page's selection, or a retry or resumption of an earlier run
// (each planned afresh; see App::RunScopeBuilder). Latest request wins, as in PreviewJob.
class RunScopeJob : public LatestJob {
    Q_OBJECT

public:
    // What to prepare. Exactly one of the forms: a tenant (everything), a plan with operations
    // (a selection), or a run with Retry or Resume.
    struct Request {
        Models::RunPurpose purpose = Models::RunPurpose::Plan;
        QString tenant;
        qint64 planId = 0;
        QList<int> operations;
        qint64 runId = 0;
    };

    RunScopeJob(App::Workspace& workspace, App::ConnectorFactory& connectors, QObject* parent = nullptr);

    void prepare(const Request& request);

Q_SIGNALS:
    void progressed(int step, int steps);   // the fresh preview's steps (PreviewService)
    void prepared(const App::RunScope& scope);
    void failed(const Models::Error& error);

private:
    App::Workspace& m_workspace;
    App::ConnectorFactory& m_connectors;
};

} // namespace Tenure::Ui
