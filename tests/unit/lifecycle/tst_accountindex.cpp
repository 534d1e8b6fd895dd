// The account index finds accounts by a value as directories compare values (trimmed, case-folded),
// without storing the values: these prove it agrees with QString::trimmed().toCaseFolded()
// equality, lists each account once and in snapshot order, and never matches a blank value.
#include "models/lifecycle/accountindex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Tenure::Models;

namespace {

Account account(const QString& id, const QString& attribute, const AttributeValue& value)
{
    Account a;
    a.id = id;
    a.attributes.insert(attribute, value);
    return a;
}

QList<int> asList(const FoldedValueIndex::Matches& matches) { return QList<int>(matches.cbegin(), matches.cend()); }

const QString Mail = QStringLiteral("mail");

} // namespace

class TestAccountIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsAValueTrimmedAndCaseFolded_data()
    {
        QTest::addColumn<QString>("held");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<bool>("found");
        QTest::newRow("same") << QStringLiteral("ada@example.test") << QStringLiteral("ada@example.test") << true;
        QTest::newRow("case") << QStringLiteral("Ada@Example.TEST") << QStringLiteral("ada@example.test") << true;
        QTest::newRow("padding on both sides") << QStringLiteral("  ada@example.test\t") << QStringLiteral(" ADA@example.test ") << true;
        QTest::newRow("latin-1 letters") << QStringLiteral("ZOË") << QStringLiteral("zoë") << true;
        QTest::newRow("beyond latin-1") << QStringLiteral("ŁUKASZ ŻÓŁĆ") << QStringLiteral("łukasz żółć") << true;
        QTest::newRow("final sigma folds like sigma") << QStringLiteral("ΟΔΥΣΣΕΥΣ") << QStringLiteral("οδυσσευς") << true;
        QTest::newRow("outside the BMP") << QString::fromUtf16(u"\U00010400x") << QString::fromUtf16(u"\U00010428X") << true;
        QTest::newRow("inner spaces count") << QStringLiteral("ada lovelace") << QStringLiteral("adalovelace") << false;
        QTest::newRow("simple folding only, as toCaseFolded") << QStringLiteral("STRASSE") << QStringLiteral("straße") << false;
        QTest::newRow("different value") << QStringLiteral("ada@example.test") << QStringLiteral("ada@example.tes") << false;
    }
    void findsAValueTrimmedAndCaseFolded()
    {
        QFETCH(QString, held);
        QFETCH(QString, asked);
        QFETCH(bool, found);
        const QList<Account> accounts{account(QStringLiteral("uid=other"), Mail, {QStringLiteral("x@example.test")}),
                                      account(QStringLiteral("uid=ada"), Mail, {held})};
        const AccountIndex index(accounts, {Mail}, {});
        QCOMPARE(asList(index.matches(0, asked)), found ? QList<int>{1} : QList<int>{});
        QCOMPARE(AccountIndex::key(held) == AccountIndex::key(asked), found);   // the definition it must agree with
    }

    void anyValueOfAMultiValuedAttributeMatches()
    {
        const QList<Account> accounts{account(QStringLiteral("uid=ada"), Mail, {QStringLiteral("ada@example.test"), QStringLiteral("countess@example.test")})};
        const AccountIndex index(accounts, {Mail}, {});
        QCOMPARE(asList(index.matches(0, QStringLiteral("Countess@example.test"))), QList<int>{0});
        QCOMPARE(asList(index.matches(0, QStringLiteral("ada@example.test"))), QList<int>{0});
    }

    void eachAccountIsListedOnceInSnapshotOrder()
    {
        const QList<Account> accounts{account(QStringLiteral("uid=c"), Mail, {QStringLiteral("shared@example.test")}),
                                      account(QStringLiteral("uid=x"), Mail, {QStringLiteral("other@example.test")}),
                                      account(QStringLiteral("uid=a"), Mail, {QStringLiteral("SHARED@example.test"), QStringLiteral("shared@example.test ")}),
                                      account(QStringLiteral("uid=b"), Mail, {QStringLiteral("shared@example.test")})};
        const AccountIndex index(accounts, {Mail}, {});
        QCOMPARE(asList(index.matches(0, QStringLiteral("shared@example.test"))), (QList<int>{0, 2, 3}));
    }

    void blankValuesNeverMatch()
    {
        const QList<Account> accounts{account(QStringLiteral("uid=blank"), Mail, {QStringLiteral("   ")}),
                                      account(QStringLiteral("uid=empty"), Mail, {QString()})};
        const AccountIndex index(accounts, {Mail}, {});
        QVERIFY(index.matches(0, QString()).isEmpty());
        QVERIFY(index.matches(0, QStringLiteral("  ")).isEmpty());
    }

    void rulesAreLookedUpByPrecedence()
    {
        const QString employeeId = QStringLiteral("employeeID");
        QList<Account> accounts{account(QStringLiteral("uid=ada"), Mail, {QStringLiteral("ada@example.test")})};
        accounts[0].attributes.insert(employeeId, {QStringLiteral("1815")});
        const AccountIndex index(accounts, {employeeId, Mail}, {});
        QCOMPARE(asList(index.matches(0, QStringLiteral("1815"))), QList<int>{0});
        QVERIFY(index.matches(0, QStringLiteral("ada@example.test")).isEmpty());
        QCOMPARE(asList(index.matches(1, QStringLiteral("ada@example.test"))), QList<int>{0});
        QVERIFY(index.matches(2, QStringLiteral("1815")).isEmpty());   // no such rule
    }

    void aUniqueValueIsHeldOnlyByAnotherAccount()
    {
        const QString sam = QStringLiteral("sAMAccountName");
        const QList<Account> accounts{account(QStringLiteral("uid=ada"), sam, {QStringLiteral("alovelace")})};
        const AccountIndex index(accounts, {}, {sam});
        QVERIFY(index.isHeldByOther(sam, QStringLiteral("ALovelace"), -1));
        QVERIFY(index.isHeldByOther(QStringLiteral("SAMACCOUNTNAME"), QStringLiteral("alovelace"), -1));
        QVERIFY(!index.isHeldByOther(sam, QStringLiteral("alovelace"), 0));   // its own value
        QVERIFY(!index.isHeldByOther(sam, QStringLiteral("blovelace"), -1));
        QVERIFY(!index.isHeldByOther(QStringLiteral("mail"), QStringLiteral("alovelace"), -1));
    }

    // Random values over an alphabet of traps (case, padding, Latin-1, beyond Latin-1, surrogate
    // pairs, a lone surrogate): the index must find exactly the accounts the old definition finds.
    void agreesWithTrimmedCaseFoldedEquality()
    {
        const QList<QString> pieces{QStringLiteral("a"), QStringLiteral("A"), QStringLiteral(" "), QStringLiteral("\t"),
                                    QStringLiteral("é"), QStringLiteral("É"), QStringLiteral("ł"), QStringLiteral("Ł"),
                                    QStringLiteral("ß"), QStringLiteral("Σ"), QStringLiteral("ς"), QString::fromUtf16(u"\U00010400"),
                                    QString::fromUtf16(u"\U00010428"), QString(QChar(0xD801)), QStringLiteral("\u00A0")};
        QRandomGenerator random(4515);
        const auto randomValue = [&] {
            QString value;
            const int length = random.bounded(5);
            for (int i = 0; i < length; ++i)
                value += pieces.at(random.bounded(int(pieces.size())));
            return value;
        };
        QList<Account> accounts;
        for (int i = 0; i < 400; ++i)
            accounts.append(account(QStringLiteral("uid=%1").arg(i), Mail, {randomValue()}));
        const AccountIndex index(accounts, {Mail}, {});
        for (int probe = 0; probe < 400; ++probe) {
            const QString asked = randomValue();
            QList<int> expected;
            if (!AccountIndex::key(asked).isEmpty())
                for (int i = 0; i < accounts.size(); ++i)
                    if (AccountIndex::key(firstValue(accounts.at(i).attributes, Mail)) == AccountIndex::key(asked))
                        expected.append(i);
            QCOMPARE(asList(index.matches(0, asked)), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountIndex)
#include "tst_accountindex.moc"
