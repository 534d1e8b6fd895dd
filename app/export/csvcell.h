#pragma once

#include <QString>

namespace Tenure::App {

// One CSV cell per RFC 4180, with formula neutralisation: a value starting with = + - @ TAB or CR
// is prefixed with ' so spreadsheet programs show it as text instead of running it.
[[nodiscard]] QString csvCell(const QString& value);

} // namespace Tenure::App
