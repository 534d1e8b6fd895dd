#pragma once

#include "models/domain/plan.h"

#include <QByteArray>
#include <QString>

namespace Tenure::App {

// The plan as people and tools read it outside the console. One writer per format, used by the
// CLI and the console's export alike.
[[nodiscard]] QString planAsTable(const Models::Plan& plan);
[[nodiscard]] QByteArray planAsJson(const Models::Plan& plan, qint64 planId);
// One row per attribute change (one row for an operation without changes). Cells a spreadsheet
// would run as a formula are neutralised (OWASP "CSV injection").
[[nodiscard]] QByteArray planAsCsv(const Models::Plan& plan);

// "joiner 12, mover 3, …" in plan order.
[[nodiscard]] QString planCountsLine(const Models::Plan& plan);

} // namespace Tenure::App
