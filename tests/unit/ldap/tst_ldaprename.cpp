// What modify DN an operation asks for: moves by parentDistinguishedName, renames by the naming
// attribute, compared as DNs so that spelling is no change.
#include "connectors/directory/ldap/ldapescaping.h"
#include "connectors/directory/ldap/ldaprename.h"

#include <QTest>

using namespace Tenure::Connectors;
using namespace Tenure::Models;

namespace {

Operation op(const QString& dn, QList<AttributeChange> changes)
{
    Operation operation;
    operation.kind = OperationKind::Move;
    operation.targetId = dn;
    operation.changes = std::move(changes);
    return operation;
}

AttributeChange to(const QString& attribute, const QString& value)
{
    return {attribute, {}, {value}, {}};
}

const QString parentAttr = QString::fromLatin1(ParentDnAttribute);

} // namespace

class TestLdapRename : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void movesToTheNewContainer()
    {
        const auto rename = renameFor(op(QStringLiteral("CN=Ann Lee,OU=Sales,DC=x"), {to(parentAttr, QStringLiteral("OU=Finance,DC=x"))}),
                                      QStringLiteral("cn"));
        QVERIFY(rename && *rename);
        QCOMPARE((*rename)->newRdn, QStringLiteral("CN=Ann Lee"));
        QCOMPARE((*rename)->newSuperior, QStringLiteral("OU=Finance,DC=x"));
        QCOMPARE((*rename)->newDn, QStringLiteral("CN=Ann Lee,OU=Finance,DC=x"));
    }

    void theSameContainerSpelledOtherwiseIsNoMove()
    {
        const auto rename = renameFor(op(QStringLiteral("CN=Ann Lee,OU=Sales,DC=x"), {to(parentAttr, QStringLiteral("ou=sales, dc=X"))}),
                                      QStringLiteral("cn"));
        QVERIFY(rename);
        QVERIFY(!*rename);
        QVERIFY(changesAfterRename(op(QStringLiteral("CN=Ann Lee,OU=Sales,DC=x"), {to(parentAttr, QStringLiteral("x"))}),
                                   QStringLiteral("cn"))
                    .isEmpty());
    }

    void aNewNamingValueRenamesInPlaceAndLeavesTheOtherChanges()
    {
        const Operation operation = op(QStringLiteral("uid=old,ou=People,dc=x"),
                                       {to(QStringLiteral("uid"), QStringLiteral("new, one")), to(QStringLiteral("title"), QStringLiteral("T"))});
        const auto rename = renameFor(operation, QStringLiteral("uid"));
        QVERIFY(rename && *rename);
        QCOMPARE((*rename)->newRdn, canonicalDn(QStringLiteral("uid=new\\, one")));
        QVERIFY((*rename)->newSuperior.isEmpty());
        const auto rest = changesAfterRename(operation, QStringLiteral("uid"));
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.first().attribute, QStringLiteral("title"));
    }

    void anEntryNamedByAnotherAttributeIsNotRenamed()
    {
        const Operation operation = op(QStringLiteral("cn=Ann,ou=People,dc=x"), {to(QStringLiteral("uid"), QStringLiteral("alee"))});
        const auto rename = renameFor(operation, QStringLiteral("uid"));
        QVERIFY(rename && !*rename);
        QCOMPARE(changesAfterRename(operation, QStringLiteral("uid")).size(), 1);
    }

    void anInvalidContainerIsAnError()
    {
        const auto rename = renameFor(op(QStringLiteral("cn=a,dc=x"), {to(parentAttr, QStringLiteral("not a dn"))}), QStringLiteral("cn"));
        QVERIFY(!rename);
        QCOMPARE(rename.error().context.attribute, parentAttr);
    }

    void parentAndFirstRdnSplitTheDn()
    {
        QCOMPARE(parentDn(QStringLiteral("uid=a\\,b,ou=P,dc=x")), QStringLiteral("ou=P,dc=x"));
        QCOMPARE(firstRdn(QStringLiteral("uid=a\\,b,ou=P,dc=x")), canonicalDn(QStringLiteral("uid=a\\,b")));
        QCOMPARE(parentDn(QStringLiteral("dc=x")), QString());
        QCOMPARE(comparableDn(QStringLiteral("OU=Sales, DC=X")), comparableDn(QStringLiteral("ou=sales,dc=x")));
    }
};

QTEST_GUILESS_MAIN(TestLdapRename)
#include "tst_ldaprename.moc"
