// Dates: VB DateDiff boundaries, .NET custom format strings, AD FILETIME numbers.
#include "expressiontesting.h"
#include "models/expression/datetext.h"

#include <QTest>

using namespace Tenure::Models;
using namespace Tenure::Models::Expr;
using Testing::msecs;
using Testing::run;

class TestExpressionDates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dateDiffCountsBoundariesCrossed_data();
    void dateDiffCountsBoundariesCrossed();
    void dateAddKeepsMonthEnds_data();
    void dateAddKeepsMonthEnds();
    void dateAddStaysWithinDotNetYears_data();
    void dateAddStaysWithinDotNetYears();
    void nowOutsideDotNetYearsIsAnError();
    void parsedDatesStayWithinDotNetYears();
    void formatDateTimeUsesDotNetFormats_data();
    void formatDateTimeUsesDotNetFormats();
    void parseExactRejectsMismatches_data();
    void parseExactRejectsMismatches();
    void defaultOutputIsUtcInEntraForm();
    void fileTimeRoundTrips();
    void nullDatesMakeNullResults();
};

void TestExpressionDates::dateDiffCountsBoundariesCrossed_data()
{
    QTest::addColumn<QString>("interval");
    QTest::addColumn<QString>("date1");
    QTest::addColumn<QString>("date2");
    QTest::addColumn<QString>("expected");
    // VB: "When comparing December 31 to January 1 of the immediately succeeding year, DateDiff
    // for Year ("yyyy") returns 1 even though only a day has elapsed."
    QTest::newRow("year boundary") << "yyyy" << "2020-12-31T23:59:59Z" << "2021-01-01T00:00:00Z" << "1";
    QTest::newRow("month boundary") << "m" << "2021-01-31" << "2021-02-01" << "1";
    QTest::newRow("same month") << "m" << "2021-01-01" << "2021-01-31" << "0";
    QTest::newRow("day boundary one second") << "d" << "2021-01-01T23:59:59Z" << "2021-01-02T00:00:00Z" << "1";
    QTest::newRow("day not crossed") << "d" << "2021-01-01T00:00:00Z" << "2021-01-01T23:59:59Z" << "0";
    QTest::newRow("hour boundary") << "h" << "2021-01-01T10:59:00Z" << "2021-01-01T11:01:00Z" << "1";
    QTest::newRow("minute boundary") << "n" << "2021-01-01T10:00:59Z" << "2021-01-01T10:01:00Z" << "1";
    // "ww" counts Sundays after date1 up to and including date2.
    QTest::newRow("Saturday to Sunday") << "ww" << "2021-08-21" << "2021-08-22" << "1";
    QTest::newRow("Sunday to Saturday") << "ww" << "2021-08-22" << "2021-08-28" << "0";
    QTest::newRow("backwards") << "ww" << "2021-08-22" << "2021-08-21" << "-1";
    QTest::newRow("offsets become UTC") << "d" << "2021-08-18+08:00" << "2021-08-18-08:00" << "1";
}

void TestExpressionDates::dateDiffCountsBoundariesCrossed()
{
    QFETCH(QString, interval);
    QFETCH(QString, date1);
    QFETCH(QString, date2);
    QFETCH(QString, expected);
    const QString e = QStringLiteral("DateDiff(\"%1\", \"%2\", \"%3\")").arg(interval, date1, date2);
    QCOMPARE(run(e), expected);
}

void TestExpressionDates::dateAddKeepsMonthEnds_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Jan 31 + 1 month") << "DateAdd(\"m\", 1, \"2024-01-31\")" << "2/29/2024 12:00:00 AM";
    QTest::newRow("Feb 29 + 1 year") << "DateAdd(\"yyyy\", 1, \"2024-02-29\")" << "2/28/2025 12:00:00 AM";
    QTest::newRow("hours") << "DateAdd(\"h\", 13, \"2024-01-01T00:00:00Z\")" << "1/1/2024 1:00:00 PM";
    QTest::newRow("minutes") << "DateAdd(\"n\", -1, \"2024-01-01\")" << "12/31/2023 11:59:00 PM";
    QTest::newRow("seconds") << "DateAdd(\"s\", 30, Now())" << "7/2/2021 3:34:08 PM";
    QTest::newRow("string number") << "DateAdd(\"d\", \"2\", \"2024-01-01\")" << "1/3/2024 12:00:00 AM";
    QTest::newRow("not a date") << "DateAdd(\"d\", 1, \"tomorrow\")"
                                << "error: DateAdd (worker W1): dateTime \"tomorrow\" is not a date (use an ISO 8601 date "
                                   "such as 2024-03-16 or 2024-03-16T08:00:00-07:00, or FormatDateTime to convert it)";
}

void TestExpressionDates::dateAddKeepsMonthEnds()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    QCOMPARE(run(expression), expected);
}

// UndefinedBehaviorSanitizer in the fuzz build: DateAdd of a hundred million years (the largest amount),
// nested, overflowed the 64-bit millisecond arithmetic, and so did the smallest 64-bit amount. .NET
// DateTime throws outside 0001-01-01 .. 9999-12-31, and so does DateAdd now.
void TestExpressionDates::dateAddStaysWithinDotNetYears_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    const QString outside = QStringLiteral("error: DateAdd (worker W1): the resulting date is outside the years 1 to 9999");
    QTest::newRow("up to 9999") << "DateAdd(\"yyyy\", 7987, \"2012-12-31T23:59:59Z\")" << "12/31/9999 11:59:59 PM";
    QTest::newRow("past 9999") << "DateAdd(\"yyyy\", 7988, \"2012-01-01\")" << outside;
    QTest::newRow("one second past 9999") << "DateAdd(\"s\", 1, \"9999-12-31T23:59:59Z\")" << outside;
    QTest::newRow("before year 1") << "DateAdd(\"d\", -1, \"0001-01-01\")" << outside;
    QTest::newRow("months before year 1") << "DateAdd(\"m\", -1, \"0001-01-31\")" << outside;
    QTest::newRow("a hundred million years, nested")
        << "DateAdd(\"yyyy\", 100000000, DateAdd(\"yyyy\", 100000000, Now()))" << outside;
    QTest::newRow("a hundred million weeks") << "DateAdd(\"ww\", 100000000, Now())" << outside;
    QTest::newRow("smallest 64-bit amount")
        << "DateAdd(\"d\", &H8000000000000000, Now())"
        << "error: DateAdd (worker W1): value -9223372036854775808 is too large";
    // The month arithmetic is .NET AddMonths across year ends too: same day, or the month's last.
    QTest::newRow("13 months from Feb 29") << "DateAdd(\"m\", 13, \"2020-02-29\")" << "3/29/2021 12:00:00 AM";
    QTest::newRow("back 14 months") << "DateAdd(\"m\", -14, \"2021-03-31T06:30:00Z\")" << "1/31/2020 6:30:00 AM";
    QTest::newRow("back to a short month") << "DateAdd(\"m\", -13, \"2021-03-31\")" << "2/29/2020 12:00:00 AM";
}

void TestExpressionDates::dateAddStaysWithinDotNetYears()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    QCOMPARE(run(expression), expected);
}

void TestExpressionDates::nowOutsideDotNetYearsIsAnError()
{
    // The caller fixes Now(); a clock outside .NET's years would overflow NumFromDate and the
    // formatters, so it stops at Now().
    const qint64 year10000 = msecs("9999-12-31T23:59:59.999Z") + 1;
    QCOMPARE(run(QStringLiteral("NumFromDate(Now())"), {}, year10000),
             QStringLiteral("error: Now (worker W1): the current time given to the expression (%1 ms since 1970) is "
                            "outside the years 1 to 9999")
                 .arg(year10000));
    QCOMPARE(run(QStringLiteral("NumFromDate(Now())"), {}, year10000 - 1), QStringLiteral("2650467743999990000"));
}

void TestExpressionDates::parsedDatesStayWithinDotNetYears()
{
    // UndefinedBehaviorSanitizer in the fuzz build: a format of many 'y's read more digits than an int
    // holds, and the year it read then overflowed the milliseconds.
    QCOMPARE(run(QStringLiteral("FormatDateTime(\"99999999999\", , \"yyyyyyyyyyy\", \"yyyy\")")),
             QStringLiteral("error: FormatDateTime (worker W1): \"99999999999\" does not match the input format "
                            "\"yyyyyyyyyyy\": \"99999999999\" is not a valid date"));
    QVERIFY(!DateText::parseExact(u"10000-01-01", u"yyyyy-MM-dd", true).has_value());
    QCOMPARE(DateText::parseExact(u"09999-12-31", u"yyyyy-MM-dd", true), std::optional<qint64>(msecs("9999-12-31T00:00:00Z")));
    // An offset can carry the last day of 9999 past the end, or the first day of year 1 before it.
    QVERIFY(!DateText::parseFlexible(u"9999-12-31T23:00:00-05:00").has_value());
    QVERIFY(!DateText::parseFlexible(u"0001-01-01T00:00:00+01:00").has_value());
    QCOMPARE(DateText::parseFlexible(u"0001-01-01T00:00:00Z"), std::optional<qint64>(DateText::MinMsecs));
}

void TestExpressionDates::formatDateTimeUsesDotNetFormats_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("inputFormat");
    QTest::addColumn<QString>("outputFormat");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ISO to US") << "2024-03-05" << "yyyy-MM-dd" << "M/d/yyyy" << "3/5/2024";
    QTest::newRow("names") << "2024-03-05" << "yyyy-MM-dd" << "dddd, MMMM d, yyyy" << "Tuesday, March 5, 2024";
    QTest::newRow("abbreviations") << "05 Mar 2024" << "dd MMM yyyy" << "ddd dd-MMM-yy" << "Tue 05-Mar-24";
    QTest::newRow("12-hour clock") << "3/5/2024 01:02:03 PM" << "M/d/yyyy hh:mm:ss tt" << "HH:mm:ss" << "13:02:03";
    QTest::newRow("midnight") << "3/5/2024 12:00:00 AM" << "M/d/yyyy hh:mm:ss tt" << "H:mm t" << "0:00 A";
    QTest::newRow("offset to UTC") << "2020-12-31-08:00" << "yyyy-MM-ddzzz" << "yyyy-MM-ddTHH:mm:sszzz"
                                   << "2020-12-31T08:00:00+00:00";
    QTest::newRow("positive offset crosses day") << "2020-12-31+08:00" << "yyyy-MM-ddzzz" << "yyyy-MM-dd" << "2020-12-30";
    QTest::newRow("fractions") << "20150123105347.125Z" << "yyyyMMddHHmmss.fffZ" << "ss.ff|ss.FFF|ss.FFFF"
                               << "47.12|47.125|47.125";
    QTest::newRow("zero fraction drops point") << "2015-01-23 10:53:47" << "yyyy-MM-dd HH:mm:ss" << "HH:mm:ss.FFF"
                                               << "10:53:47";
    QTest::newRow("quoted literal") << "2024-03-05" << "yyyy-MM-dd" << "'Day' d 'of' MMMM" << "Day 5 of March";
    QTest::newRow("escaped letter") << "2024-03-05" << "yyyy-MM-dd" << "\\d d" << "d 5";
    QTest::newRow("single specifier") << "2024-03-05" << "yyyy-MM-dd" << "%d" << "5";
    QTest::newRow("K for UTC") << "2024-03-05" << "yyyy-MM-dd" << "yyyy-MM-ddK" << "2024-03-05Z";
    QTest::newRow("two-digit year") << "49-01-02" << "yy-MM-dd" << "yyyy" << "2049";
    QTest::newRow("two-digit year 1900s") << "50-01-02" << "yy-MM-dd" << "yyyy" << "1950";
    QTest::newRow("leading white") << "  2024-03-05 " << "yyyy-MM-dd" << "yyyyMMdd" << "20240305";
}

void TestExpressionDates::formatDateTimeUsesDotNetFormats()
{
    QFETCH(QString, source);
    QFETCH(QString, inputFormat);
    QFETCH(QString, outputFormat);
    QFETCH(QString, expected);
    auto quote = [](QString s) -> QString { return QLatin1Char('"') + s.replace(QLatin1Char('\\'), QLatin1String("\\\\")) + QLatin1Char('"'); };
    const QString e = QStringLiteral("FormatDateTime([s], , %1, %2)").arg(quote(inputFormat), quote(outputFormat));
    const QString record = QStringLiteral("{\"s\":\"%1\"}").arg(source);
    QCOMPARE(run(e, record), expected);
}

void TestExpressionDates::parseExactRejectsMismatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::newRow("wrong separator") << "2024/03/05" << "yyyy-MM-dd";
    QTest::newRow("trailing text") << "2024-03-05T10" << "yyyy-MM-dd";
    QTest::newRow("invalid day") << "2024-02-30" << "yyyy-MM-dd";
    QTest::newRow("two digits required") << "2024-3-05" << "yyyy-MM-dd";
    QTest::newRow("hour 13 on 12-hour clock") << "13:00 PM" << "hh:mm tt";
    QTest::newRow("month name") << "05 Foo 2024" << "dd MMM yyyy";
    QTest::newRow("empty") << "" << "yyyy";
}

void TestExpressionDates::parseExactRejectsMismatches()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QString why;
    QVERIFY(!DateText::parseExact(text, format, true, &why).has_value());
    QVERIFY(!why.isEmpty());
}

void TestExpressionDates::defaultOutputIsUtcInEntraForm()
{
    QCOMPARE(DateText::formatDefault(msecs("2021-07-02T15:33:38Z")), QStringLiteral("7/2/2021 3:33:38 PM"));
    QCOMPARE(DateText::formatDefault(msecs("2021-07-02T00:05:00Z")), QStringLiteral("7/2/2021 12:05:00 AM"));
    QCOMPARE(DateText::formatDefault(msecs("2021-07-02T12:00:00Z")), QStringLiteral("7/2/2021 12:00:00 PM"));
    // Entra's own output parses back, so CDate(Now()) and DateDiff over Now() work.
    QCOMPARE(DateText::parseFlexible(u"7/2/2021 3:33:38 PM"), std::optional<qint64>(msecs("2021-07-02T15:33:38Z")));
    QCOMPARE(run(QStringLiteral("CDate(CStr(Now()))")), QStringLiteral("7/2/2021 3:33:38 PM"));
    QCOMPARE(DateText::parseFlexible(u"1601-01-01"), std::optional<qint64>(msecs("1601-01-01T00:00:00Z")));
    QVERIFY(!DateText::parseFlexible(u"2021-13-01").has_value());
    QVERIFY(!DateText::parseFlexible(u"13/1/2021 10:00 PM").has_value());
}

void TestExpressionDates::fileTimeRoundTrips()
{
    QCOMPARE(run(QStringLiteral("NumFromDate(DateFromNum(129699324000000000))")), QStringLiteral("129699324000000000"));
    QCOMPARE(run(QStringLiteral("NumFromDate(\"1601-01-01T00:00:00Z\")")), QStringLiteral("0"));
    QCOMPARE(run(QStringLiteral("DateFromNum(\"0\")")), QStringLiteral("1/1/1601 12:00:00 AM"));
    // AD's "never expires" is not a date.
    QVERIFY(run(QStringLiteral("DateFromNum(9223372036854775807)")).startsWith(QLatin1String("error: DateFromNum")));
}

void TestExpressionDates::nullDatesMakeNullResults()
{
    QCOMPARE(run(QStringLiteral("CDate([hire])"), QStringLiteral("{}")), QStringLiteral("<null>"));
    QCOMPARE(run(QStringLiteral("DateDiff(\"d\", Now(), CDate([hire]))"), QStringLiteral("{}")), QStringLiteral("<null>"));
    // ... and a comparison with null is False, so the IIF takes its false branch.
    QCOMPARE(run(QStringLiteral("IIF(DateDiff(\"d\", Now(), CDate([hire])) > 5, \"later\", \"soon\")"),
                 QStringLiteral("{}")),
             QStringLiteral("soon"));
    QCOMPARE(run(QStringLiteral("FormatDateTime([d], , \"yyyy\", \"yy\")"), QStringLiteral("{}")), QStringLiteral("<null>"));
}

QTEST_GUILESS_MAIN(TestExpressionDates)
#include "tst_expressiondates.moc"
