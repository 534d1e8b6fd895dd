#pragma once

#include <QDateTime>
#include <QLocale>

namespace Tenure::Ui {

// A stored time (UTC) as a person reads it in the console: local time, to the minute.
[[nodiscard]] inline QString peopleTime(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace Tenure::Ui
