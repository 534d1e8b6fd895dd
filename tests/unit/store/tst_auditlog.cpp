// The audit log: a SHA-256 chain that shows any edit, removal or reordering, written in the same
// transaction as the change it records, kept as one chain by concurrent writers, and holding
// secret references only.
#include "models/store/auditlog.h"
#include "models/store/repositories.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace Tenure::Models;

namespace {

const QString Actor = QStringLiteral("alice");

bool exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

// What someone with the file and the sqlite3 shell can do: the append-only triggers are no
// obstacle to them, only to the application's own SQL.
void dropGuards(const QSqlDatabase& db)
{
    QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_events_no_update")));
    QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_events_no_delete")));
}

Result<AuditEvent> appendAlone(const WorkspaceDatabase& db, const QString& actor, const char* action,
                               const QString& subject, const QString& why = QStringLiteral("because"))
{
    Transaction tx(db.connection());
    auto event = AuditLog::append(tx, makeAuditEvent(actor, action, subject, why, {{QStringLiteral("v"), 1}},
                                                     {{QStringLiteral("v"), 2}}));
    if (!event)
        return event;
    if (auto committed = tx.commit(); !committed)
        return std::unexpected(committed.error());
    return event;
}

qint64 count(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next() ? query.value(0).toLongLong() : -1;
}

Operation updateOperation(const QString& worker)
{
    Operation op;
    op.category = Category::Mover;
    op.kind = OperationKind::Update;
    op.workerId = worker;
    op.targetId = QStringLiteral("uid=%1,ou=People").arg(worker);
    op.reason = QStringLiteral("Title changed in HR");
    op.changes = {{QStringLiteral("title"), {QStringLiteral("Clerk")}, {QStringLiteral("Manager")}, QStringLiteral("Title")}};
    return op;
}

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::shared_ptr<WorkspaceDatabase> openNew()
    {
        auto db = WorkspaceDatabase::open(m_dir.filePath(QStringLiteral("audit%1.tenure").arg(++m_files)));
        return db ? *db : nullptr;
    }

    // Six events: seq 1..6.
    std::shared_ptr<WorkspaceDatabase> sixEvents()
    {
        auto db = openNew();
        for (int i = 1; i <= 6; ++i)
            if (!appendAlone(*db, Actor, AuditAction::TenantSaved, QStringLiteral("T%1").arg(i)))
                return nullptr;
        return db;
    }

private Q_SLOTS:
    void theChainOfTheStoresChangesVerifies()
    {
        auto db = openNew();
        QVERIFY(db);
        Tenant tenant;
        tenant.name = QStringLiteral("Directory");
        tenant.type = QStringLiteral("ldap");
        auto saved = TenantRepository(*db, Actor).save(tenant);
        QVERIFY(saved);
        saved->settings.insert(QStringLiteral("url"), QStringLiteral("ldaps://dc:636"));
        QVERIFY(TenantRepository(*db, QStringLiteral("bob")).save(*saved));
        MappingSet mapping;
        auto id = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
        id.matchingPrecedence = 1;
        mapping.attributes = {id};
        QVERIFY(MappingRepository(*db, Actor).save(QStringLiteral("Directory"), mapping));
        QVERIFY(MappingRepository(*db, Actor).save(QStringLiteral("Directory"), mapping));
        Plan plan;
        plan.tenant = QStringLiteral("Directory");
        plan.createdAt = QDateTime::currentDateTimeUtc();
        plan.operations = {updateOperation(QStringLiteral("1"))};
        auto planId = PlanRepository(*db, Actor).save(plan);
        QVERIFY(planId);
        QVERIFY(TenantRepository(*db, Actor).remove(QStringLiteral("Directory")));
        QVERIFY(TenantRepository(*db, Actor).remove(QStringLiteral("Nobody")));   // nothing removed, nothing audited

        AuditLog log(*db);
        auto verdict = log.verify();
        QVERIFY(verdict);
        QVERIFY2(verdict->intact(), qPrintable(verdict->firstBreak ? verdict->firstBreak->message : QString()));
        QCOMPARE(verdict->events, 6);
        auto events = log.query();
        QVERIFY(events);
        QStringList actions;
        for (const auto& event : *events)
            actions.append(event.action);
        QCOMPARE(actions, (QStringList{"tenant.saved", "tenant.saved", "mapping.saved", "mapping.saved", "plan.created",
                                        "tenant.removed"}));
        QCOMPARE(events->at(0).prevHash, QString::fromLatin1(AuditGenesisHash));
        QCOMPARE(events->at(1).prevHash, events->at(0).hash);
        QCOMPARE(events->at(1).actor, QStringLiteral("bob"));
        QVERIFY(events->at(1).before.value(QStringLiteral("settings")).toObject().isEmpty());
        QCOMPARE(events->at(1).after.value(QStringLiteral("settings")).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("ldaps://dc:636"));
        QVERIFY(events->at(2).before.isEmpty());
        QCOMPARE(events->at(3).before.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(events->at(3).after.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(events->at(4).subject, QStringLiteral("plan/%1").arg(*planId));
        QCOMPARE(events->at(4).after.value(QStringLiteral("hash")).toString(), QString::fromLatin1(plan.hash().toHex()));
        QCOMPARE(events->at(4).after.value(QStringLiteral("counts")).toObject().value(QStringLiteral("mover")).toInt(), 1);
        QVERIFY(events->at(5).after.isEmpty());
        QVERIFY(events->at(0).at.isValid() && events->at(0).at.timeSpec() == Qt::UTC);
    }

    void aRunAuditsItsStartEachOutcomeAndItsEnd()
    {
        auto db = openNew();
        Plan plan;
        plan.tenant = QStringLiteral("D");
        plan.createdAt = QDateTime::currentDateTimeUtc();
        plan.operations = {updateOperation(QStringLiteral("7")), updateOperation(QStringLiteral("8")),
                           updateOperation(QStringLiteral("9"))};
        auto planId = PlanRepository(*db, Actor).save(plan);
        QVERIFY(planId);
        RunRepository runs(*db);
        auto runId = runs.start(*planId, QStringLiteral("carol"));
        QVERIFY(runId);
        QVERIFY(runs.record(*runId, {0, OutcomeState::Sent, {}}, &plan.operations[0]));
        QVERIFY(runs.record(*runId, {0, OutcomeState::Confirmed, {}}, &plan.operations[0]));
        QVERIFY(runs.record(*runId, {1, OutcomeState::Failed, QStringLiteral("insufficient access")}));  // read from the plan
        QVERIFY(runs.record(*runId, {2, OutcomeState::Skipped, QStringLiteral("cancelled")}));
        QVERIFY(runs.finish(*runId, RunState::Failed));

        auto events = AuditLog(*db).query({{}, QStringLiteral("run."), {}, {}, {}, {}});
        QVERIFY(events);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).subject, QStringLiteral("run/%1").arg(*runId));
        QCOMPARE(events->at(0).actor, QStringLiteral("carol"));
        QCOMPARE(events->at(1).after.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const auto outcomes = events->at(1).after.value(QStringLiteral("outcomes")).toObject();
        QCOMPARE(outcomes.value(QStringLiteral("confirmed")).toInt(), 1);
        QCOMPARE(outcomes.value(QStringLiteral("skipped")).toInt(), 1);

        auto operations = AuditLog(*db).query({{}, QStringLiteral("operation."), {}, {}, {}, {}});
        QVERIFY(operations);
        QCOMPARE(operations->size(), 2);   // sent and skipped change nothing in the target
        const auto& confirmed = operations->at(0);
        QCOMPARE(confirmed.action, QStringLiteral("operation.confirmed"));
        QCOMPARE(confirmed.actor, QStringLiteral("carol"));
        QCOMPARE(confirmed.subject, QStringLiteral("7"));
        QCOMPARE(confirmed.why, QStringLiteral("Title changed in HR"));
        QCOMPARE(confirmed.before.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("title")).toArray().at(0).toString(),
                 QStringLiteral("Clerk"));
        QCOMPARE(confirmed.after.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("title")).toArray().at(0).toString(),
                 QStringLiteral("Manager"));
        QCOMPARE(confirmed.after.value(QStringLiteral("target")).toString(), QStringLiteral("uid=7,ou=People"));
        const auto& failed = operations->at(1);
        QCOMPARE(failed.action, QStringLiteral("operation.failed"));
        QCOMPARE(failed.subject, QStringLiteral("8"));
        QCOMPARE(failed.after.value(QStringLiteral("message")).toString(), QStringLiteral("insufficient access"));
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void tamperingNamesTheFirstBadEvent_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("says");
        for (const auto* column : {"at", "actor", "action", "subject", "why", "before_json", "after_json", "hash"})
            QTest::addRow("edit %s", column) << QStringLiteral("UPDATE audit_events SET %1 = %1 || 'x' WHERE seq = 3")
                                                     .arg(QLatin1String(column))
                                              << qint64(3) << QStringLiteral("changed after it was recorded");
        QTest::addRow("edit prev_hash")
            << QStringLiteral("UPDATE audit_events SET prev_hash = '%1' WHERE seq = 3").arg(QString(64, u'f'))
            << qint64(3) << QStringLiteral("does not follow event 2");
        QTest::addRow("delete one") << QStringLiteral("DELETE FROM audit_events WHERE seq = 3") << qint64(4)
                                    << QStringLiteral("event 3 before it was removed");
        // Swapping rows' contents while keeping the numbers: the order changed, the seqs did not.
        QTest::addRow("swap two")
            << QStringLiteral("UPDATE audit_events SET seq = CASE seq WHEN 2 THEN -4 ELSE -2 END WHERE seq IN (2, 4);"
                              "UPDATE audit_events SET seq = -seq WHERE seq < 0")
            << qint64(2) << QStringLiteral("does not follow event 1");
        QTest::addRow("remove the first events") << QStringLiteral("DELETE FROM audit_events WHERE seq <= 2") << qint64(3)
                                                 << QStringLiteral("events 1 to 2 before it were removed");
        QTest::addRow("replace the genesis")
            << QStringLiteral("UPDATE audit_events SET prev_hash = '%1' WHERE seq = 1").arg(QString(64, u'1'))
            << qint64(1) << QStringLiteral("does not start the log");
        QTest::addRow("remove the latest events") << QStringLiteral("DELETE FROM audit_events WHERE seq >= 5") << qint64(5)
                                                  << QStringLiteral("Event 5 and later were removed");
        QTest::addRow("remove them all") << QStringLiteral("DELETE FROM audit_events") << qint64(1)
                                         << QStringLiteral("the log is empty");
    }

    void tamperingNamesTheFirstBadEvent()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, firstBad);
        QFETCH(QString, says);
        auto db = sixEvents();
        QVERIFY(db);
        QVERIFY(AuditLog(*db).verify()->intact());
        const auto connection = db->connection();
        dropGuards(connection);
        for (const auto& statement : tamper.split(u';'))
            QVERIFY(exec(connection, statement));

        auto verdict = AuditLog(*db).verify();
        QVERIFY(verdict);
        QVERIFY(!verdict->intact());
        QCOMPARE(verdict->firstBreak->seq, firstBad);
        QVERIFY2(verdict->firstBreak->message.contains(says), qPrintable(verdict->firstBreak->message));
        QVERIFY2(verdict->firstBreak->message.contains(QStringLiteral("Event %1").arg(firstBad)),
                 qPrintable(verdict->firstBreak->message));
        if (!says.contains(QStringLiteral("later were removed")) && !says.contains(QStringLiteral("empty"))) {
            QVERIFY(!verdict->firstBreak->at.isEmpty());
            QVERIFY(!verdict->firstBreak->action.isEmpty());
        }
    }

    void theApplicationsOwnSqlCannotEditOrDeleteEvents()
    {
        auto db = sixEvents();
        QSqlQuery query(db->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_events SET why = 'no' WHERE seq = 1")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 6")));
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void anEventAndItsChangeRollBackTogether()
    {
        auto db = openNew();
        {
            Transaction tx(db->connection());
            auto event = AuditLog::append(tx, makeAuditEvent(Actor, AuditAction::TenantSaved, QStringLiteral("X"), {}));
            QVERIFY2(event, qPrintable(event ? QString() : event.error().describe()));
            // The change fails after its event was appended (role must be 'hr' or 'directory').
            QSqlQuery change(db->connection());
            QVERIFY(!change.exec(QStringLiteral("INSERT INTO tenants (name, role, type, settings) VALUES ('X', 'bad', 'csv', '{}')")));
        }   // not committed
        QCOMPARE(count(db->connection(), QStringLiteral("audit_events")), 0);
        QCOMPARE(count(db->connection(), QStringLiteral("tenants")), 0);
        QVERIFY(appendAlone(*db, Actor, AuditAction::HoldPlaced, QStringLiteral("1")));
        QCOMPARE(AuditLog(*db).verify()->events, 1);
    }

    void aChangeWhoseEventCannotBeWrittenIsNotStored()
    {
        auto db = openNew();
        QVERIFY(exec(db->connection(), QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON audit_events"
                                                      " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        Tenant tenant;
        tenant.name = QStringLiteral("HR");
        tenant.role = TenantRole::HrSource;
        tenant.type = QStringLiteral("csv");
        QVERIFY(!TenantRepository(*db, Actor).save(tenant));
        MappingSet mapping;
        auto id = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
        id.matchingPrecedence = 1;
        mapping.attributes = {id};
        QVERIFY(!MappingRepository(*db, Actor).save(QStringLiteral("D"), mapping));
        QCOMPARE(count(db->connection(), QStringLiteral("tenants")), 0);
        QCOMPARE(count(db->connection(), QStringLiteral("mappings")), 0);
    }

    void aRepositoryChangeJoinsTheCallersTransaction()
    {
        auto db = openNew();
        Tenant tenant;
        tenant.name = QStringLiteral("HR");
        tenant.role = TenantRole::HrSource;
        tenant.type = QStringLiteral("csv");
        {
            Transaction outer(db->connection());
            QVERIFY(TenantRepository(*db, Actor).save(tenant));   // a savepoint inside `outer`
            QCOMPARE(count(db->connection(), QStringLiteral("audit_events")), 1);
        }   // the caller gave up: the save and its event go together
        QCOMPARE(count(db->connection(), QStringLiteral("tenants")), 0);
        QCOMPARE(count(db->connection(), QStringLiteral("audit_events")), 0);
        {
            Transaction outer(db->connection());
            QVERIFY(TenantRepository(*db, Actor).save(tenant));
            QVERIFY(appendAlone(*db, Actor, AuditAction::ApprovalGranted, QStringLiteral("HR")));
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(db->connection(), QStringLiteral("tenants")), 1);
        QCOMPARE(AuditLog(*db).verify()->events, 2);
    }

    void anEventNeedsATransactionAndAnActor()
    {
        auto db = openNew();
        Transaction tx(db->connection());
        QCOMPARE(AuditLog::append(tx, makeAuditEvent({}, AuditAction::TenantSaved, QStringLiteral("X"), {})).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(tx.commit());
        QCOMPARE(AuditLog::append(tx, makeAuditEvent(Actor, AuditAction::TenantSaved, QStringLiteral("X"), {})).error().code,
                 ErrorCode::Internal);
        Tenant tenant;
        tenant.name = QStringLiteral("HR");
        tenant.type = QStringLiteral("csv");
        QCOMPARE(TenantRepository(*db).save(tenant).error().code, ErrorCode::InvalidInput);   // no actor: not saved
        QCOMPARE(count(db->connection(), QStringLiteral("tenants")), 0);
    }

    void concurrentAppendersKeepOneChain()
    {
        // Two threads on one connection set, and two more on a second WorkspaceDatabase over the same
        // file: separate SQLite connections, as two processes would have.
        auto first = openNew();
        auto second = WorkspaceDatabase::open(first->path());
        QVERIFY(second);
        constexpr int PerThread = 100;
        std::atomic<int> failures{0};
        const auto appender = [&](const WorkspaceDatabase* db, int thread) {
            for (int i = 0; i < PerThread; ++i)
                if (!appendAlone(*db, QStringLiteral("t%1").arg(thread), AuditAction::HoldPlaced, QString::number(i)))
                    ++failures;
        };
        {
            std::thread a(appender, first.get(), 1);
            std::thread b(appender, first.get(), 2);
            std::thread c(appender, second->get(), 3);
            std::thread d(appender, second->get(), 4);
            a.join();
            b.join();
            c.join();
            d.join();
        }
        QCOMPARE(failures.load(), 0);
        auto verdict = AuditLog(*first).verify();
        QVERIFY(verdict);
        QVERIFY2(verdict->intact(), qPrintable(verdict->firstBreak ? verdict->firstBreak->message : QString()));
        QCOMPARE(verdict->events, 4 * PerThread);
    }

    void theLogIsQueriedByActorActionSubjectTimeAndText()
    {
        auto db = openNew();
        const auto before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(appendAlone(*db, QStringLiteral("alice"), AuditAction::RunStarted, QStringLiteral("run/1")));
        QVERIFY(appendAlone(*db, QStringLiteral("bob"), AuditAction::RunFinished, QStringLiteral("run/1"),
                            QStringLiteral("100% done")));
        QVERIFY(appendAlone(*db, QStringLiteral("bob"), AuditAction::TenantSaved, QStringLiteral("HR")));
        AuditLog log(*db);
        const auto seqs = [&](const AuditFilter& filter) {
            QList<qint64> list;
            const auto events = log.query(filter);
            for (const auto& event : *events)
                list.append(event.seq);
            return list;
        };
        AuditFilter filter;
        filter.actor = QStringLiteral("bob");
        QCOMPARE(seqs(filter), (QList<qint64>{2, 3}));
        filter.actionPrefix = QStringLiteral("run.");
        QCOMPARE(seqs(filter), (QList<qint64>{2}));
        filter = {};
        filter.subject = QStringLiteral("run/1");
        QCOMPARE(seqs(filter), (QList<qint64>{1, 2}));
        filter = {};
        filter.text = QStringLiteral("100%");   // taken literally, not as a LIKE pattern
        QCOMPARE(seqs(filter), (QList<qint64>{2}));
        filter = {};
        filter.from = before;
        filter.to = QDateTime::currentDateTimeUtc().addSecs(1);
        QCOMPARE(seqs(filter).size(), 3);
        filter.to = before;
        QCOMPARE(seqs(filter).size(), 0);
    }

    void theAuditHoldsTheSecretReferenceNeverTheSecret()
    {
        auto db = openNew();
        // The secret lives in the SecretStore; the tenant, and so its audit events, name it only.
        const QString secret = QStringLiteral("S3cr3t-Pa55w0rd!");
        Tenant tenant;
        tenant.name = QStringLiteral("Directory");
        tenant.type = QStringLiteral("ldap");
        tenant.settings = {{QStringLiteral("bindDn"), QStringLiteral("cn=admin,dc=example,dc=com")}};
        tenant.secretRef = QStringLiteral("tenure/Directory/bind");
        auto saved = TenantRepository(*db, Actor).save(tenant);
        QVERIFY(saved);
        QVERIFY(TenantRepository(*db, Actor).remove(tenant.name));
        auto events = AuditLog(*db).query();
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).after.value(QStringLiteral("secretRef")).toString(), tenant.secretRef);
        QCOMPARE(events->at(1).before.value(QStringLiteral("secretRef")).toString(), tenant.secretRef);
        QSqlQuery all(db->connection());
        QVERIFY(all.exec(QStringLiteral("SELECT * FROM audit_events")));
        while (all.next())
            for (int c = 0; c < all.record().count(); ++c)
                QVERIFY(!all.value(c).toString().contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
