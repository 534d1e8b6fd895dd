// Workday end to end: a workspace whose HR source is the local Workday tenant and whose directory
// is the local Entra ID (Graph) server. The preview plans joiners, movers, leavers, a
// future-dated hire and an error from Workday's attributes; the sync creates the accounts and
// writes their email and user name back to Workday, and the audit says what Workday was told
// and what it refused.
#include "workdayfixture.h"

#include "tests/integration/graph/graphfixture.h"

#include "app/connectorfactory.h"
#include "app/hrwriteback.h"
#include "app/previewservice.h"
#include "app/secrets/memorysecretstore.h"
#include "app/syncservice.h"
#include "app/workspace.h"

#include <QTemporaryDir>

using namespace Tenure;
using namespace Tenure::Tests;
using Models::Category;

namespace {

Models::MappingSet workdayToEntra()
{
    using Models::ApplyWhen;
    using Models::AttributeMapping;
    const QString upn = QStringLiteral("Join(\"@\", ToLower(Join(\".\", [PreferredFirstName], [PreferredLastName])), \"contoso.test\")");
    auto employeeId = AttributeMapping::direct(QStringLiteral("employeeId"), QStringLiteral("WorkerID"));
    employeeId.matchingPrecedence = 1;
    Models::MappingSet set;
    set.attributes = {
        employeeId,
        AttributeMapping::fromExpression(QStringLiteral("userPrincipalName"), upn, ApplyWhen::OnCreate),
        AttributeMapping::fromExpression(QStringLiteral("mail"), upn, ApplyWhen::OnCreate),
        AttributeMapping::fromExpression(QStringLiteral("mailNickname"),
                                         QStringLiteral("ToLower(Join(\".\", [PreferredFirstName], [PreferredLastName]))"),
                                         ApplyWhen::OnCreate),
        AttributeMapping::direct(QStringLiteral("displayName"), QStringLiteral("DisplayName")),
        AttributeMapping::direct(QStringLiteral("jobTitle"), QStringLiteral("BusinessTitle")),
        AttributeMapping::direct(QStringLiteral("department"), QStringLiteral("SupervisoryOrganization")),
        AttributeMapping::direct(QStringLiteral("officeLocation"), QStringLiteral("LocationName")),
    };
    set.lifecycle.status = QStringLiteral("WorkerStatus");
    set.lifecycle.terminatedValues = {QStringLiteral("Terminated")};
    set.lifecycle.hireDate = QStringLiteral("StatusHireDate");
    set.lifecycle.terminationDate = QStringLiteral("StatusTerminationDate");
    set.lifecycle.displayName = QStringLiteral("DisplayName");
    set.lifecycle.location = QStringLiteral("LocationName");
    set.lifecycle.managerId = QStringLiteral("ManagerID");
    return set;
}

const Models::Operation* operationFor(const Models::Plan& plan, const QString& workerId)
{
    for (const auto& op : plan.operations) {
        if (op.workerId == workerId)
            return &op;
    }
    return nullptr;
}

QString after(const Models::Operation* op, const QString& attribute)
{
    if (!op)
        return QStringLiteral("(no operation)");
    for (const auto& change : op->changes) {
        if (change.attribute == attribute)
            return change.after.isEmpty() ? QString() : change.after.constFirst();
    }
    return QStringLiteral("(unchanged)");
}

} // namespace

class TestWorkdaySync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workday::WorkdayFixture> m_workday;
    std::unique_ptr<Graph::GraphFixture> m_graph;
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};
    QDate m_today;

    Workday::WorkdayService& workday() { return m_workday->server.service(); }

private Q_SLOTS:
    void initTestCase()
    {
        // The factory's source reads as of the real present: so does this tenant.
        m_workday = std::make_unique<Workday::WorkdayFixture>();
        m_workday->now = QDateTime::currentDateTimeUtc();
        m_today = m_workday->now.date();
        QVERIFY(m_workday->start());
        using Workday::Field::Active;
        using Workday::Field::Terminated;
        using Workday::Field::TerminationDate;
        using Workday::hiredWorker;
        const QDate longAgo = m_today.addYears(-3);
        workday().addWorker(hiredWorker(QStringLiteral("W1"), QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                        m_today.addDays(-2), {{QLatin1String(Workday::Field::BusinessTitle), QStringLiteral("Mathematician")}}));
        workday().addWorker(hiredWorker(QStringLiteral("W2"), QStringLiteral("Alan"), QStringLiteral("Turing"), longAgo,
                                        {{QLatin1String(Workday::Field::BusinessTitle), QStringLiteral("Principal Engineer")}}));
        Workday::StoredWorker grace = hiredWorker(QStringLiteral("W3"), QStringLiteral("Grace"), QStringLiteral("Hopper"), longAgo);
        grace.versions.append({m_today.addDays(-10), QDateTime(m_today.addDays(-12), QTime(9, 0), Qt::UTC),
                               QStringLiteral("Terminate Employee"), grace.versions.first().fields});
        grace.versions.last().fields.insert(QLatin1String(Active), QStringLiteral("0"));
        grace.versions.last().fields.insert(QLatin1String(Terminated), QStringLiteral("1"));
        grace.versions.last().fields.insert(QLatin1String(TerminationDate), m_today.addDays(-11).toString(Qt::ISODate));
        workday().addWorker(grace);
        Workday::StoredWorker edsger = hiredWorker(QStringLiteral("W4"), QStringLiteral("Edsger"), QStringLiteral("Dijkstra"),
                                                   m_today.addDays(20));
        edsger.versions.first().entered = QDateTime(m_today.addDays(-1), QTime(9, 0), Qt::UTC);
        workday().addWorker(edsger);
        workday().addWorker(hiredWorker(QStringLiteral("W5"), QStringLiteral("Broken"), QStringLiteral("Date"), longAgo,
                                        {{QLatin1String(Workday::Field::HireDate), QStringLiteral("2020-02-30")}}));
        // Kay Lee's generated user name is one Workday already gave someone else.
        workday().addWorker(hiredWorker(QStringLiteral("W6"), QStringLiteral("Kay"), QStringLiteral("Lee"), m_today.addDays(-1)));
        Workday::StoredWorker holder = hiredWorker(QStringLiteral("W7"), QStringLiteral("Kai"), QStringLiteral("Leigh"), longAgo);
        holder.userName = QStringLiteral("kay.lee@contoso.test");
        workday().addWorker(holder);

        m_graph = std::make_unique<Graph::GraphFixture>();
        QVERIFY(m_graph->start());
        m_graph->server.service().addUsers(
            {{{QStringLiteral("userPrincipalName"), QStringLiteral("alan.turing@contoso.test")},
              {QStringLiteral("employeeId"), QStringLiteral("W2")},
              {QStringLiteral("displayName"), QStringLiteral("Alan Turing")},
              {QStringLiteral("jobTitle"), QStringLiteral("Engineer")},
              {QStringLiteral("department"), QStringLiteral("Finance")},
              {QStringLiteral("officeLocation"), QStringLiteral("Lyon")}},
             {{QStringLiteral("userPrincipalName"), QStringLiteral("grace.hopper@contoso.test")},
              {QStringLiteral("employeeId"), QStringLiteral("W3")},
              {QStringLiteral("displayName"), QStringLiteral("Grace Hopper")},
              {QStringLiteral("jobTitle"), QStringLiteral("Analyst")},
              {QStringLiteral("department"), QStringLiteral("Finance")},
              {QStringLiteral("officeLocation"), QStringLiteral("Lyon")}},
             {{QStringLiteral("userPrincipalName"), QStringLiteral("kai.leigh@contoso.test")},
              {QStringLiteral("employeeId"), QStringLiteral("W7")},
              {QStringLiteral("displayName"), QStringLiteral("Kai Leigh")},
              {QStringLiteral("jobTitle"), QStringLiteral("Analyst")},
              {QStringLiteral("department"), QStringLiteral("Finance")},
              {QStringLiteral("officeLocation"), QStringLiteral("Lyon")}}});

        auto workspace = App::Workspace::open(m_dir.filePath(QStringLiteral("workday.tenure")));
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);
        Models::Tenant hr;
        hr.name = QStringLiteral("Workday");
        hr.role = Models::TenantRole::HrSource;
        hr.type = QStringLiteral("workday");
        hr.settings = m_workday->settingsJson(2);   // several pages even for a handful of workers
        hr.secretRef = QStringLiteral("tenure/Workday/isu");
        QVERIFY(m_secrets.write(hr.secretRef, workday().options().password));
        QVERIFY(m_workspace->tenants().save(hr));
        Models::Tenant directory;
        directory.name = QStringLiteral("Entra");
        directory.type = QStringLiteral("graph");
        directory.settings = m_graph->settings().toJson();
        directory.secretRef = QStringLiteral("tenure/Entra/app");
        directory.sourceTenant = hr.name;
        QVERIFY(m_secrets.write(directory.secretRef, m_graph->server.service().options().clientSecret));
        QVERIFY(m_workspace->tenants().save(directory));
        QVERIFY(m_workspace->mappings().save(directory.name, workdayToEntra()));
    }

    void theFactoryBuildsAWorkdaySourceFromTheTenant()
    {
        auto tenant = m_workspace->tenants().find(QStringLiteral("Workday"));
        QVERIFY_RESULT(tenant);
        auto source = m_connectors.hrSource(*tenant);
        QVERIFY_RESULT(source);
        QVERIFY((*source)->writeBack());

        Models::Tenant noSecret = *tenant;
        noSecret.secretRef.clear();
        auto refused = m_connectors.hrSource(noSecret);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Models::ErrorCode::Secrets);
        QCOMPARE(refused.error().context.tenant, QStringLiteral("Workday"));

        Models::Tenant badSettings = *tenant;
        badSettings.settings.insert(QStringLiteral("pageSize"), 0);
        auto invalid = m_connectors.hrSource(badSettings);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().context.attribute, QStringLiteral("pageSize"));
    }

    void previewPlansFromWorkdaysAttributes()
    {
        App::PreviewService preview(*m_workspace, m_connectors);
        auto stored = preview.preview(QStringLiteral("Entra"), {});
        QVERIFY_RESULT(stored);
        const Models::Plan& plan = stored->plan;

        const auto* ada = operationFor(plan, QStringLiteral("W1"));
        QVERIFY(ada);
        QCOMPARE(ada->category, Category::Joiner);
        QCOMPARE(after(ada, QStringLiteral("userPrincipalName")), QStringLiteral("ada.lovelace@contoso.test"));
        QCOMPARE(after(ada, QStringLiteral("displayName")), QStringLiteral("Ada Lovelace"));
        QCOMPARE(after(ada, QStringLiteral("jobTitle")), QStringLiteral("Mathematician"));
        QCOMPARE(after(ada, QStringLiteral("department")), QStringLiteral("Finance"));
        QCOMPARE(after(ada, QStringLiteral("officeLocation")), QStringLiteral("Lyon"));

        const auto* alan = operationFor(plan, QStringLiteral("W2"));
        QCOMPARE(alan->category, Category::Mover);
        QCOMPARE(after(alan, QStringLiteral("jobTitle")), QStringLiteral("Principal Engineer"));

        QCOMPARE(operationFor(plan, QStringLiteral("W3"))->category, Category::Leaver);

        const auto* edsger = operationFor(plan, QStringLiteral("W4"));
        QCOMPARE(edsger->category, Category::FutureDated);
        QCOMPARE(edsger->effectiveAt.date(), m_today.addDays(20));

        const auto* broken = operationFor(plan, QStringLiteral("W5"));
        QCOMPARE(broken->category, Category::Error);
        QVERIFY2(broken->reason.contains(QStringLiteral("2020-02-30")), qPrintable(broken->reason));
    }

    void syncWritesTheNewAccountsBackToWorkday()
    {
        App::PreviewService preview(*m_workspace, m_connectors);
        auto stored = preview.preview(QStringLiteral("Entra"), {});
        QVERIFY_RESULT(stored);
        App::SyncService sync(*m_workspace, m_connectors, QStringLiteral("tester"));
        auto summary = sync.run(stored->id, {});
        QVERIFY_RESULT(summary);
        QCOMPARE(summary->failed, 0);
        QVERIFY(summary->confirmed >= 4);   // two joiners, a mover, a leaver

        // Ada: both written. Kay: the email written, the user name refused (another worker has it).
        QCOMPARE(summary->writtenBack, 1);
        QCOMPARE(summary->writeBackFailed, 1);
        const auto ada = workday().worker(QStringLiteral("W1"));
        QCOMPARE(ada->userName, QStringLiteral("ada.lovelace@contoso.test"));
        QCOMPARE(ada->emailWrites, 1);
        QCOMPARE(ada->versions.last().fields.value(QLatin1String(Workday::Field::Email)), QStringLiteral("ada.lovelace@contoso.test"));
        const auto kay = workday().worker(QStringLiteral("W6"));
        QCOMPARE(kay->emailWrites, 1);
        QCOMPARE(kay->userName, QString());
        // The mover's update sets neither attribute: Workday is not asked about Alan.
        QCOMPARE(workday().worker(QStringLiteral("W2"))->emailWrites, 0);

        Models::AuditFilter filter;
        filter.actionPrefix = QStringLiteral("writeback.");
        auto events = m_workspace->audit().query(filter);
        QVERIFY_RESULT(events);
        QCOMPARE(events->size(), 2);
        QMap<QString, Models::AuditEvent> bySubject;
        for (const auto& e : *events)
            bySubject.insert(e.subject, e);
        QCOMPARE(bySubject.value(QStringLiteral("W1")).action, QStringLiteral("writeback.written"));
        QCOMPARE(bySubject.value(QStringLiteral("W1")).after.value(QStringLiteral("username")).toString(),
                 QStringLiteral("ada.lovelace@contoso.test"));
        QCOMPARE(bySubject.value(QStringLiteral("W1")).actor, QStringLiteral("tester"));
        const auto refused = bySubject.value(QStringLiteral("W6"));
        QCOMPARE(refused.action, QStringLiteral("writeback.failed"));
        QVERIFY2(refused.why.contains(QStringLiteral("worker W6")), qPrintable(refused.why));
        QVERIFY2(refused.why.contains(QStringLiteral("already in use")), qPrintable(refused.why));
        auto verdict = m_workspace->audit().verify();
        QVERIFY_RESULT(verdict);
    }

    void writeBackItemsAreWhatTheRunConfirmed()
    {
        using Kind = Models::OperationKind;
        using State = Models::OutcomeState;
        const auto op = [](Kind kind, const QString& worker, const QList<QPair<QString, QString>>& changes) {
            Models::Operation o;
            o.kind = kind;
            o.category = kind == Kind::Create ? Category::Joiner : kind == Kind::Disable ? Category::Leaver : Category::Mover;
            o.workerId = worker;
            for (const auto& [attribute, value] : changes)
                o.changes.append({attribute, {}, {value}, {}});
            return o;
        };
        Models::Plan plan;
        plan.operations = {
            op(Kind::Create, QStringLiteral("W1"), {{QStringLiteral("mail"), QStringLiteral("a@x.test")},
                                                    {QStringLiteral("userPrincipalName"), QStringLiteral("a@x.test")}}),
            op(Kind::Update, QStringLiteral("W2"), {{QStringLiteral("jobTitle"), QStringLiteral("Lead")}}),
            op(Kind::Create, QStringLiteral("W3"), {{QStringLiteral("mail"), QStringLiteral("c@x.test")}}),
            op(Kind::Move, QStringLiteral("W4"), {{QStringLiteral("Mail"), QStringLiteral("d@x.test")}}),
            op(Kind::Update, QStringLiteral("W4"), {{QStringLiteral("userPrincipalName"), QStringLiteral("d@x.test")}}),
            op(Kind::Disable, QStringLiteral("W5"), {{QStringLiteral("mail"), QStringLiteral("e@x.test")}}),
            op(Kind::Create, QStringLiteral("W6"), {{QStringLiteral("mail"), QStringLiteral("f@x.test")}}),
        };
        const QList<Models::OperationOutcome> outcomes{{4, State::Confirmed, {}}, {0, State::Confirmed, {}},
                                                       {1, State::Confirmed, {}}, {2, State::Failed, {}},
                                                       {3, State::Confirmed, {}}, {5, State::Confirmed, {}},
                                                       {6, State::Skipped, {}}};
        App::WriteBackSettings settings;
        settings.usernameAttribute = QStringLiteral("userPrincipalName");
        const auto items = App::WriteBackToHr::itemsFor(plan, outcomes, settings);
        // W2 sets neither, W3 failed, W5 was disabled, W6 never sent; W4's two operations are one item.
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).workerId, QStringLiteral("W1"));
        QCOMPARE(items.at(0).email, QStringLiteral("a@x.test"));
        QCOMPARE(items.at(0).username, QStringLiteral("a@x.test"));
        QCOMPARE(items.at(1).workerId, QStringLiteral("W4"));
        QCOMPARE(items.at(1).email, QStringLiteral("d@x.test"));
        QCOMPARE(items.at(1).username, QStringLiteral("d@x.test"));

        Models::Tenant ad;
        ad.type = QStringLiteral("ldap");
        ad.settings = {{QStringLiteral("directoryType"), QStringLiteral("activeDirectory")}};
        QCOMPARE(App::signInAttribute(ad), QStringLiteral("userPrincipalName"));
        ad.settings = {};
        QCOMPARE(App::signInAttribute(ad), QStringLiteral("uid"));
        ad.type = QStringLiteral("scim");
        QCOMPARE(App::signInAttribute(ad), QStringLiteral("userName"));
    }

    void writeBackCanBeTurnedOffPerDirectory()
    {
        auto directory = m_workspace->tenants().find(QStringLiteral("Entra"));
        QVERIFY_RESULT(directory);
        directory->settings.insert(QStringLiteral("writeBack"), QJsonObject{{QStringLiteral("enabled"), false}});
        auto settings = App::WriteBackSettings::of(*directory);
        QVERIFY_RESULT(settings);
        QVERIFY(!settings->enabled);

        directory->settings.insert(QStringLiteral("writeBack"), QJsonObject{{QStringLiteral("email"), 42}});
        auto invalid = App::WriteBackSettings::of(*directory);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().context.attribute, QStringLiteral("writeBack.email"));
    }
};

QTEST_GUILESS_MAIN(TestWorkdaySync)
#include "tst_workdaysync.moc"
