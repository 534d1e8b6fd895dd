#pragma once

#include "models/domain/attributes.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QList>

namespace Tenure::Models {

enum class MappingKind { Direct, Constant };
enum class ApplyWhen { Always, OnCreate };

// How one target attribute gets its value.
struct AttributeMapping {
    QString target;              // target attribute, e.g. "givenName"
    MappingKind kind = MappingKind::Direct;
    QString source;              // HR field for Direct
    QString constant;            // value for Constant
    ApplyWhen apply = ApplyWhen::Always;

    [[nodiscard]] QString describe() const;   // "direct from FirstName", "constant \"Example\""
};

// How a worker finds its existing account: worker field ↔ target attribute.
struct MatchingRule {
    QString sourceAttribute;     // "WorkerID"
    QString targetAttribute;     // "employeeNumber"
};

// Which HR fields drive the lifecycle.
struct LifecycleFields {
    QString status = QStringLiteral("Status");
    QStringList terminatedValues{QStringLiteral("Terminated")};
    QString hireDate = QStringLiteral("HireDate");       // yyyy-MM-dd; a later date makes the worker future-dated
    QString displayName = QStringLiteral("DisplayName");  // how the preview names the worker
};

// All the rules that compute a target account from a worker.
struct MappingSet {
    QList<AttributeMapping> attributes;
    MatchingRule matching;
    LifecycleFields lifecycle;

    [[nodiscard]] QStringList targetAttributes() const;   // mapped attributes + the matching attribute
    [[nodiscard]] Result<void> validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<MappingSet> fromJson(const QJsonObject& json);
};

} // namespace Tenure::Models
