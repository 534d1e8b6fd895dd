#pragma once

#include "models/domain/plan.h"
#include "models/lifecycle/lifecyclepolicy.h"

#include <QHash>

namespace Tenure::App {

class Workspace;

// What the approvals allow of a plan.
struct GateVerdict {
    QString waitingForRelease;           // non-empty: the whole plan waits for a threshold release
    QHash<int, QString> withheld;        // operation index → why it is not sent (awaiting approval #n, …)
    QHash<int, qint64> approvedBy;       // operation index → the approval that allows it
};

// Policy meets people: after a preview it files the requests the policy calls for (one per
// operation of an approval category, one release for a plan over the threshold), and before a run
// it tells which operations a second person has approved. Approvals bind to hashes, so a changed
// operation or plan needs a new approval.
class ApprovalGate {
public:
    ApprovalGate(const Workspace& workspace, QString operatorName);

    [[nodiscard]] Models::Result<int> fileRequests(qint64 planId, const Models::Plan& plan,
                                                   const Models::LifecyclePolicy& policy) const;
    [[nodiscard]] Models::Result<GateVerdict> check(const Models::Plan& plan, const Models::LifecyclePolicy& policy) const;

    [[nodiscard]] static bool needsApproval(const Models::Operation& op, const Models::LifecyclePolicy& policy);

private:
    const Workspace& m_workspace;
    QString m_operator;
};

// The tenant's lifecycle policy from its settings ("policy"); defaults when absent.
[[nodiscard]] Models::Result<Models::LifecyclePolicy> policyOf(const QJsonObject& tenantSettings);

} // namespace Tenure::App
