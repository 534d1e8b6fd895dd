// AD's value rules: userAccountControl bits, accountExpires, sAMAccountName/UPN, the initial password.
#include "connectors/directory/ldap/adaccountcontrol.h"
#include "connectors/directory/ldap/adnames.h"
#include "connectors/directory/ldap/adpassword.h"
#include "connectors/directory/ldap/adwatermark.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Tenure::Connectors;

class TestAdRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void disableFlipsOnlyTheDisableBit_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<bool>("disable");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("512 → 514") << QStringLiteral("512") << true << qint64(514);
        QTest::newRow("514 → 512") << QStringLiteral("514") << false << qint64(512);
        QTest::newRow("dont expire kept") << QStringLiteral("66048") << true << qint64(66050);
        QTest::newRow("already disabled") << QStringLiteral("66050") << true << qint64(66050);
        QTest::newRow("smartcard kept") << QStringLiteral("262658") << false << qint64(262656);
        QTest::newRow("signed high bit") << QStringLiteral("-2147483134") << true << qint64(0x80000202);
    }

    void disableFlipsOnlyTheDisableBit()
    {
        QFETCH(QString, current);
        QFETCH(bool, disable);
        QFETCH(qint64, expected);
        const auto flags = Ad::parseAccountControl(current);
        QVERIFY(flags);
        QCOMPARE(Ad::withDisabled(*flags, disable), expected);
        QCOMPARE(Ad::isDisabled({QString::number(expected)}), disable);
    }

    void garbageIsNoAccountControl()
    {
        QVERIFY(!Ad::parseAccountControl(QStringLiteral("abc")));
        QVERIFY(!Ad::parseAccountControl(QStringLiteral("99999999999")));
        QVERIFY(!Ad::isDisabled({}));
    }

    void accountExpiresFromWhatAMappingGives_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty is never") << QString() << QStringLiteral("0");
        QTest::newRow("never") << QStringLiteral("Never") << QStringLiteral("0");
        QTest::newRow("max is never") << QStringLiteral("9223372036854775807") << QStringLiteral("0");
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0");
        // 2026-01-01T00:00Z: 13,409,... — the end of 2025-12-31.
        QTest::newRow("date: end of that day") << QStringLiteral("2025-12-31") << QStringLiteral("134116992000000000");
        QTest::newRow("instant with Z") << QStringLiteral("2026-01-01T00:00:00Z") << QStringLiteral("134116992000000000");
        QTest::newRow("instant with offset") << QStringLiteral("2026-01-01T02:00:00+02:00")
                                             << QStringLiteral("134116992000000000");
        QTest::newRow("no offset is UTC") << QStringLiteral("2026-01-01T00:00:00") << QStringLiteral("134116992000000000");
        QTest::newRow("filetime kept") << QStringLiteral("134116992000000000") << QStringLiteral("134116992000000000");
    }

    void accountExpiresFromWhatAMappingGives()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Ad::accountExpiresValue(input).value_or(QStringLiteral("<none>")), expected);
    }

    void accountExpiresRefusesNonsense()
    {
        QVERIFY(!Ad::accountExpiresValue(QStringLiteral("next week")));
        QVERIFY(!Ad::accountExpiresValue(QStringLiteral("-5")));
        QCOMPARE(Ad::accountExpiresDateTime(QStringLiteral("134116992000000000")),
                 QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QVERIFY(!Ad::accountExpiresDateTime(QStringLiteral("9223372036854775807")).isValid());
    }

    void samAccountNameRules_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << QStringLiteral("jdoe") << true;
        QTest::newRow("20 characters") << QStringLiteral("abcdefghijklmnopqrst") << true;
        QTest::newRow("21 characters") << QStringLiteral("abcdefghijklmnopqrstu") << false;
        QTest::newRow("dot and dash and @") << QStringLiteral("j.doe-x@") << true;
        QTest::newRow("non-ASCII") << QStringLiteral("jürgen") << true;
        for (const QChar c : QStringLiteral("\"/\\[]:;|=,+*?<>"))
            QTest::newRow(qPrintable(QStringLiteral("forbidden %1").arg(c))) << QStringLiteral("a%1b").arg(c) << false;
        QTest::newRow("control") << QStringLiteral("a\tb") << false;
        QTest::newRow("only dots") << QStringLiteral("...") << false;
        QTest::newRow("dots and spaces") << QStringLiteral(". .") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void samAccountNameRules()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const QString problem = Ad::valueProblem(QStringLiteral("sAMAccountName"), value);
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
    }

    void userPrincipalNameRules_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << QStringLiteral("jdoe@corp.example.test") << true;
        QTest::newRow("dotted name") << QStringLiteral("john.doe@corp.example.test") << true;
        QTest::newRow("no @") << QStringLiteral("jdoe") << false;
        QTest::newRow("two @") << QStringLiteral("j@doe@corp.test") << false;
        QTest::newRow("space") << QStringLiteral("j doe@corp.test") << false;
        QTest::newRow("forbidden") << QStringLiteral("j,doe@corp.test") << false;
        QTest::newRow("leading dot") << QStringLiteral(".jdoe@corp.test") << false;
        QTest::newRow("bad suffix") << QStringLiteral("jdoe@corp..test") << false;
    }

    void userPrincipalNameRules()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const QString problem = Ad::valueProblem(QStringLiteral("userPrincipalName"), value);
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
    }

    void otherAttributesAreNotChecked() { QVERIFY(Ad::valueProblem(QStringLiteral("cn"), QStringLiteral("a,b")).isEmpty()); }

    void initialPasswordMeetsComplexity()
    {
        const QStringList avoid{QStringLiteral("jdoe"), QStringLiteral("John Doe-Smith")};
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString password = Ad::generateInitialPassword(avoid);
            QCOMPARE(password.size(), 20);
            QVERIFY(password.contains(QRegularExpression(QStringLiteral("[A-Z]"))));
            QVERIFY(password.contains(QRegularExpression(QStringLiteral("[a-z]"))));
            QVERIFY(password.contains(QRegularExpression(QStringLiteral("[0-9]"))));
            QVERIFY(password.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9]"))));
            for (const QString& token : {QStringLiteral("jdoe"), QStringLiteral("john"), QStringLiteral("smith")})
                QVERIFY(!password.contains(token, Qt::CaseInsensitive));
            seen.insert(password);
        }
        QCOMPARE(seen.size(), 200);
    }

    void unicodePwdIsQuotedUtf16LittleEndian()
    {
        const QByteArray value = Ad::unicodePwdValue(QStringLiteral("Pä1"));
        QCOMPARE(value, QByteArray("\"\0P\0\xe4\0" "1\0\"\0", 10));
    }

    void watermarkRoundTrips()
    {
        const Ad::ServerPosition position{QStringLiteral("0123456789abcdef0123456789abcdef"), 4242};
        const auto parsed = Ad::ServerPosition::parse(position.toString());
        QVERIFY(parsed);
        QCOMPARE(parsed->invocationId, position.invocationId);
        QCOMPARE(parsed->highestCommittedUsn, 4242);
        QVERIFY(!Ad::ServerPosition::parse(QStringLiteral("https://graph.microsoft.com/…deltaLink")));
        QCOMPARE(Ad::changedSinceFilter(QStringLiteral("(objectClass=user)"), position),
                 QStringLiteral("(&(objectClass=user)(uSNChanged>=4243))"));
    }
};

QTEST_GUILESS_MAIN(TestAdRules)
#include "tst_adrules.moc"
