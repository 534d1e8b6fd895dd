#pragma once

#include "operation.h"

#include <QByteArray>
#include <QMap>

namespace Tenure::Models {

// The computed list of operations for one directory tenant. A value: the same inputs
// give the same plan, byte for byte, so approvals can bind to its hash.
struct Plan {
    QString tenant;
    QDateTime createdAt;
    QList<Operation> operations;
    QString blockedReason;   // non-empty: a safety rule stopped the plan and nothing may be written
    // Non-empty: the plan crosses the disable/delete threshold and waits, whole, for a second person
    // to release it.
    QString thresholdHold;
    // Workers whose emergency-termination hold HR has caught up with (HR now says terminated).
    QStringList holdsReleasedByHr;

    [[nodiscard]] bool isBlocked() const { return !blockedReason.isEmpty(); }
    [[nodiscard]] bool needsRelease() const { return !thresholdHold.isEmpty(); }
    // Disables and deletes: what the safety threshold counts.
    [[nodiscard]] int removalCount() const;
    [[nodiscard]] QMap<Category, int> countsByCategory() const;
    [[nodiscard]] int writeCount() const;
    // SHA-256 over the operations (not the creation time): what an approval binds to.
    [[nodiscard]] QByteArray hash() const;
};

// SHA-256 of one operation, hex: what an approval of that operation binds to. A re-planned
// operation that is the same to the byte keeps its approval; any change needs a new one.
[[nodiscard]] QString operationHash(const Operation& operation);

} // namespace Tenure::Models
