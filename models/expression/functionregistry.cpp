#include "functions.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace Tenure::Models::Expr {

namespace {

namespace F = Functions;

// Arity as documented by Microsoft; sorted by name (ordinal) for binary search.
// Replace takes up to seven positional arguments; trailing ones may be left out.
constexpr std::array Table = {
    FunctionSpec{"AppRoleAssignmentsComplex", 1, 1, F::entraOnly, "AppRoleAssignmentsComplex([appRoleAssignments])"},
    FunctionSpec{"Append", 2, 2, F::append, "Append(source, suffix)"},
    FunctionSpec{"BitAnd", 2, 2, F::bitAnd, "BitAnd(value1, value2)"},
    FunctionSpec{"CBool", 1, 1, F::cBool, "CBool(expression)"},
    FunctionSpec{"CDate", 1, 1, F::cDate, "CDate(expression)"},
    FunctionSpec{"CRef", 1, 1, F::cRef, "CRef(value)"},
    FunctionSpec{"CStr", 1, 1, F::cStr, "CStr(value)"},
    FunctionSpec{"Coalesce", 1, -1, F::coalesce, "Coalesce(source1, source2, ..., defaultValue)"},
    FunctionSpec{"ConvertFromBase64", 1, 2, F::convertFromBase64, "ConvertFromBase64(source, encoding)"},
    FunctionSpec{"ConvertToBase64", 1, 1, F::convertToBase64, "ConvertToBase64(source)"},
    FunctionSpec{"ConvertToUTF8Hex", 1, 1, F::convertToUtf8Hex, "ConvertToUTF8Hex(source)"},
    FunctionSpec{"Count", 1, 1, F::count, "Count(attribute)"},
    FunctionSpec{"DNComponent", 2, 2, F::dnComponent, "DNComponent(dn, componentNumber)"},
    FunctionSpec{"DateAdd", 3, 3, F::dateAdd, "DateAdd(interval, value, dateTime)"},
    FunctionSpec{"DateDiff", 3, 3, F::dateDiff, "DateDiff(interval, date1, date2)"},
    FunctionSpec{"DateFromNum", 1, 1, F::dateFromNum, "DateFromNum(value)"},
    FunctionSpec{"Error", 1, 1, F::error, "Error(message)"},
    FunctionSpec{"FormatDateTime", 3, 4, F::formatDateTime,
                 "FormatDateTime(source, dateTimeStyles, inputFormat, outputFormat)"},
    FunctionSpec{"Guid", 0, 0, F::guid, "Guid()"},
    FunctionSpec{"IIF", 3, 3, F::iif, "IIF(condition, valueIfTrue, valueIfFalse)"},
    FunctionSpec{"IgnoreFlowIfNullOrEmpty", 1, 1, F::ignoreFlowIfNullOrEmpty, "IgnoreFlowIfNullOrEmpty(expression)"},
    FunctionSpec{"InStr", 2, 4, F::inStr, "InStr(value1, value2, start, compareType)"},
    FunctionSpec{"IsNull", 1, 1, F::isNull, "IsNull(expression)"},
    FunctionSpec{"IsNullOrEmpty", 1, 1, F::isNullOrEmpty, "IsNullOrEmpty(expression)"},
    FunctionSpec{"IsPresent", 1, 1, F::isPresent, "IsPresent(expression)"},
    FunctionSpec{"IsString", 1, 1, F::isString, "IsString(expression)"},
    FunctionSpec{"Item", 2, 2, F::item, "Item(attribute, index)"},
    FunctionSpec{"Join", 2, -1, F::join, "Join(separator, source1, source2, ...)"},
    FunctionSpec{"Left", 2, 2, F::left, "Left(string, numChars)"},
    FunctionSpec{"Mid", 3, 3, F::mid, "Mid(source, start, length)"},
    FunctionSpec{"NormalizeDiacritics", 1, 1, F::normalizeDiacritics, "NormalizeDiacritics(source)"},
    FunctionSpec{"Not", 1, 1, F::notFunction, "Not(source)"},
    FunctionSpec{"Now", 0, 0, F::now, "Now()"},
    FunctionSpec{"NumFromDate", 1, 1, F::numFromDate, "NumFromDate(value)"},
    FunctionSpec{"PCase", 1, 2, F::pCase, "PCase(source, wordSeparators)"},
    FunctionSpec{"RandomString", 5, 6, F::randomString,
                 "RandomString(length, minimumNumbers, minimumSpecialCharacters, minimumCapital, "
                 "minimumLowerCase, charactersToAvoid)"},
    FunctionSpec{"Redact", 1, 1, F::redact, "Redact(value)"},
    FunctionSpec{"RemoveDuplicates", 1, 1, F::removeDuplicates, "RemoveDuplicates(attribute)"},
    FunctionSpec{"Replace", 2, 7, F::replace,
                 "Replace(source, oldValue, regexPattern, regexGroupName, replacementValue, "
                 "replacementAttributeName, template)"},
    FunctionSpec{"SelectUniqueValue", 2, -1, F::selectUniqueValue,
                 "SelectUniqueValue(uniqueValueRule1, uniqueValueRule2, ...)"},
    FunctionSpec{"SingleAppRoleAssignment", 1, 1, F::entraOnly, "SingleAppRoleAssignment([appRoleAssignments])"},
    FunctionSpec{"Split", 2, 2, F::split, "Split(source, delimiter)"},
    FunctionSpec{"StringFromSid", 1, 1, F::stringFromSid, "StringFromSid(objectSid)"},
    FunctionSpec{"StripSpaces", 1, 1, F::stripSpaces, "StripSpaces(source)"},
    FunctionSpec{"Switch", 4, -1, F::switchFunction, "Switch(source, defaultValue, key1, value1, key2, value2, ...)"},
    FunctionSpec{"ToLower", 1, 2, F::toLower, "ToLower(source, culture)"},
    FunctionSpec{"ToUpper", 1, 2, F::toUpper, "ToUpper(source, culture)"},
    FunctionSpec{"Trim", 1, 1, F::trim, "Trim(value)"},
    FunctionSpec{"Word", 3, 3, F::word, "Word(string, wordNumber, delimiters)"},
};

bool lessName(const char* a, const char* b)
{
    return std::string_view(a) < std::string_view(b);
}

// Optimal string alignment distance (Levenshtein plus adjacent transpositions, so "Jion" is one
// edit from "Join"), compared case-insensitively.
int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const bool same = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded();
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1].toCaseFolded() == b[j - 2].toCaseFolded() &&
                a[i - 2].toCaseFolded() == b[j - 1].toCaseFolded())
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

} // namespace

std::span<const FunctionSpec> functionTable()
{
    return Table;
}

const FunctionSpec* findFunction(QStringView name)
{
    if (name.size() > 64)
        return nullptr;
    const QByteArray latin = name.toLatin1();
    const auto it = std::lower_bound(Table.begin(), Table.end(), latin.constData(),
                                     [](const FunctionSpec& f, const char* n) { return lessName(f.name, n); });
    return it != Table.end() && latin == it->name ? &*it : nullptr;
}

const QStringList& knownSymbols()
{
    static const QStringList symbols = {
        QStringLiteral("IgnoreAttributeFlow"), QStringLiteral("vbTextCompare"), QStringLiteral("vbBinaryCompare"),
        QStringLiteral("UTF8"),                QStringLiteral("Unicode"),       QStringLiteral("ASCII"),
    };
    return symbols;
}

QStringList suggestNames(QStringView unknown, bool functionsOnly)
{
    QStringList candidates;
    for (const FunctionSpec& f : Table)
        candidates.append(QString::fromLatin1(f.name));
    if (!functionsOnly)
        candidates += knownSymbols();
    const QStringView probe = unknown.left(64);
    // Allow about one edit in three characters, at least one, at most three.
    const int limit = int(std::clamp<qsizetype>(probe.size() / 3, 1, 3));
    int best = limit + 1;
    QStringList found;
    for (const QString& c : candidates) {
        const int d = editDistance(probe, c);
        if (d < best) {
            best = d;
            found = {c};
        } else if (d == best) {
            found.append(c);
        }
    }
    return best <= limit ? found.mid(0, 3) : QStringList();
}

} // namespace Tenure::Models::Expr
