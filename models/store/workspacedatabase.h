#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <memory>

namespace Tenure::Models {

// A workspace is one SQLite file. Opening it applies the schema migrations it lacks.
// Each thread gets its own connection (SQLite connections must not cross threads).
class WorkspaceDatabase {
public:
    [[nodiscard]] static Result<std::shared_ptr<WorkspaceDatabase>> open(const QString& path);
    ~WorkspaceDatabase();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] static int latestSchemaVersion();

    // The calling thread's connection, opened on first use.
    [[nodiscard]] QSqlDatabase connection() const;

private:
    explicit WorkspaceDatabase(QString path);
    QString m_path;
    QString m_connectionPrefix;
};

// RAII write transaction: rolls back unless committed. The outermost one on a connection is a
// BEGIN IMMEDIATE, so it holds SQLite's write lock from the start: what it reads (the audit chain's
// last hash) cannot change under it, in this process or another. One opened while another is open
// on the same connection is a SAVEPOINT inside it, so repository calls compose into one unit.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Result<void> commit();
    [[nodiscard]] bool isActive() const { return m_began && !m_done; }
    [[nodiscard]] QSqlDatabase connection() const { return m_db; }

private:
    QSqlDatabase m_db;
    int m_depth = 0;       // 0: the outermost transaction; n: savepoint n inside it
    bool m_began = false;
    bool m_done = false;
    QString m_beginError;
};

} // namespace Tenure::Models
