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

// RAII transaction: rolls back unless committed.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    [[nodiscard]] Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace Tenure::Models
