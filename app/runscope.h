#pragma once

#include "previewservice.h"
#include "syncservice.h"

#include <optional>

namespace Tenure::App {

class ConnectorFactory;
class Workspace;

// What a run will carry out, settled before it starts and shown to the person who starts it:
// always a stored plan (one that could have been previewed, and can be opened on the Preview
// page), and the operations of it to send.
struct RunScope {
    StoredPlan plan;
    std::optional<QList<int>> only;   // plan indexes; none: every writing operation of the plan
    RunOrigin origin;
    // A retry or resumption: how many earlier operations it follows up, how many of them the fresh
    // preview has nothing left to write for (done after all, or no longer wanted) and how many it
    // plans differently now (HR or the directory changed meanwhile).
    int earlier = 0;
    int settled = 0;
    int changed = 0;

    [[nodiscard]] int sendCount() const;   // the writing operations in scope
    // "3 create, 1 disable": the writing operations in scope by kind, for a confirmation.
    [[nodiscard]] QString kindCounts() const;
};

// What a person may do next with a finished (or stopped) run.
struct RunFollowUps {
    bool canRetry = false;    // it has failed operations
    bool canResume = false;   // it stopped with operations not carried out
    bool interrupted = false; // it is still marked running but nothing has happened for a while
};

// A run still marked running with no journal entry for this long is taken as interrupted (its
// process ended). Longer than any wait a connector makes before it gives up on an operation.
inline constexpr qint64 InterruptedAfterSeconds = 300;

// `carriedOutHere`: this console is carrying the run out now (then it is neither interrupted nor resumable).
[[nodiscard]] RunFollowUps followUpsOf(const Models::RunRecord& run, const QDateTime& now, bool carriedOutHere);

// Builds the scope of a run. The retry and resume forms plan the tenant afresh (PreviewService,
// which also files what needs approval) and keep the operations that correspond to the earlier
// ones (Models::correspondingOperations); the run itself goes through the approval gate and the
// thresholds like any other. Blocking; call from a worker thread.
class RunScopeBuilder {
public:
    RunScopeBuilder(Workspace& workspace, ConnectorFactory& connectors);

    // Everything a fresh preview of `tenant` plans.
    [[nodiscard]] Models::Result<RunScope> wholePlan(const QString& tenant, const Models::CancelToken& cancel,
                                                     const Models::ProgressCallback& progress = {});
    // Operations chosen in a stored plan (the Preview page's selection); those that write nothing are left out.
    [[nodiscard]] Models::Result<RunScope> selection(qint64 planId, const QList<int>& indexes);
    // The failed operations of run `runId`.
    [[nodiscard]] Models::Result<RunScope> retryFailed(qint64 runId, const Models::CancelToken& cancel,
                                                       const Models::ProgressCallback& progress = {});
    // The operations run `runId` did not carry out: skipped, cancelled, or left pending or sent
    // without an answer when it was interrupted.
    [[nodiscard]] Models::Result<RunScope> resume(qint64 runId, const Models::CancelToken& cancel,
                                                  const Models::ProgressCallback& progress = {});

private:
    [[nodiscard]] Models::Result<RunScope> followUp(qint64 runId, Models::RunPurpose purpose,
                                                    const QList<Models::OutcomeState>& states,
                                                    const Models::CancelToken& cancel,
                                                    const Models::ProgressCallback& progress);

    Workspace& m_workspace;
    ConnectorFactory& m_connectors;
};

} // namespace Tenure::App
