#pragma once

#include "models/domain/operation.h"
#include "models/domain/result.h"

#include <QString>

namespace Tenure::Connectors {

// How ScimDirectory names a planned operation and its user, for messages and requests.

// "Ann Lee (W-1)": the operation's display name (or target id) and worker id.
[[nodiscard]] QString scimWho(const Models::Operation& operation);
// What the operation does, for error messages: "Creating user Ann Lee (W-1)", "Disabling user …".
[[nodiscard]] QString scimAction(const Models::Operation& operation);
// The error with the operation's worker in its context, so the run log names whom it concerns.
[[nodiscard]] Models::Error scimInContext(Models::Error error, const Models::Operation& operation);
// The value a change sets on the plain core attribute `attribute` (externalId, userName), or
// nullptr when no change sets it.
[[nodiscard]] const Models::AttributeValue* scimValueAfter(const QList<Models::AttributeChange>& changes,
                                                          const QString& attribute);
// The run log's note for a create whose user was already at the service (an earlier attempt made
// it and its answer was lost): it was updated to the planned state instead.
[[nodiscard]] QString alreadyCreatedNote(const QString& id);
// "/Users/<id>", the id percent-encoded: the path of a user relative to the service root.
[[nodiscard]] QString scimUserPath(const QString& id);

} // namespace Tenure::Connectors
