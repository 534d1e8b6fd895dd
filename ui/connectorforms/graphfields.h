#pragma once

#include "connectorkind.h"

namespace Tenure::Ui {

// The fields every connector that signs in to Microsoft Entra as an app shares (Graph and the
// inbound provisioning API; connectors/directory/graph: GraphSettings): the tenant, the app, its
// credential (a client secret, or a certificate and its key), and the endpoints of the cloud it
// lives in.
[[nodiscard]] QList<FieldSpec> entraAppFields();
[[nodiscard]] QList<FieldSpec> entraEndpointFields();

// The setting that decides what the secret is ("secret" or "certificate").
[[nodiscard]] QString entraCredentialKey();

} // namespace Tenure::Ui
