#pragma once

namespace Tenure::Ui {

// Registers the icon resources compiled into the static tenure_resources library.
// Call once before the first icon is loaded (main() and tests that build windows do).
void initResources();

} // namespace Tenure::Ui
