#pragma once

#include "models/domain/auditevent.h"
#include "models/domain/operation.h"
#include "models/domain/plan.h"
#include "models/domain/tenant.h"

#include <optional>

namespace Tenure::Models {

// The audit events of the store's own changes, built in one place so their before/after shapes
// stay the same wherever the change is made. Subjects: a tenant's name, "plan/<id>", "run/<id>",
// an operation's worker id.
namespace AuditEvents {

// Settings and the secret *reference*; the secret itself never reaches the repository.
[[nodiscard]] QJsonObject tenantJson(const Tenant& tenant);
[[nodiscard]] AuditEvent tenantSaved(const QString& actor, const std::optional<Tenant>& before, const Tenant& after);
[[nodiscard]] AuditEvent tenantRemoved(const QString& actor, const Tenant& before);

// `before` is the previous version's definition (empty for the first).
[[nodiscard]] AuditEvent mappingSaved(const QString& actor, const QString& tenant, int version,
                                      const QJsonObject& before, const QJsonObject& after);

[[nodiscard]] AuditEvent planCreated(const QString& actor, qint64 planId, const Plan& plan);

[[nodiscard]] AuditEvent runStarted(const QString& actor, qint64 runId, qint64 planId, const QString& tenant);
// One per confirmed or failed operation: the worker, the target and each attribute's before → after.
[[nodiscard]] AuditEvent operationFinished(const QString& actor, qint64 runId, const OperationOutcome& outcome,
                                           const Operation& operation);
[[nodiscard]] AuditEvent runFinished(const QString& actor, qint64 runId, const QString& state,
                                     const QJsonObject& outcomeCounts);

} // namespace AuditEvents
} // namespace Tenure::Models
