// Text functions: Append, Left, Mid, InStr, StripSpaces, Trim, ToLower, ToUpper, PCase, Word.
// Indexes are 1-based, as in VB and Microsoft's reference.
#include "functions.h"

#include <QLocale>

namespace Tenure::Models::Expr::Functions {

namespace {

bool textArg(const Node& call, EvalState& state, std::size_t i, const char* name, QString& out)
{
    const Value v = state.arg(call, i);
    return !state.failed() && state.text(call, v, name, out);
}

bool integerArg(const Node& call, EvalState& state, std::size_t i, const char* name, qint64& out)
{
    const Value v = state.arg(call, i);
    return !state.failed() && state.integer(call, v, name, out);
}

} // namespace

Value append(const Node& call, EvalState& state)
{
    const Value source = state.arg(call, 0);
    QString s, suffix;
    if (state.failed() || !state.text(call, source, "source", s) || !textArg(call, state, 1, "suffix", suffix))
        return {};
    // A null source stays null rather than becoming the bare suffix ("@contoso.com" is not a UPN).
    if (source.isNull())
        return {};
    return Value::fromString(s + suffix);
}

Value left(const Node& call, EvalState& state)
{
    // Microsoft: "If numChars = 0, return empty string. If numChars < 0, return input string.
    // If string is null, return empty string."
    QString s;
    qint64 n = 0;
    if (!textArg(call, state, 0, "string", s) || !integerArg(call, state, 1, "numChars", n))
        return {};
    if (n < 0)
        return Value::fromString(s);
    return Value::fromString(s.left(qsizetype(qMin<qint64>(n, s.size()))));
}

Value mid(const Node& call, EvalState& state)
{
    // "First character in the string has an index of 1 ... If length ends outside the source
    // string, function returns substring from start index until end of source string."
    const Value source = state.arg(call, 0);
    QString s;
    qint64 start = 0, length = 0;
    if (state.failed() || !state.text(call, source, "source", s) || !integerArg(call, state, 1, "start", start) ||
        !integerArg(call, state, 2, "length", length))
        return {};
    if (start < 1)
        return state.fail(call, QStringLiteral("start must be 1 or more (the first character is 1), got %1").arg(start));
    if (length < 0)
        return state.fail(call, QStringLiteral("length must not be negative, got %1").arg(length));
    if (source.isNull())
        return {};
    if (start > s.size())
        return Value::fromString(QString());
    return Value::fromString(s.mid(qsizetype(start - 1), qsizetype(qMin<qint64>(length, s.size()))));
}

Value inStr(const Node& call, EvalState& state)
{
    // VB InStr: the 1-based position of the first occurrence at or after start, 0 if none.
    const Value haystackValue = state.arg(call, 0);
    QString haystack, needle;
    if (state.failed() || !state.text(call, haystackValue, "value1", haystack) ||
        !textArg(call, state, 1, "value2", needle))
        return {};
    qint64 start = 1;
    if (!call.isOmitted(2) && !integerArg(call, state, 2, "start", start))
        return {};
    if (start < 1)
        return state.fail(call, QStringLiteral("start must be 1 or more, got %1").arg(start));
    Qt::CaseSensitivity cs = Qt::CaseSensitive;
    if (!call.isOmitted(3)) {
        QString compare;
        if (!textArg(call, state, 3, "compareType", compare))
            return {};
        if (compare == QLatin1String("vbTextCompare"))
            cs = Qt::CaseInsensitive;
        else if (compare != QLatin1String("vbBinaryCompare"))
            return state.fail(call, QStringLiteral("compareType must be vbTextCompare or vbBinaryCompare"));
    }
    if (haystackValue.isNull())
        return {};
    if (start > haystack.size())
        return Value::fromNumber(0);
    if (needle.isEmpty())
        return Value::fromNumber(start);
    return Value::fromNumber(haystack.indexOf(needle, qsizetype(start - 1), cs) + 1);
}

Value stripSpaces(const Node& call, EvalState& state)
{
    // "Removes all space (" ") characters": U+0020 only, not tabs or other white space.
    return mapText(call, state, state.arg(call, 0), [](QString s) { return s.remove(QLatin1Char(' ')); });
}

Value trim(const Node& call, EvalState& state)
{
    // .NET String.Trim: leading and trailing Unicode white space; each value of a multi-valued
    // attribute ("Trim([proxyAddresses])").
    return mapText(call, state, state.arg(call, 0), [](const QString& s) { return s.trimmed(); });
}

namespace {

Value changeCase(const Node& call, EvalState& state, bool upper)
{
    // "If there's no culture info specified, then it uses Invariant culture."
    const Value source = state.arg(call, 0);
    if (state.failed())
        return {};
    QString culture;
    if (!call.isOmitted(1) && !textArg(call, state, 1, "culture", culture))
        return {};
    if (culture.isEmpty())
        return mapText(call, state, source, [upper](const QString& s) { return upper ? s.toUpper() : s.toLower(); });
    const QLocale locale(culture);
    return mapText(call, state, source,
                   [&locale, upper](const QString& s) { return upper ? locale.toUpper(s) : locale.toLower(s); });
}

// .NET TextInfo.ToTitleCase's word separators, as Microsoft lists them for PCase.
bool isDefaultWordSeparator(QChar c)
{
    switch (c.category()) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other: return true;
    default: return false;
    }
}

} // namespace

Value toLower(const Node& call, EvalState& state)
{
    return changeCase(call, state, false);
}

Value toUpper(const Node& call, EvalState& state)
{
    return changeCase(call, state, true);
}

Value pCase(const Node& call, EvalState& state)
{
    // "converts the first character of each word in a string to upper case, and all other
    // characters are converted to lower case" ("PABLO GONSALVES (SECOND)" -> "Pablo Gonsalves
    // (Second)"): lower-case everything first, because .NET's ToTitleCase alone would keep
    // all-capital words as acronyms.
    const Value source = state.arg(call, 0);
    if (state.failed())
        return {};
    QString separators;
    const bool custom = !call.isOmitted(1);
    if (custom && !textArg(call, state, 1, "wordSeparators", separators))
        return {};
    return mapText(call, state, source, [&](const QString& s) {
        QString out = s.toLower();
        bool atWordStart = true;
        for (QChar& c : out) {
            const bool separator = custom ? separators.contains(c) : isDefaultWordSeparator(c);
            if (separator) {
                atWordStart = true;
            } else if (atWordStart) {
                c = c.toTitleCase();
                atWordStart = false;
            }
        }
        return out;
    });
}

Value word(const Node& call, EvalState& state)
{
    // "If number < 1, returns empty string. If string is null, returns empty string. If string
    // contains less than number words ... an empty string is returned." Words are runs of
    // characters between any of the delimiter characters.
    QString s, delimiters;
    qint64 number = 0;
    if (!textArg(call, state, 0, "string", s) || !integerArg(call, state, 1, "wordNumber", number) ||
        !textArg(call, state, 2, "delimiters", delimiters))
        return {};
    if (number < 1)
        return Value::fromString(QString());
    qint64 index = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && delimiters.contains(s[i]))
            ++i;
        const qsizetype start = i;
        while (i < s.size() && !delimiters.contains(s[i]))
            ++i;
        if (i > start && ++index == number)
            return Value::fromString(s.mid(start, i - start));
    }
    return Value::fromString(QString());
}

} // namespace Tenure::Models::Expr::Functions
