#include "connectors/directory/ldap/ldapescaping.h"

#include <QTest>

#include <ldap.h>

using namespace Tenure::Connectors;

namespace {

QString withNul(const char* before, const char* after)
{
    return QString::fromUtf8(before) + QChar(u'\0') + QString::fromUtf8(after);
}

// The value of the first RDN of dn as libldap's RFC 4514 parser reads it back.
QString parsedRdnValue(const QString& dn, bool* ok)
{
    LDAPDN parsed = nullptr;
    const QByteArray bytes = dn.toUtf8();
    *ok = ldap_str2dn(bytes.constData(), &parsed, LDAP_DN_FORMAT_LDAPV3) == LDAP_SUCCESS && parsed && parsed[0]
          && parsed[0][0] && !parsed[0][1];   // exactly one attribute in the RDN: '+' did not split it
    QString value;
    if (*ok)
        value = QString::fromUtf8(parsed[0][0]->la_value.bv_val, qsizetype(parsed[0][0]->la_value.bv_len));
    if (parsed)
        ldap_dnfree(parsed);
    return value;
}

} // namespace

class TestLdapEscaping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filterValueEscapesRfc4515Specials_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("jdoe") << QStringLiteral("jdoe");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("star") << QStringLiteral("*") << QStringLiteral("\\2a");
        QTest::newRow("injection") << QStringLiteral("*)(uid=*") << QStringLiteral("\\2a\\29\\28uid=\\2a");
        QTest::newRow("or-injection") << QStringLiteral("x)(|(objectClass=*)")
                                      << QStringLiteral("x\\29\\28|\\28objectClass=\\2a\\29");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\5cb");
        QTest::newRow("already-escaped-is-escaped-again") << QStringLiteral("\\2a") << QStringLiteral("\\5c2a");
        QTest::newRow("nul") << withNul("a", "b") << QStringLiteral("a\\00b");
        QTest::newRow("dn-specials-untouched") << QStringLiteral("a,b+c=\"d\"") << QStringLiteral("a,b+c=\"d\"");
        QTest::newRow("non-ascii-stays-utf8") << QStringLiteral("Müller-Łukasz 日本") << QStringLiteral("Müller-Łukasz 日本");
    }
    void filterValueEscapesRfc4515Specials()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(escapeFilterValue(value), escaped);
    }

    void dnValueEscapesRfc4514Specials_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("jdoe") << QStringLiteral("jdoe");
        QTest::newRow("comma-plus-equals-quotes") << QStringLiteral("a,b+c=\"d\"") << QStringLiteral("a\\,b\\+c\\=\\\"d\\\"");
        QTest::newRow("angle-semicolon") << QStringLiteral("<x>;y") << QStringLiteral("\\<x\\>\\;y");
        QTest::newRow("backslash") << QStringLiteral("back\\slash") << QStringLiteral("back\\\\slash");
        QTest::newRow("leading-hash") << QStringLiteral("#1 fan") << QStringLiteral("\\#1 fan");
        QTest::newRow("inner-hash") << QStringLiteral("no#1") << QStringLiteral("no#1");
        QTest::newRow("leading-space") << QStringLiteral(" lead") << QStringLiteral("\\ lead");
        QTest::newRow("trailing-space") << QStringLiteral("trail ") << QStringLiteral("trail\\ ");
        QTest::newRow("inner-space") << QStringLiteral("Doe John") << QStringLiteral("Doe John");
        QTest::newRow("only-space") << QStringLiteral(" ") << QStringLiteral("\\ ");
        QTest::newRow("two-spaces") << QStringLiteral("  ") << QStringLiteral("\\ \\ ");
        QTest::newRow("nul") << withNul("a", "b") << QStringLiteral("a\\00b");
        QTest::newRow("filter-injection") << QStringLiteral("*)(uid=*") << QStringLiteral("*)(uid\\=*");
        QTest::newRow("non-ascii-stays-utf8") << QStringLiteral("Ångström Ødegård") << QStringLiteral("Ångström Ødegård");
    }
    void dnValueEscapesRfc4514Specials()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(escapeDnValue(value), escaped);
    }

    // The proof that matters: libldap's own DN parser reads every hostile value back unchanged,
    // as one RDN of one attribute under the intended parent.
    void joinedDnParsesBackToTheSameValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("comma") << QStringLiteral("Doe, John");
        QTest::newRow("all-specials") << QStringLiteral("a,b+c=\"d\";<e>\\f");
        QTest::newRow("rdn-injection") << QStringLiteral("x,ou=Admins");
        QTest::newRow("multi-valued-rdn-injection") << QStringLiteral("x+cn=admin");
        QTest::newRow("leading-hash") << QStringLiteral("#04024869");
        QTest::newRow("leading-and-trailing-space") << QStringLiteral(" padded ");
        QTest::newRow("nul") << withNul("nul", "byte");
        QTest::newRow("non-ascii") << QStringLiteral("Zoë Ĳsselmeer 山田");
    }
    void joinedDnParsesBackToTheSameValue()
    {
        QFETCH(QString, value);
        const QString dn = joinRdn(QStringLiteral("uid"), value, QStringLiteral("ou=People,dc=example,dc=test"));
        QVERIFY2(dn.endsWith(QLatin1String(",ou=People,dc=example,dc=test")), qPrintable(dn));
        bool ok = false;
        QCOMPARE(parsedRdnValue(dn, &ok), value);
        QVERIFY2(ok, qPrintable(dn));

        LDAPDN parsed = nullptr;
        const QByteArray bytes = dn.toUtf8();
        QCOMPARE(ldap_str2dn(bytes.constData(), &parsed, LDAP_DN_FORMAT_LDAPV3), LDAP_SUCCESS);
        int rdns = 0;
        while (parsed[rdns])
            ++rdns;
        ldap_dnfree(parsed);
        QCOMPARE(rdns, 4);   // uid=…, ou=People, dc=example, dc=test: no RDN smuggled in
    }

    void canonicalDnIsLibldapsSpelling_data()
    {
        QTest::addColumn<QString>("dn");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("plain") << QStringLiteral("uid=jdoe,ou=People,dc=example,dc=test")
                               << QStringLiteral("uid=jdoe,ou=People,dc=example,dc=test");
        QTest::newRow("backslash-char becomes hex") << QStringLiteral("uid=\\#Doe\\, John\\+Jr,ou=People")
                                                    << QStringLiteral("uid=\\23Doe\\2C John\\2BJr,ou=People");
        QTest::newRow("spaces around separators go") << QStringLiteral("uid=a , ou=People")
                                                     << QStringLiteral("uid=a,ou=People");
        QTest::newRow("utf-8 stays") << QStringLiteral("uid=Zo\\C3\\AB,ou=x") << QStringLiteral("uid=Zoë,ou=x");
        QTest::newRow("not a dn") << QStringLiteral("jdoe") << QString();
    }
    void canonicalDnIsLibldapsSpelling()
    {
        QFETCH(QString, dn);
        QFETCH(QString, canonical);
        QCOMPARE(canonicalDn(dn), canonical);
    }

    void canonicalDnKeepsTheValue_data() { joinedDnParsesBackToTheSameValue_data(); }
    void canonicalDnKeepsTheValue()
    {
        QFETCH(QString, value);
        const QString dn = canonicalDn(joinRdn(QStringLiteral("uid"), value, QStringLiteral("ou=People,dc=example,dc=test")));
        bool ok = false;
        QCOMPARE(parsedRdnValue(dn, &ok), value);
        QVERIFY2(ok, qPrintable(dn));
        QCOMPARE(canonicalDn(dn), dn);   // idempotent
    }

    void joinRdnWithoutParentIsTheRdn()
    {
        QCOMPARE(joinRdn(QStringLiteral("cn"), QStringLiteral("a,b"), QString()), QStringLiteral("cn=a\\,b"));
    }
};

QTEST_GUILESS_MAIN(TestLdapEscaping)
#include "tst_ldapescaping.moc"
