// SuccessFactors end to end: a workspace whose HR source is the local SuccessFactors API and whose
// directory is the local Entra ID (Graph) server. The connector factory builds the source from the
// tenant, and the preview plans a joiner, a mover, a leaver, a future-dated hire, an unchanged
// worker and an error from SuccessFactors' attributes — writing nothing.
#include "sffixture.h"

#include "tests/integration/graph/graphfixture.h"

#include "app/connectorfactory.h"
#include "app/previewservice.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"

#include <QTemporaryDir>

using namespace Tenure;
using namespace Tenure::Tests;
using namespace Tenure::Tests::SuccessFactors;
using Models::Category;

namespace {

Models::MappingSet successFactorsToEntra()
{
    using Models::ApplyWhen;
    using Models::AttributeMapping;
    const QString nickname = QStringLiteral("ToLower(Join(\".\", [firstName], [lastName]))");
    auto employeeId = AttributeMapping::direct(QStringLiteral("employeeId"), QStringLiteral("personIdExternal"));
    employeeId.matchingPrecedence = 1;
    Models::MappingSet set;
    set.attributes = {
        employeeId,
        AttributeMapping::fromExpression(QStringLiteral("userPrincipalName"),
                                         QStringLiteral("Join(\"@\", %1, \"contoso.test\")").arg(nickname), ApplyWhen::OnCreate),
        AttributeMapping::fromExpression(QStringLiteral("mailNickname"), nickname, ApplyWhen::OnCreate),
        AttributeMapping::direct(QStringLiteral("displayName"), QStringLiteral("displayName")),
        AttributeMapping::direct(QStringLiteral("jobTitle"), QStringLiteral("jobTitle")),
        AttributeMapping::direct(QStringLiteral("department"), QStringLiteral("department")),
    };
    // The lifecycle names of Entra's SuccessFactors connector (resources/templates/successfactors-to-ad.json).
    set.lifecycle.status = QStringLiteral("emplStatus");
    set.lifecycle.terminatedValues = {QStringLiteral("T")};
    set.lifecycle.hireDate = QStringLiteral("startDate");
    set.lifecycle.terminationDate = QStringLiteral("endDate");
    set.lifecycle.displayName = QStringLiteral("displayName");
    return set;
}

QJsonObject graphUser(const QString& upn, const QString& employeeId, const QString& displayName, const QString& title)
{
    return {{QStringLiteral("userPrincipalName"), upn},   {QStringLiteral("employeeId"), employeeId},
            {QStringLiteral("displayName"), displayName}, {QStringLiteral("jobTitle"), title},
            {QStringLiteral("department"), QStringLiteral("R&D")}};
}

} // namespace

class TestSuccessFactorsPreview : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SfFixture> m_sf;
    std::unique_ptr<Graph::GraphFixture> m_graph;
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};

    Models::Tenant hrTenant() const { return *m_workspace->tenants().find(QStringLiteral("SuccessFactors")); }

private Q_SLOTS:
    void initTestCase()
    {
        // The factory's source reads as of the real present: so does this server.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        m_sf = std::make_unique<SfFixture>();
        QVERIFY(m_sf->start());
        Person leaver = person(QStringLiteral("1004"), QStringLiteral("Di"), QStringLiteral("Roe"), today.addYears(-4));
        leaver.employmentEnd = today.addDays(-10);
        leaver.jobs.first().end = today.addDays(-10);
        TimeSlice terminated = leaver.jobs.first();
        terminated.start = today.addDays(-9);
        terminated.end = QDate(9999, 12, 31);
        terminated.fields.insert(QStringLiteral("emplStatus"), QStringLiteral("T"));
        leaver.jobs.append(terminated);
        m_sf->server.service().addPeople(
            {person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee"), today.addYears(-3)),
             person(QStringLiteral("1002"), QStringLiteral("Bo"), QStringLiteral("Stone"), today.addYears(-2),
                    QStringLiteral("Lead Engineer")),
             person(QStringLiteral("1003"), QStringLiteral("Cy"), QStringLiteral("Lo"), today.addDays(-5)), leaver,
             person(QStringLiteral("1005"), QStringLiteral("Fay"), QStringLiteral("Future"), today.addDays(20)),
             person(QStringLiteral("1006"), QStringLiteral("Odd"), QStringLiteral("Status"), today.addYears(-1),
                    QStringLiteral("Engineer"), QStringLiteral("Q"))});

        m_graph = std::make_unique<Graph::GraphFixture>();
        QVERIFY(m_graph->start());
        m_graph->server.service().addUsers(
            {graphUser(QStringLiteral("ann.lee@contoso.test"), QStringLiteral("1001"), QStringLiteral("Ann Lee"),
                       QStringLiteral("Engineer")),
             graphUser(QStringLiteral("bo.stone@contoso.test"), QStringLiteral("1002"), QStringLiteral("Bo Stone"),
                       QStringLiteral("Engineer")),
             graphUser(QStringLiteral("di.roe@contoso.test"), QStringLiteral("1004"), QStringLiteral("Di Roe"),
                       QStringLiteral("Engineer")),
             graphUser(QStringLiteral("odd.status@contoso.test"), QStringLiteral("1006"), QStringLiteral("Odd Status"),
                       QStringLiteral("Engineer"))});

        auto workspace = App::Workspace::open(m_dir.filePath(QStringLiteral("sf.tenure")));
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);
        Models::Tenant hr;
        hr.name = QStringLiteral("SuccessFactors");
        hr.role = Models::TenantRole::HrSource;
        hr.type = QStringLiteral("successfactors");
        auto settings = m_sf->settings();
        settings.pageSize = 2;   // several pages even for a handful of people
        hr.settings = settings.toJson();
        hr.secretRef = QStringLiteral("tenure/SuccessFactors/api");
        QVERIFY(m_secrets.write(hr.secretRef, m_sf->server.service().options().password));
        QVERIFY(m_workspace->tenants().save(hr));
        Models::Tenant directory;
        directory.name = QStringLiteral("Entra");
        directory.type = QStringLiteral("graph");
        directory.settings = m_graph->settings().toJson();
        directory.secretRef = QStringLiteral("tenure/Entra/app");
        directory.sourceTenant = hr.name;
        QVERIFY(m_secrets.write(directory.secretRef, m_graph->server.service().options().clientSecret));
        QVERIFY(m_workspace->tenants().save(directory));
        QVERIFY(m_workspace->mappings().save(directory.name, successFactorsToEntra()));
    }

    void theFactoryBuildsTheSourceAndRefusesWhatIsMissing()
    {
        auto source = m_connectors.hrSource(hrTenant());
        QVERIFY2(source, source ? "" : qPrintable(source.error().describe()));
        QVERIFY((*source)->writeBack());
        auto reached = (*source)->testConnection();
        QVERIFY2(reached, reached ? "" : qPrintable(reached.error().describe()));
        QVERIFY(reached->startsWith(QStringLiteral("6 people")));

        Models::Tenant noSecret = hrTenant();
        noSecret.secretRef.clear();
        auto refused = m_connectors.hrSource(noSecret);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Models::ErrorCode::Secrets);
        QCOMPARE(refused.error().context.tenant, QStringLiteral("SuccessFactors"));

        Models::Tenant badSettings = hrTenant();
        badSettings.settings.insert(QStringLiteral("apiUrl"), QStringLiteral("http://api4.successfactors.com"));
        auto invalid = m_connectors.hrSource(badSettings);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().context.attribute, QStringLiteral("apiUrl"));
        QCOMPARE(invalid.error().context.tenant, QStringLiteral("SuccessFactors"));
    }

    void thePreviewPlansFromSuccessFactorsAttributesAndWritesNothing()
    {
        const int usersBefore = int(m_graph->server.service().users().size());
        App::PreviewService preview(*m_workspace, m_connectors);
        auto stored = preview.preview(QStringLiteral("Entra"), {});
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().describe()));
        const auto counts = stored->plan.countsByCategory();
        QCOMPARE(counts.value(Category::Joiner), 1);        // 1003 Cy Lo
        QCOMPARE(counts.value(Category::Mover), 1);         // 1002 Bo Stone: Engineer → Lead Engineer
        QCOMPARE(counts.value(Category::Leaver), 1);        // 1004 Di Roe: emplStatus T
        QCOMPARE(counts.value(Category::FutureDated), 1);   // 1005 Fay Future, read as of her start date
        QCOMPARE(counts.value(Category::Unchanged), 1);     // 1001 Ann Lee
        QCOMPARE(counts.value(Category::Error), 1);         // 1006: unknown employment status Q

        for (const auto& op : stored->plan.operations) {
            if (op.workerId == QLatin1String("1003")) {
                bool named = false;
                for (const auto& change : op.changes)
                    named |= change.attribute == QLatin1String("userPrincipalName") &&
                             change.after == QStringList{QStringLiteral("cy.lo@contoso.test")};
                QVERIFY(named);
            }
            if (op.workerId == QLatin1String("1006")) {
                QCOMPARE(op.category, Category::Error);
                QVERIFY2(op.reason.contains(QStringLiteral("unknown status 'Q'")), qPrintable(op.reason));
            }
        }
        QCOMPARE(int(m_graph->server.service().users().size()), usersBefore);
    }
};

QTEST_GUILESS_MAIN(TestSuccessFactorsPreview)
#include "tst_successfactorspreview.moc"
