#include "connectorkinds.h"

namespace Tenure::Ui {

QList<ConnectorKind> connectorKinds()
{
    return {csvKind(),  sqlKind(),   scimBulkFileKind(), ldapKind(),
            activeDirectoryKind(), graphKind(), entraInboundKind(), scimKind()};
}

} // namespace Tenure::Ui
