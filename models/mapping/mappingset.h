#pragma once

#include "models/domain/attributes.h"
#include "models/domain/result.h"
#include "scopingfilter.h"

#include <QJsonObject>
#include <QList>

namespace Tenure::Models {

enum class MappingKind { Direct, Constant, Expression };
enum class ApplyWhen { Always, OnCreate };
// What a null value does to an existing account: clear the target attribute, or leave it as it is.
enum class NullFlow { Clear, Leave };

// How one target attribute gets its value.
struct AttributeMapping {
    QString target;              // target attribute, e.g. "givenName"
    MappingKind kind = MappingKind::Direct;
    QString source;              // Direct: the HR field
    QString constant;            // Constant: the value
    QString expression;          // Expression: Entra expression text
    ApplyWhen apply = ApplyWhen::Always;
    QString defaultValue;        // used when the value is null
    NullFlow nullFlow = NullFlow::Clear;
    int matchingPrecedence = 0;  // 0: not a matching attribute; 1 is tried first, then 2, …

    [[nodiscard]] static AttributeMapping direct(QString target, QString source, ApplyWhen apply = ApplyWhen::Always);
    [[nodiscard]] static AttributeMapping constantValue(QString target, QString value, ApplyWhen apply = ApplyWhen::Always);
    [[nodiscard]] static AttributeMapping fromExpression(QString target, QString expression,
                                                         ApplyWhen apply = ApplyWhen::Always);

    [[nodiscard]] QString describe() const;   // "direct from FirstName", "constant \"Example\"", "expression …"
    friend bool operator==(const AttributeMapping&, const AttributeMapping&) = default;
};

// Which HR fields (and target attributes) drive the lifecycle. An empty name turns that part off.
struct LifecycleFields {
    QString status = QStringLiteral("Status");
    QStringList terminatedValues{QStringLiteral("Terminated")};
    QStringList leaveValues{QStringLiteral("Leave"), QStringLiteral("On Leave")};
    QString hireDate = QStringLiteral("HireDate");               // yyyy-MM-dd, in the worker's time zone
    QString terminationDate = QStringLiteral("TerminationDate"); // the last day worked, yyyy-MM-dd
    QString displayName = QStringLiteral("DisplayName");         // how the preview names the worker
    QString timeZone = QStringLiteral("TimeZone");               // an IANA id on the worker, if HR has one
    QString location = QStringLiteral("Location");               // looked up in the policy's location zones
    QString managerId = QStringLiteral("ManagerID");             // the manager's worker id
    QString managerAttribute;                                    // target attribute for the manager's account id
    QString conversionAttribute = QStringLiteral("employeeType");// a change here is a conversion
    QString previousWorkerId = QStringLiteral("PreviousWorkerID");// links a rehire that got a new id

    friend bool operator==(const LifecycleFields&, const LifecycleFields&) = default;
};

// All the rules that compute a target account from a worker.
struct MappingSet {
    QList<AttributeMapping> attributes;
    ScopingFilter scope;
    LifecycleFields lifecycle;
    // Entra's "skip out of scope deletions": a worker leaving the scope keeps an enabled account.
    bool skipOutOfScopeDeletions = false;

    // Matching attributes in precedence order (tried in order, the first that matches wins).
    [[nodiscard]] QList<const AttributeMapping*> matchingMappings() const;
    [[nodiscard]] QString primaryMatchingAttribute() const;
    [[nodiscard]] QStringList targetAttributes() const;
    [[nodiscard]] QStringList sourceAttributes() const;   // HR fields the mapping and scope read
    // Every rule is complete, expressions compile, exactly one rule per target, matching ranks unique.
    [[nodiscard]] Result<void> validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<MappingSet> fromJson(const QJsonObject& json);
};

} // namespace Tenure::Models
