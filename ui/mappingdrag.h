#pragma once

#include <QString>

namespace Tenure::Ui {

// The mime type of an HR attribute dragged from the source list onto a target attribute; the
// payload is the attribute's name in UTF-8.
inline QString hrAttributeMimeType() { return QStringLiteral("application/x-tenure-hr-attribute"); }

} // namespace Tenure::Ui
