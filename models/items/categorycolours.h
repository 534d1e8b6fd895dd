#pragma once

#include "models/domain/operation.h"

#include <QString>

namespace Tenure::Models {

// The colour of each category wherever one is drawn (the preview's chart, the PDF export), as
// "#rrggbb" so that this QtCore-only library needs no QColor. Chosen to sit with the console's
// palette: the accent blue for movers, the banners' red for errors and green for joiners, a quiet
// grey for unchanged so that the changes stand out; neighbours in plan order differ in hue.
[[nodiscard]] QString categoryColourName(Category category);

} // namespace Tenure::Models
