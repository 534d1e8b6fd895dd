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

    [[nodiscard]] bool isBlocked() const { return !blockedReason.isEmpty(); }
    [[nodiscard]] QMap<Category, int> countsByCategory() const;
    [[nodiscard]] int writeCount() const;
    // SHA-256 over the operations (not the creation time): what an approval binds to.
    [[nodiscard]] QByteArray hash() const;
};

} // namespace Tenure::Models
