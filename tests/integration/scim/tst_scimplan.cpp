// The planner and the SCIM target together: a plan for joiners, movers and leavers is carried out
// against scimmy, and a second plan over the result writes nothing.
#include "connectors/directory/scim/scimattributepath.h"
#include "connectors/directory/scim/scimdirectory.h"
#include "models/lifecycle/planbuilder.h"
#include "tests/support/scimpeerfixture.h"

#include <QTest>

using namespace Tenure;
using Connectors::ScimDirectory;
using Connectors::ScimSettings;
using Models::AttributeMapping;
using Models::Category;

namespace {

const QString employeeNumber = QString::fromLatin1(Connectors::ScimEnterpriseUserSchema) + QStringLiteral(":employeeNumber");
const QString workEmail = QStringLiteral("emails[type eq \"work\"].value");

Models::Worker worker(const QString& id, const QString& first, const QString& last, const QString& title,
                      const QString& status)
{
    Models::Worker w;
    w.workerId = id;
    w.attributes = {{QStringLiteral("WorkerID"), {id}},
                    {QStringLiteral("FirstName"), {first}},
                    {QStringLiteral("LastName"), {last}},
                    {QStringLiteral("DisplayName"), {first + QLatin1Char(' ') + last}},
                    {QStringLiteral("Email"), {first.toLower() + QStringLiteral("@example.test")}},
                    {QStringLiteral("Title"), {title}},
                    {QStringLiteral("Status"), {status}},
                    {QStringLiteral("HireDate"), {QStringLiteral("2019-03-01")}}};
    return w;
}

Models::MappingSet mapping()
{
    Models::MappingSet set;
    auto externalId = AttributeMapping::direct(QStringLiteral("externalId"), QStringLiteral("WorkerID"));
    externalId.matchingPrecedence = 1;
    set.attributes = {
        externalId,
        AttributeMapping::direct(QStringLiteral("userName"), QStringLiteral("Email"), Models::ApplyWhen::OnCreate),
        AttributeMapping::direct(QStringLiteral("name.givenName"), QStringLiteral("FirstName")),
        AttributeMapping::direct(QStringLiteral("name.familyName"), QStringLiteral("LastName")),
        AttributeMapping::direct(QStringLiteral("displayName"), QStringLiteral("DisplayName")),
        AttributeMapping::direct(QStringLiteral("title"), QStringLiteral("Title")),
        AttributeMapping::direct(workEmail, QStringLiteral("Email")),
        AttributeMapping::direct(employeeNumber, QStringLiteral("WorkerID")),
    };
    return set;
}

} // namespace

class TestScimPlan : public QObject {
    Q_OBJECT

    Tests::ScimPeerFixture m_scim;
    std::unique_ptr<ScimDirectory> m_directory;

    Models::Result<Models::Plan> plan(const QList<Models::Worker>& workers)
    {
        Models::PlanInputs inputs;
        inputs.tenant = QStringLiteral("SCIM app");
        inputs.hr.workers = workers;
        inputs.mapping = mapping();
        inputs.today = QDate(2025, 6, 1);
        auto snapshot = m_directory->readAccounts(inputs.mapping.targetAttributes(), {});
        if (!snapshot)
            return std::unexpected(snapshot.error());
        inputs.directory = *snapshot;
        inputs.newAccountId = [this](const Models::Attributes& a) { return m_directory->newAccountId(a); };
        inputs.acceptsValue = [this](const QString& a, const QString& v) { return m_directory->acceptsValue(a, v); };
        inputs.comparableValue = [this](const QString& a, const QString& v) { return m_directory->comparableValue(a, v); };
        return Models::PlanBuilder::build(inputs);
    }

    void seed(const Models::Worker& w, const QString& title)
    {
        QList<Models::AttributeChange> changes;
        const auto set = [&](const QString& attribute, const QString& value) {
            changes.append({attribute, {}, {value}, QStringLiteral("seed")});
        };
        const auto hr = [&](const char* field) { return Models::firstValue(w.attributes, QLatin1String(field)); };
        set(QStringLiteral("externalId"), w.workerId);
        set(QStringLiteral("userName"), hr("Email"));
        set(QStringLiteral("name.givenName"), hr("FirstName"));
        set(QStringLiteral("name.familyName"), hr("LastName"));
        set(QStringLiteral("displayName"), hr("DisplayName"));
        set(QStringLiteral("title"), title);
        set(workEmail, hr("Email"));
        set(employeeNumber, w.workerId);
        Models::Operation create;
        create.kind = Models::OperationKind::Create;
        create.workerId = w.workerId;
        create.changes = changes;
        auto done = m_directory->apply(create);
        QVERIFY2(done, done ? "" : qPrintable(done.error().describe()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_scim.start({QStringLiteral("--etag")}), qPrintable(m_scim.errorString()));
        auto settings = ScimSettings::fromJson(m_scim.settings({{QStringLiteral("pageSize"), 2}}));
        QVERIFY(settings);
        m_directory = std::make_unique<ScimDirectory>(*settings, m_scim.token());
        seed(worker("1001", "Ann", "Lee", "Engineer", "Active"), QStringLiteral("Engineer"));
        seed(worker("1002", "Bo", "Stone", "Lead Engineer", "Active"), QStringLiteral("Engineer"));
        seed(worker("1004", "Di", "Roe", "Clerk", "Terminated"), QStringLiteral("Clerk"));
        seed(worker("1009", "Gone", "Person", "Clerk", "Active"), QStringLiteral("Clerk"));
    }

    void aPlanIsCarriedOutAndTheNextPlanIsEmpty()
    {
        const QList<Models::Worker> hr{worker("1001", "Ann", "Lee", "Engineer", "Active"),
                                       worker("1002", "Bo", "Stone", "Lead Engineer", "Active"),
                                       worker("1003", "Cy", "O\"Neil\\Jr", "Analyst", "Active"),
                                       worker("1004", "Di", "Roe", "Clerk", "Terminated")};
        auto first = plan(hr);
        QVERIFY2(first, first ? "" : qPrintable(first.error().describe()));
        const auto counts = first->countsByCategory();
        QCOMPARE(counts.value(Category::Joiner), 1);
        QCOMPARE(counts.value(Category::Mover), 1);
        QCOMPARE(counts.value(Category::Leaver), 2);   // 1004 terminated, 1009 absent from HR
        QCOMPARE(counts.value(Category::Unchanged), 1);
        for (const auto& op : first->operations) {
            if (!op.writes())
                continue;
            auto done = m_directory->apply(op);
            QVERIFY2(done, done ? "" : qPrintable(done.error().describe()));
        }

        auto snapshot = m_directory->readAccounts(mapping().targetAttributes(), {});
        QVERIFY(snapshot);
        QHash<QString, Models::Account> byWorker;
        for (const auto& account : snapshot->accounts)
            byWorker.insert(Models::firstValue(account.attributes, QStringLiteral("externalId")), account);
        QCOMPARE(byWorker.size(), 5);
        QCOMPARE(byWorker.value("1003").attributes.value(QStringLiteral("name.familyName")), QStringList{"O\"Neil\\Jr"});
        QCOMPARE(byWorker.value("1003").attributes.value(employeeNumber), QStringList{"1003"});
        QVERIFY(byWorker.value("1003").enabled);
        QCOMPARE(byWorker.value("1002").attributes.value(QStringLiteral("title")), QStringList{"Lead Engineer"});
        QVERIFY(!byWorker.value("1004").enabled);
        QVERIFY(!byWorker.value("1009").enabled);
        QVERIFY(byWorker.value("1001").enabled);

        auto second = plan(hr);
        QVERIFY2(second, second ? "" : qPrintable(second.error().describe()));
        QString writes;
        for (const auto& op : second->operations) {
            if (op.writes())
                writes += Models::operationKindName(op.kind) + QLatin1Char(' ') + op.workerId + QLatin1Char(' ') + op.reason + QLatin1Char('\n');
        }
        QVERIFY2(writes.isEmpty(), qPrintable(writes));
        QCOMPARE(second->writeCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScimPlan)
#include "tst_scimplan.moc"
