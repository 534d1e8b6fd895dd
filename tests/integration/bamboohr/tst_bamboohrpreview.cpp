// BambooHR end to end: a workspace whose HR source is the local BambooHR API and whose directory is
// the local Entra ID (Graph) server. The connector factory builds the source from the tenant, and
// the preview plans a joiner, a mover, a leaver, a future-dated hire, an unchanged worker and an
// error from BambooHR's fields — writing nothing.
#include "bamboohrfixture.h"

#include "tests/integration/graph/graphfixture.h"

#include "app/connectorfactory.h"
#include "app/previewservice.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"

#include <QTemporaryDir>

using namespace Tenure;
using namespace Tenure::Tests;
using namespace Tenure::Tests::BambooHr;
using Models::Category;

namespace {

Models::MappingSet bambooHrToEntra()
{
    using Models::ApplyWhen;
    using Models::AttributeMapping;
    const QString nickname = QStringLiteral("ToLower(Join(\".\", [firstName], [lastName]))");
    auto employeeId = AttributeMapping::direct(QStringLiteral("employeeId"), QStringLiteral("id"));
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
    set.lifecycle.status = QStringLiteral("status");
    set.lifecycle.terminatedValues = {QStringLiteral("Inactive")};
    set.lifecycle.hireDate = QStringLiteral("hireDate");
    set.lifecycle.terminationDate = QStringLiteral("terminationDate");
    set.lifecycle.displayName = QStringLiteral("displayName");
    set.lifecycle.location = QStringLiteral("location");
    set.lifecycle.managerId = QStringLiteral("supervisorEId");
    return set;
}

QJsonObject graphUser(const QString& upn, const QString& employeeId, const QString& displayName, const QString& title)
{
    return {{QStringLiteral("userPrincipalName"), upn},   {QStringLiteral("employeeId"), employeeId},
            {QStringLiteral("displayName"), displayName}, {QStringLiteral("jobTitle"), title},
            {QStringLiteral("department"), QStringLiteral("R&D")}};
}

} // namespace

class TestBambooHrPreview : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    BambooHrFixture m_bamboo;
    std::unique_ptr<Graph::GraphFixture> m_graph;
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};

    Models::Tenant hrTenant() const { return *m_workspace->tenants().find(QStringLiteral("BambooHR")); }

private Q_SLOTS:
    void initTestCase()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto day = [&](int days) { return today.addDays(days).toString(Qt::ISODate); };
        QVERIFY(m_bamboo.start());
        Employee leaver = employee(QStringLiteral("4"), QStringLiteral("Di"), QStringLiteral("Roe"), day(-900),
                                   QStringLiteral("Inactive"));
        leaver.fields.insert(QStringLiteral("terminationDate"), day(-10));
        m_bamboo.server.service().addEmployees(
            {employee(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"), day(-1000)),
             employee(QStringLiteral("2"), QStringLiteral("Bo"), QStringLiteral("Stone"), day(-700), QStringLiteral("Active"),
                      QStringLiteral("Lead Engineer")),
             employee(QStringLiteral("3"), QStringLiteral("Cy"), QStringLiteral("Lo"), day(-5)), leaver,
             employee(QStringLiteral("5"), QStringLiteral("Fay"), QStringLiteral("Future"), day(20)),
             employee(QStringLiteral("6"), QStringLiteral("Odd"), QStringLiteral("Status"), day(-400),
                      QStringLiteral("Suspended"))});

        m_graph = std::make_unique<Graph::GraphFixture>();
        QVERIFY(m_graph->start());
        m_graph->server.service().addUsers(
            {graphUser(QStringLiteral("ann.lee@contoso.test"), QStringLiteral("1"), QStringLiteral("Ann Lee"),
                       QStringLiteral("Engineer")),
             graphUser(QStringLiteral("bo.stone@contoso.test"), QStringLiteral("2"), QStringLiteral("Bo Stone"),
                       QStringLiteral("Engineer")),
             graphUser(QStringLiteral("di.roe@contoso.test"), QStringLiteral("4"), QStringLiteral("Di Roe"),
                       QStringLiteral("Engineer")),
             graphUser(QStringLiteral("odd.status@contoso.test"), QStringLiteral("6"), QStringLiteral("Odd Status"),
                       QStringLiteral("Engineer"))});

        auto workspace = App::Workspace::open(m_dir.filePath(QStringLiteral("bamboo.tenure")));
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);
        Models::Tenant hr;
        hr.name = QStringLiteral("BambooHR");
        hr.role = Models::TenantRole::HrSource;
        hr.type = QStringLiteral("bamboohr");
        hr.settings = m_bamboo.settings().toJson();
        hr.secretRef = QStringLiteral("tenure/BambooHR/api-key");
        QVERIFY(m_secrets.write(hr.secretRef, m_bamboo.server.service().options().apiKey));
        QVERIFY(m_workspace->tenants().save(hr));
        Models::Tenant directory;
        directory.name = QStringLiteral("Entra");
        directory.type = QStringLiteral("graph");
        directory.settings = m_graph->settings().toJson();
        directory.secretRef = QStringLiteral("tenure/Entra/app");
        directory.sourceTenant = hr.name;
        QVERIFY(m_secrets.write(directory.secretRef, m_graph->server.service().options().clientSecret));
        QVERIFY(m_workspace->tenants().save(directory));
        QVERIFY(m_workspace->mappings().save(directory.name, bambooHrToEntra()));
    }

    void theFactoryBuildsTheSourceAndRefusesWhatIsMissing()
    {
        auto source = m_connectors.hrSource(hrTenant());
        QVERIFY2(source, source ? "" : qPrintable(source.error().describe()));
        QVERIFY(!(*source)->writeBack());   // BambooHR is offered no write-back
        auto reached = (*source)->testConnection();
        QVERIFY2(reached, reached ? "" : qPrintable(reached.error().describe()));
        QVERIFY(reached->startsWith(QStringLiteral("6 employees")));

        Models::Tenant noSecret = hrTenant();
        noSecret.secretRef.clear();
        auto refused = m_connectors.hrSource(noSecret);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Models::ErrorCode::Secrets);
        QCOMPARE(refused.error().context.tenant, QStringLiteral("BambooHR"));

        Models::Tenant badSettings = hrTenant();
        badSettings.settings.remove(QStringLiteral("companyDomain"));
        auto invalid = m_connectors.hrSource(badSettings);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().context.attribute, QStringLiteral("companyDomain"));
        QCOMPARE(invalid.error().context.tenant, QStringLiteral("BambooHR"));
    }

    void thePreviewPlansFromBambooHrFieldsAndWritesNothing()
    {
        const int usersBefore = int(m_graph->server.service().users().size());
        App::PreviewService preview(*m_workspace, m_connectors);
        auto stored = preview.preview(QStringLiteral("Entra"), {});
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().describe()));
        const auto counts = stored->plan.countsByCategory();
        QCOMPARE(counts.value(Category::Joiner), 1);        // 3 Cy Lo
        QCOMPARE(counts.value(Category::Mover), 1);         // 2 Bo Stone: Engineer → Lead Engineer
        QCOMPARE(counts.value(Category::Leaver), 1);        // 4 Di Roe: Inactive
        QCOMPARE(counts.value(Category::FutureDated), 1);   // 5 Fay Future
        QCOMPARE(counts.value(Category::Unchanged), 1);     // 1 Ann Lee
        QCOMPARE(counts.value(Category::Error), 1);         // 6: unknown status Suspended
        for (const auto& op : stored->plan.operations) {
            if (op.workerId == QLatin1String("6"))
                QVERIFY2(op.reason.contains(QStringLiteral("unknown status 'Suspended'")), qPrintable(op.reason));
        }
        QCOMPARE(int(m_graph->server.service().users().size()), usersBefore);
    }
};

QTEST_GUILESS_MAIN(TestBambooHrPreview)
#include "tst_bamboohrpreview.moc"
