#pragma once

#include "syncservice.h"

#include <QStringList>

namespace Tenure::App {

class Workspace;
class ConnectorFactory;

// What carrying out due work did for one directory tenant.
struct DueWorkReport {
    QString tenant;
    int due = 0;         // operations whose effective instant has come
    int later = 0;       // future-dated operations still waiting
    std::optional<RunSummary> run;
    std::optional<Models::Error> error;
    bool blocked = false;
};

// Effective-dated work (starts, last days, pre-hire enables): plans each directory tenant now and
// carries out only the operations whose effective instant has come. Never early (an operation not
// yet due is planned as future-dated and does not write); at most one cycle late. Used by
// `tenure-cli run-due` (Task Scheduler, systemd timers, cron) and by the console while it is open.
class DueWork {
public:
    DueWork(Workspace& workspace, ConnectorFactory& connectors, QString operatorName);

    // Blocking; call from a worker thread. Empty `tenants`: every directory tenant.
    [[nodiscard]] Models::Result<QList<DueWorkReport>> run(const QStringList& tenants, const Models::CancelToken& cancel);

private:
    Workspace& m_workspace;
    ConnectorFactory& m_connectors;
    QString m_operator;
};

} // namespace Tenure::App
