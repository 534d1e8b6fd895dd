// End to end against a real slapd: HR file → preview → sync → the directory changed, and a
// second preview plans nothing. A preview that fails stores nothing.
#include "app/connectorfactory.h"
#include "app/previewservice.h"
#include "app/secrets/memorysecretstore.h"
#include "app/syncservice.h"
#include "app/workspace.h"
#include "tests/support/slapdfixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;
using Models::Category;

namespace {

const QByteArray hrCsv =
    "WorkerID,FirstName,LastName,DisplayName,Title,Status,HireDate\n"
    "1001,Ann,Lee,Ann Lee,Engineer,Active,2019-03-01\n"          // unchanged
    "1002,Bo,Šimůnek,Bo Šimůnek,Lead Engineer,Active,2018-01-01\n"  // mover: title changed
    "1003,Cy,\"O'Neil, Jr\",\"Cy O'Neil, Jr\",Analyst,Active,2024-05-01\n"  // joiner with DN metacharacters
    "1004,Di,Roe,Di Roe,Clerk,Terminated,2015-01-01\n"           // leaver: terminated
    "1005,Ed,Broken,Ed Broken\n"                                   // malformed: error, never a leaver
    "1006,Fay,Future,Fay Future,Intern,Active,2099-01-01\n";       // future-dated

QString seed(const QString& people)
{
    QString ldif;
    const auto entry = [&](const QString& id, const QString& cn, const QString& sn, const QString& title) {
        ldif += QStringLiteral("dn: uid=%1,%2\nobjectClass: inetOrgPerson\nuid: %1\ncn: %3\nsn: %4\ngivenName: x\n"
                               "title: %5\nemployeeNumber: %1\nuserPassword: pw-%1\n\n")
                    .arg(id, people, cn, sn, title);
    };
    entry(QStringLiteral("1001"), QStringLiteral("Ann Lee"), QStringLiteral("Lee"), QStringLiteral("Engineer"));
    entry(QStringLiteral("1002"), QStringLiteral("Bo Šimůnek"), QStringLiteral("Šimůnek"), QStringLiteral("Engineer"));
    entry(QStringLiteral("1004"), QStringLiteral("Di Roe"), QStringLiteral("Roe"), QStringLiteral("Clerk"));
    entry(QStringLiteral("1005"), QStringLiteral("Ed Broken"), QStringLiteral("Broken"), QStringLiteral("Clerk"));
    entry(QStringLiteral("1009"), QStringLiteral("Gone Person"), QStringLiteral("Person"), QStringLiteral("Clerk"));
    return ldif;
}

Models::MappingSet mapping()
{
    using Models::ApplyWhen;
    Models::MappingSet set;
    using Models::AttributeMapping;
    auto employeeNumber = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
    employeeNumber.matchingPrecedence = 1;
    set.attributes = {
        AttributeMapping::direct(QStringLiteral("uid"), QStringLiteral("WorkerID"), ApplyWhen::OnCreate),
        AttributeMapping::direct(QStringLiteral("cn"), QStringLiteral("DisplayName")),
        AttributeMapping::direct(QStringLiteral("sn"), QStringLiteral("LastName")),
        AttributeMapping::constantValue(QStringLiteral("givenName"), QStringLiteral("x"), ApplyWhen::OnCreate),
        AttributeMapping::direct(QStringLiteral("title"), QStringLiteral("Title")),
        employeeNumber,
    };
    return set;
}

} // namespace

class TestPreviewAndSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Tests::SlapdFixture m_slapd;
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};

    int storedPlans() const
    {
        QSqlQuery query(m_workspace->database().connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM plans"));
        return query.next() ? query.value(0).toInt() : -1;
    }

    Models::Tenant directoryTenant() const { return *m_workspace->tenants().find(QStringLiteral("Directory")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_slapd.start(), qPrintable(m_slapd.errorString()));
        QVERIFY(m_slapd.ldif(seed(m_slapd.peopleDn())));
        const auto csvPath = m_dir.filePath(QStringLiteral("workers.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(hrCsv);
        csv.close();

        auto workspace = App::Workspace::open(m_dir.filePath(QStringLiteral("e2e.tenure")));
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);
        Models::Tenant hr;
        hr.name = QStringLiteral("HR");
        hr.role = Models::TenantRole::HrSource;
        hr.type = QStringLiteral("csv");
        hr.settings = {{QStringLiteral("path"), csvPath}};
        QVERIFY(m_workspace->tenants().save(hr));
        Models::Tenant directory;
        directory.name = QStringLiteral("Directory");
        directory.type = QStringLiteral("ldap");
        directory.settings = m_slapd.ldapSettings(true);
        directory.secretRef = QStringLiteral("e2e/Directory");
        directory.sourceTenant = QStringLiteral("HR");
        QVERIFY(m_workspace->tenants().save(directory));
        QVERIFY(m_secrets.write(directory.secretRef, m_slapd.password()));
        QVERIFY(m_workspace->mappings().save(QStringLiteral("Directory"), mapping()));
    }

    void previewShowsEveryCategoryAndWritesNothing()
    {
        const auto before = m_slapd.search(QStringLiteral("(objectClass=inetOrgPerson)"));
        App::PreviewService preview(*m_workspace, m_connectors);
        auto stored = preview.preview(QStringLiteral("Directory"), {});
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().describe()));
        const auto counts = stored->plan.countsByCategory();
        QCOMPARE(counts.value(Category::Joiner), 1);
        QCOMPARE(counts.value(Category::Mover), 1);
        QCOMPARE(counts.value(Category::Leaver), 2);   // 1004 terminated, 1009 absent from HR
        QCOMPARE(counts.value(Category::Unchanged), 1);
        QCOMPARE(counts.value(Category::FutureDated), 1);
        QCOMPARE(counts.value(Category::Error), 1);
        QCOMPARE(stored->plan.operations.first().sourceLine, 6);   // the malformed row, by its line
        QCOMPARE(m_slapd.search(QStringLiteral("(objectClass=inetOrgPerson)")), before);
    }

    void syncCarriesOutThePlanAndASecondPreviewIsANoOp()
    {
        App::PreviewService preview(*m_workspace, m_connectors);
        auto stored = preview.preview(QStringLiteral("Directory"), {});
        QVERIFY(stored);
        QList<Models::OperationOutcome> outcomes;
        App::SyncService sync(*m_workspace, m_connectors, QStringLiteral("tester"));
        auto summary = sync.run(stored->id, {}, [&](const Models::OperationOutcome& o) { outcomes.append(o); });
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().describe()));
        QCOMPARE(summary->failed, 0);
        QCOMPARE(summary->confirmed, 4);
        QCOMPARE(outcomes.size(), 8);   // sent + confirmed for each

        // The joiner exists with its escaped RDN, the mover has the new title, leavers cannot bind.
        const auto joiner = m_slapd.search(QStringLiteral("(employeeNumber=1003)"), {QStringLiteral("cn")});
        QVERIFY2(joiner.contains(QStringLiteral("cn: Cy O'Neil, Jr")), qPrintable(joiner));
        QVERIFY(m_slapd.search(QStringLiteral("(employeeNumber=1002)")).contains(QStringLiteral("title: Lead Engineer")));
        QVERIFY(m_slapd.canBind(QStringLiteral("uid=1001,") + m_slapd.peopleDn(), QStringLiteral("pw-1001")));
        QVERIFY(!m_slapd.canBind(QStringLiteral("uid=1004,") + m_slapd.peopleDn(), QStringLiteral("pw-1004")));
        QVERIFY(!m_slapd.canBind(QStringLiteral("uid=1009,") + m_slapd.peopleDn(), QStringLiteral("pw-1009")));
        QVERIFY(m_slapd.canBind(QStringLiteral("uid=1005,") + m_slapd.peopleDn(), QStringLiteral("pw-1005")));

        auto run = m_workspace->runs().find(summary->runId);
        QCOMPARE(run->operatorName, QStringLiteral("tester"));
        QCOMPARE(run->state, Models::RunState::Completed);

        auto again = preview.preview(QStringLiteral("Directory"), {});
        QVERIFY(again);
        QCOMPARE(again->plan.writeCount(), 0);
        // 1001–1004 match HR (1004 now disabled); 1009 is gone from HR and already disabled, so not planned.
        QCOMPARE(again->plan.countsByCategory().value(Category::Unchanged), 4);
    }

    void aCancelledRunSendsNothingAndSaysSo()
    {
        QVERIFY(m_slapd.ldif(QStringLiteral("dn: uid=1001,%1\nchangetype: modify\nreplace: title\ntitle: Changed\n")
                                 .arg(m_slapd.peopleDn())));
        App::PreviewService preview(*m_workspace, m_connectors);
        auto stored = preview.preview(QStringLiteral("Directory"), {});
        QVERIFY(stored);
        QCOMPARE(stored->plan.writeCount(), 1);
        Models::CancelToken cancel;
        cancel.cancel();
        App::SyncService sync(*m_workspace, m_connectors, QStringLiteral("tester"));
        auto summary = sync.run(stored->id, cancel);
        QVERIFY(summary);
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->skipped, 1);
        QCOMPARE(m_workspace->runs().find(summary->runId)->state, Models::RunState::Cancelled);
        QVERIFY(m_slapd.search(QStringLiteral("(employeeNumber=1001)")).contains(QStringLiteral("title: Changed")));
    }

    void anUnreachableDirectoryNamesHostAndPortAndStoresNoPlan()
    {
        auto tenant = directoryTenant();
        const auto original = tenant.settings;
        tenant.settings.insert(QStringLiteral("url"), QStringLiteral("ldap://127.0.0.1:1"));
        tenant.settings.remove(QStringLiteral("caFile"));
        QVERIFY(m_workspace->tenants().save(tenant));
        const int plansBefore = storedPlans();

        App::PreviewService preview(*m_workspace, m_connectors);
        auto stored = preview.preview(QStringLiteral("Directory"), {});
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, Models::ErrorCode::Unavailable);
        QVERIFY2(stored.error().describe().contains(QStringLiteral("127.0.0.1:1")), qPrintable(stored.error().describe()));
        QCOMPARE(stored.error().context.tenant, QStringLiteral("Directory"));
        QCOMPARE(storedPlans(), plansBefore);

        tenant.settings = original;
        QVERIFY(m_workspace->tenants().save(tenant));
    }

    void aMissingHrFileFailsThePreviewNamingTheFile()
    {
        auto hr = *m_workspace->tenants().find(QStringLiteral("HR"));
        const auto original = hr.settings;
        hr.settings.insert(QStringLiteral("path"), m_dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(m_workspace->tenants().save(hr));
        const int plansBefore = storedPlans();
        App::PreviewService preview(*m_workspace, m_connectors);
        auto stored = preview.preview(QStringLiteral("Directory"), {});
        QVERIFY(!stored);
        QVERIFY(stored.error().message.contains(QStringLiteral("missing.csv")));
        QCOMPARE(storedPlans(), plansBefore);
        hr.settings = original;
        QVERIFY(m_workspace->tenants().save(hr));
    }
};

QTEST_GUILESS_MAIN(TestPreviewAndSync)
#include "tst_previewandsync.moc"
