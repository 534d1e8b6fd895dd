#pragma once

#include "models/domain/operation.h"

#include <QList>
#include <QString>

namespace Tenure::Models {

// What a person reads for a category, an operation and an outcome ("Joiner", "Create",
// "Confirmed"): translated, unlike the stable names the CLI and JSON use.
[[nodiscard]] QString categoryLabel(Category category);
[[nodiscard]] QString operationKindLabel(OperationKind kind);
[[nodiscard]] QString outcomeStateLabel(OutcomeState state);

// Every category in plan order, for the count chips.
[[nodiscard]] QList<Category> allCategories();

} // namespace Tenure::Models
