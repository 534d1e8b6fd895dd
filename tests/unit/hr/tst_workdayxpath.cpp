// The XPath 1.0 subset Workday attributes are read with: Entra's default XPaths, every function
// Entra documents for them, XPath's comparison and number rules, and compile errors that point
// at their column.
#include "connectors/hr/workday/xpath.h"

#include <QFile>
#include <QTest>

using namespace Tenure::Connectors::Xml;

namespace {

const XPath::Namespaces Workday{{QStringLiteral("wd"), QStringLiteral("urn:com.workday/bsvc")}};

} // namespace

class TestWorkdayXPath : public QObject {
    Q_OBJECT

    std::optional<Document> m_worker;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(TENURE_SOURCE_DIR "/tests/unit/hr/data/workday-worker.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto parsed = Document::parse(file.readAll());
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        m_worker = std::move(*parsed);
    }

    void evaluatesAsXPath10Says_data()
    {
        QTest::addColumn<QString>("xpath");
        QTest::addColumn<QStringList>("expected");
        const QString data = QStringLiteral("wd:Worker/wd:Worker_Data");
        QTest::newRow("text of a path") << data + QStringLiteral("/wd:Worker_ID/text()") << QStringList{QStringLiteral("21001")};
        QTest::newRow("absolute path") << QStringLiteral("/wd:Worker/wd:Worker_Data/wd:User_ID")
                                       << QStringList{QStringLiteral("lmcneil")};
        QTest::newRow("attribute") << data + QStringLiteral("/wd:Personal_Data/wd:Name_Data/wd:Legal_Name_Data/"
                                                            "wd:Name_Detail_Data/@wd:Formatted_Name")
                                   << QStringList{QStringLiteral("Logan McNeil")};
        QTest::newRow("predicate on an attribute") << QStringLiteral("wd:Worker/wd:Worker_Reference/wd:ID[@wd:type='WID']/text()")
                                                   << QStringList{QStringLiteral("3aa5550b7fe348b98d7b5741afc65534")};
        QTest::newRow("Entra's v30 work email")
            << data + QStringLiteral("/wd:Personal_Data/wd:Contact_Data/wd:Email_Address_Data[wd:Usage_Data/@wd:Public='1' and "
                                     "string(wd:Usage_Data/wd:Type_Data/wd:Type_Reference/wd:ID[@wd:type='Communication_Usage_"
                                     "Type_ID'])='WORK']/wd:Email_Address/text()")
            << QStringList{QStringLiteral("lmcneil@workday.net")};
        QTest::newRow("every match, in order") << QStringLiteral("//wd:Email_Address")
                                               << QStringList{QStringLiteral("lmcneil@workday.net"),
                                                              QStringLiteral("logan@home.example")};
        QTest::newRow("attribute compared to a number")
            << data + QStringLiteral("/wd:Employment_Data/wd:Worker_Job_Data[@wd:Primary_Job=1]/wd:Position_Data/"
                                     "wd:Business_Title/text()")
            << QStringList{QStringLiteral("Chief Human Resources Officer")};
        QTest::newRow("translate makes the type case-insensitive")
            << data + QStringLiteral("/wd:Organization_Data/wd:Worker_Organization_Data/wd:Organization_Data[translate(string("
                                     "wd:Organization_Type_Reference/wd:ID[@wd:type='Organization_Type_ID']),"
                                     "'abcdefghijklmnopqrstuvwxyz','ABCDEFGHIJKLMNOPQRSTUVWXYZ')='SUPERVISORY']/"
                                     "wd:Organization_Name/text()")
            << QStringList{QStringLiteral("Human Resources")};
        QTest::newRow("last level of the chain")
            << data + QStringLiteral("/wd:Management_Chain_Data/wd:Worker_Supervisory_Management_Chain_Data[position()=1]/"
                                     "wd:Management_Chain_Data[last()=position()]/wd:Manager_Reference/"
                                     "wd:ID[@wd:type='Employee_ID']/text()")
            << QStringList{QStringLiteral("21002")};
        QTest::newRow("position of a filtered set") << QStringLiteral("(//wd:Manager_Reference/wd:ID)[1]")
                                                    << QStringList{QStringLiteral("21000")};
        QTest::newRow("last of a filtered set") << QStringLiteral("(//wd:Manager_Reference)[last()]/wd:ID")
                                                << QStringList{QStringLiteral("21002")};
        QTest::newRow("or with double-quoted literals")
            << data + QStringLiteral("/wd:Employment_Data/wd:Worker_Job_Data[@wd:Primary_Job=1]/wd:Position_Data/"
                                     "wd:Worker_Type_Reference[wd:ID/@wd:type=\"Contingent_Worker_Type_ID\" or "
                                     "wd:ID/@wd:type=\"Employee_Type_ID\"]/@wd:Descriptor")
            << QStringList{QStringLiteral("Regular")};
        QTest::newRow("count") << QStringLiteral("count(//wd:Email_Address_Data)") << QStringList{QStringLiteral("2")};
        QTest::newRow("sum of decimals") << QStringLiteral("sum(//wd:Scheduled_Weekly_Hours)") << QStringList{QStringLiteral("48.5")};
        QTest::newRow("concat and substring") << QStringLiteral("concat(substring(//wd:First_Name, 1, 1), '.', //wd:Last_Name)")
                                              << QStringList{QStringLiteral("L.McNeil")};
        QTest::newRow("substring-after") << QStringLiteral("substring-after(//wd:Name_Detail_Data/@wd:Reporting_Name, ', ')")
                                         << QStringList{QStringLiteral("Logan")};
        QTest::newRow("substring-before") << QStringLiteral("substring-before(//wd:Name_Detail_Data/@wd:Reporting_Name, ',')")
                                          << QStringList{QStringLiteral("McNeil")};
        QTest::newRow("contains") << QStringLiteral("contains(//wd:User_ID, 'mcn')") << QStringList{QStringLiteral("true")};
        QTest::newRow("starts-with") << QStringLiteral("starts-with(//wd:User_ID, 'x')") << QStringList{QStringLiteral("false")};
        QTest::newRow("normalize-space and string-length") << QStringLiteral("string-length(normalize-space('  a   b '))")
                                                           << QStringList{QStringLiteral("3")};
        QTest::newRow("not of nothing") << QStringLiteral("not(//wd:Terminated)") << QStringList{QStringLiteral("true")};
        QTest::newRow("boolean of something") << QStringLiteral("boolean(//wd:Active)") << QStringList{QStringLiteral("true")};
        QTest::newRow("div") << QStringLiteral("7 div 2") << QStringList{QStringLiteral("3.5")};
        QTest::newRow("mod") << QStringLiteral("7 mod 3") << QStringList{QStringLiteral("1")};
        QTest::newRow("multiply and unary minus") << QStringLiteral("2 * 3 - -1") << QStringList{QStringLiteral("7")};
        QTest::newRow("round half up") << QStringLiteral("round(2.5)") << QStringList{QStringLiteral("3")};
        QTest::newRow("round negative half") << QStringLiteral("round(-2.5)") << QStringList{QStringLiteral("-2")};
        QTest::newRow("floor") << QStringLiteral("floor(-1.5)") << QStringList{QStringLiteral("-2")};
        QTest::newRow("ceiling") << QStringLiteral("ceiling(1.2)") << QStringList{QStringLiteral("2")};
        QTest::newRow("not a number") << QStringLiteral("number('abc')") << QStringList{QStringLiteral("NaN")};
        QTest::newRow("parent") << QStringLiteral("//wd:Worker_ID/../wd:User_ID") << QStringList{QStringLiteral("lmcneil")};
        QTest::newRow("self") << QStringLiteral("//wd:User_ID/self::node()") << QStringList{QStringLiteral("lmcneil")};
        QTest::newRow("wildcard element") << data + QStringLiteral("/wd:*[1]") << QStringList{QStringLiteral("21001")};
        QTest::newRow("wildcard attributes") << QStringLiteral("wd:Worker/wd:Worker_Reference/*/@wd:type")
                                             << QStringList{QStringLiteral("WID"), QStringLiteral("Employee_ID")};
        QTest::newRow("union in document order") << QStringLiteral("//wd:User_ID | //wd:Worker_ID")
                                                 << QStringList{QStringLiteral("21001"), QStringLiteral("lmcneil")};
        QTest::newRow("ancestor") << QStringLiteral("//wd:First_Name/ancestor::wd:Name_Data/wd:Legal_Name_Data/"
                                                    "wd:Name_Detail_Data/wd:Last_Name")
                                  << QStringList{QStringLiteral("McNeil")};
        QTest::newRow("string of a node-set is its first node") << QStringLiteral("string(//wd:Email_Address)")
                                                                 << QStringList{QStringLiteral("lmcneil@workday.net")};
        QTest::newRow("local-name") << QStringLiteral("local-name(//wd:Worker_Data/*[2])") << QStringList{QStringLiteral("User_ID")};
        QTest::newRow("node-sets compared") << QStringLiteral("//wd:Worker_ID = //wd:Worker_Reference/wd:ID")
                                            << QStringList{QStringLiteral("true")};
        QTest::newRow("relational on a node-set") << QStringLiteral("//wd:Scheduled_Weekly_Hours > 39")
                                                  << QStringList{QStringLiteral("true")};
        QTest::newRow("a date as Workday writes it") << QStringLiteral("//wd:Hire_Date/text()")
                                                     << QStringList{QStringLiteral("2000-01-01-08:00")};
        QTest::newRow("nothing there") << data + QStringLiteral("/wd:Nothing/text()") << QStringList();
        QTest::newRow("never above the top") << QStringLiteral("/../wd:Worker") << QStringList();
        QTest::newRow("unprefixed names are in no namespace") << QStringLiteral("Worker/Worker_Data") << QStringList();
    }

    void evaluatesAsXPath10Says()
    {
        QFETCH(QString, xpath);
        QFETCH(QStringList, expected);
        auto compiled = XPath::compile(xpath, Workday);
        QVERIFY2(compiled, compiled ? "" : qPrintable(compiled.error().message));
        QCOMPARE(compiled->evaluate(m_worker->root()), expected);
    }

    void compileErrorsNameTheirColumn_data()
    {
        QTest::addColumn<QString>("xpath");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown function") << QStringLiteral("lower-case(//wd:User_ID)")
                                          << QStringLiteral("at column 1: unknown function 'lower-case'");
        QTest::newRow("predicate never closed") << QStringLiteral("//wd:User_ID[")
                                                << QStringLiteral("at column 14: the expression ends too early");
        QTest::newRow("string never closed") << QStringLiteral("concat('a', 'b)")
                                             << QStringLiteral("at column 13: the string starting here is never closed");
        QTest::newRow("unknown prefix") << QStringLiteral("bsvc:Worker") << QStringLiteral("at column 1: unknown namespace prefix 'bsvc'");
        QTest::newRow("wrong argument count") << QStringLiteral("translate('a', 'b')")
                                              << QStringLiteral("at column 1: translate() takes 3 argument(s), not 2");
        QTest::newRow("trailing slash") << QStringLiteral("wd:Worker/") << QStringLiteral("at column 11: a step must follow '/'");
        QTest::newRow("operator without operand") << QStringLiteral("1 +") << QStringLiteral("at column 4: the expression ends too early");
        QTest::newRow("unsupported axis") << QStringLiteral("following-sibling::wd:A")
                                          << QStringLiteral("at column 1: the axis 'following-sibling' is not supported");
        QTest::newRow("text after the end") << QStringLiteral("wd:Worker ]")
                                            << QStringLiteral("at column 11: unexpected text after the end of the expression");
    }

    void compileErrorsNameTheirColumn()
    {
        QFETCH(QString, xpath);
        QFETCH(QString, message);
        auto compiled = XPath::compile(xpath, Workday);
        QVERIFY(!compiled);
        QVERIFY2(compiled.error().message.endsWith(message), qPrintable(compiled.error().message));
    }

    void documentsWithADtdOrBrokenXmlAreRefused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        QTest::newRow("DTD") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")
                             << QStringLiteral("a DTD is not allowed");
        QTest::newRow("truncated") << QByteArray("<a><b>text</b><c>") << QStringLiteral("line 1, column");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("line");
    }

    void documentsWithADtdOrBrokenXmlAreRefused()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        auto parsed = Document::parse(xml);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestWorkdayXPath)
#include "tst_workdayxpath.moc"
