#pragma once

#include "models/domain/cancellation.h"
#include "models/domain/operation.h"
#include "models/domain/result.h"
#include "models/store/repositories.h"

#include <QList>
#include <functional>
#include <optional>

namespace Tenure::App {

class Workspace;
class ConnectorFactory;
struct RunScope;

struct RunSummary {
    qint64 runId = 0;
    int confirmed = 0;
    int failed = 0;
    int skipped = 0;
    bool cancelled = false;
    bool quarantined = false;
    QString message;   // why the run stopped early, for a person
    // After the run: what the HR source was told of the email and user name (hrwriteback.h).
    int writtenBack = 0;
    int writeBackFailed = 0;
    QString writeBackMessage;   // why nothing, or not everything, was written back
};

using OutcomeCallback = std::function<void(const Models::OperationOutcome&)>;

// Why a run is started, recorded on it: the Runs page's history says "retry of run 7".
struct RunOrigin {
    Models::RunPurpose purpose = Models::RunPurpose::Plan;
    qint64 originRun = 0;   // retry, resume: the run it continues
};

// Sync: carry out a stored plan's writing operations against its directory, journaling each
// (pending → sent → confirmed | failed) before and after it is sent. An operation some run of the
// same plan has already confirmed is never sent again.
class SyncService {
public:
    SyncService(Workspace& workspace, ConnectorFactory& connectors, QString operatorName);

    // Blocking; call from a worker thread. `only` limits the run to those operation indexes (a
    // run limited so is recorded as a selection unless `origin` says what it is).
    [[nodiscard]] Models::Result<RunSummary> run(qint64 planId, const Models::CancelToken& cancel,
                                                 const OutcomeCallback& onOutcome = {},
                                                 const Models::ProgressCallback& progress = {},
                                                 const std::optional<QList<int>>& only = std::nullopt,
                                                 const RunOrigin& origin = {});
    // Carries out a scope (runscope.h). Resuming a run still marked running marks it interrupted
    // first, so the history never shows two runs in progress for one piece of work.
    [[nodiscard]] Models::Result<RunSummary> run(const RunScope& scope, const Models::CancelToken& cancel,
                                                 const OutcomeCallback& onOutcome = {},
                                                 const Models::ProgressCallback& progress = {});

private:
    Workspace& m_workspace;
    ConnectorFactory& m_connectors;
    QString m_operator;
};

} // namespace Tenure::App
