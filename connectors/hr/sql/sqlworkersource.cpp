#include "sqlworkersource.h"

#include <QAtomicInteger>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;
using Models::fail;

constexpr int CancelCheckInterval = 1024;

Models::ErrorContext fieldContext(const QString& field) { return {{}, {}, field, 0}; }

bool isIdentifier(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

// Values as people and mapping expressions read them: dates as ISO 8601, NULL as absent.
QString text(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return value.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QTime: return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: return value.toString();
    }
}

// Opens a connection of its own, removed when it goes out of scope.
class Connection {
public:
    Connection(const SqlSourceSettings& s, const QString& password)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("tenure-hr-sql-%1").arg(counter.fetchAndAddRelaxed(1));
        auto db = QSqlDatabase::addDatabase(s.driver, m_name);
        db.setDatabaseName(s.database);
        if (!s.host.isEmpty())
            db.setHostName(s.host);
        if (s.port > 0)
            db.setPort(s.port);
        if (!s.user.isEmpty())
            db.setUserName(s.user);
        if (!password.isEmpty())
            db.setPassword(password);
        if (!s.connectOptions.isEmpty())
            db.setConnectOptions(s.connectOptions);
    }
    ~Connection()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

Models::Result<SqlSourceSettings> SqlSourceSettings::fromJson(const QJsonObject& json)
{
    SqlSourceSettings s;
    s.driver = json.value(QStringLiteral("driver")).toString();
    if (s.driver.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The SQL source needs a QtSql driver (QSQLITE, QPSQL, QODBC)"),
                    {}, fieldContext(QStringLiteral("driver")));
    if (!QSqlDatabase::isDriverAvailable(s.driver))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The QtSql driver %1 is not installed (available: %2)")
                        .arg(s.driver, QSqlDatabase::drivers().join(QStringLiteral(", "))),
                    {}, fieldContext(QStringLiteral("driver")));
    s.database = json.value(QStringLiteral("database")).toString();
    if (s.database.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The SQL source needs a database (file, name or DSN)"), {},
                    fieldContext(QStringLiteral("database")));
    s.host = json.value(QStringLiteral("host")).toString();
    s.port = json.value(QStringLiteral("port")).toInt(-1);
    s.user = json.value(QStringLiteral("user")).toString();
    s.connectOptions = json.value(QStringLiteral("connectOptions")).toString();
    s.query = json.value(QStringLiteral("query")).toString().trimmed();
    if (!s.query.startsWith(QLatin1String("select"), Qt::CaseInsensitive) &&
        !s.query.startsWith(QLatin1String("with"), Qt::CaseInsensitive))
        return fail(ErrorCode::InvalidInput, QStringLiteral("The SQL source's query must be one SELECT"), {},
                    fieldContext(QStringLiteral("query")));
    if (s.query.endsWith(QLatin1Char(';')))
        return fail(ErrorCode::InvalidInput, QStringLiteral("The SQL source's query must not end with ';'"), {},
                    fieldContext(QStringLiteral("query")));
    s.workerIdColumn = json.value(QStringLiteral("workerIdColumn")).toString(QStringLiteral("WorkerID"));
    s.watermarkColumn = json.value(QStringLiteral("watermarkColumn")).toString();
    if (!s.watermarkColumn.isEmpty() && !isIdentifier(s.watermarkColumn))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("watermarkColumn must be a plain column name (letters, digits, _), not '%1'")
                        .arg(s.watermarkColumn),
                    {}, fieldContext(QStringLiteral("watermarkColumn")));
    auto records = HrRecordRules::fromJson(json.value(QStringLiteral("records")).toObject());
    if (!records)
        return std::unexpected(records.error());
    s.records = std::move(*records);
    return s;
}

QJsonObject SqlSourceSettings::toJson() const
{
    QJsonObject json{{QStringLiteral("driver"), driver},       {QStringLiteral("database"), database},
                     {QStringLiteral("query"), query},         {QStringLiteral("workerIdColumn"), workerIdColumn}};
    if (!host.isEmpty())
        json.insert(QStringLiteral("host"), host);
    if (port > 0)
        json.insert(QStringLiteral("port"), port);
    if (!user.isEmpty())
        json.insert(QStringLiteral("user"), user);
    if (!connectOptions.isEmpty())
        json.insert(QStringLiteral("connectOptions"), connectOptions);
    if (!watermarkColumn.isEmpty())
        json.insert(QStringLiteral("watermarkColumn"), watermarkColumn);
    if (const auto rules = records.toJson(); !rules.isEmpty())
        json.insert(QStringLiteral("records"), rules);
    return json;
}

Models::Result<QString> SqlWorkerSource::testConnection()
{
    auto snapshot = read({});
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return QStringLiteral("%1 workers and %2 unreadable rows in %3")
        .arg(snapshot->workers.size())
        .arg(snapshot->errors.size())
        .arg(m_settings.database);
}

Models::Result<Models::HrSnapshot> SqlWorkerSource::read(const Models::CancelToken& cancel)
{
    return run(nullptr, nullptr, cancel);
}

Models::Result<Models::HrSnapshot> SqlWorkerSource::readChanges(QString& watermark, const Models::CancelToken& cancel)
{
    if (m_settings.watermarkColumn.isEmpty())
        return read(cancel);   // no change column: a full read is the honest answer
    QString next = watermark;
    auto snapshot = run(&watermark, &next, cancel);
    if (snapshot)
        watermark = next;
    return snapshot;
}

Models::Result<Models::HrSnapshot> SqlWorkerSource::run(const QString* since, QString* newWatermark,
                                                         const Models::CancelToken& cancel)
{
    Connection connection(m_settings, m_password);
    auto db = connection.db();
    if (!db.open()) {
        const auto error = db.lastError();
        const bool auth = error.text().contains(QLatin1String("password"), Qt::CaseInsensitive) ||
                          error.text().contains(QLatin1String("authentication"), Qt::CaseInsensitive);
        return fail(auth ? ErrorCode::Authentication : ErrorCode::Unavailable,
                    QStringLiteral("Cannot open the HR database %1 (%2)").arg(m_settings.database, m_settings.driver),
                    error.text());
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);   // rows streamed, not cached: staging tables can be large
    QString sql = m_settings.query;
    if (since) {
        const auto column = db.driver()->escapeIdentifier(m_settings.watermarkColumn, QSqlDriver::FieldName);
        sql = QStringLiteral("SELECT * FROM (%1) AS tenure_staged").arg(m_settings.query);
        if (!since->isEmpty())
            sql += QStringLiteral(" WHERE %1 > :since").arg(column);
        sql += QStringLiteral(" ORDER BY %1").arg(column);
    }
    if (!query.prepare(sql))
        return fail(ErrorCode::InvalidInput, QStringLiteral("The HR query of %1 is not valid").arg(m_settings.database),
                    query.lastError().text(), fieldContext(QStringLiteral("query")));
    if (since && !since->isEmpty()) {
        // A number binds as a number (rowversion), anything else as text the database converts.
        bool isNumber = false;
        const auto number = since->toLongLong(&isNumber);
        query.bindValue(QStringLiteral(":since"), isNumber ? QVariant(number) : QVariant(*since));
    }
    if (!query.exec())
        return fail(ErrorCode::Unavailable, QStringLiteral("The HR query of %1 failed").arg(m_settings.database),
                    query.lastError().text(), fieldContext(QStringLiteral("query")));

    const QSqlRecord columns = query.record();
    const int idColumn = columns.indexOf(m_settings.workerIdColumn);
    if (idColumn < 0) {
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names.append(columns.fieldName(i));
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The HR query returns no %1 column (columns: %2)")
                        .arg(m_settings.workerIdColumn, names.join(QStringLiteral(", "))),
                    {}, fieldContext(m_settings.workerIdColumn));
    }
    const int watermarkColumn = m_settings.watermarkColumn.isEmpty() ? -1 : columns.indexOf(m_settings.watermarkColumn);
    if (newWatermark && watermarkColumn < 0)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The HR query returns no watermark column %1").arg(m_settings.watermarkColumn), {},
                    fieldContext(QStringLiteral("watermarkColumn")));

    Models::HrSnapshot snapshot;
    snapshot.isFullSnapshot = since == nullptr;
    int row = 0;
    while (query.next()) {
        if (++row % CancelCheckInterval == 0 && cancel.isCancelled())
            return fail(ErrorCode::Cancelled, QStringLiteral("Reading %1 was cancelled").arg(m_settings.database));
        Models::Worker worker;
        worker.sourceLine = row;   // the row's position in the result: what a person can find again
        for (int i = 0; i < columns.count(); ++i) {
            const auto value = query.value(i);
            if (value.isNull())
                continue;
            const auto string = text(value);
            if (i == idColumn)
                worker.workerId = string.trimmed();
            if (!string.isEmpty())
                worker.attributes.insert(columns.fieldName(i), {string});
        }
        if (newWatermark) {
            // Rows come ordered by the watermark, so the last one read holds the largest.
            // A NULL watermark never compares greater: such a row is only seen by full reads.
            if (const auto value = query.value(watermarkColumn); !value.isNull())
                *newWatermark = text(value);
        }
        snapshot.workers.append(std::move(worker));
    }
    if (query.lastError().isValid())
        return fail(ErrorCode::Unavailable, QStringLiteral("Reading the HR rows of %1 failed part way").arg(m_settings.database),
                    query.lastError().text());
    applyRecordRules(snapshot, m_settings.records, QStringLiteral("row"));
    return snapshot;
}

} // namespace Tenure::Connectors
