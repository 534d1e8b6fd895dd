// The whole hand-over of a new Active Directory account's initial password, on a real Samba AD DC:
// a run creates the account (SyncService through the ConnectorFactory, as tenure-cli sync and the
// console do), the password waits listed in the workspace, an administrator takes it once, it
// opens the account, and nobody can take it again. Needs root and the ports 389/636/88.
#include "app/connectorfactory.h"
#include "app/initialpasswords.h"
#include "app/secrets/memorysecretstore.h"
#include "app/syncservice.h"
#include "app/workspace.h"
#include "connectors/directory/ldap/ldapescaping.h"
#include "tests/support/sambaadfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;
using Tests::SambaAdFixture;

class TestAdPasswordHandover : public QObject {
    Q_OBJECT

    std::unique_ptr<SambaAdFixture> m_ad;
    QTemporaryDir m_dir;

    Models::AttributeChange change(const QString& attribute, const QString& after)
    {
        return Models::AttributeChange{attribute, {}, {after}, QStringLiteral("test")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = SambaAdFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_ad = std::make_unique<SambaAdFixture>();
        QVERIFY2(m_ad->start(), qPrintable(m_ad->errorString()));
        QVERIFY2(m_ad->ldif(QStringLiteral("dn: OU=Tenure,%1\nobjectClass: organizationalUnit\n").arg(m_ad->baseDn())),
                 qPrintable(m_ad->errorString()));
    }

    void aRunsNewAccountHasItsPasswordTakenOnceAndItOpensTheAccount()
    {
        auto workspace = App::Workspace::open(m_dir.filePath(QStringLiteral("ad.tenure")));
        QVERIFY(workspace);
        App::MemorySecretStore secrets;
        QVERIFY(secrets.write(QStringLiteral("tenure/Corp AD/bind"), m_ad->password()));
        QJsonObject settings = m_ad->ldapSettings(QStringLiteral("OU=Tenure,") + m_ad->baseDn());
        settings.insert(QStringLiteral("forcePasswordChange"), false);   // so the test can sign in with it
        const Models::Tenant tenant{0, QStringLiteral("Corp AD"), Models::TenantRole::Directory, QStringLiteral("ldap"),
                                    settings, QStringLiteral("tenure/Corp AD/bind"), {}};
        QVERIFY((*workspace)->tenants().save(tenant));

        const QString dn = Connectors::canonicalDn(QStringLiteral("CN=Katherine Johnson,OU=Tenure,") + m_ad->baseDn());
        Models::Operation create;
        create.category = Models::Category::Joiner;
        create.kind = Models::OperationKind::Create;
        create.workerId = QStringLiteral("W1918");
        create.displayName = QStringLiteral("Katherine Johnson");
        create.targetId = dn;
        create.changes = {change(QStringLiteral("cn"), QStringLiteral("Katherine Johnson")),
                          change(QStringLiteral("sAMAccountName"), QStringLiteral("kjohnson")),
                          change(QStringLiteral("userPrincipalName"), QStringLiteral("kjohnson@") + m_ad->upnSuffix()),
                          change(QStringLiteral("sn"), QStringLiteral("Johnson")),
                          change(QStringLiteral("displayName"), QStringLiteral("Katherine Johnson"))};
        Models::Plan plan;
        plan.tenant = tenant.name;
        plan.createdAt = QDateTime::currentDateTimeUtc();
        plan.operations = {create};
        auto planId = (*workspace)->plans().save(plan);
        QVERIFY(planId);

        App::ConnectorFactory connectors(secrets);
        App::SyncService sync(**workspace, connectors, QStringLiteral("scheduler"));
        QStringList notes;
        auto summary = sync.run(*planId, Models::CancelToken(),
                                [&](const Models::OperationOutcome& outcome) { notes << outcome.message; });
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().describe()));
        QCOMPARE(summary->confirmed, 1);

        const App::InitialPasswords passwords(**workspace, secrets, QStringLiteral("alice"));
        auto waiting = passwords.waiting();
        QVERIFY(waiting);
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->constFirst().account, dn);
        QCOMPARE(waiting->constFirst().tenant, QStringLiteral("Corp AD"));
        QVERIFY2(notes.join(QLatin1Char('\n')).contains(waiting->constFirst().reference), qPrintable(notes.join(QLatin1Char('\n'))));

        auto password = passwords.take(dn);
        QVERIFY2(password, qPrintable(password ? QString() : password.error().describe()));
        QVERIFY(!notes.join(QLatin1Char('\n')).contains(*password));
        const QString problem = m_ad->bindProblem(QStringLiteral("kjohnson@") + m_ad->upnSuffix(), *password);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        auto again = passwords.take(dn);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Models::ErrorCode::NotFound);
        QVERIFY(passwords.waiting()->isEmpty());
    }

    void cleanupTestCase() { m_ad.reset(); }
};

QTEST_GUILESS_MAIN(TestAdPasswordHandover)
#include "tst_adpasswordhandover.moc"
