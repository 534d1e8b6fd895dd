#include "workspacedatabase.h"

#include "migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <atomic>

namespace Tenure::Models {
namespace {

Result<QSqlDatabase> openConnection(const QString& name, const QString& path)
{
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(ErrorCode::Storage, QStringLiteral("Cannot open the workspace %1").arg(path), db.lastError().text());
    QSqlQuery pragma(db);
    // WAL lets the console read while a run writes; foreign keys keep plans and runs consistent.
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return db;
}

// Each thread's own token for naming its connections. Not the thread id: a pool thread that ends
// and a new one given the same id must not share a connection, because QSqlDatabase refuses one
// opened in another thread ("requested database does not belong to the calling thread"), and
// QThreadPool ends idle threads after 30 s, so a console left open meets this all the time.
std::atomic<quint64> nextThreadToken{1};

QString threadToken()
{
    thread_local const QString token = QString::number(nextThreadToken.fetch_add(1));
    return token;
}

// Closes the connection in its own thread when that thread finishes, so a long-lived console
// does not keep one open SQLite connection per worker thread that ever existed.
void closeWhenThreadFinishes(const QString& name)
{
    QObject::connect(QThread::currentThread(), &QThread::finished, [name] {
        {
            auto db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
}

} // namespace

WorkspaceDatabase::WorkspaceDatabase(QString path)
    : m_path(std::move(path)), m_connectionPrefix(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

WorkspaceDatabase::~WorkspaceDatabase()
{
    // Connections opened by worker threads are closed with their names; Qt warns only if a
    // QSqlDatabase copy is still alive, which repositories never keep.
    for (const auto& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<WorkspaceDatabase>> WorkspaceDatabase::open(const QString& path)
{
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("No workspace file was given"));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return fail(ErrorCode::NotFound, QStringLiteral("The folder of workspace %1 does not exist").arg(path));
    std::shared_ptr<WorkspaceDatabase> database(new WorkspaceDatabase(info.absoluteFilePath()));
    auto db = database->connection();
    if (!db.isOpen())
        return fail(ErrorCode::Storage, QStringLiteral("Cannot open the workspace %1").arg(path), db.lastError().text());
    if (auto migrated = migrate(db); !migrated)
        return std::unexpected(migrated.error());
    return database;
}

QSqlDatabase WorkspaceDatabase::connection() const
{
    const auto name = m_connectionPrefix + QLatin1Char('/') + threadToken();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    auto db = openConnection(name, m_path);
    closeWhenThreadFinishes(name);
    return db ? *db : QSqlDatabase::database(name, false);
}

int WorkspaceDatabase::schemaVersion() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

int WorkspaceDatabase::latestSchemaVersion() { return latestMigrationVersion(); }

namespace {

// Open transactions per connection of this thread (connections never cross threads).
thread_local QHash<QString, int> openTransactions;

bool execute(const QSqlDatabase& db, const QString& sql, QString* error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QString savepoint(int depth) { return QStringLiteral("tenure_%1").arg(depth); }

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_depth = openTransactions.value(m_db.connectionName());
    m_began = m_depth == 0 ? execute(m_db, QStringLiteral("BEGIN IMMEDIATE"), &m_beginError)
                           : execute(m_db, QStringLiteral("SAVEPOINT ") + savepoint(m_depth), &m_beginError);
    if (m_began)
        openTransactions[m_db.connectionName()] = m_depth + 1;
}

Transaction::~Transaction()
{
    if (!m_began || m_done)
        return;
    if (m_depth == 0) {
        m_db.rollback();
    } else {
        execute(m_db, QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
        execute(m_db, QStringLiteral("RELEASE ") + savepoint(m_depth));
    }
    openTransactions[m_db.connectionName()] = m_depth;
}

Result<void> Transaction::commit()
{
    if (!m_began)
        return fail(ErrorCode::Storage, QStringLiteral("The workspace is busy or read-only; the change was not saved"),
                    m_beginError);
    if (m_done)
        return fail(ErrorCode::Internal, QStringLiteral("A transaction was committed twice"));
    m_done = true;
    openTransactions[m_db.connectionName()] = m_depth;
    QString detail;
    if (m_depth > 0) {
        if (execute(m_db, QStringLiteral("RELEASE ") + savepoint(m_depth), &detail))
            return {};
    } else if (m_db.commit()) {
        return {};
    } else {
        detail = m_db.lastError().text();
        m_db.rollback();
    }
    return fail(ErrorCode::Storage, QStringLiteral("The workspace could not save the change"), detail);
}

} // namespace Tenure::Models
