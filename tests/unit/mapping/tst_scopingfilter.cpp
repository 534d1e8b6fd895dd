// Scoping filters behave as Microsoft documents each of the 14 operators
// ("Scoping users or groups to be provisioned with scoping filters").
#include "models/mapping/scopingfilter.h"

#include <QJsonObject>
#include <QTest>

using namespace Tenure::Models;

Q_DECLARE_METATYPE(ScopingOperator)

class TestScopingFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eachOperatorFollowsTheDocumentation_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("clauseValue");
        QTest::addColumn<QString>("attribute");   // "<null>" for an absent attribute
        QTest::addColumn<bool>("expected");
        const QString null = QStringLiteral("<null>");
        auto row = [&](const char* name, const char* op, const char* value, const QString& attribute, bool expected) {
            QTest::newRow(name) << QString::fromUtf8(op) << QString::fromUtf8(value) << attribute << expected;
        };
        row("equals exact", "EQUALS", "Sales", QStringLiteral("Sales"), true);
        row("equals is case-sensitive", "EQUALS", "sales", QStringLiteral("Sales"), false);
        row("equals null is false", "EQUALS", "", null, false);
        row("not equals", "NOT EQUALS", "Sales", QStringLiteral("HR"), true);
        row("not equals same", "NOT EQUALS", "Sales", QStringLiteral("Sales"), false);
        row("not equals null is false", "NOT EQUALS", "Sales", null, false);
        row("is true", "IS TRUE", "", QStringLiteral("True"), true);
        row("is true on false", "IS TRUE", "", QStringLiteral("false"), false);
        row("is false", "IS FALSE", "", QStringLiteral("FALSE"), true);
        row("is null on null", "IS NULL", "", null, true);
        row("is null on value", "IS NULL", "", QStringLiteral("x"), false);
        row("is not null", "IS NOT NULL", "", QStringLiteral("x"), true);
        row("is not null on null", "IS NOT NULL", "", null, false);
        row("regex match", "REGEX MATCH", ".*\\@domain.com", QStringLiteral("ann@domain.com"), true);
        row("regex match two digits", "REGEX MATCH", "([1-9][0-9])", QStringLiteral("42"), true);
        row("regex is case-sensitive", "REGEX MATCH", "^abc$", QStringLiteral("ABC"), false);
        row("not regex match", "NOT REGEX MATCH", ".*\\@domain.com", QStringLiteral("ann@other.com"), true);
        row("not regex match on null is false", "NOT REGEX MATCH", "x", null, false);
        row("greater than", "Greater_Than", "1000000", QStringLiteral("1500000"), true);
        row("greater than equal value", "Greater_Than", "10", QStringLiteral("10"), false);
        row("greater than non-integer", "Greater_Than", "10", QStringLiteral("ten"), false);
        row("greater or equal", "Greater_Than_OR_EQUALS", "10", QStringLiteral("10"), true);
        row("includes", "Includes", "Eng", QStringLiteral("Engineering"), true);
        row("includes case-sensitive", "Includes", "eng", QStringLiteral("Engineering"), false);
        row("exists in", "&", "Sales,Marketing", QStringLiteral("Sales"), true);
        row("exists in absent", "&", "Sales,Marketing", QStringLiteral("HR"), false);
        row("not exists in", "!&", "Sales,Marketing", QStringLiteral("HR"), true);
        row("ends with", "ENDS_WITH", "@example.test", QStringLiteral("a@example.test"), true);
        row("ends with other", "ENDS_WITH", "@example.test", QStringLiteral("a@example.org"), false);
    }
    void eachOperatorFollowsTheDocumentation()
    {
        QFETCH(QString, op);
        QFETCH(QString, clauseValue);
        QFETCH(QString, attribute);
        QFETCH(bool, expected);
        ScopingClause clause;
        clause.attribute = QStringLiteral("A");
        QVERIFY2(scopingOperatorFromName(op, &clause.op), qPrintable(op));
        clause.value = clauseValue;
        ScopingFilter filter;
        filter.groups = {{clause}};
        QVERIFY(filter.validate());
        Attributes record;
        if (attribute != QLatin1String("<null>"))
            record.insert(QStringLiteral("A"), {attribute});
        QCOMPARE(CompiledScopingFilter(filter).matches(record), expected);
    }

    void clausesAreAndedAndGroupsOred()
    {
        ScopingFilter filter;
        filter.groups = {{{QStringLiteral("Dept"), ScopingOperator::Equals, QStringLiteral("Sales")},
                          {QStringLiteral("Country"), ScopingOperator::Equals, QStringLiteral("FR")}},
                         {{QStringLiteral("Type"), ScopingOperator::Equals, QStringLiteral("Intern")}}};
        const CompiledScopingFilter compiled(filter);
        QVERIFY(compiled.matches({{QStringLiteral("Dept"), {QStringLiteral("Sales")}}, {QStringLiteral("Country"), {QStringLiteral("FR")}}}));
        QVERIFY(compiled.matches({{QStringLiteral("Type"), {QStringLiteral("Intern")}}}));
        QString why;
        QVERIFY(!compiled.matches({{QStringLiteral("Dept"), {QStringLiteral("Sales")}}, {QStringLiteral("Country"), {QStringLiteral("DE")}}}, &why));
        QCOMPARE(why, QStringLiteral("not in scope: Country EQUALS FR; Type EQUALS Intern is false"));
    }

    void anEmptyFilterKeepsEveryone() { QVERIFY(CompiledScopingFilter(ScopingFilter{}).matches({})); }

    void invalidClausesAreRefusedNamingGroupAndClause_data()
    {
        QTest::addColumn<ScopingOperator>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad regex") << ScopingOperator::RegexMatch << QStringLiteral("([a-z")
                                   << QStringLiteral("Scoping group 1, clause 1: the regular expression '([a-z' is invalid");
        QTest::newRow("not an integer") << ScopingOperator::GreaterThan << QStringLiteral("ten")
                                        << QStringLiteral("Scoping group 1, clause 1: Greater_Than needs an integer");
    }
    void invalidClausesAreRefusedNamingGroupAndClause()
    {
        QFETCH(ScopingOperator, op);
        QFETCH(QString, value);
        QFETCH(QString, message);
        ScopingFilter filter;
        filter.groups = {{{QStringLiteral("A"), op, value}}};
        auto valid = filter.validate();
        QVERIFY(!valid);
        QVERIFY2(valid.error().message.startsWith(message), qPrintable(valid.error().message));
    }

    void jsonRoundTripsAndUnknownOperatorsAreRefused()
    {
        ScopingFilter filter;
        filter.groups = {{{QStringLiteral("A"), ScopingOperator::NotExistsIn, QStringLiteral("x,y")}}};
        auto back = ScopingFilter::fromJson(filter.toJson());
        QVERIFY(back);
        QCOMPARE(back->groups.at(0).at(0).op, ScopingOperator::NotExistsIn);
        auto json = filter.toJson();
        auto group = json.at(0).toArray();
        auto clause = group.at(0).toObject();
        clause.insert(QStringLiteral("operator"), QStringLiteral("LIKE"));
        group[0] = clause;
        json[0] = group;
        auto refused = ScopingFilter::fromJson(json);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("unknown operator 'LIKE'")));
        QCOMPARE(allScopingOperators().size(), 14);
    }
};

QTEST_GUILESS_MAIN(TestScopingFilter)
#include "tst_scopingfilter.moc"
