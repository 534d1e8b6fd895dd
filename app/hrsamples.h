#pragma once

#include "models/domain/cancellation.h"
#include "models/domain/result.h"
#include "models/domain/worker.h"
#include "models/mapping/mappingset.h"

namespace Tenure::App {

class ConnectorFactory;
class Workspace;

// What the mapping builder shows of a directory tenant: its HR source's workers (the real
// attributes and their sample values), the stored mapping, and the attributes usual for the
// target type. Read on a worker thread: the UI never talks to a connector.
struct MappingSamples {
    QString directory;
    QString targetType;              // "ldap", "ad", "graph", …
    QString hrSource;
    QList<Models::Worker> workers;   // every worker the source delivered, in source order
    QStringList sourceAttributes;    // every HR field seen, sorted
    Models::MappingSet mapping;      // the current version, or empty when none is saved yet
    int mappingVersion = 0;          // 0: none saved yet
};

class HrSamples {
public:
    HrSamples(Workspace& workspace, ConnectorFactory& connectors) : m_workspace(workspace), m_connectors(connectors) {}
    // Blocking; call from a worker thread.
    [[nodiscard]] Models::Result<MappingSamples> read(const QString& directoryTenant, const Models::CancelToken& cancel);

    // Attributes a target of this type usually has, for the right-hand side of the builder.
    [[nodiscard]] static QStringList commonTargetAttributes(const QString& targetType);

private:
    Workspace& m_workspace;
    ConnectorFactory& m_connectors;
};

} // namespace Tenure::App
