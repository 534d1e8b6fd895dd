// Microsoft's HR provisioning test plan and the Workday rehire and conversion scenarios, end to end
// against a real slapd: HR file → preview → approvals by a second person → sync → the directory.
#include "app/connectorfactory.h"
#include "app/duework.h"
#include "app/emergencytermination.h"
#include "app/previewservice.h"
#include "app/secrets/memorysecretstore.h"
#include "app/syncservice.h"
#include "app/workspace.h"
#include "tests/support/slapdfixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Tenure;
using Models::Category;

namespace {

const QString header = QStringLiteral("WorkerID,Name,Last,Title,Dept,Type,Status,HireDate,TerminationDate,ManagerID,"
                                      "PreviousWorkerID,TimeZone");

struct Row {
    QString id, name, last, title, dept = QStringLiteral("Sales"), type = QStringLiteral("Employee"),
                                    status = QStringLiteral("Active"), hire = QStringLiteral("2020-01-01"), termination,
                                    manager, previous, zone;
    static Row make(QString id, QString name, QString last, QString title)
    {
        Row r;
        r.id = std::move(id);
        r.name = std::move(name);
        r.last = std::move(last);
        r.title = std::move(title);
        return r;
    }
    QString csv() const
    {
        return QStringList{id, name, last, title, dept, type, status, hire, termination, manager, previous, zone}.join(u',');
    }
};

Models::MappingSet mapping(const QString& people)
{
    using Models::AttributeMapping;
    using Models::ApplyWhen;
    auto employeeNumber = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
    employeeNumber.matchingPrecedence = 1;
    auto type = AttributeMapping::direct(QStringLiteral("employeeType"), QStringLiteral("Type"));
    Models::MappingSet set;
    set.attributes = {
        employeeNumber,
        AttributeMapping::direct(QStringLiteral("uid"), QStringLiteral("WorkerID"), ApplyWhen::OnCreate),
        AttributeMapping::direct(QStringLiteral("cn"), QStringLiteral("Name")),
        AttributeMapping::direct(QStringLiteral("sn"), QStringLiteral("Last")),
        AttributeMapping::direct(QStringLiteral("title"), QStringLiteral("Title")),
        type,
        AttributeMapping::fromExpression(QStringLiteral("parentDistinguishedName"),
                                         QStringLiteral("Join(\",\", Join(\"=\", \"ou\", [Dept]), \"%1\")").arg(people)),
    };
    set.lifecycle.displayName = QStringLiteral("Name");
    set.lifecycle.managerAttribute = QStringLiteral("manager");
    return set;
}

} // namespace

class TestLifecycleScenarios : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Tests::SlapdFixture m_slapd;
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};
    QList<Row> m_rows;

    void writeHr()
    {
        QFile file(m_dir.filePath(QStringLiteral("hr.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QString text = header + u'\n';
        for (const auto& row : m_rows)
            text += row.csv() + u'\n';
        file.write(text.toUtf8());
    }

    Row& row(const QString& id)
    {
        for (auto& r : m_rows)
            if (r.id == id)
                return r;
        qFatal("no row %s", qPrintable(id));
    }

    // Preview as alice (who files any approval requests), then sync as alice.
    App::StoredPlan preview()
    {
        writeHr();
        m_workspace->setActor(QStringLiteral("alice"));
        App::PreviewService service(*m_workspace, m_connectors);
        auto stored = service.preview(QStringLiteral("Directory"), {});
        if (!stored)
            qFatal("preview failed: %s", qPrintable(stored.error().describe()));
        return *stored;
    }

    App::RunSummary sync()
    {
        const auto stored = preview();
        App::SyncService service(*m_workspace, m_connectors, QStringLiteral("alice"));
        auto summary = service.run(stored.id, {});
        if (!summary)
            qFatal("sync failed: %s", qPrintable(summary.error().describe()));
        return *summary;
    }

    static const Models::Operation* find(const App::StoredPlan& stored, const QString& workerId)
    {
        for (const auto& op : stored.plan.operations)
            if (op.workerId == workerId)
                return &op;
        return nullptr;
    }

    QString entry(const QString& id) { return m_slapd.search(QStringLiteral("(employeeNumber=%1)").arg(id)); }
    // pwdAccountLockedTime is operational: ldapsearch returns it only when asked by name.
    bool disabled(const QString& id)
    {
        return m_slapd.search(QStringLiteral("(employeeNumber=%1)").arg(id), {QStringLiteral("pwdAccountLockedTime")})
            .contains(QStringLiteral("pwdAccountLockedTime: 000001010000Z"));
    }
    int entries(const QString& id) { return int(entry(id).count(QStringLiteral("dn: "))); }
    QString people() const { return m_slapd.peopleDn(); }

    qint64 pendingApprovalFor(const QString& workerId)
    {
        const auto list = m_workspace->approvals(QStringLiteral("bob")).list(true);
        for (const auto& approval : *list)
            if (approval.workerId == workerId)
                return approval.id;
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_slapd.start(), qPrintable(m_slapd.errorString()));
        QVERIFY(m_slapd.ldif(QStringLiteral("dn: ou=Sales,%1\nobjectClass: organizationalUnit\nou: Sales\n\n"
                                            "dn: ou=Engineering,%1\nobjectClass: organizationalUnit\nou: Engineering\n")
                                 .arg(people())));
        auto workspace = App::Workspace::open(m_dir.filePath(QStringLiteral("scenarios.tenure")));
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);
        Models::Tenant hr;
        hr.name = QStringLiteral("HR");
        hr.role = Models::TenantRole::HrSource;
        hr.type = QStringLiteral("csv");
        hr.settings = {{QStringLiteral("path"), m_dir.filePath(QStringLiteral("hr.csv"))}};
        QVERIFY(m_workspace->tenants().save(hr));
        Models::Tenant directory;
        directory.name = QStringLiteral("Directory");
        directory.type = QStringLiteral("ldap");
        directory.settings = m_slapd.ldapSettings(true);
        directory.settings.insert(QStringLiteral("policy"), QJsonObject{{QStringLiteral("maxDisables"), 5}});
        directory.secretRef = QStringLiteral("scenarios/Directory");
        directory.sourceTenant = QStringLiteral("HR");
        QVERIFY(m_workspace->tenants().save(directory));
        QVERIFY(m_secrets.write(directory.secretRef, m_slapd.password()));
        QVERIFY(m_workspace->mappings().save(QStringLiteral("Directory"), mapping(people())));
        for (int i = 1; i <= 12; ++i)
            m_rows.append(Row::make(QString::number(100 + i), QStringLiteral("Person %1").arg(i), QStringLiteral("P%1").arg(i),
                                    QStringLiteral("Clerk")));
    }

    void hireCreatesTheAccountInItsDepartmentsOu()
    {
        const auto summary = sync();
        QCOMPARE(summary.confirmed, 12);
        QVERIFY2(entry(QStringLiteral("101")).contains(QStringLiteral("dn: uid=101,ou=Sales,") + people()), qPrintable(entry(QStringLiteral("101"))));
        QCOMPARE(preview().plan.writeCount(), 0);
    }

    void terminationDisablesTheAccount()
    {
        row(QStringLiteral("112")).status = QStringLiteral("Terminated");
        QCOMPARE(sync().confirmed, 1);
        QVERIFY(disabled(QStringLiteral("112")));
        const auto again = preview();
        QCOMPARE(find(again, QStringLiteral("112"))->category, Category::Unchanged);
    }

    void anOrgChangeMovesTheAccountToTheNewOu()
    {
        row(QStringLiteral("102")).dept = QStringLiteral("Engineering");
        const auto stored = preview();
        QCOMPARE(find(stored, QStringLiteral("102"))->kind, Models::OperationKind::Move);
        QCOMPARE(sync().confirmed, 1);
        QVERIFY(entry(QStringLiteral("102")).contains(QStringLiteral("dn: uid=102,ou=Engineering,") + people()));
        QCOMPARE(preview().plan.writeCount(), 0);
    }

    void aManagerChangeUpdatesTheManagerDn()
    {
        row(QStringLiteral("103")).manager = QStringLiteral("101");
        QCOMPARE(sync().confirmed, 1);
        QVERIFY(m_slapd.search(QStringLiteral("(employeeNumber=103)"), {QStringLiteral("manager")})
                    .contains(QStringLiteral("manager: uid=101,ou=Sales,") + people()));
        QCOMPARE(preview().plan.writeCount(), 0);
    }

    void aConversionUpdatesTheWorkerType()
    {
        row(QStringLiteral("104")).type = QStringLiteral("Contractor");
        const auto stored = preview();
        QCOMPARE(find(stored, QStringLiteral("104"))->category, Category::Conversion);
        QCOMPARE(sync().confirmed, 1);
        QVERIFY(entry(QStringLiteral("104")).contains(QStringLiteral("employeeType: Contractor")));
    }

    void aRehireWithTheOldIdIsRoutedAndReactivatedWithoutADuplicate()
    {
        row(QStringLiteral("112")).status = QStringLiteral("Active");
        row(QStringLiteral("112")).title = QStringLiteral("Senior Clerk");
        auto stored = preview();
        QCOMPARE(find(stored, QStringLiteral("112"))->category, Category::Rehire);
        // Nothing happens before a second person decides.
        auto summary = sync();
        QCOMPARE(summary.confirmed, 0);
        QCOMPARE(summary.skipped, 1);
        const qint64 id = pendingApprovalFor(QStringLiteral("112"));
        QVERIFY(id > 0);
        // Four-eyes: alice filed it and cannot approve it; the database refuses it too.
        auto own = m_workspace->approvals(QStringLiteral("alice")).decide(id, true, QStringLiteral("ok"), Models::RehireChoice::Reactivate);
        QVERIFY(!own);
        QVERIFY(own.error().message.contains(QStringLiteral("second person")));
        QSqlQuery direct(m_workspace->database().connection());
        QVERIFY(!direct.exec(QStringLiteral("UPDATE approvals SET state = 'approved', decided_by = requested_by WHERE id = %1").arg(id)));
        // A rehire needs the routing choice.
        QVERIFY(!m_workspace->approvals(QStringLiteral("bob")).decide(id, true, QStringLiteral("ok"), Models::RehireChoice::None));
        QVERIFY(m_workspace->approvals(QStringLiteral("bob")).decide(id, true, QStringLiteral("same role family"),
                                                                     Models::RehireChoice::Reactivate));
        summary = sync();
        QCOMPARE(summary.confirmed, 1);
        QCOMPARE(entries(QStringLiteral("112")), 1);
        QVERIFY(!disabled(QStringLiteral("112")));
        QVERIFY(entry(QStringLiteral("112")).contains(QStringLiteral("title: Senior Clerk")));
        QCOMPARE(m_workspace->approvals(QStringLiteral("bob")).find(id)->state, Models::ApprovalState::Done);
    }

    void aRehireWithANewIdIsRoutedAndCanGetANewAccount()
    {
        row(QStringLiteral("111")).status = QStringLiteral("Terminated");
        sync();
        m_rows.removeIf([](const Row& r) { return r.id == QLatin1String("111"); });
        Row back = Row::make(QStringLiteral("211"), QStringLiteral("Person 11"), QStringLiteral("P11"), QStringLiteral("Analyst"));
        back.previous = QStringLiteral("111");
        m_rows.append(back);
        const auto stored = preview();
        const auto* op = find(stored, QStringLiteral("211"));
        QCOMPARE(op->category, Category::Rehire);
        QCOMPARE(op->targetId, QStringLiteral("uid=111,ou=Sales,") + people());
        const qint64 id = pendingApprovalFor(QStringLiteral("211"));
        QVERIFY(m_workspace->approvals(QStringLiteral("bob")).decide(id, true, QStringLiteral("different country entity"),
                                                                     Models::RehireChoice::NewAccount));
        auto summary = sync();
        QCOMPARE(summary.confirmed, 1);   // the new account
        QCOMPARE(entries(QStringLiteral("211")), 1);
        QVERIFY(disabled(QStringLiteral("111")));   // the archive stays disabled
        QCOMPARE(preview().plan.writeCount(), 0);
    }

    void aFutureTerminationWaitsForTheEndOfTheLastDayInTheWorkersZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("kiritimati (UTC+14)") << QStringLiteral("Pacific/Kiritimati");
        QTest::newRow("los angeles") << QStringLiteral("America/Los_Angeles");
    }
    void aFutureTerminationWaitsForTheEndOfTheLastDayInTheWorkersZone()
    {
        QFETCH(QString, zone);
        auto& worker = row(QStringLiteral("110"));
        const QTimeZone tz(zone.toUtf8());
        const auto lastDay = QDateTime::currentDateTimeUtc().toTimeZone(tz).date();
        worker.termination = lastDay.toString(Qt::ISODate);
        worker.zone = zone;
        const auto endsAt = lastDay.addDays(1).startOfDay(tz).toUTC();
        const auto stored = preview();
        const auto* op = find(stored, QStringLiteral("110"));
        QVERIFY2(op->category != Category::Error, qPrintable(op->reason));
        // The last day is today where the worker is: the account goes when that day ends there.
        QCOMPARE(op->category, QDateTime::currentDateTimeUtc() < endsAt ? Category::FutureDated : Category::Leaver);
        QCOMPARE(op->kind, Models::OperationKind::Disable);
        QCOMPARE(op->effectiveAt, endsAt);
        worker.termination.clear();
        worker.zone.clear();
    }

    void anEmergencyTerminationHoldsTheAccountUntilHrCatchesUp()
    {
        App::EmergencyTermination requested(*m_workspace, m_connectors, QStringLiteral("carol"));
        auto request = requested.request(QStringLiteral("105"), QStringLiteral("credential theft"));
        QVERIFY(request);
        QVERIFY(!App::EmergencyTermination(*m_workspace, m_connectors, QStringLiteral("carol")).approve(request->id, {}));
        auto report = App::EmergencyTermination(*m_workspace, m_connectors, QStringLiteral("dave")).approve(request->id,
                                                                                                        QStringLiteral("confirmed"));
        QVERIFY2(report, report ? "" : qPrintable(report.error().describe()));
        QCOMPARE(report->disabled.size(), 1);
        QVERIFY(disabled(QStringLiteral("105")));
        // HR still says active: later syncs keep the account disabled.
        auto stored = preview();
        QCOMPARE(find(stored, QStringLiteral("105"))->category, Category::Held);
        QCOMPARE(sync().confirmed, 0);
        QVERIFY(disabled(QStringLiteral("105")));
        // HR catches up: the hold clears itself, and the audit shows both.
        row(QStringLiteral("105")).status = QStringLiteral("Terminated");
        preview();
        QVERIFY(m_workspace->holds(QStringLiteral("x")).active()->isEmpty());
        Models::AuditFilter filter;
        filter.subject = QStringLiteral("105");
        QStringList actions;
        const auto events = m_workspace->audit().query(filter);
        QVERIFY(events);
        for (const auto& event : *events)
            actions.append(event.action);
        QVERIFY2(actions.contains(QStringLiteral("hold.placed")) && actions.contains(QStringLiteral("hold.cleared")),
                 qPrintable(actions.join(u' ')));
        QVERIFY(m_workspace->audit().verify());
    }

    void aPreHireIsCreatedLockedAndEnabledOnItsStartDate()
    {
        auto tenant = *m_workspace->tenants().find(QStringLiteral("Directory"));
        tenant.settings.insert(QStringLiteral("policy"), QJsonObject{{QStringLiteral("maxDisables"), 5},
                                                                     {QStringLiteral("preHireDays"), 30}});
        QVERIFY(m_workspace->tenants().save(tenant));
        Row starter = Row::make(QStringLiteral("301"), QStringLiteral("New Starter"), QStringLiteral("Starter"),
                                QStringLiteral("Analyst"));
        starter.hire = QDate::currentDate().addDays(10).toString(Qt::ISODate);
        m_rows.append(starter);
        auto stored = preview();
        QCOMPARE(find(stored, QStringLiteral("301"))->category, Category::Joiner);
        QVERIFY(!find(stored, QStringLiteral("301"))->accountEnabled);
        QCOMPARE(sync().confirmed, 1);
        QVERIFY(disabled(QStringLiteral("301")));
        // The run history says it was pre-hired: not a rehire, an enable waiting for the start.
        stored = preview();
        const auto* op = find(stored, QStringLiteral("301"));
        QCOMPARE(op->category, Category::FutureDated);
        QCOMPARE(op->kind, Models::OperationKind::Enable);
        QVERIFY(op->effectiveAt > QDateTime::currentDateTimeUtc());
        m_rows.removeLast();
    }

    void dueWorkCarriesOutOnlyWhatHasBecomeDue()
    {
        auto tenant = *m_workspace->tenants().find(QStringLiteral("Directory"));
        tenant.settings.insert(QStringLiteral("policy"), QJsonObject{{QStringLiteral("maxDisables"), 5}});
        QVERIFY(m_workspace->tenants().save(tenant));
        Row today = Row::make(QStringLiteral("401"), QStringLiteral("Starts Today"), QStringLiteral("Today"), QStringLiteral("Clerk"));
        today.hire = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        today.zone = QStringLiteral("UTC");
        Row tomorrow = Row::make(QStringLiteral("402"), QStringLiteral("Starts Later"), QStringLiteral("Later"), QStringLiteral("Clerk"));
        tomorrow.hire = QDateTime::currentDateTimeUtc().date().addDays(2).toString(Qt::ISODate);
        m_rows.append(today);
        m_rows.append(tomorrow);
        row(QStringLiteral("106")).title = QStringLiteral("Undated change");   // a mover waits for a sync
        writeHr();
        App::DueWork work(*m_workspace, m_connectors, QStringLiteral("scheduler"));
        auto reports = work.run({}, {});
        QVERIFY(reports);
        QCOMPARE(reports->size(), 1);
        const auto& report = reports->first();
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->describe()) : "");
        QCOMPARE(report.due, 1);
        QVERIFY(report.later >= 1);
        QCOMPARE(report.run->confirmed, 1);
        QCOMPARE(entries(QStringLiteral("401")), 1);
        QCOMPARE(entries(QStringLiteral("402")), 0);
        QVERIFY(!entry(QStringLiteral("106")).contains(QStringLiteral("Undated change")));
        row(QStringLiteral("106")).title = QStringLiteral("Clerk");
    }

    void tooManyDisablesWaitForAReleaseByASecondPerson()
    {
        for (int i = 1; i <= 9; ++i)
            if (i != 5)
                row(QString::number(100 + i)).status = QStringLiteral("Terminated");
        const auto stored = preview();
        QVERIFY(stored.plan.needsRelease());
        App::SyncService service(*m_workspace, m_connectors, QStringLiteral("alice"));
        auto refused = service.run(stored.id, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Models::ErrorCode::Blocked);
        const auto pending = m_workspace->approvals(QStringLiteral("bob")).list(true);
        QVERIFY(pending);
        const auto& list = *pending;
        qint64 release = 0;
        for (const auto& approval : list)
            if (approval.kind == Models::ApprovalKind::ThresholdRelease)
                release = approval.id;
        QVERIFY(release > 0);
        QVERIFY(!m_workspace->approvals(QStringLiteral("alice")).decide(release, true, QStringLiteral("go"), Models::RehireChoice::None));
        QVERIFY(m_workspace->approvals(QStringLiteral("bob")).decide(release, true, QStringLiteral("reorganisation"),
                                                                     Models::RehireChoice::None));
        auto summary = service.run(stored.id, {});
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().describe()));
        QCOMPARE(summary->confirmed, 8);
    }
};

QTEST_GUILESS_MAIN(TestLifecycleScenarios)
#include "tst_lifecyclescenarios.moc"
