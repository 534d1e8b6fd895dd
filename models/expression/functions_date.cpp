// Dates: CDate, DateAdd, DateDiff, DateFromNum, NumFromDate, FormatDateTime, Now.
// DateTimes are UTC; they print as "M/d/yyyy h:mm:ss tt" when they leave a function as text.
#include "datetext.h"
#include "functions.h"

#include <QDate>

namespace Tenure::Models::Expr::Functions {

namespace {

constexpr qint64 MsecsPerDay = 86'400'000;
constexpr qint64 MaxFileTime = 2'650'467'743'999'999'999LL; // 9999-12-31T23:59:59.9999999Z

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

QDate dateOf(qint64 msecs)
{
    return QDate::fromJulianDay(floorDiv(msecs, MsecsPerDay) + 2'440'588);
}

qint64 withDate(qint64 msecs, const QDate& date)
{
    const qint64 timeOfDay = msecs - floorDiv(msecs, MsecsPerDay) * MsecsPerDay;
    return (date.toJulianDay() - 2'440'588) * MsecsPerDay + timeOfDay;
}

// Reads a date argument; a null argument makes the whole function null (isNull set).
bool dateArg(const Node& call, EvalState& state, std::size_t i, const char* name, qint64& out, bool& isNull)
{
    const Value v = state.arg(call, i);
    if (state.failed())
        return false;
    if (v.isNullOrEmpty()) {
        isNull = true;
        return true;
    }
    return state.dateTime(call, v, name, out);
}

} // namespace

Value cDate(const Node& call, EvalState& state)
{
    // "The CDate function returns a UTC DateTime from a string."
    qint64 at = 0;
    bool isNull = false;
    if (!dateArg(call, state, 0, "expression", at, isNull) || isNull)
        return {};
    return Value::fromDateTime(at);
}

Value now(const Node& call, EvalState& state)
{
    const qint64 at = state.context().nowMsecsUtc;
    if (!DateText::inRange(at))
        return state.fail(call, QStringLiteral("the current time given to the expression (%1 ms since 1970) is outside "
                                               "the years 1 to 9999")
                                    .arg(at));
    return Value::fromDateTime(at);
}

namespace {

// .NET's DateTime.Add* throw ArgumentOutOfRangeException past 9999-12-31 or before 0001-01-01.
Value dateOrOutOfRange(const Node& call, EvalState& state, std::optional<qint64> at)
{
    if (!at || !DateText::inRange(*at))
        return state.fail(call, QStringLiteral("the resulting date is outside the years 1 to 9999"));
    return Value::fromDateTime(*at);
}

// .NET AddMonths: the same day of the target month, or its last day when the month is shorter.
// Computed directly: QDate::addMonths takes time in proportion to the distance (about 0.1 s for
// DateAdd("yyyy", 100000000, ...)), and the result must be checked against the year range anyway.
std::optional<qint64> addMonths(qint64 at, qint64 months)
{
    const QDate date = dateOf(at);
    const qint64 index = date.year() * 12LL + (date.month() - 1) + months; // |months| <= 1.2e9
    const qint64 year = floorDiv(index, 12);
    if (year < 1 || year > 9999)
        return std::nullopt;
    const int month = int(index - year * 12) + 1;
    const int day = qMin(date.day(), QDate(int(year), month, 1).daysInMonth());
    return withDate(at, QDate(int(year), month, day));
}

} // namespace

Value dateAdd(const Node& call, EvalState& state)
{
    QString interval;
    qint64 amount = 0, at = 0;
    bool isNull = false;
    if (!state.text(call, state.arg(call, 0), "interval", interval) || state.failed() ||
        !state.integer(call, state.arg(call, 1), "value", amount) || !dateArg(call, state, 2, "dateTime", at, isNull))
        return {};
    if (isNull)
        return {};
    // Written as two comparisons: qAbs() of the smallest qint64 overflows.
    if (amount < -100'000'000 || amount > 100'000'000)
        return state.fail(call, QStringLiteral("value %1 is too large").arg(amount));
    // Months and years keep the day where it exists and otherwise use the month's last day
    // (.NET AddMonths: Jan 31 + 1 month is Feb 28/29).
    if (interval == QLatin1String("yyyy"))
        return dateOrOutOfRange(call, state, addMonths(at, amount * 12));
    if (interval == QLatin1String("m"))
        return dateOrOutOfRange(call, state, addMonths(at, amount));
    qint64 unit = 0;
    if (interval == QLatin1String("d"))
        unit = MsecsPerDay;
    else if (interval == QLatin1String("ww"))
        unit = 7 * MsecsPerDay;
    else if (interval == QLatin1String("h"))
        unit = 3'600'000;
    else if (interval == QLatin1String("n"))
        unit = 60'000;
    else if (interval == QLatin1String("s"))
        unit = 1000;
    else
        return state.fail(call, QStringLiteral("unknown interval \"%1\"; use one of yyyy, m, d, ww, h, n, s").arg(interval));
    // |amount * unit| <= 1e8 * 6.048e8 and |at| <= 2.6e14 (inRange): no overflow.
    return dateOrOutOfRange(call, state, at + amount * unit);
}

Value dateDiff(const Node& call, EvalState& state)
{
    // VB DateDiff: the number of interval boundaries crossed from date1 to date2, not elapsed
    // whole intervals. DateDiff("yyyy", Dec 31, Jan 1) is 1; "ww" counts Sundays (the first day
    // of the week) after date1 up to and including date2. Microsoft's example: from
    // 8/25/2021 5:41:18 PM to 2012-03-16-07:00 is -3449 days, -493 weeks, -113 months, -9 years.
    QString interval;
    qint64 a = 0, b = 0;
    bool isNull = false;
    if (!state.text(call, state.arg(call, 0), "interval", interval) || state.failed() ||
        !dateArg(call, state, 1, "date1", a, isNull) || !dateArg(call, state, 2, "date2", b, isNull))
        return {};
    if (isNull)
        return {};
    auto boundaries = [&](qint64 unit) { return floorDiv(b, unit) - floorDiv(a, unit); };
    if (interval == QLatin1String("yyyy"))
        return Value::fromNumber(dateOf(b).year() - dateOf(a).year());
    if (interval == QLatin1String("m")) {
        const QDate da = dateOf(a), db = dateOf(b);
        return Value::fromNumber((db.year() - da.year()) * 12LL + (db.month() - da.month()));
    }
    if (interval == QLatin1String("d"))
        return Value::fromNumber(boundaries(MsecsPerDay));
    if (interval == QLatin1String("ww")) {
        // 1970-01-01 was a Thursday: shifting by 4 days puts week boundaries on Sundays.
        const qint64 shift = 4 * MsecsPerDay;
        return Value::fromNumber(floorDiv(b + shift, 7 * MsecsPerDay) - floorDiv(a + shift, 7 * MsecsPerDay));
    }
    if (interval == QLatin1String("h"))
        return Value::fromNumber(boundaries(3'600'000));
    if (interval == QLatin1String("n"))
        return Value::fromNumber(boundaries(60'000));
    if (interval == QLatin1String("s"))
        return Value::fromNumber(boundaries(1000));
    return state.fail(call, QStringLiteral("unknown interval \"%1\"; use one of yyyy, m, d, ww, h, n, s").arg(interval));
}

Value dateFromNum(const Node& call, EvalState& state)
{
    // "converts a value in AD's date format to a DateTime": DateFromNum(129699324000000000) is
    // 2012-01-01 23:00:00.
    const Value v = state.arg(call, 0);
    qint64 fileTime = 0;
    if (state.failed() || v.isNullOrEmpty() || !state.integer(call, v, "value", fileTime))
        return {};
    if (fileTime < 0 || fileTime > MaxFileTime)
        return state.fail(call, QStringLiteral("%1 is not a date (AD uses 0 and 9223372036854775807 for \"never\")")
                                    .arg(fileTime));
    return Value::fromDateTime(DateText::fromFileTime(fileTime));
}

Value numFromDate(const Node& call, EvalState& state)
{
    // "converts a DateTime value to Active Directory format that is required to set attributes
    // like accountExpires": 100-nanosecond intervals since 1601-01-01 UTC.
    qint64 at = 0;
    bool isNull = false;
    if (!dateArg(call, state, 0, "value", at, isNull) || isNull)
        return {};
    const qint64 fileTime = DateText::toFileTime(at);
    if (fileTime < 0)
        return state.fail(call, QStringLiteral("dates before 1601 have no Active Directory form"));
    return Value::fromNumber(fileTime);
}

Value formatDateTime(const Node& call, EvalState& state)
{
    // FormatDateTime(source, dateTimeStyles, inputFormat, outputFormat) in app provisioning;
    // FormatDateTime(source, inputFormat, outputFormat) in cloud sync. "If left empty, the
    // default value used is DateTimeStyles.RoundtripKind, DateTimeStyles.AllowLeadingWhite,
    // DateTimeStyles.AllowTrailingWhite".
    const bool withStyles = call.args.size() == 4;
    const std::size_t inIndex = withStyles ? 2 : 1;
    const Value source = state.arg(call, 0);
    QString text, styles, inputFormat, outputFormat;
    if (state.failed() || !state.text(call, source, "source", text) ||
        (withStyles && !state.text(call, state.arg(call, 1), "dateTimeStyles", styles)) ||
        !state.text(call, state.arg(call, inIndex), "inputFormat", inputFormat) ||
        !state.text(call, state.arg(call, inIndex + 1), "outputFormat", outputFormat) || state.failed())
        return {};
    if (source.isNullOrEmpty())
        return {};
    qint64 at = 0;
    if (source.kind == Value::Kind::DateTime) {
        // Already a date (CDate, DateAdd, Now): nothing to parse.
        at = source.number;
    } else {
        const bool allowWhite = styles.isEmpty() || styles.contains(QLatin1String("White"));
        QString why;
        const auto parsed = DateText::parseExact(text, inputFormat, allowWhite, &why);
        if (!parsed)
            return state.fail(call, QStringLiteral("\"%1\" does not match the input format \"%2\": %3")
                                        .arg(text.left(100), inputFormat, why));
        at = *parsed;
    }
    QString why;
    auto formatted = DateText::format(at, outputFormat, &why);
    if (!formatted)
        return state.fail(call, QStringLiteral("output format \"%1\": %2").arg(outputFormat, why));
    return Value::fromString(std::move(*formatted));
}

} // namespace Tenure::Models::Expr::Functions
