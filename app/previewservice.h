#pragma once

#include "models/domain/cancellation.h"
#include "models/domain/plan.h"
#include "models/domain/result.h"
#include "models/lifecycle/planbuilder.h"

namespace Tenure::App {

class Workspace;
class ConnectorFactory;

struct StoredPlan {
    qint64 id = 0;
    Models::Plan plan;
};

// Preview: read the HR source and the directory, plan, store the plan. Writes nothing to the directory;
// a preview that fails stores nothing.
class PreviewService {
public:
    PreviewService(Workspace& workspace, ConnectorFactory& connectors);

    // Blocking; call from a worker thread. Progress: 0/3 read HR, 1/3 read directory, 2/3 plan.
    [[nodiscard]] Models::Result<StoredPlan> preview(const QString& tenant, const Models::CancelToken& cancel,
                                                     const Models::ProgressCallback& progress = {});

private:
    [[nodiscard]] Models::Result<void> settleAfterPlanning(qint64 planId, const Models::Plan& plan,
                                                           const Models::LifecyclePolicy& policy, const QString& hrTenant,
                                                           const Models::PlanInputs& inputs);

    Workspace& m_workspace;
    ConnectorFactory& m_connectors;
};

} // namespace Tenure::App
