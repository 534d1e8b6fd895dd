// How an AD incremental read finds deleted accounts: the domain of the managed base, the search
// of the Deleted Objects container, and the DN a tombstone's account had.
#include "connectors/directory/ldap/addeletedaccounts.h"

#include <QTest>

using namespace Tenure::Connectors;
using Tenure::Models::Account;

namespace {

Account tombstone(const QString& dn, const QString& name, const QString& parent, const QString& lastKnownRdn = {})
{
    Account account;
    account.id = dn;
    if (!name.isEmpty())
        account.attributes.insert(QStringLiteral("name"), {name});
    if (!parent.isEmpty())
        account.attributes.insert(QStringLiteral("lastKnownParent"), {parent});
    if (!lastKnownRdn.isEmpty())
        account.attributes.insert(QStringLiteral("msDS-LastKnownRDN"), {lastKnownRdn});
    return account;
}

const QString guid = QStringLiteral("30154b6d-e579-4a36-a57e-807c1b961418");

} // namespace

class TestAdDeletedAccounts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void domainIsTheTrailingRunOfDomainComponents_data()
    {
        QTest::addColumn<QString>("dn");
        QTest::addColumn<QString>("domain");
        QTest::newRow("ou") << "OU=Staff,OU=Tenure,DC=corp,DC=example,DC=test" << "DC=corp,DC=example,DC=test";
        QTest::newRow("domain-itself") << "DC=corp,DC=example,DC=test" << "DC=corp,DC=example,DC=test";
        QTest::newRow("lower-case") << "ou=Staff,dc=corp,dc=test" << "dc=corp,dc=test";
        QTest::newRow("dc-above-an-ou") << "DC=x,OU=Odd,DC=corp,DC=test" << "DC=corp,DC=test";
        QTest::newRow("no-domain") << "OU=Staff,O=Example" << "";
        QTest::newRow("not-a-dn") << "not a dn" << "";
    }
    void domainIsTheTrailingRunOfDomainComponents()
    {
        QFETCH(QString, dn);
        QFETCH(QString, domain);
        QCOMPARE(Ad::domainOf(dn), domain);
    }

    void queryReadsTheDeletedObjectsContainerWithTheShowDeletedControl()
    {
        const auto query = Ad::deletedAccountsQuery(QStringLiteral("DC=corp,DC=example,DC=test"),
                                                    Ad::ServerPosition{QString(32, QLatin1Char('a')), 4100}, 250);
        QCOMPARE(query.baseDn, QStringLiteral("<WKGUID=18e2ea80684f11d2b9aa00c04f79f805,DC=corp,DC=example,DC=test>"));
        QVERIFY(query.oneLevel);
        QCOMPARE(query.criticalControls, QList<QByteArray>{"1.2.840.113556.1.4.417"});
        QCOMPARE(query.filter, QStringLiteral("(&(isDeleted=TRUE)(objectClass=user)(!(objectClass=computer))(uSNChanged>=4101))"));
        QCOMPARE(query.pageSize, 250);
        QVERIFY(query.attributes.contains(QStringLiteral("lastKnownParent")));
        QVERIFY(query.attributes.contains(QStringLiteral("msDS-LastKnownRDN")));
        QVERIFY(query.attributes.contains(QStringLiteral("name")));
    }

    void theDnBeforeDeletionComesFromTheMangledNameAndLastKnownParent()
    {
        // As Samba and AD without the Recycle Bin return a tombstone: the RDN value ends in "\nDEL:<guid>".
        const Account samba = tombstone(QStringLiteral("CN=Ann Lee\\0ADEL:%1,CN=Deleted Objects,DC=corp,DC=test").arg(guid),
                                        QStringLiteral("Ann Lee\nDEL:%1").arg(guid),
                                        QStringLiteral("OU=Staff,OU=Tenure,DC=corp,DC=test"));
        QCOMPARE(Ad::dnBeforeDeletion(samba), QStringLiteral("CN=Ann Lee,OU=Staff,OU=Tenure,DC=corp,DC=test"));
    }

    void specialsInTheOldNameAreEscapedAsAReadWouldGiveThem()
    {
        const Account account = tombstone(QStringLiteral("CN=Lee\\2C Ann\\0ADEL:%1,CN=Deleted Objects,DC=corp,DC=test").arg(guid),
                                          QStringLiteral("Lee, Ann\nDEL:%1").arg(guid), QStringLiteral("OU=Staff,DC=corp,DC=test"));
        QCOMPARE(Ad::dnBeforeDeletion(account), QStringLiteral("CN=Lee\\2C Ann,OU=Staff,DC=corp,DC=test"));
    }

    void msDsLastKnownRdnWinsWhereTheDcKeepsIt()
    {
        const Account account = tombstone(QStringLiteral("CN=Ann Lee\\0ADEL:%1,CN=Deleted Objects,DC=corp,DC=test").arg(guid),
                                          QStringLiteral("Ann Lee\nDEL:%1").arg(guid), QStringLiteral("OU=Staff,DC=corp,DC=test"),
                                          QStringLiteral("Ann Lee"));
        QCOMPARE(Ad::dnBeforeDeletion(account), QStringLiteral("CN=Ann Lee,OU=Staff,DC=corp,DC=test"));
    }

    void aTombstoneThatHoldsTooLittleGivesNoDn()
    {
        const QString dn = QStringLiteral("CN=Ann Lee\\0ADEL:%1,CN=Deleted Objects,DC=corp,DC=test").arg(guid);
        QVERIFY(Ad::dnBeforeDeletion(tombstone(dn, QStringLiteral("Ann Lee\nDEL:%1").arg(guid), {})).isEmpty());
        QVERIFY(Ad::dnBeforeDeletion(tombstone(dn, QStringLiteral("Ann Lee"), QStringLiteral("OU=Staff,DC=corp,DC=test"))).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestAdDeletedAccounts)
#include "tst_addeletedaccounts.moc"
