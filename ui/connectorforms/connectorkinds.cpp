#include "connectorkinds.h"

namespace Tenure::Ui {

QList<ConnectorKind> connectorKinds()
{
    return {
        // HR sources
        csvKind(), sqlKind(), scimBulkFileKind(), workdayKind(), successFactorsKind(), bambooHrKind(),
        // directories
        ldapKind(), activeDirectoryKind(), graphKind(), entraInboundKind(), scimKind(),
    };
}

} // namespace Tenure::Ui
