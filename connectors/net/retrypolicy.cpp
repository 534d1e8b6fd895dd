#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Tenure::Connectors::Net {

using namespace std::chrono;

milliseconds RetryPolicy::backoff(int attempt, double random01) const
{
    const double base = double(backoffBase.count());
    const double exponent = std::min(std::max(attempt - 1, 0), 30);
    const double window = std::min(base * std::pow(2.0, exponent), double(backoffMax.count()));
    const double jittered = window / 2 + window / 2 * std::clamp(random01, 0.0, 1.0);
    return milliseconds(qint64(std::ceil(jittered)));
}

milliseconds RetryPolicy::backoff(int attempt) const
{
    return backoff(attempt, QRandomGenerator::global()->generateDouble());
}

QDateTime parseHttpDate(const QByteArray& value)
{
    const QString text = QString::fromLatin1(value).simplified();
    // Day and month names in HTTP-dates are English whatever the locale (RFC 9110 §5.6.7).
    const QLocale c = QLocale::c();
    for (const char* format : {"ddd, dd MMM yyyy HH:mm:ss 'GMT'",    // IMF-fixdate, the preferred form
                               "dddd, dd-MMM-yy HH:mm:ss 'GMT'",     // obsolete RFC 850
                               "ddd MMM d HH:mm:ss yyyy"}) {         // obsolete asctime()
        QDateTime parsed = c.toDateTime(text, QLatin1String(format));
        if (!parsed.isValid())
            continue;
        // RFC 850's two-digit year: QLocale reads it as 19xx; RFC 9110 says a date more than
        // 50 years in the future is in the past century, so take the closest century.
        if (parsed.date().year() < 1970)
            parsed = parsed.addYears(100);
        parsed.setTimeZone(QTimeZone::utc());
        return parsed;
    }
    return {};
}

std::optional<milliseconds> parseRetryAfter(const QByteArray& value, const QByteArray& dateHeader, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(milliseconds(seconds * 1000));
    const QDateTime until = parseHttpDate(trimmed);
    if (!until.isValid())
        return std::nullopt;
    QDateTime reference = parseHttpDate(dateHeader);
    if (!reference.isValid())
        reference = now;
    const qint64 ms = reference.msecsTo(until);
    return milliseconds(std::max<qint64>(ms, 0));
}

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

} // namespace Tenure::Connectors::Net
