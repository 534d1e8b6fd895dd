#pragma once

#include "connectors/hr/hrrecordrules.h"
#include "connectors/hr/hrsource.h"

#include <QJsonObject>

namespace Tenure::Connectors {

struct SqlSourceSettings {
    QString driver;          // a QtSql driver: QSQLITE, QPSQL, QODBC, …
    QString database;        // file (SQLite), database name (PostgreSQL) or DSN (ODBC)
    QString host;
    int port = -1;
    QString user;
    QString connectOptions;  // QSqlDatabase::setConnectOptions ("sslmode=require", …)
    // One SELECT whose rows are workers and whose column names are field names. It is wrapped
    // as a subquery for incremental reads, so it must not end with ';' or ORDER BY.
    QString query;
    QString workerIdColumn = QStringLiteral("WorkerID");
    // A column that grows with every change (an updated_at timestamp, a rowversion). Empty:
    // no incremental reads.
    QString watermarkColumn;
    HrRecordRules records{};

    [[nodiscard]] static Models::Result<SqlSourceSettings> fromJson(const QJsonObject& json);
    [[nodiscard]] QJsonObject toJson() const;
};

// Workers from a staging table or view in any database QtSql reaches. Each read opens its own
// connection in the calling thread (a QSqlDatabase may only be used from the thread that
// created it) and closes it afterwards. The password comes from the SecretStore.
//
// Incremental reads run  SELECT * FROM (<query>) AS tenure_staged WHERE <watermark> > :since
// ORDER BY <watermark>,  and hand back the largest watermark value read. Deleted rows are
// invisible to a delta: leavers are found by full reads. Timestamps are kept to the
// millisecond (QDateTime): a value truncated from microseconds re-reads a row of the same
// millisecond rather than skipping one.
class SqlWorkerSource : public HrSource {
public:
    SqlWorkerSource(SqlSourceSettings settings, QString password)
        : m_settings(std::move(settings)), m_password(std::move(password))
    {
    }

    [[nodiscard]] Models::Result<QString> testConnection() override;
    [[nodiscard]] Models::Result<Models::HrSnapshot> read(const Models::CancelToken& cancel) override;
    [[nodiscard]] Models::Result<Models::HrSnapshot> readChanges(QString& watermark,
                                                                 const Models::CancelToken& cancel) override;

private:
    [[nodiscard]] Models::Result<Models::HrSnapshot> run(const QString* since, QString* newWatermark,
                                                         const Models::CancelToken& cancel);

    SqlSourceSettings m_settings;
    QString m_password;
};

} // namespace Tenure::Connectors
