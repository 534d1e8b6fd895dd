#pragma once

#include "models/domain/approval.h"
#include "models/domain/operation.h"
#include "models/domain/operatorrole.h"
#include "models/domain/result.h"

#include <QList>

namespace Tenure::App {

class ConnectorFactory;
class Workspace;

// The approval queue as one operator sees it, the same in the console and in
// `tenure-cli approvals list`: their role, and only the requests that role may decide
// (Models::mayDecide): HR staff see emergency terminations and rehires; admins see everything.
struct ApprovalQueueView {
    Models::OperatorRole role = Models::OperatorRole::Admin;
    QList<Models::Approval> approvals;
};

// One operation a request would carry out, with the directory tenant it is for.
struct ApprovalChange {
    QString tenant;
    Models::Operation operation;
};

// What a request would change, for the person deciding it: each operation with every attribute's
// before → after. The operations shown are exactly the ones approved: an Operation request's
// operation is found by its hash in the plan it was filed from.
struct ApprovalDiff {
    QList<ApprovalChange> changes;
    QString note;   // for a person: what is not shown and why ("plan 12 no longer holds …"), or empty
};

class ApprovalQueue {
public:
    ApprovalQueue(Workspace& workspace, ConnectorFactory& connectors, QString operatorName);

    [[nodiscard]] Models::Result<ApprovalQueueView> load(bool pendingOnly) const;

    // Blocking (an emergency termination reads the directories to find the accounts it would
    // disable); call from a worker thread.
    [[nodiscard]] Models::Result<ApprovalDiff> diff(const Models::Approval& approval) const;

private:
    Workspace& m_workspace;
    ConnectorFactory& m_connectors;
    QString m_operator;
};

} // namespace Tenure::App
