#pragma once

#include "connectorkind.h"

#include <QList>

namespace Tenure::Ui {

// Every kind of connector the Tenants page can configure, HR sources first, each role in the
// order its chooser lists them. Built on each call, so the texts follow the installed translation.
[[nodiscard]] QList<ConnectorKind> connectorKinds();

// One function per kind, each in its own file.
[[nodiscard]] ConnectorKind csvKind();
[[nodiscard]] ConnectorKind sqlKind();
[[nodiscard]] ConnectorKind scimBulkFileKind();
[[nodiscard]] ConnectorKind workdayKind();
[[nodiscard]] ConnectorKind successFactorsKind();
[[nodiscard]] ConnectorKind bambooHrKind();
[[nodiscard]] ConnectorKind ldapKind();
[[nodiscard]] ConnectorKind activeDirectoryKind();
[[nodiscard]] ConnectorKind graphKind();
[[nodiscard]] ConnectorKind entraInboundKind();
[[nodiscard]] ConnectorKind scimKind();

} // namespace Tenure::Ui
