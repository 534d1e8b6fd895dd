#pragma once

#include "plan.h"
#include "result.h"

#include <QJsonObject>

namespace Tenure::Models {

// The one JSON form of operations and plans: the store, the CLI and the plan hash use it.
[[nodiscard]] QJsonObject operationToJson(const Operation& operation);
[[nodiscard]] Result<Operation> operationFromJson(const QJsonObject& json);
[[nodiscard]] QJsonObject planToJson(const Plan& plan);
[[nodiscard]] Result<Plan> planFromJson(const QJsonObject& json);

} // namespace Tenure::Models
