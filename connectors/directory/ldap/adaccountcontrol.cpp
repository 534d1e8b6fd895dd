#include "adaccountcontrol.h"

#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace Tenure::Connectors::Ad {
namespace {

// Seconds from 1601-01-01 (the FILETIME epoch) to 1970-01-01 (the Unix epoch).
constexpr qint64 fileTimeEpochOffsetSeconds = 11644473600LL;
constexpr qint64 intervalsPerMillisecond = 10000;
constexpr qint64 never = std::numeric_limits<qint64>::max();

QString fileTimeOf(const QDateTime& when)
{
    const qint64 ms = when.toMSecsSinceEpoch() + fileTimeEpochOffsetSeconds * 1000;
    return QString::number(ms * intervalsPerMillisecond);
}

} // namespace

std::optional<qint64> parseAccountControl(const QString& value)
{
    bool ok = false;
    const qint64 parsed = value.trimmed().toLongLong(&ok);
    // The Integer syntax is a signed 32-bit value; AD returns the bits as a signed decimal.
    if (!ok || parsed < std::numeric_limits<qint32>::min() || parsed > std::numeric_limits<quint32>::max())
        return std::nullopt;
    return parsed & 0xFFFFFFFFLL;
}

bool isDisabled(const QStringList& values)
{
    if (values.isEmpty())
        return false;
    const auto flags = parseAccountControl(values.constFirst());
    return flags && (*flags & AccountDisable) != 0;
}

qint64 withDisabled(qint64 current, bool disabled)
{
    return disabled ? (current | AccountDisable) : (current & ~AccountDisable);
}

std::optional<QString> accountExpiresValue(const QString& value)
{
    const QString text = value.trimmed();
    if (text.isEmpty() || text.compare(QLatin1String("never"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("0");
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber) {
        if (number == never || number == 0)
            return QStringLiteral("0");
        if (number < 0)
            return std::nullopt;
        return QString::number(number);
    }
    // A bare date (QDate's ISO parser would also take the date part of a date-time).
    if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid() && text.size() == 10)
        return fileTimeOf(date.addDays(1).startOfDay(QTimeZone::utc()));
    if (const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs); when.isValid()) {
        // Without an offset the time is taken as UTC, never as this machine's local time.
        const QDateTime utc = when.timeSpec() == Qt::LocalTime ? QDateTime(when.date(), when.time(), QTimeZone::utc())
                                                               : when.toUTC();
        return fileTimeOf(utc);
    }
    return std::nullopt;
}

QDateTime accountExpiresDateTime(const QString& fileTime)
{
    bool ok = false;
    const qint64 intervals = fileTime.trimmed().toLongLong(&ok);
    if (!ok || intervals <= 0 || intervals == never)
        return {};
    return QDateTime::fromMSecsSinceEpoch(intervals / intervalsPerMillisecond - fileTimeEpochOffsetSeconds * 1000,
                                          QTimeZone::utc());
}

} // namespace Tenure::Connectors::Ad
