#include "connectors/directory/scim/scimfilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Tenure::Connectors;

class TestScimFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // RFC 7644 §3.4.2.2: a compValue string is a JSON string (RFC 7159 §7).
    void stringLiteralEscapesJsonSpecials_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("literal");
        QTest::newRow("plain") << QStringLiteral("E-1001") << QStringLiteral("\"E-1001\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("quote-and-backslash") << QStringLiteral("a\"b\\c") << QStringLiteral("\"a\\\"b\\\\c\"");
        QTest::newRow("breakout-attempt") << QStringLiteral("x\" or userName pr or \"")
                                          << QStringLiteral("\"x\\\" or userName pr or \\\"\"");
        QTest::newRow("trailing-backslash") << QStringLiteral("x\\") << QStringLiteral("\"x\\\\\"");
        QTest::newRow("control") << QStringLiteral("a\nb\tc\x01") << QStringLiteral("\"a\\nb\\tc\\u0001\"");
        QTest::newRow("non-ascii-as-is") << QStringLiteral("Šimůnek 日本") << QStringLiteral("\"Šimůnek 日本\"");
        QTest::newRow("brackets-and-parens") << QStringLiteral("a)(b]") << QStringLiteral("\"a)(b]\"");
    }
    void stringLiteralEscapesJsonSpecials()
    {
        QFETCH(QString, value);
        QFETCH(QString, literal);
        QCOMPARE(scimStringLiteral(value), literal);
    }

    // Whatever the value, a JSON parser reads the literal back as exactly that one string.
    void stringLiteralRoundTripsThroughJson_data()
    {
        QTest::addColumn<QString>("value");
        QString everyControl;
        for (char16_t c = 0; c < 0x20; ++c)
            everyControl += QChar(c);
        QTest::newRow("hostile") << QStringLiteral("a\"b\\c");
        QTest::newRow("controls") << everyControl;
        QTest::newRow("escaped-looking") << QStringLiteral("\\u0022\\\"");
        QTest::newRow("unicode") << QStringLiteral("Zoë 😀");
    }
    void stringLiteralRoundTripsThroughJson()
    {
        QFETCH(QString, value);
        const auto document = QJsonDocument::fromJson("[" + scimStringLiteral(value).toUtf8() + "]");
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), 1);
        QCOMPARE(document.array().at(0).toString(), value);
    }

    void equalsFilterQuotesOnlyTheValue()
    {
        QCOMPARE(scimEqualsFilter(QStringLiteral("externalId"), QStringLiteral("a\"b\\c")),
                 QStringLiteral("externalId eq \"a\\\"b\\\\c\""));
        QCOMPARE(scimEqualsFilter(QStringLiteral("userName"), QStringLiteral("ann@example.test")),
                 QStringLiteral("userName eq \"ann@example.test\""));
    }

    // A hostile value stays inside its own term, so it cannot widen the lookup to other users.
    void anyEqualsFilterJoinsEscapedTermsWithOr()
    {
        QCOMPARE(scimAnyEqualsFilter(QStringLiteral("externalId"), {QStringLiteral("1001"), QStringLiteral("x\" or userName pr or \"")}),
                 QStringLiteral("externalId eq \"1001\" or externalId eq \"x\\\" or userName pr or \\\"\""));
        QCOMPARE(scimAnyEqualsFilter(QStringLiteral("userName"), {QStringLiteral("ann")}), QStringLiteral("userName eq \"ann\""));
        QVERIFY(scimAnyEqualsFilter(QStringLiteral("userName"), {}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestScimFilter)
#include "tst_scimfilter.moc"
