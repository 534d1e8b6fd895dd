#include "datetext.h"

#include <QDate>
#include <QRegularExpression>

#include <array>
#include <limits>

namespace Tenure::Models::Expr::DateText {

namespace {

constexpr qint64 MsecsPerDay = 86'400'000;
constexpr qint64 JulianDayOfUnixEpoch = 2'440'588;
// Seconds from 1601-01-01 to 1970-01-01, the FILETIME epoch offset.
constexpr qint64 FileTimeEpochOffsetMsecs = 11'644'473'600'000LL;

// Invariant culture names (.NET CultureInfo.InvariantCulture.DateTimeFormat).
constexpr std::array<const char*, 12> MonthNames = {"January", "February", "March",     "April",   "May",      "June",
                                                    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> DayNames = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                 "Friday", "Saturday", "Sunday"}; // Qt order: Monday = 1

struct Civil {
    int year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0, msec = 0;
};

Civil toCivil(qint64 msecs)
{
    qint64 days = msecs / MsecsPerDay;
    qint64 rest = msecs % MsecsPerDay;
    if (rest < 0) {
        rest += MsecsPerDay;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + JulianDayOfUnixEpoch);
    Civil c;
    c.year = date.year();
    c.month = date.month();
    c.day = date.day();
    c.hour = int(rest / 3'600'000);
    c.minute = int(rest / 60'000 % 60);
    c.second = int(rest / 1000 % 60);
    c.msec = int(rest % 1000);
    return c;
}

std::optional<qint64> fromCivil(const Civil& c, int offsetMinutes)
{
    // Years outside .NET's 1 to 9999 are refused before any arithmetic: QDate accepts years up to
    // about two billion, whose milliseconds do not fit 64 bits.
    if (c.year < 1 || c.year > 9999)
        return std::nullopt;
    const QDate date(c.year, c.month, c.day);
    if (!date.isValid() || c.hour < 0 || c.hour > 23 || c.minute < 0 || c.minute > 59 || c.second < 0 ||
        c.second > 59)
        return std::nullopt;
    const qint64 days = date.toJulianDay() - JulianDayOfUnixEpoch;
    const qint64 local = days * MsecsPerDay + c.hour * 3'600'000LL + c.minute * 60'000LL + c.second * 1000LL + c.msec;
    const qint64 utc = local - offsetMinutes * 60'000LL;
    // The offset can still carry 9999-12-31 past the end, or 0001-01-01 before the start.
    return inRange(utc) ? std::optional<qint64>(utc) : std::nullopt;
}

QString pad(int value, int width)
{
    return QString::number(value).rightJustified(width, QLatin1Char('0'));
}

int runLength(QStringView s, qsizetype i)
{
    int n = 1;
    while (i + n < s.size() && s[i + n] == s[i])
        ++n;
    return n;
}

// Reads a quoted literal starting at the quote; returns its text and advances i past the closing quote.
QString quotedLiteral(QStringView f, qsizetype& i)
{
    const QChar quote = f[i++];
    QString text;
    while (i < f.size() && f[i] != quote) {
        if (f[i] == QLatin1Char('\\') && i + 1 < f.size())
            ++i;
        text += f[i++];
    }
    ++i; // closing quote (or end)
    return text;
}

} // namespace

QString formatDefault(qint64 msecsUtc)
{
    const Civil c = toCivil(msecsUtc);
    const int h12 = c.hour % 12 == 0 ? 12 : c.hour % 12;
    return QString::number(c.month) + QLatin1Char('/') + QString::number(c.day) + QLatin1Char('/') +
           pad(c.year, 4) + QLatin1Char(' ') + QString::number(h12) + QLatin1Char(':') + pad(c.minute, 2) +
           QLatin1Char(':') + pad(c.second, 2) + (c.hour < 12 ? QLatin1String(" AM") : QLatin1String(" PM"));
}

std::optional<QString> format(qint64 msecsUtc, QStringView f, QString* error)
{
    const Civil c = toCivil(msecsUtc);
    QString out;
    for (qsizetype i = 0; i < f.size();) {
        const QChar ch = f[i];
        if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
            out += quotedLiteral(f, i);
            continue;
        }
        if (ch == QLatin1Char('\\')) {
            if (i + 1 < f.size())
                out += f[i + 1];
            i += 2;
            continue;
        }
        if (ch == QLatin1Char('%')) { // "%d": a one-letter custom specifier
            ++i;
            continue;
        }
        const int n = runLength(f, i);
        switch (ch.unicode()) {
        case 'y':
            out += n <= 2 ? pad(c.year % 100, n) : pad(c.year, n);
            break;
        case 'M':
            out += n <= 2 ? pad(c.month, n) : QString::fromLatin1(MonthNames[c.month - 1]).left(n == 3 ? 3 : -1);
            break;
        case 'd':
            if (n <= 2) {
                out += pad(c.day, n);
            } else {
                const QString name = QString::fromLatin1(DayNames[QDate(c.year, c.month, c.day).dayOfWeek() - 1]);
                out += n == 3 ? name.left(3) : name;
            }
            break;
        case 'h': out += pad(c.hour % 12 == 0 ? 12 : c.hour % 12, qMin(n, 2)); break;
        case 'H': out += pad(c.hour, qMin(n, 2)); break;
        case 'm': out += pad(c.minute, qMin(n, 2)); break;
        case 's': out += pad(c.second, qMin(n, 2)); break;
        case 'f':
        case 'F': {
            if (n > 7) {
                if (error)
                    *error = QStringLiteral("a fraction of a second has at most 7 digits (\"fffffff\")");
                return std::nullopt;
            }
            QString digits = QString(pad(c.msec, 3) + QStringLiteral("0000")).left(n);
            if (ch == QLatin1Char('F')) {
                while (digits.endsWith(QLatin1Char('0')))
                    digits.chop(1);
                // .NET: "If the fraction is zero, ... the decimal point that precedes it is also not displayed."
                if (digits.isEmpty() && out.endsWith(QLatin1Char('.')))
                    out.chop(1);
            }
            out += digits;
            break;
        }
        case 't': out += (c.hour < 12 ? QStringLiteral("AM") : QStringLiteral("PM")).left(n == 1 ? 1 : 2); break;
        case 'z': out += n == 1 ? QStringLiteral("+0") : n == 2 ? QStringLiteral("+00") : QStringLiteral("+00:00"); break;
        case 'K': out += QStringLiteral("Z").repeated(n); break;
        case 'g': out += QStringLiteral("A.D."); break;
        default: out += QString(n, ch); break;
        }
        i += n;
    }
    return out;
}

namespace {

// Reads between minDigits and maxDigits ASCII digits. A format may ask for any number of digits
// ("yyyyyyyyyyyy"); a value too large for an int reads as INT_MAX, which no date field accepts.
bool readDigits(QStringView t, qsizetype& pos, int minDigits, int maxDigits, int& value)
{
    int count = 0;
    qint64 read = 0;
    while (pos < t.size() && count < maxDigits && t[pos] >= QLatin1Char('0') && t[pos] <= QLatin1Char('9')) {
        read = qMin<qint64>(read * 10 + (t[pos].unicode() - '0'), std::numeric_limits<int>::max());
        ++pos;
        ++count;
    }
    value = int(read);
    return count >= minDigits;
}

bool readName(QStringView t, qsizetype& pos, bool abbreviated, const char* const* names, int count, int& index)
{
    for (int k = 0; k < count; ++k) {
        const QString name = QString::fromLatin1(names[k]).left(abbreviated ? 3 : -1);
        if (t.mid(pos).startsWith(name, Qt::CaseInsensitive)) {
            pos += name.size();
            index = k;
            return true;
        }
    }
    return false;
}

bool readOffset(QStringView t, qsizetype& pos, int n, int& minutes)
{
    if (pos >= t.size() || (t[pos] != QLatin1Char('+') && t[pos] != QLatin1Char('-')))
        return false;
    const int sign = t[pos] == QLatin1Char('-') ? -1 : 1;
    ++pos;
    int hours = 0, mins = 0;
    if (!readDigits(t, pos, n == 1 ? 1 : 2, 2, hours))
        return false;
    if (n >= 3) {
        if (pos < t.size() && t[pos] == QLatin1Char(':'))
            ++pos;
        if (!readDigits(t, pos, 2, 2, mins))
            return false;
    }
    minutes = sign * (hours * 60 + mins);
    return hours <= 14 && mins <= 59;
}

} // namespace

std::optional<qint64> parseExact(QStringView text, QStringView f, bool allowWhite, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QStringView t = allowWhite ? text.trimmed() : text;
    Civil c;
    int offset = 0;
    bool pm = false, hasAmPm = false, twelveHour = false;
    qsizetype pos = 0;
    for (qsizetype i = 0; i < f.size();) {
        const QChar ch = f[i];
        if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
            const QString literal = quotedLiteral(f, i);
            if (!t.mid(pos).startsWith(literal))
                return fail(QStringLiteral("expected \"%1\" at position %2").arg(literal).arg(pos + 1));
            pos += literal.size();
            continue;
        }
        if (ch == QLatin1Char('%')) {
            ++i;
            continue;
        }
        QChar literal = ch;
        int n = 1;
        if (ch == QLatin1Char('\\')) {
            literal = i + 1 < f.size() ? f[i + 1] : QChar();
            i += 2;
        } else {
            n = runLength(f, i);
            i += n;
        }
        int v = 0;
        bool ok = true;
        switch (ch == QLatin1Char('\\') ? 0 : ch.unicode()) {
        case 'y':
            ok = readDigits(t, pos, n, n <= 2 ? 2 : n, v);
            // Invariant culture's TwoDigitYearMax is 2049: "49" is 2049, "50" is 1950.
            c.year = n <= 2 ? (v < 50 ? 2000 + v : 1900 + v) : v;
            break;
        case 'M':
            if (n <= 2) {
                ok = readDigits(t, pos, n, 2, c.month);
            } else {
                ok = readName(t, pos, n == 3, MonthNames.data(), 12, v);
                c.month = v + 1;
            }
            break;
        case 'd':
            if (n <= 2)
                ok = readDigits(t, pos, n, 2, c.day);
            else
                ok = readName(t, pos, n == 3, DayNames.data(), 7, v); // checked for form only, as .NET does
            break;
        case 'h': ok = readDigits(t, pos, qMin(n, 2), 2, c.hour); twelveHour = true; break;
        case 'H': ok = readDigits(t, pos, qMin(n, 2), 2, c.hour); break;
        case 'm': ok = readDigits(t, pos, qMin(n, 2), 2, c.minute); break;
        case 's': ok = readDigits(t, pos, qMin(n, 2), 2, c.second); break;
        case 'f':
        case 'F': {
            const qsizetype start = pos;
            ok = n <= 7 && readDigits(t, pos, ch == QLatin1Char('f') ? n : 0, n, v);
            const qsizetype digits = pos - start;
            // Keep milliseconds: scale the fraction to 3 digits.
            int ms = v;
            for (qsizetype k = digits; k < 3; ++k)
                ms *= 10;
            for (qsizetype k = digits; k > 3; --k)
                ms /= 10;
            c.msec = ms;
            break;
        }
        case 't':
            hasAmPm = true;
            if (pos < t.size() && (t[pos].toUpper() == QLatin1Char('A') || t[pos].toUpper() == QLatin1Char('P'))) {
                pm = t[pos].toUpper() == QLatin1Char('P');
                ++pos;
                if (n >= 2)
                    ok = pos < t.size() && t[pos++].toUpper() == QLatin1Char('M');
            } else {
                ok = false;
            }
            break;
        case 'z': ok = readOffset(t, pos, n, offset); break;
        case 'K':
            if (pos < t.size() && t[pos] == QLatin1Char('Z'))
                ++pos;
            else if (pos < t.size() && (t[pos] == QLatin1Char('+') || t[pos] == QLatin1Char('-')))
                ok = readOffset(t, pos, 3, offset);
            break;
        default:
            for (int k = 0; k < n && ok; ++k) {
                ok = pos < t.size() && t[pos] == literal;
                ++pos;
            }
            if (!ok)
                return fail(QStringLiteral("expected \"%1\" at position %2").arg(literal).arg(pos));
            break;
        }
        if (!ok)
            return fail(QStringLiteral("\"%1\" does not match the format \"%2\" at position %3")
                            .arg(text.toString(), f.toString())
                            .arg(pos + 1));
    }
    if (pos != t.size())
        return fail(QStringLiteral("unexpected \"%1\" after the date").arg(t.mid(pos).toString()));
    if (hasAmPm || twelveHour) {
        if (twelveHour && (c.hour < 1 || c.hour > 12))
            return fail(QStringLiteral("hour %1 is not on a 12-hour clock").arg(c.hour));
        if (hasAmPm)
            c.hour = c.hour % 12 + (pm ? 12 : 0);
    }
    const auto result = fromCivil(c, offset);
    if (!result)
        return fail(QStringLiteral("\"%1\" is not a valid date").arg(text.toString()));
    return result;
}

std::optional<qint64> parseFlexible(QStringView input)
{
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$)"));
    static const QRegularExpression us(QStringLiteral(
        R"(^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?)?$)"));
    static const QRegularExpression generalized(
        QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:[.,](\d{1,7}))?(Z|[+-]\d{4})?$)"));

    const QStringView text = input.trimmed();
    auto number = [](const QRegularExpressionMatch& m, int group) { return m.capturedView(group).toInt(); };
    auto fraction = [](QStringView digits) {
        return digits.isEmpty() ? 0 : QString(digits.toString() + QStringLiteral("00")).left(3).toInt();
    };
    auto offsetMinutes = [](QStringView zone) {
        if (zone.isEmpty() || zone == u"Z")
            return 0;
        const int sign = zone[0] == QLatin1Char('-') ? -1 : 1;
        const QString digits = zone.mid(1).toString().remove(QLatin1Char(':'));
        return sign * (digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt());
    };

    if (const auto m = iso.match(text); m.hasMatch()) {
        const Civil c{number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5), number(m, 6),
                      fraction(m.capturedView(7))};
        return fromCivil(c, offsetMinutes(m.capturedView(8)));
    }
    if (const auto m = us.match(text); m.hasMatch()) {
        Civil c{number(m, 3), number(m, 1), number(m, 2), number(m, 4), number(m, 5), number(m, 6), 0};
        if (m.hasCaptured(7)) {
            if (c.hour < 1 || c.hour > 12)
                return std::nullopt;
            c.hour = c.hour % 12 + (m.capturedView(7).front().toUpper() == QLatin1Char('P') ? 12 : 0);
        }
        return fromCivil(c, 0);
    }
    if (const auto m = generalized.match(text); m.hasMatch()) {
        const Civil c{number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5), number(m, 6),
                      fraction(m.capturedView(7))};
        return fromCivil(c, offsetMinutes(m.capturedView(8)));
    }
    return std::nullopt;
}

qint64 toFileTime(qint64 msecsUtc)
{
    return (msecsUtc + FileTimeEpochOffsetMsecs) * 10'000;
}

qint64 fromFileTime(qint64 fileTime)
{
    return fileTime / 10'000 - FileTimeEpochOffsetMsecs;
}

} // namespace Tenure::Models::Expr::DateText
