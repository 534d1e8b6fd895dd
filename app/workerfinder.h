#pragma once

#include "models/domain/cancellation.h"
#include "models/domain/result.h"
#include "models/domain/worker.h"

#include <QList>

namespace Tenure::App {

class ConnectorFactory;
class Workspace;

// A worker as a person finding them sees them: who, where HR has them, whether still active.
struct WorkerCard {
    QString workerId;
    QString name;       // the HR display name, or first and last name
    QString detail;     // title and department, as HR has them
    QString status;     // HR's own status text ("Active", "Terminated"), when it has one
    QString hrTenant;
    QStringList nameKeys;   // the name folded for matching (lower case, no accents), computed once

    // "Ann Lee (1001) · Engineer, R&D · HR": one line for a list.
    [[nodiscard]] QString label() const;
};

// Finds workers by name or id in the workspace's HR sources, for the emergency termination
// form: the person requesting it knows a name, the request needs the worker id. HR field names
// differ between sources, so the name is taken from the usual fields (DisplayName, PreferredName,
// FirstName + LastName, and their Workday / SuccessFactors spellings).
class WorkerFinder {
public:
    WorkerFinder(Workspace& workspace, ConnectorFactory& connectors) : m_workspace(workspace), m_connectors(connectors) {}

    // Every worker of every HR source tenant. Blocking; call from a worker thread. A source that
    // cannot be read is an error naming it: a partial list would hide the very worker sought.
    [[nodiscard]] Models::Result<QList<WorkerCard>> readAll(const Models::CancelToken& cancel);

    [[nodiscard]] static WorkerCard cardOf(const Models::Worker& worker, const QString& hrTenant);

    // The workers whose id starts with `query` or whose name has words starting with each word of
    // it, ignoring case and accents ("zoe" finds Zoë); an exact id first. At most `limit`.
    [[nodiscard]] static QList<WorkerCard> match(const QList<WorkerCard>& workers, const QString& query, int limit = 20);

private:
    Workspace& m_workspace;
    ConnectorFactory& m_connectors;
};

} // namespace Tenure::App
