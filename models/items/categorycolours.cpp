#include "categorycolours.h"

namespace Tenure::Models {

QString categoryColourName(Category category)
{
    switch (category) {
    case Category::Error: return QStringLiteral("#a4262c");
    case Category::Joiner: return QStringLiteral("#107c10");
    case Category::Mover: return QStringLiteral("#1f4e79");
    case Category::Leaver: return QStringLiteral("#c75b12");
    case Category::Rehire: return QStringLiteral("#7a3e9d");
    case Category::Conversion: return QStringLiteral("#00788a");
    case Category::LeaveOfAbsence: return QStringLiteral("#a67c00");
    case Category::FutureDated: return QStringLiteral("#4a90d9");
    case Category::Held: return QStringLiteral("#8a5300");
    case Category::Unchanged: return QStringLiteral("#a3adb8");
    }
    return QStringLiteral("#6b7785");
}

} // namespace Tenure::Models
