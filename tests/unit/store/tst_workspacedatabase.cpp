// The workspace store: schema migrations, and repositories that round-trip what they save.
#include "models/store/latestplan.h"
#include "models/store/repositories.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace Tenure::Models;

// The operator the audit events of these changes name.
const QString Actor = QStringLiteral("tester");

class TestWorkspaceDatabase : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void aNewWorkspaceIsMigratedToTheLatestSchema()
    {
        auto db = WorkspaceDatabase::open(path(QStringLiteral("new.tenure")));
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), WorkspaceDatabase::latestSchemaVersion());
        QSqlQuery tables((*db)->connection());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const auto* table : {"tenants", "mappings", "plans", "plan_operations", "runs", "run_operations"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
    }

    void reopeningAMigratedWorkspaceKeepsItsData()
    {
        const auto file = path(QStringLiteral("reopen.tenure"));
        {
            auto db = WorkspaceDatabase::open(file);
            QVERIFY(db);
            Tenant tenant;
            tenant.name = QStringLiteral("HR");
            tenant.role = TenantRole::HrSource;
            tenant.type = QStringLiteral("csv");
            QVERIFY(TenantRepository(**db, Actor).save(tenant));
        }
        auto db = WorkspaceDatabase::open(file);
        QVERIFY(db);
        auto tenant = TenantRepository(**db, Actor).find(QStringLiteral("HR"));
        QVERIFY(tenant);
        QCOMPARE(tenant->type, QStringLiteral("csv"));
    }

    void aWorkspaceFromANewerVersionIsRefused()
    {
        const auto file = path(QStringLiteral("future.tenure"));
        {
            auto db = WorkspaceDatabase::open(file);
            QVERIFY(db);
            QSqlQuery((*db)->connection()).exec(QStringLiteral("PRAGMA user_version = 999"));
        }
        auto db = WorkspaceDatabase::open(file);
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(QStringLiteral("newer Tenure")));
    }

    void tenantsKeepSettingsAndOnlyASecretReference()
    {
        auto db = WorkspaceDatabase::open(path(QStringLiteral("tenants.tenure")));
        QVERIFY(db);
        TenantRepository tenants(**db, Actor);
        Tenant tenant;
        tenant.name = QStringLiteral("Directory");
        tenant.type = QStringLiteral("ldap");
        tenant.settings = {{QStringLiteral("url"), QStringLiteral("ldaps://dc:636")}};
        tenant.secretRef = QStringLiteral("ws/Directory");
        tenant.sourceTenant = QStringLiteral("HR");
        auto saved = tenants.save(tenant);
        QVERIFY(saved);
        QVERIFY(saved->id > 0);
        saved->settings.insert(QStringLiteral("bindDn"), QStringLiteral("cn=admin"));
        QVERIFY(tenants.save(*saved));
        auto found = tenants.find(QStringLiteral("Directory"));
        QVERIFY(found);
        QCOMPARE(found->settings.value(QStringLiteral("bindDn")).toString(), QStringLiteral("cn=admin"));
        QCOMPARE(found->secretRef, QStringLiteral("ws/Directory"));
        QCOMPARE(found->sourceTenant, QStringLiteral("HR"));
        QCOMPARE(tenants.list()->size(), 1);
        QVERIFY(tenants.remove(QStringLiteral("Directory")));
        QCOMPARE(tenants.find(QStringLiteral("Directory")).error().code, ErrorCode::NotFound);
    }

    void mappingsAreVersionedAndTheLatestIsCurrent()
    {
        auto db = WorkspaceDatabase::open(path(QStringLiteral("mappings.tenure")));
        QVERIFY(db);
        MappingRepository mappings(**db, Actor);
        MappingSet set;
        auto employeeNumber = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
        employeeNumber.matchingPrecedence = 1;
        set.attributes = {employeeNumber, AttributeMapping::direct(QStringLiteral("cn"), QStringLiteral("Name"))};
        QCOMPARE(*mappings.save(QStringLiteral("D"), set), 1);
        set.attributes.append(AttributeMapping::constantValue(QStringLiteral("o"), QStringLiteral("Ex"), ApplyWhen::OnCreate));
        QCOMPARE(*mappings.save(QStringLiteral("D"), set), 2);
        auto current = mappings.current(QStringLiteral("D"));
        QVERIFY(current);
        QCOMPARE(current->attributes.size(), 3);
        QCOMPARE(current->attributes.at(2).apply, ApplyWhen::OnCreate);
        QCOMPARE(current->attributes, set.attributes);
        QCOMPARE(mappings.current(QStringLiteral("none")).error().code, ErrorCode::NotFound);
    }

    void aRemovedTenantsMappingIsNotInheritedByANewTenantOfTheSameName()
    {
        auto db = WorkspaceDatabase::open(path(QStringLiteral("reused-name.tenure")));
        QVERIFY(db);
        TenantRepository tenants(**db, Actor);
        MappingRepository mappings(**db, Actor);
        Tenant tenant;
        tenant.name = QStringLiteral("Directory");
        tenant.type = QStringLiteral("ldap");
        tenant.role = TenantRole::Directory;
        QVERIFY(tenants.save(tenant));
        auto employeeNumber = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
        employeeNumber.matchingPrecedence = 1;
        MappingSet set;
        set.attributes = {employeeNumber};
        QVERIFY(mappings.save(QStringLiteral("Directory"), set));
        QVERIFY(mappings.save(QStringLiteral("Other"), set));

        QVERIFY(tenants.remove(QStringLiteral("Directory")));
        QVERIFY(tenants.save(tenant));   // a new directory, same name
        QCOMPARE(mappings.current(QStringLiteral("Directory")).error().code, ErrorCode::NotFound);
        QVERIFY(mappings.versions(QStringLiteral("Directory"))->isEmpty());
        QVERIFY(mappings.current(QStringLiteral("Other")));   // another tenant's mapping is untouched
    }

    void aRemovedTenantsPlansAreNeverOfferedToANewTenantOfTheSameName()
    {
        auto db = WorkspaceDatabase::open(path(QStringLiteral("retired-plans.tenure")));
        QVERIFY(db);
        TenantRepository tenants(**db, Actor);
        Tenant tenant;
        tenant.name = QStringLiteral("Directory");
        tenant.type = QStringLiteral("ldap");
        tenant.role = TenantRole::Directory;
        QVERIFY(tenants.save(tenant));
        Plan plan;
        plan.tenant = QStringLiteral("Directory");
        plan.createdAt = QDateTime::currentDateTimeUtc();
        auto planId = PlanRepository(**db, Actor).save(plan);
        QVERIFY(planId);
        QCOMPARE(latestPlan(**db, QStringLiteral("Directory"))->id, *planId);

        QVERIFY(tenants.remove(QStringLiteral("Directory")));
        QVERIFY(tenants.save(tenant));
        QCOMPARE(latestPlan(**db, QStringLiteral("Directory"))->id, 0);   // the new tenant has no plan yet
        QVERIFY(PlanRepository(**db, Actor).load(*planId));               // the old one is still history
    }

    void aPlanRoundTripsAndATamperedPlanIsRefused()
    {
        auto db = WorkspaceDatabase::open(path(QStringLiteral("plans.tenure")));
        QVERIFY(db);
        PlanRepository plans(**db, Actor);
        Plan plan;
        plan.tenant = QStringLiteral("D");
        plan.createdAt = QDateTime::currentDateTimeUtc();
        Operation op;
        op.category = Category::Mover;
        op.kind = OperationKind::Update;
        op.workerId = QStringLiteral("1");
        op.targetId = QStringLiteral("uid=1,ou=People");
        op.changes = {{QStringLiteral("title"), {QStringLiteral("A")}, {QStringLiteral("B")}, QStringLiteral("direct from Title")}};
        plan.operations = {op};
        auto id = plans.save(plan);
        QVERIFY(id);
        auto loaded = plans.load(*id);
        QVERIFY(loaded);
        QCOMPARE(loaded->operations, plan.operations);
        QCOMPARE(loaded->hash(), plan.hash());

        QSqlQuery((*db)->connection())
            .exec(QStringLiteral("UPDATE plan_operations SET body = replace(body, 'uid=1', 'uid=2')"));
        auto tampered = plans.load(*id);
        QVERIFY(!tampered);
        QVERIFY(tampered.error().message.contains(QStringLiteral("changed after it was stored")));
    }

    // Thread pools end idle threads and start new ones, which may get an ended thread's id: each
    // thread still gets a connection of its own, and an ended thread's connection is closed.
    void everyThreadGetsItsOwnConnectionAndAFinishedThreadClosesIt()
    {
        auto db = WorkspaceDatabase::open(path(QStringLiteral("threads.tenure")));
        QVERIFY(db);
        const auto connectionsBefore = QSqlDatabase::connectionNames().size();
        for (int round = 0; round < 20; ++round) {
            bool ok = false;
            std::unique_ptr<QThread> thread(QThread::create([&] {
                QSqlQuery query((*db)->connection());
                ok = query.exec(QStringLiteral("SELECT COUNT(*) FROM tenants")) && query.next();
            }));
            thread->start();
            QVERIFY(thread->wait(10000));
            QVERIFY2(ok, qPrintable(QStringLiteral("round %1").arg(round)));
        }
        QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore);
    }

    void aRunJournalsEachOperationsLatestState()
    {
        auto db = WorkspaceDatabase::open(path(QStringLiteral("runs.tenure")));
        QVERIFY(db);
        Plan plan;
        plan.tenant = QStringLiteral("D");
        plan.createdAt = QDateTime::currentDateTimeUtc();
        auto planId = PlanRepository(**db, Actor).save(plan);
        QVERIFY(planId);
        RunRepository runs(**db);
        auto runId = runs.start(*planId, QStringLiteral("alice"));
        QVERIFY(runId);
        QVERIFY(runs.record(*runId, {0, OutcomeState::Sent, {}}));
        QVERIFY(runs.record(*runId, {0, OutcomeState::Confirmed, {}}));
        QVERIFY(runs.record(*runId, {1, OutcomeState::Failed, QStringLiteral("refused")}));
        QVERIFY(runs.finish(*runId, RunState::Failed));
        auto outcomes = runs.outcomes(*runId);
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 2);
        QCOMPARE(outcomes->at(0).state, OutcomeState::Confirmed);
        QCOMPARE(outcomes->at(1).message, QStringLiteral("refused"));
        auto run = runs.find(*runId);
        QCOMPARE(run->operatorName, QStringLiteral("alice"));
        QCOMPARE(run->state, RunState::Failed);
        QVERIFY(!runs.start(4242, QStringLiteral("alice")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceDatabase)
#include "tst_workspacedatabase.moc"
