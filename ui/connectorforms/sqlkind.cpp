#include "connectorkinds.h"

#include "connectors/hr/sql/sqlworkersource.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

// A staging table or view in any database QtSql reaches (connectors/hr/sql: SqlSourceSettings).
// The database password, when there is one, is the tenant's secret.
class SqlKind {
    Q_DECLARE_TR_FUNCTIONS(SqlKind)

public:
    static ConnectorKind describe();
};

bool isServerDriver(const QJsonObject& settings)
{
    // SQLite is a file: no host, port or user. ODBC may name them in its DSN, so they stay open.
    return settings.value(QStringLiteral("driver")).toString() != QLatin1String("QSQLITE");
}

ConnectorKind SqlKind::describe()
{
    ConnectorKind kind;
    kind.id = QStringLiteral("sql");
    kind.type = QStringLiteral("sql");
    kind.role = Models::TenantRole::HrSource;
    kind.title = tr("SQL staging table");
    kind.summary = tr("Rows of a query on an HR staging table or view (SQLite, PostgreSQL, ODBC).");
    kind.icon = QStringLiteral(":/icons/database.svg");
    kind.defaults = {{QStringLiteral("driver"), QStringLiteral("QPSQL")},
                     {QStringLiteral("workerIdColumn"), QStringLiteral("WorkerID")}};
    kind.fields = {
        {.key = QStringLiteral("driver"),
         .type = FieldType::Choice,
         .label = tr("Dri&ver:"),
         .accessibleName = tr("Database driver"),
         .toolTip = tr("The QtSql driver; it must be installed on this computer."),
         .choices = {{tr("PostgreSQL (QPSQL)"), QStringLiteral("QPSQL")},
                     {tr("SQLite file (QSQLITE)"), QStringLiteral("QSQLITE")},
                     {tr("ODBC data source (QODBC)"), QStringLiteral("QODBC")}}},
        {.key = QStringLiteral("database"),
         .label = tr("Data&base:"),
         .accessibleName = tr("Database"),
         .placeholder = tr("PostgreSQL: the database name; SQLite: the file; ODBC: the DSN")},
        {.key = QStringLiteral("host"),
         .label = tr("H&ost:"),
         .accessibleName = tr("Database host"),
         .placeholder = tr("Empty: the local server"),
         .omitWhenEmpty = true,
         .enabledWhen = isServerDriver},
        {.key = QStringLiteral("port"),
         .type = FieldType::Number,
         .label = tr("&Port:"),
         .accessibleName = tr("Database port"),
         .toolTip = tr("0: the driver's default (5432 for PostgreSQL)."),
         .omitWhenEmpty = true,
         .minimum = 0,
         .maximum = 65535,
         .enabledWhen = isServerDriver},
        {.key = QStringLiteral("user"),
         .label = tr("&User:"),
         .accessibleName = tr("Database user"),
         .placeholder = tr("A read-only role is enough"),
         .omitWhenEmpty = true,
         .enabledWhen = isServerDriver},
        {.key = QStringLiteral("password"),
         .type = FieldType::Secret,
         .label = tr("Pass&word:"),
         .accessibleName = tr("Database password"),
         .placeholder = tr("If the database asks for one; stored in the keychain, never in the workspace"),
         .enabledWhen = isServerDriver},
        {.key = QStringLiteral("connectOptions"),
         .label = tr("&Connect options:"),
         .accessibleName = tr("Connection options"),
         .placeholder = tr("e.g. sslmode=verify-full;sslrootcert=/etc/tenure/db-ca.pem"),
         .omitWhenEmpty = true,
         .enabledWhen = isServerDriver},
        {.key = QStringLiteral("query"),
         .type = FieldType::LongText,
         .label = tr("&Query:"),
         .accessibleName = tr("Query"),
         .placeholder = tr("SELECT * FROM hr_staging.workers — one SELECT, no ';' and no ORDER BY at the end"),
         .toolTip = tr("Each row is a worker; the column names are the field names mappings use.")},
        {.key = QStringLiteral("workerIdColumn"),
         .label = tr("Worker &id column:"),
         .accessibleName = tr("Worker id column"),
         .placeholder = tr("The column with each worker's id, e.g. WorkerID"),
         .defaultValue = QStringLiteral("WorkerID"),
         .check = [](const QString& value) {
             return value.trimmed().isEmpty() ? tr("Name the column that holds the worker id.") : QString();
         }},
        {.key = QStringLiteral("watermarkColumn"),
         .label = tr("W&atermark column:"),
         .accessibleName = tr("Watermark column"),
         .placeholder = tr("Optional: a column that grows with every change, e.g. updated_at"),
         .toolTip = tr("With it, scheduled runs read only the rows changed since the last read; leavers are still "
                       "found by full reads."),
         .omitWhenEmpty = true},
    };
    kind.check = [](const QJsonObject& settings) -> Models::Result<void> {
        if (auto parsed = Connectors::SqlSourceSettings::fromJson(settings); !parsed)
            return std::unexpected(parsed.error());
        return {};
    };
    return kind;
}

} // namespace

ConnectorKind sqlKind() { return SqlKind::describe(); }

} // namespace Tenure::Ui
