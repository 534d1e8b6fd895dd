// Parsing: what compiles, what does not, and whether the error tells a person where and why.
#include "models/expression/expression.h"
#include "models/expression/functions.h"

#include <QTest>

using namespace Tenure::Models;
using namespace Tenure::Models::Expr;

class TestExpressionParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void functionTableIsSortedForLookup();
    void validExpressionsCompile_data();
    void validExpressionsCompile();
    void errorsNamePositionAndCause_data();
    void errorsNamePositionAndCause();
    void compileErrorIsAResultWithLine();
    void referencedAttributesAreSortedAndUnique();
    void compiledExpressionIsSharedAcrossCopies();
};

void TestExpressionParser::functionTableIsSortedForLookup()
{
    const auto table = functionTable();
    for (std::size_t i = 1; i < table.size(); ++i)
        QVERIFY2(std::string_view(table[i - 1].name) < std::string_view(table[i].name), table[i].name);
    for (const FunctionSpec& f : table)
        QCOMPARE(findFunction(QString::fromLatin1(f.name)), &f);
    QCOMPARE(table.size(), std::size_t(49));
}

void TestExpressionParser::validExpressionsCompile_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("attribute alone") << QStringLiteral("[givenName]");
    QTest::newRow("attribute with spaces") << QStringLiteral("[Preferred Name.First]");
    QTest::newRow("string alone") << QStringLiteral("\"constant\"");
    QTest::newRow("no arguments") << QStringLiteral("Guid()");
    QTest::newRow("all seven Replace positions omitted but two")
        << QStringLiteral("Replace([mail], \"@contoso.com\", , ,\"\", ,)");
    QTest::newRow("multi-line") << QStringLiteral("Switch([Active], ,\n  \"1\", \"False\",\n  \"0\", \"True\")");
    QTest::newRow("parenthesised") << QStringLiteral("((\"a\") & ([b]))");
    QTest::newRow("comparison in IIF") << QStringLiteral("IIF(Count([m]) >= 2, \"many\", \"few\")");
    QTest::newRow("hex") << QStringLiteral("BitAnd(&H10, &Hff)");
    QTest::newRow("smallest hex number") << QStringLiteral("BitAnd(&H8000000000000000, -&H7FFFFFFFFFFFFFFF)");
    QTest::newRow("keyword") << QStringLiteral("IIF([a]=\"1\", [b], IgnoreAttributeFlow)");
    QTest::newRow("nested at the depth limit")
        << QStringLiteral("Trim(").repeated(MaxNestingDepth) + QStringLiteral("[x]") + QStringLiteral(")").repeated(MaxNestingDepth);
}

void TestExpressionParser::validExpressionsCompile()
{
    QFETCH(QString, expression);
    const auto compiled = Expression::compileWithDiagnostic(expression);
    QVERIFY2(compiled.has_value(), compiled ? "" : qPrintable(compiled.error().describe()));
}

void TestExpressionParser::errorsNamePositionAndCause_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    auto row = [](const char* name, const QString& e, int line, int column, const char* message) {
        QTest::newRow(name) << e << line << column << QString::fromUtf8(message);
    };
    row("unknown function suggests", QStringLiteral("Jion(\",\", [a], [b])"), 1, 1,
        "unknown function 'Jion'; did you mean Join?");
    row("case-sensitive names", QStringLiteral("Append(cstr([a]), \"x\")"), 1, 8,
        "unknown function 'cstr'; function names are case-sensitive: did you mean CStr?");
    row("no suggestion when far", QStringLiteral("Frobnicate([a])"), 1, 1, "unknown function 'Frobnicate'");
    row("several suggestions", QStringLiteral("IsNul([a])"), 1, 1, "unknown function 'IsNul'; did you mean IsNull?");
    row("unknown bare name", QStringLiteral("InStr(\"a\", \"b\", 1, vbTextCompar)"), 1, 20,
        "unknown name 'vbTextCompar'; did you mean vbTextCompare? (text must be in double quotes)");
    row("function without parentheses", QStringLiteral("Join(\",\", Guid)"), 1, 11, "Guid is a function: write Guid()");
    row("too few arguments", QStringLiteral("Left(\"abc\")"), 1, 1,
        "Left takes 2 arguments but was given 1: Left(string, numChars)");
    row("too many arguments", QStringLiteral("Trim(\"a\", \"b\")"), 1, 1,
        "Trim takes 1 argument but was given 2: Trim(value)");
    row("at least", QStringLiteral("SelectUniqueValue([a])"), 1, 1,
        "SelectUniqueValue takes at least 2 arguments but was given 1: SelectUniqueValue(uniqueValueRule1, "
        "uniqueValueRule2, ...)");
    row("second line column", QStringLiteral("Join(\",\",\n   [a], Lft([b], 1))"), 2, 9,
        "unknown function 'Lft'; did you mean Left?");
    row("unclosed string", QStringLiteral("Append([a], \"x)"), 1, 13,
        "string is not closed: add '\"' at the end (write \\\" for a quote inside a string)");
    row("unclosed attribute", QStringLiteral("Append([a, \"x\")"), 1, 8,
        "attribute name is not closed: add ']' after [a, \"x\")");
    row("missing parenthesis", QStringLiteral("Append([a], \"x\""), 1, 16,
        "expected ',' or ')' in the arguments of Append (opened at line 1, column 7), found the end of the expression");
    row("extra parenthesis", QStringLiteral("Trim([a]))"), 1, 10, "unmatched ')'");
    row("missing comma", QStringLiteral("Join(\",\" [a])"), 1, 10,
        "expected ',' or ')' in the arguments of Join (opened at line 1, column 5), found [a]");
    row("two values", QStringLiteral("[a] [b]"), 1, 5,
        "unexpected [b] after a complete expression (is a ',' or '&' missing?)");
    row("odd Switch", QStringLiteral("Switch([a], \"d\", \"k\", \"v\", \"k2\")"), 1, 1,
        "Switch needs keys and values in pairs after source and defaultValue; it was given 5 arguments, an odd number");
    row("nested SelectUniqueValue", QStringLiteral("ToLower(SelectUniqueValue([a], [b]))"), 1, 9,
        "SelectUniqueValue must be the whole expression; it cannot be nested inside another function");
    row("bad regex", QStringLiteral("Replace([a], , \"(?<g>x\", , \"\", , )"), 1, 16,
        "Replace: invalid regular expression: missing closing parenthesis (at offset 6)");
    row("bad interval", QStringLiteral("DateAdd(\"days\", 1, Now())"), 1, 9,
        "DateAdd: unknown interval \"days\"; use one of yyyy, m, d, ww, h, n, s");
    row("bad compare type", QStringLiteral("InStr(\"a\", \"b\", 1, \"vbText\")"), 1, 20,
        "InStr: compareType must be vbTextCompare or vbBinaryCompare");
    row("bad encoding", QStringLiteral("ConvertFromBase64(\"eA==\", \"UTF16\")"), 1, 27,
        "ConvertFromBase64: encoding must be Unicode, UTF8 or ASCII");
    row("chained comparison", QStringLiteral("IIF([a] = [b] = [c], 1, 2)"), 1, 15,
        "comparisons cannot be chained; nest IIF calls instead");
    row("minus without number", QStringLiteral("Left([a], -[b])"), 1, 12, "'-' must be followed by a number, not [b]");
    row("stray character", QStringLiteral("Append([a], \"x\") ; "), 1, 18, "unexpected character ';'");
    row("empty", QStringLiteral("   "), 1, 1, "the expression is empty");
    row("dangling operator", QStringLiteral("\"a\" &"), 1, 6, "the expression ends where a value was expected");
    row("columns count characters", QStringLiteral("\"\U0001F600\" & Jion()"), 1, 7,
        "unknown function 'Jion'; did you mean Join?");
    row("too deep", QStringLiteral("Trim(").repeated(MaxNestingDepth + 1) + QStringLiteral("[x]") +
                        QStringLiteral(")").repeated(MaxNestingDepth + 1),
        1, 1 + 5 * (MaxNestingDepth + 1),
        "the expression is nested too deeply (more than 64 levels of functions and parentheses)");
    row("number too large", QStringLiteral("Left([a], 99999999999999999999)"), 1, 11,
        "number 99999999999999999999 is too large (at most 9223372036854775807)");
    // UndefinedBehaviorSanitizer in the fuzz build: negating the smallest 64-bit number overflowed.
    row("negated smallest hex number", QStringLiteral("Left([a], -&H8000000000000000)"), 1, 11,
        "-&H8000000000000000 is too large: the negative of the smallest 64-bit number does not exist");
}

void TestExpressionParser::errorsNamePositionAndCause()
{
    QFETCH(QString, expression);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto compiled = Expression::compileWithDiagnostic(expression);
    QVERIFY(!compiled.has_value());
    QCOMPARE(compiled.error().message, message);
    QCOMPARE(compiled.error().line, line);
    QCOMPARE(compiled.error().column, column);
}

void TestExpressionParser::compileErrorIsAResultWithLine()
{
    const auto compiled = Expression::compile(QStringLiteral("Join(\",\",\n Jion([a]))"));
    QVERIFY(!compiled.has_value());
    QCOMPARE(compiled.error().code, ErrorCode::InvalidInput);
    QCOMPARE(compiled.error().context.line, 2);
    QCOMPARE(compiled.error().message,
             QStringLiteral("line 2, column 2: unknown function 'Jion'; did you mean Join?"));
}

void TestExpressionParser::referencedAttributesAreSortedAndUnique()
{
    const auto compiled = Expression::compile(
        QStringLiteral("Join(\" \", [sn], [givenName], Replace([sn], , \"x\", \"g\", , [mobile], ))"));
    QVERIFY(compiled.has_value());
    QCOMPARE(compiled->referencedAttributes(),
             (QStringList{QStringLiteral("givenName"), QStringLiteral("mobile"), QStringLiteral("sn")}));
}

void TestExpressionParser::compiledExpressionIsSharedAcrossCopies()
{
    const auto compiled = Expression::compile(QStringLiteral("ToUpper([a])"));
    QVERIFY(compiled.has_value());
    const Expression copy = *compiled;
    QCOMPARE(copy.text(), QStringLiteral("ToUpper([a])"));
    const Expression empty;
    const auto result = empty.evaluate({});
    QVERIFY(result.has_value());
    QCOMPARE(result->kind, EvalResult::Kind::Null);
}

QTEST_GUILESS_MAIN(TestExpressionParser)
#include "tst_expressionparser.moc"
