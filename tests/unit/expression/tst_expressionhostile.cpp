// Hostile input: nothing may crash, hang or exhaust the stack; limits fail with a message.
#include "expressiontesting.h"

#include <QTest>

#include <thread>

using namespace Tenure::Models;
using namespace Tenure::Models::Expr;
using Testing::run;

class TestExpressionHostile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deepNestingFailsCleanly();
    void longChainsDoNotRecurse();
    void tooLongExpressionIsRefused();
    void hugeValuesFlowThrough();
    void brokenUtf16IsHandled();
    void garbageNeverCrashesTheParser();
    void catastrophicRegexTerminates();
    void oneExpressionManyThreads();
};

void TestExpressionHostile::deepNestingFailsCleanly()
{
    for (const QString& open : {QStringLiteral("Trim("), QStringLiteral("(")}) {
        const QString e = open.repeated(100'000) + QStringLiteral("[x]") + QStringLiteral(")").repeated(100'000);
        const auto compiled = Expression::compileWithDiagnostic(e);
        QVERIFY(!compiled.has_value());
        QVERIFY(compiled.error().message.contains(QLatin1String("nested too deeply")));
    }
    // An unclosed deep prefix fails the same way, not with a stack overflow.
    QVERIFY(!Expression::compile(QStringLiteral("Join(\",\", ").repeated(50'000)).has_value());
}

void TestExpressionHostile::longChainsDoNotRecurse()
{
    // 100,000 operands of & and 100,000 Join arguments: flat in the tree, flat in evaluation.
    QString chain = QStringLiteral("\"a\"");
    chain += QStringLiteral(" & \"a\"").repeated(99'999);
    QCOMPARE(run(chain).size(), 100'000);
    const QString join = QStringLiteral("Join(\"\"") + QStringLiteral(", \"b\"").repeated(100'000) + QLatin1Char(')');
    QCOMPARE(run(join).size(), 100'000);
}

void TestExpressionHostile::tooLongExpressionIsRefused()
{
    const QString e = QLatin1Char('"') + QString(MaxExpressionLength, QLatin1Char('x')) + QLatin1Char('"');
    const auto compiled = Expression::compileWithDiagnostic(e);
    QVERIFY(!compiled.has_value());
    QVERIFY(compiled.error().message.startsWith(QLatin1String("the expression is too long")));
    // Just under the limit is fine.
    const QString fits = QLatin1Char('"') + QString(MaxExpressionLength - 2, QLatin1Char('x')) + QLatin1Char('"');
    QVERIFY(Expression::compile(fits).has_value());
}

void TestExpressionHostile::hugeValuesFlowThrough()
{
    const QString big(8 * 1024 * 1024, QLatin1Char('a'));
    const Attributes record{{QStringLiteral("big"), {big + QStringLiteral(" é")}}};
    const char* expressions[] = {
        "NormalizeDiacritics(ToUpper(StripSpaces([big])))", "Replace([big], , \"a+\", , \"b\", , )",
        "ConvertToBase64([big])", "PCase([big])", "Word([big], 2, \" \")", "Split([big], \"a\")",
        "InStr([big], \"é\")", "Mid([big], 8388608, 5)",
    };
    for (const char* e : expressions) {
        const auto compiled = Expression::compile(QString::fromLatin1(e));
        QVERIFY2(compiled.has_value(), e);
        EvalContext context;
        context.record = &record;
        const auto result = compiled->evaluate(context);
        QVERIFY2(result.has_value(), e);
    }
}

void TestExpressionHostile::brokenUtf16IsHandled()
{
    // Lone surrogates (what invalid UTF-8 may become) in values and in the expression itself.
    const QString lone = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00);
    const Attributes record{{QStringLiteral("x"), {lone}}};
    for (const char* e : {"NormalizeDiacritics([x])", "ConvertToUTF8Hex([x])", "ConvertToBase64([x])", "PCase([x])",
                          "ToUpper([x])", "Replace([x], , \"\\\\w\", , \"-\", , )", "Word([x], 1, \"b\")"}) {
        const auto compiled = Expression::compile(QString::fromLatin1(e));
        QVERIFY2(compiled.has_value(), e);
        EvalContext context;
        context.record = &record;
        QVERIFY2(compiled->evaluate(context).has_value(), e);
    }
    const QString e = QStringLiteral("Append(\"") + lone + QStringLiteral("\", [x])");
    QVERIFY(Expression::compile(e).has_value());
    const QString bad = QStringLiteral("Append([x], ") + QChar(0xDC00) + QLatin1Char(')');
    const auto compiled = Expression::compileWithDiagnostic(bad);
    QVERIFY(!compiled.has_value());
    QCOMPARE(compiled.error().column, 13);
    // Invalid UTF-8 decoded by Qt becomes U+FFFD; it is just text.
    const QString fromBytes = QString::fromUtf8("\"\xff\xfe\xc3\"");
    QVERIFY(Expression::compile(fromBytes).has_value());
}

void TestExpressionHostile::garbageNeverCrashesTheParser()
{
    // A cheap deterministic fuzz: random token soup must compile or fail, never crash.
    const QStringList pieces = {QStringLiteral("Join("), QStringLiteral("IIF("),  QStringLiteral("Replace("),
                                QStringLiteral(")"),     QStringLiteral(","),     QStringLiteral("[a]"),
                                QStringLiteral("\""),    QStringLiteral("\\"),    QStringLiteral("&H"),
                                QStringLiteral("&"),     QStringLiteral("="),     QStringLiteral("<>"),
                                QStringLiteral("-"),     QStringLiteral("12"),    QStringLiteral("Switch("),
                                QStringLiteral("["),     QStringLiteral("]"),     QStringLiteral("\n"),
                                QStringLiteral("IgnoreAttributeFlow"), QStringLiteral("SelectUniqueValue(")};
    QRandomGenerator random(7);
    const Attributes record{{QStringLiteral("a"), {QStringLiteral("x")}}};
    for (int i = 0; i < 20'000; ++i) {
        QString e;
        const int n = random.bounded(1, 16);
        for (int k = 0; k < n; ++k)
            e += pieces[random.bounded(int(pieces.size()))];
        const auto compiled = Expression::compile(e);
        if (compiled) {
            EvalContext context;
            context.record = &record;
            (void)compiled->evaluate(context);
        }
    }
}

void TestExpressionHostile::catastrophicRegexTerminates()
{
    // PCRE2's match limits stop exponential backtracking; the result is "no match", not a hang.
    const Attributes record{{QStringLiteral("x"), {QString(40, QLatin1Char('a')) + QLatin1Char('!')}}};
    const auto compiled = Expression::compile(QStringLiteral("Replace([x], , \"(a+)+$\", , \"\", , )"));
    QVERIFY(compiled.has_value());
    EvalContext context;
    context.record = &record;
    QVERIFY(compiled->evaluate(context).has_value());
}

void TestExpressionHostile::oneExpressionManyThreads()
{
    const auto compiled = Expression::compile(QStringLiteral(
        "Join(\"@\", ToLower(NormalizeDiacritics(Replace(Join(\".\", [g], [s]), , \"[^\\\\w.]\", , \"\", , ))), \"x.com\")"));
    QVERIFY(compiled.has_value());
    std::atomic<int> mismatches = 0;
    auto work = [&](int seed) {
        for (int i = 0; i < 20'000; ++i) {
            const QString g = QStringLiteral("Zoë%1").arg(seed * 100'000 + i);
            const Attributes record{{QStringLiteral("g"), {g}}, {QStringLiteral("s"), {QStringLiteral("O'Brien")}}};
            EvalContext context;
            context.record = &record;
            const auto result = compiled->evaluate(context);
            if (!result || result->string != QStringLiteral("zoe%1.obrien@x.com").arg(seed * 100'000 + i))
                ++mismatches;
        }
    };
    std::thread a(work, 1), b(work, 2);
    a.join();
    b.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestExpressionHostile)
#include "tst_expressionhostile.moc"
