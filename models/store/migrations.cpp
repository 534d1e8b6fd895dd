#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <array>

namespace Tenure::Models {
namespace {

// Version N is reached by applying steps[N-1]. Never edit a released step: add one.
const std::array<QStringList, 6> steps{{
    // 1: tenants, mapping versions, plans with their operations, runs with each operation's outcome.
    {
        QStringLiteral("CREATE TABLE tenants (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " role TEXT NOT NULL CHECK (role IN ('hr','directory')), type TEXT NOT NULL,"
                       " settings TEXT NOT NULL, secret_ref TEXT, source_tenant TEXT)"),
        QStringLiteral("CREATE TABLE mappings (id INTEGER PRIMARY KEY, tenant TEXT NOT NULL, version INTEGER NOT NULL,"
                       " created_at TEXT NOT NULL, definition TEXT NOT NULL, UNIQUE (tenant, version))"),
        QStringLiteral("CREATE TABLE plans (id INTEGER PRIMARY KEY, tenant TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " hash TEXT NOT NULL, blocked_reason TEXT, operation_count INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE plan_operations (plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, category TEXT NOT NULL, kind TEXT NOT NULL, worker_id TEXT,"
                       " target_id TEXT, body TEXT NOT NULL, PRIMARY KEY (plan_id, seq))"),
        QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id),"
                       " tenant TEXT NOT NULL, operator TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,"
                       " state TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE run_operations (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, state TEXT NOT NULL, message TEXT, updated_at TEXT NOT NULL,"
                       " PRIMARY KEY (run_id, seq))"),
    },
    // 2: the audit log (models/store/auditchain.h). AUTOINCREMENT keeps the highest seq ever
    // assigned in sqlite_sequence, so removing the latest events shows; seq is the primary key and
    // each append takes last seq + 1, so two appenders that read the same last event cannot both
    // insert (no fork) without the cost of a second, random-order index on the hashes; the
    // triggers make the application's own SQL append-only.
    {
        QStringLiteral("CREATE TABLE audit_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
                       " actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL, why TEXT NOT NULL,"
                       " before_json TEXT NOT NULL, after_json TEXT NOT NULL, prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_events_subject ON audit_events (subject)"),
        QStringLiteral("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    },
    // 3: the people side of the lifecycle: approvals (four-eyes enforced by the database itself),
    // holds, the last good size of each HR source, and the threshold hold of a plan.
    {
        QStringLiteral("CREATE TABLE approvals (id INTEGER PRIMARY KEY, kind TEXT NOT NULL"
                       " CHECK (kind IN ('operation','threshold-release','emergency-termination')),"
                       " tenant TEXT NOT NULL DEFAULT '', worker_id TEXT NOT NULL DEFAULT '', plan_id INTEGER,"
                       " subject_hash TEXT NOT NULL, summary TEXT NOT NULL, reason TEXT NOT NULL,"
                       " requested_by TEXT NOT NULL, requested_at TEXT NOT NULL,"
                       " state TEXT NOT NULL CHECK (state IN ('pending','approved','rejected','done')),"
                       " decided_by TEXT, decided_at TEXT, decision_reason TEXT, choice TEXT NOT NULL DEFAULT '',"
                       " CHECK (decided_by IS NULL OR decided_by <> requested_by))"),
        QStringLiteral("CREATE INDEX approvals_subject ON approvals (subject_hash, state)"),
        QStringLiteral("CREATE TABLE holds (id INTEGER PRIMARY KEY, worker_id TEXT NOT NULL, kind TEXT NOT NULL"
                       " CHECK (kind IN ('reenable','any-change')), reason TEXT NOT NULL, placed_by TEXT NOT NULL,"
                       " placed_at TEXT NOT NULL, clears_when_hr_terminates INTEGER NOT NULL DEFAULT 0,"
                       " cleared_by TEXT, cleared_at TEXT, clear_reason TEXT)"),
        QStringLiteral("CREATE INDEX holds_worker ON holds (worker_id)"),
        QStringLiteral("CREATE TABLE source_reads (tenant TEXT PRIMARY KEY, worker_count INTEGER NOT NULL,"
                       " read_at TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE plans ADD COLUMN threshold_hold TEXT NOT NULL DEFAULT ''"),
    },
    // 4: who may decide what, and runs that say what they were for.
    //   operator_roles: an operator's role (models/domain/operatorrole.h). With no row at all every
    //   operator is an admin (a one-person workspace); once roles are given, an operator without a
    //   row is HR staff, the narrower role. The trigger enforces mayDecide() below the application,
    //   as the CHECK on approvals enforces four-eyes.
    //   approvals.category: the category of the operation an Operation request approves ('rehire', …).
    //   runs: what the run was for (the whole plan, a selection, a retry or resume of origin_run, due
    //   work, an emergency termination) and its outcome counts, kept when it finishes so the history
    //   does not count every journal row again.
    {
        QStringLiteral("CREATE TABLE operator_roles (operator TEXT PRIMARY KEY, role TEXT NOT NULL"
                       " CHECK (role IN ('admin','hr-staff')), granted_by TEXT NOT NULL, granted_at TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE approvals ADD COLUMN category TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE approvals SET category = 'rehire' WHERE kind = 'operation' AND summary LIKE 'Rehire %'"),
        QStringLiteral("CREATE TRIGGER approvals_decided_within_role BEFORE UPDATE OF state ON approvals"
                       " WHEN OLD.state = 'pending' AND NEW.state IN ('approved','rejected')"
                       " AND NOT (NEW.kind = 'emergency-termination' OR (NEW.kind = 'operation' AND NEW.category = 'rehire'))"
                       " AND EXISTS (SELECT 1 FROM operator_roles)"
                       " AND COALESCE((SELECT role FROM operator_roles WHERE operator = NEW.decided_by), 'hr-staff') <> 'admin'"
                       " BEGIN SELECT RAISE(ABORT, 'the operator''s role may not decide this kind of request'); END"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN purpose TEXT NOT NULL DEFAULT 'plan'"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN origin_run INTEGER"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN confirmed INTEGER"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN failed INTEGER"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN skipped INTEGER"),
        QStringLiteral("UPDATE runs SET"
                       " confirmed = (SELECT COUNT(*) FROM run_operations o WHERE o.run_id = runs.id AND o.state = 'confirmed'),"
                       " failed = (SELECT COUNT(*) FROM run_operations o WHERE o.run_id = runs.id AND o.state = 'failed'),"
                       " skipped = (SELECT COUNT(*) FROM run_operations o WHERE o.run_id = runs.id AND o.state = 'skipped')"
                       " WHERE state <> 'running'"),
        QStringLiteral("CREATE INDEX runs_plan ON runs (plan_id, state)"),
    },
    // 5: the initial passwords waiting in a keychain to be handed over (initialpasswordindex.h):
    //    references and names only, never a password.
    {
        QStringLiteral("CREATE TABLE initial_passwords (reference TEXT PRIMARY KEY, tenant TEXT NOT NULL,"
                       " account TEXT NOT NULL, kept_at TEXT NOT NULL, host TEXT NOT NULL)"),
    },
    // 6: plans of a removed tenant are retired: kept as history, never offered to a later tenant
    //    of the same name.
    {
        QStringLiteral("ALTER TABLE plans ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"),
    },
}};

Result<int> currentVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(ErrorCode::Storage, QStringLiteral("Cannot read the workspace's schema version"),
                    query.lastError().text());
    return query.value(0).toInt();
}

} // namespace

int latestMigrationVersion() { return int(steps.size()); }

Result<int> migrate(QSqlDatabase db)
{
    auto version = currentVersion(db);
    if (!version)
        return version;
    if (*version > latestMigrationVersion())
        return fail(ErrorCode::Storage,
                    QStringLiteral("This workspace was written by a newer Tenure (schema %1; this one knows up to %2)")
                        .arg(*version)
                        .arg(latestMigrationVersion()));
    for (int next = *version + 1; next <= latestMigrationVersion(); ++next) {
        if (!db.transaction())
            return fail(ErrorCode::Storage, QStringLiteral("Cannot start the schema migration"), db.lastError().text());
        QSqlQuery query(db);
        for (const auto& statement : steps.at(next - 1)) {
            if (!query.exec(statement)) {
                const auto detail = query.lastError().text();
                db.rollback();
                return fail(ErrorCode::Storage, QStringLiteral("Schema migration %1 failed").arg(next), detail);
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)) || !db.commit()) {
            db.rollback();
            return fail(ErrorCode::Storage, QStringLiteral("Schema migration %1 could not be committed").arg(next),
                        db.lastError().text());
        }
    }
    return latestMigrationVersion();
}

} // namespace Tenure::Models
