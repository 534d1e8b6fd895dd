#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Dates as text, the .NET way, because Entra's date functions are thin wrappers
// over .NET: FormatDateTime takes .NET custom date and time format strings
// (https://learn.microsoft.com/dotnet/standard/base-types/custom-date-and-time-format-strings),
// CDate/Now/DateAdd print "M/d/yyyy h:mm:ss tt" in UTC, invariant culture.
// Every DateTime here is milliseconds since the Unix epoch, UTC.
namespace Tenure::Models::Expr::DateText {

// .NET DateTime's range, 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (to the millisecond).
// Entra's date functions are .NET's, which throw outside it (DateTime.AddYears: "The resulting
// DateTime is less than MinValue or greater than MaxValue"); every DateTime in the language stays
// inside, which also keeps the millisecond and FILETIME arithmetic far from overflowing.
inline constexpr qint64 MinMsecs = -62'135'596'800'000;
inline constexpr qint64 MaxMsecs = 253'402'300'799'999;
[[nodiscard]] constexpr bool inRange(qint64 msecsUtc)
{
    return msecsUtc >= MinMsecs && msecsUtc <= MaxMsecs;
}

// "M/d/yyyy h:mm:ss tt", e.g. "3/16/2020 7:00:00 AM": how Entra prints DateTimes.
// The formatters and toFileTime expect a DateTime inRange().
[[nodiscard]] QString formatDefault(qint64 msecsUtc);

// Formats with a .NET custom format string (invariant culture, UTC: "zzz" prints "+00:00").
// Returns nullopt with `error` set for a format the function cannot honour.
[[nodiscard]] std::optional<QString> format(qint64 msecsUtc, QStringView format, QString* error = nullptr);

// DateTime.ParseExact(text, format, InvariantCulture, styles) as FormatDateTime uses it.
// An offset in the text (z, zz, zzz, K) converts to UTC (Entra's service runs in UTC, so
// .NET's conversion to local time is a conversion to UTC); without one the text is UTC.
// allowWhite: DateTimeStyles.AllowLeadingWhite | AllowTrailingWhite, the documented default.
// Like every parser here, it refuses a date outside inRange() (after the offset is applied).
[[nodiscard]] std::optional<qint64> parseExact(QStringView text, QStringView format, bool allowWhite,
                                               QString* error = nullptr);

// What CDate accepts: ISO 8601 dates with optional time and offset ("2020-03-16-07:00",
// "2009-06-15T01:45:30-07:00", "2021-08-24"), Entra's own "M/d/yyyy h:mm:ss tt" output (so
// Now() and CDate() results feed back into the date functions), and LDAP generalized time
// ("20150123105347.1Z"). Text without an offset is UTC.
[[nodiscard]] std::optional<qint64> parseFlexible(QStringView text);

// Active Directory's integer dates (accountExpires, lastLogonTimestamp): 100-nanosecond
// intervals since 1601-01-01T00:00:00Z (a Windows FILETIME).
[[nodiscard]] qint64 toFileTime(qint64 msecsUtc);
[[nodiscard]] qint64 fromFileTime(qint64 fileTime);

} // namespace Tenure::Models::Expr::DateText
