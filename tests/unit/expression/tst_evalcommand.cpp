// tenure-cli eval: one line of JSON out, exit codes 0/2/3/64.
#include "app/executables/cli/evalcommand.h"

#include <QTest>

using Tenure::Cli::runEval;
namespace EvalExit = Tenure::Cli::EvalExit;

class TestEvalCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void printsOneJsonLine_data();
    void printsOneJsonLine();
    void parseErrorExitsTwoNamingTheColumn();
    void evaluationErrorExitsThree_data();
    void evaluationErrorExitsThree();
    void badUsageExitsSixtyFour_data();
    void badUsageExitsSixtyFour();

private:
    struct Outcome {
        int code = 0;
        QString out;
        QString err;
    };
    static Outcome eval(const QStringList& arguments)
    {
        Outcome o;
        QTextStream out(&o.out), err(&o.err);
        o.code = runEval(arguments, out, err);
        return o;
    }
};

void TestEvalCommand::printsOneJsonLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << QStringList{QStringLiteral("--record"), QStringLiteral(R"({"givenName":"Zoë"})"),
                                           QStringLiteral("NormalizeDiacritics([givenName])")}
                            << QStringLiteral("{\"value\": \"Zoe\", \"flows\": true}\n");
    QTest::newRow("number as string") << QStringList{QStringLiteral(R"(DateDiff("d", "2021-08-18+08:00", "2021-08-31+08:00"))")}
                                      << QStringLiteral("{\"value\": \"13\", \"flows\": true}\n");
    QTest::newRow("boolean as string") << QStringList{QStringLiteral("IsNull([x])")}
                                       << QStringLiteral("{\"value\": \"True\", \"flows\": true}\n");
    QTest::newRow("list") << QStringList{QStringLiteral("--record"), QStringLiteral(R"({"m":"a,b"})"),
                                         QStringLiteral(R"(Split([m], ","))")}
                          << QStringLiteral("{\"value\": [\"a\",\"b\"], \"flows\": true}\n");
    QTest::newRow("null") << QStringList{QStringLiteral("--record"), QStringLiteral(R"({"x": null})"), QStringLiteral("[x]")}
                          << QStringLiteral("{\"value\": null, \"flows\": true}\n");
    QTest::newRow("no flow") << QStringList{QStringLiteral("--record"), QStringLiteral(R"({"d": ""})"),
                                            QStringLiteral("IgnoreFlowIfNullOrEmpty([d])")}
                             << QStringLiteral("{\"value\": \"\", \"flows\": false}\n");
    QTest::newRow("IgnoreAttributeFlow") << QStringList{QStringLiteral("IgnoreAttributeFlow")}
                                         << QStringLiteral("{\"value\": null, \"flows\": false}\n");
    QTest::newRow("now fixed") << QStringList{QStringLiteral("--now"), QStringLiteral("2021-07-02T15:33:38Z"),
                                              QStringLiteral("Now()")}
                               << QStringLiteral("{\"value\": \"7/2/2021 3:33:38 PM\", \"flows\": true}\n");
    QTest::newRow("now without offset is UTC") << QStringList{QStringLiteral("--now"), QStringLiteral("2021-07-02T15:33:38"),
                                                              QStringLiteral("Now()")}
                                               << QStringLiteral("{\"value\": \"7/2/2021 3:33:38 PM\", \"flows\": true}\n");
    QTest::newRow("taken") << QStringList{QStringLiteral("--taken"), QStringLiteral(R"(["jdoe"])"),
                                          QStringLiteral(R"(SelectUniqueValue("jdoe", "jdoe1"))")}
                           << QStringLiteral("{\"value\": \"jdoe1\", \"flows\": true}\n");
    QTest::newRow("escaping") << QStringList{QStringLiteral(R"("say \"hi\"\\")")}
                              << QStringLiteral("{\"value\": \"say \\\"hi\\\"\\\\\", \"flows\": true}\n");
    QTest::newRow("numbers in record") << QStringList{QStringLiteral("--record"), QStringLiteral(R"({"n": 7, "b": true})"),
                                                      QStringLiteral(R"(Join("-", [n], [b]))")}
                                       << QStringLiteral("{\"value\": \"7-True\", \"flows\": true}\n");
    QTest::newRow("double dash") << QStringList{QStringLiteral("--"), QStringLiteral("\"--x\"")}
                                 << QStringLiteral("{\"value\": \"--x\", \"flows\": true}\n");
}

void TestEvalCommand::printsOneJsonLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Outcome o = eval(arguments);
    QCOMPARE(o.err, QString());
    QCOMPARE(o.code, EvalExit::Success);
    QCOMPARE(o.out, expected);
}

void TestEvalCommand::parseErrorExitsTwoNamingTheColumn()
{
    const Outcome o = eval({QStringLiteral("Join(\",\", Jion([a]))")});
    QCOMPARE(o.code, EvalExit::ParseError);
    QCOMPARE(o.out, QString());
    QCOMPARE(o.err, QStringLiteral("tenure-cli eval: the expression does not compile: line 1, column 11: unknown "
                                   "function 'Jion'; did you mean Join?\n"));
}

void TestEvalCommand::evaluationErrorExitsThree_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("Error()") << QStringList{QStringLiteral(R"(Error("AccountName is required"))")}
                             << QStringLiteral("Error: AccountName is required");
    QTest::newRow("Item out of range") << QStringList{QStringLiteral("--record"), QStringLiteral(R"({"m":["a"]})"),
                                                      QStringLiteral("Item([m], 2)")}
                                       << QStringLiteral("Item: index 2 is out of range");
    QTest::newRow("all taken") << QStringList{QStringLiteral("--taken"), QStringLiteral(R"(["a","b"])"),
                                              QStringLiteral(R"(SelectUniqueValue("a", "b"))")}
                               << QStringLiteral("SelectUniqueValue: every candidate is already taken: a, b");
    QTest::newRow("Entra only") << QStringList{QStringLiteral("SingleAppRoleAssignment([appRoleAssignments])")}
                                << QStringLiteral("not applicable to this target");
}

void TestEvalCommand::evaluationErrorExitsThree()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome o = eval(arguments);
    QCOMPARE(o.code, EvalExit::EvaluationError);
    QCOMPARE(o.out, QString());
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
}

void TestEvalCommand::badUsageExitsSixtyFour_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList{} << QStringLiteral("missing EXPRESSION");
    QTest::newRow("two expressions") << QStringList{QStringLiteral("[a]"), QStringLiteral("[b]")}
                                     << QStringLiteral("give exactly one EXPRESSION");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--recrod"), QStringLiteral("{}"), QStringLiteral("[a]")}
                                    << QStringLiteral("unknown option --recrod");
    QTest::newRow("record not JSON") << QStringList{QStringLiteral("--record"), QStringLiteral("{a:1}"), QStringLiteral("[a]")}
                                     << QStringLiteral("--record is not valid JSON");
    QTest::newRow("record not object") << QStringList{QStringLiteral("--record"), QStringLiteral("[]"), QStringLiteral("[a]")}
                                       << QStringLiteral("--record must be a JSON object");
    QTest::newRow("record nested") << QStringList{QStringLiteral("--record"), QStringLiteral(R"({"a":{"b":1}})"),
                                                  QStringLiteral("[a]")}
                                   << QStringLiteral("\"a\" must be a string, an array of strings or null");
    QTest::newRow("bad now") << QStringList{QStringLiteral("--now"), QStringLiteral("yesterday"), QStringLiteral("Now()")}
                             << QStringLiteral("--now \"yesterday\" is not an ISO 8601 date");
    QTest::newRow("bad taken") << QStringList{QStringLiteral("--taken"), QStringLiteral("jdoe"), QStringLiteral("[a]")}
                               << QStringLiteral("--taken must be a JSON array of strings");
    QTest::newRow("missing value") << QStringList{QStringLiteral("[a]"), QStringLiteral("--record")}
                                   << QStringLiteral("--record needs a JSON object");
}

void TestEvalCommand::badUsageExitsSixtyFour()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome o = eval(arguments);
    QCOMPARE(o.code, EvalExit::Usage);
    QCOMPARE(o.out, QString());
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QVERIFY(o.err.contains(QLatin1String("usage: tenure-cli eval")));
}

QTEST_GUILESS_MAIN(TestEvalCommand)
#include "tst_evalcommand.moc"
