#pragma once

#include <QString>

namespace Tenure::App {

// Who is doing this: the operating-system user, recorded on every run (and, later, request and approval).
[[nodiscard]] QString currentOperator();

} // namespace Tenure::App
