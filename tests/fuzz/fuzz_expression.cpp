// libFuzzer target for the mapping expression language (models/expression): the lexer, the
// parser and its compile-time checks, and the evaluator with every function on what compiles.
//
// An input is an expression in UTF-8, optionally followed by attribute values: after the first
// NUL byte, NUL-separated chunks are the values of the attributes the expression reads, in the
// order referencedAttributes() lists them (a 0x1E byte inside a chunk separates the values of a
// multi-valued attribute). Attributes without a chunk come from a fixed HR record, or, for names
// the fuzzer invents, from a fixed palette of awkward values chosen by the name. When the input
// has an even length it is also tried as UTF-16, which is how lone surrogates reach the lexer.
//
// Invariants, checked on every input; a broken one aborts, which libFuzzer reports as a crash and
// saves the input:
//  - a parse error has a message and a line and column inside the input (the column may be one
//    past the end of its line: "the expression ends where ..."); compile() and
//    compileWithDiagnostic() agree; compiling the same text twice gives the same diagnostic;
//  - a compiled expression keeps its text, lists its attributes sorted and unique, each written
//    as [name] in the text;
//  - evaluating with a fixed record, a fixed Now() and a seeded random generator never crashes;
//    the result is well formed; an error is InvalidInput, or Conflict from SelectUniqueValue, has
//    a message naming the worker and a line and column inside the input; evaluating again gives
//    the same result; no value longer than EvalContext::maxValueLength comes out; evaluating with
//    no record at all never crashes either;
//  - results outlive the expression and the record they came from.
// The sanitizers add: no memory error, no leak, no undefined behaviour (overflow included).
#include "models/expression/expression.h"

#include <QByteArrayView>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>

using namespace Tenure::Models;
using namespace Tenure::Models::Expr;

namespace {

const QString FuzzWorker = QStringLiteral("W-FUZZ-1");
// 2021-07-02T15:33:38Z, the Now() of Microsoft's DateDiff example.
constexpr qint64 FixedNow = 1'625'240'018'000;
// Far below the product's default, so inputs that grow values (nested Replace, Join, &) reach the
// limit in microseconds and the fuzzer spends its time elsewhere; the code paths are the same.
constexpr qsizetype FuzzMaxValueLength = 64 * 1024;

[[noreturn]] void violated(const QString& expression, const char* invariant, const QString& detail)
{
    std::fprintf(stderr, "\nINVARIANT BROKEN: %s\n  detail: %s\n  expression (%lld UTF-16 units): %s\n", invariant,
                 qUtf8Printable(detail), static_cast<long long>(expression.size()),
                 qUtf8Printable(expression.left(2000)));
    std::abort();
}

#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            violated(text, #condition, detail);                                                                        \
    } while (false)

// Characters per line as the lexer counts them: lines end at '\n', a surrogate pair is one
// character.
std::vector<int> lineLengths(const QString& text)
{
    std::vector<int> lengths{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n'))
            lengths.push_back(0);
        else if (!(c.isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++lengths.back();
    }
    return lengths;
}

bool insideInput(const std::vector<int>& lines, int line, int column)
{
    return line >= 1 && line <= int(lines.size()) && column >= 1 && column <= lines[std::size_t(line - 1)] + 1;
}

// "line L, column C" as the evaluator writes an error's detail.
bool parseLineColumn(const QString& detail, int& line, int& column)
{
    const QStringList parts = detail.split(QLatin1Char(' '));
    if (parts.size() != 4 || parts[0] != QLatin1String("line") || parts[2] != QLatin1String("column"))
        return false;
    bool okLine = false, okColumn = false;
    line = parts[1].chopped(1).toInt(&okLine);
    column = parts[3].toInt(&okColumn);
    return okLine && okColumn && parts[1].endsWith(QLatin1Char(','));
}

// A worker as an HR export gives it: diacritics, an apostrophe, an empty value, a multi-valued
// attribute, dates in the shapes Microsoft's examples use, a DN with an escaped comma, a SID.
const Attributes& baseRecord()
{
    static const Attributes record = [] {
        Attributes r;
        auto set = [&r](const char* name, QStringList values) { r.insert(QString::fromLatin1(name), values); };
        set("WorkerID", {QStringLiteral("W10042")});
        set("FirstName", {QStringLiteral("Zoë")});
        set("LastName", {QStringLiteral("O'Brien-Łukasz")});
        set("PreferredName", {QString()});
        set("Department", {QStringLiteral("Research & Development")});
        set("City", {QStringLiteral("Zürich")});
        set("country", {QStringLiteral("USA")});
        set("Active", {QStringLiteral("1")});
        set("StatusHireDate", {QStringLiteral("2012-03-16-07:00")});
        set("HireDate", {QStringLiteral("2021-07-05")});
        set("extensionAttribute1", {QStringLiteral("20150123105347.1Z")});
        set("accountExpires", {QStringLiteral("129699324000000000")});
        set("telephoneNumber", {QStringLiteral("+1 (425) 555-0100")});
        set("manager", {QStringLiteral("cn=Ann\\, Lee,ou=Sales,dc=contoso,dc=com")});
        set("objectSid", {QStringLiteral("AQUAAAAAAAUVAAAAoGXPfnhLm1/nfIdwCgIAAA==")});
        set("proxyAddresses", {QStringLiteral("SMTP:zoe@contoso.com"), QStringLiteral("smtp:z.obrien@contoso.com"),
                               QStringLiteral("SMTP:zoe@contoso.com")});
        set("userPrincipalName", {QStringLiteral("zoe.obrien@contoso.com")});
        return r;
    }();
    return record;
}

// Values for attribute names the fuzzer makes up, picked by the name so a run is reproducible.
AttributeValue paletteValue(const QString& name)
{
    static const std::vector<AttributeValue> palette = {
        {},
        {QString()},
        {QStringLiteral("x")},
        {QStringLiteral("13")},
        {QStringLiteral("-9223372036854775808")},
        {QStringLiteral("9223372036854775807")},
        {QStringLiteral("True")},
        {QStringLiteral("2020-02-29T23:59:59.9999999+14:00")},
        {QStringLiteral("12/31/9999 11:59:59 PM")},
        {QStringLiteral("0001-01-01")},
        {QStringLiteral("a"), QString(), QStringLiteral("b")},
        {QStringLiteral("ﬀ ß İ ǅ Ω ✓ 😀")},
        {QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00)},
        {QString(1000, QLatin1Char('a'))},
        {QStringLiteral("S-1-5-21-1")},
        {QStringLiteral("  padded  ")},
    };
    return palette[std::size_t(qHash(name, 0) % palette.size())];
}

struct Input {
    QString expression;
    std::vector<AttributeValue> values; // for referencedAttributes(), in order
};

Input splitInput(const uint8_t* data, size_t size)
{
    Input input;
    const QByteArrayView bytes(data, qsizetype(size));
    qsizetype end = bytes.indexOf('\0');
    if (end < 0)
        end = bytes.size();
    input.expression = QString::fromUtf8(bytes.first(end));
    qsizetype pos = end;
    while (pos < bytes.size()) {
        ++pos; // the NUL
        qsizetype next = bytes.sliced(pos).indexOf('\0');
        next = next < 0 ? bytes.size() : pos + next;
        AttributeValue value;
        for (const QByteArray& part : bytes.sliced(pos, next - pos).toByteArray().split('\x1e'))
            value.append(QString::fromUtf8(part));
        input.values.push_back(std::move(value));
        pos = next;
    }
    return input;
}

Attributes recordFor(const Expression& compiled, const std::vector<AttributeValue>& values)
{
    Attributes record = baseRecord();
    const QStringList names = compiled.referencedAttributes();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (std::size_t(i) < values.size())
            record.insert(names[i], values[std::size_t(i)]);
        else if (!record.contains(names[i]))
            record.insert(names[i], paletteValue(names[i]));
    }
    return record;
}

bool isTaken(const QString& candidate)
{
    // What the target already holds: the obvious forms of the base record's worker, so
    // SelectUniqueValue seeds reach both "unique" and "every candidate taken".
    static const QStringList taken = {QStringLiteral("zoe.obrien@contoso.com"), QStringLiteral("zobrien"),
                                      QStringLiteral("ZOBrien"), QStringLiteral("x"), QStringLiteral("13")};
    return taken.contains(candidate);
}

QString describe(const Result<EvalResult>& r)
{
    if (!r)
        return QStringLiteral("error %1: %2 (%3)").arg(Error::codeName(r.error().code), r.error().message, r.error().detail);
    QString s = QStringLiteral("kind %1 flows %2 redacted %3: ").arg(int(r->kind)).arg(r->flows).arg(r->redacted);
    return s + r->string + QLatin1Char('|') + r->list.join(QLatin1Char('|'));
}

void checkEvaluation(const QString& text, const Expression& compiled, const Result<EvalResult>& result,
                     const std::vector<int>& lines, bool namedWorker)
{
    if (result) {
        qsizetype size = result->string.size() + result->list.size();
        for (const QString& v : result->list)
            size += v.size();
        FUZZ_CHECK(size <= FuzzMaxValueLength, describe(result).left(200));
        switch (result->kind) {
        case EvalResult::Kind::Null: FUZZ_CHECK(result->string.isEmpty() && result->list.isEmpty(), describe(result)); break;
        case EvalResult::Kind::String: FUZZ_CHECK(result->list.isEmpty(), describe(result)); break;
        case EvalResult::Kind::List: FUZZ_CHECK(result->string.isEmpty(), describe(result)); break;
        }
        return;
    }
    const Error& e = result.error();
    FUZZ_CHECK(e.code == ErrorCode::InvalidInput || (e.code == ErrorCode::Conflict && compiled.usesSelectUniqueValue()),
               describe(result));
    FUZZ_CHECK(!e.message.isEmpty(), describe(result));
    if (namedWorker) {
        FUZZ_CHECK(e.message.contains(FuzzWorker), describe(result));
        FUZZ_CHECK(e.context.workerId == FuzzWorker, describe(result));
    }
    int line = 0, column = 0;
    FUZZ_CHECK(parseLineColumn(e.detail, line, column), describe(result));
    FUZZ_CHECK(insideInput(lines, line, column), describe(result));
}

// Compiles and checks the parse invariants; nullopt when the text does not compile.
std::optional<Expression> compileChecked(const QString& text, const std::vector<int>& lines)
{
    const auto compiled = Expression::compileWithDiagnostic(text);
    const auto again = Expression::compile(text);
    if (!compiled) {
        const Diagnostic& d = compiled.error();
        FUZZ_CHECK(!d.message.isEmpty(), d.describe());
        FUZZ_CHECK(insideInput(lines, d.line, d.column), d.describe());
        FUZZ_CHECK(!again.has_value(), d.describe());
        FUZZ_CHECK(again.error().code == ErrorCode::InvalidInput, again.error().message);
        FUZZ_CHECK(again.error().message == d.describe(), again.error().message);
        FUZZ_CHECK(again.error().context.line == d.line, again.error().message);
        return std::nullopt;
    }
    FUZZ_CHECK(again.has_value(), again.error().message);
    FUZZ_CHECK(compiled->text() == text, compiled->text());
    const QStringList names = compiled->referencedAttributes();
    for (qsizetype i = 0; i < names.size(); ++i) {
        FUZZ_CHECK(i == 0 || names[i - 1] < names[i], names.join(QLatin1Char(',')));
        FUZZ_CHECK(text.contains(QLatin1Char('[') + names[i] + QLatin1Char(']')), names[i]);
    }
    FUZZ_CHECK(!compiled->usesSelectUniqueValue() || text.contains(QLatin1String("SelectUniqueValue")), text);
    return *compiled;
}

void checkExpression(const QString& text, const std::vector<AttributeValue>& values)
{
    const std::vector<int> lines = lineLengths(text);
    Result<EvalResult> first, bare;
    QString firstSeen;
    {
        const std::optional<Expression> compiled = compileChecked(text, lines);
        if (!compiled)
            return;
        const Attributes record = recordFor(*compiled, values);
        auto evaluate = [&] {
            QRandomGenerator random(42);
            EvalContext context;
            context.record = &record;
            context.nowMsecsUtc = FixedNow;
            context.workerId = FuzzWorker;
            context.isTaken = isTaken;
            context.random = &random;
            context.maxValueLength = FuzzMaxValueLength;
            return compiled->evaluate(context);
        };
        first = evaluate();
        checkEvaluation(text, *compiled, first, lines, true);
        firstSeen = describe(first);
        const auto second = evaluate();
        FUZZ_CHECK(firstSeen == describe(second), firstSeen + QStringLiteral(" / ") + describe(second));

        QRandomGenerator random(7);
        EvalContext context; // no record, no worker id, nothing taken
        context.nowMsecsUtc = FixedNow;
        context.random = &random;
        context.maxValueLength = FuzzMaxValueLength;
        bare = compiled->evaluate(context);
        checkEvaluation(text, *compiled, bare, lines, false);
    }
    // The expression and its record are gone: a result must not point into either (AddressSanitizer
    // reports a use after free here if it does).
    FUZZ_CHECK(describe(first) == firstSeen, describe(first) + QStringLiteral(" / ") + firstSeen);
    (void)describe(bare);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Input input = splitInput(data, size);
    checkExpression(input.expression, input.values);
    if (size >= 2 && size % 2 == 0) {
        // Copied rather than reinterpreted: the input need not be aligned for char16_t.
        QString utf16(qsizetype(size / 2), Qt::Uninitialized);
        std::memcpy(utf16.data(), data, size);
        checkExpression(utf16, {});
    }
    return 0;
}
