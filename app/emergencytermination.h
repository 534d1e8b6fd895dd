#pragma once

#include "models/domain/approval.h"
#include "models/domain/result.h"

#include <QStringList>

namespace Tenure::App {

class Workspace;
class ConnectorFactory;

struct TerminationReport {
    QStringList disabled;      // "Directory: uid=…" for each account disabled now
    QStringList notFound;      // tenants where the worker has no enabled account
    QStringList failed;        // tenants where the disable failed, with the reason
    qint64 holdId = 0;
};

// An emergency termination: requested by one person for a worker with a reason; a second person
// approves it, and then every enabled account of the worker in every directory tenant is disabled
// at once (sessions revoked where the target can), and a hold keeps later syncs from enabling it
// again while HR still shows the worker active. The hold clears itself when HR catches up.
class EmergencyTermination {
public:
    EmergencyTermination(Workspace& workspace, ConnectorFactory& connectors, QString operatorName);

    [[nodiscard]] Models::Result<Models::Approval> request(const QString& workerId, const QString& reason);
    // Blocking (reads the directories); call from a worker thread.
    [[nodiscard]] Models::Result<TerminationReport> approve(qint64 approvalId, const QString& reason);

private:
    [[nodiscard]] Models::Result<QString> disableIn(const QString& tenant, const QString& workerId,
                                                   const Models::Approval& approval);

    Workspace& m_workspace;
    ConnectorFactory& m_connectors;
    QString m_operator;
};

} // namespace Tenure::App
