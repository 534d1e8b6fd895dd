#pragma once

#include "models/domain/approval.h"
#include "models/domain/operation.h"
#include "models/domain/result.h"

#include <QStringList>
#include <optional>

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

    // What approving it would do, for the person deciding: one disable per directory tenant where
    // the worker has an enabled account now. Nothing is written. Blocking; call from a worker thread.
    struct PlannedDisable {
        QString tenant;
        Models::Operation operation;
    };
    struct Preview {
        QList<PlannedDisable> disables;
        QStringList notFound;   // directory tenants where the worker has no enabled account
        QStringList failed;     // "tenant: why" where the directory could not be read
    };
    [[nodiscard]] Models::Result<Preview> preview(const Models::Approval& approval);

private:
    // The disable of the worker's enabled account in one directory tenant; none without one.
    [[nodiscard]] Models::Result<std::optional<Models::Operation>> plannedDisable(const QString& tenant, const QString& workerId,
                                                                                 const Models::Approval& approval);
    [[nodiscard]] Models::Result<QString> disableIn(const QString& tenant, const QString& workerId,
                                                   const Models::Approval& approval);

    Workspace& m_workspace;
    ConnectorFactory& m_connectors;
    QString m_operator;
};

} // namespace Tenure::App
