#include "csvworkersource.h"

#include "csvparser.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;
using Models::fail;

constexpr int CancelCheckInterval = 4096;

// Strict UTF-8: a field with invalid bytes is an error for its record, never silently altered.
std::optional<QString> decodeUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString delimiterName(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter));
}

} // namespace

Result<CsvSourceSettings> CsvSourceSettings::fromJson(const QJsonObject& json)
{
    CsvSourceSettings settings;
    settings.path = json.value(QStringLiteral("path")).toString();
    if (settings.path.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The CSV source needs a file path"), {},
                    {{}, {}, QStringLiteral("path"), 0});
    const auto delimiter = json.value(QStringLiteral("delimiter")).toString(QStringLiteral("auto"));
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\t"))
        settings.delimiter = '\t';
    else if (delimiter == QLatin1String(",") || delimiter == QLatin1String(";"))
        settings.delimiter = delimiter.at(0).toLatin1();
    else if (delimiter != QLatin1String("auto"))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The CSV delimiter must be auto, a comma, a semicolon or tab, not '%1'").arg(delimiter),
                    {}, {{}, {}, QStringLiteral("delimiter"), 0});
    settings.workerIdColumn = json.value(QStringLiteral("workerIdColumn")).toString(QStringLiteral("WorkerID"));
    return settings;
}

QJsonObject CsvSourceSettings::toJson() const
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("delimiter"), delimiter == 0 ? QStringLiteral("auto") : delimiterName(delimiter)},
            {QStringLiteral("workerIdColumn"), workerIdColumn}};
}

Result<QString> CsvWorkerSource::testConnection()
{
    auto snapshot = read({});
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return QStringLiteral("%1 workers and %2 unreadable records in %3")
        .arg(QLocale().toString(snapshot->workers.size()))
        .arg(snapshot->errors.size())
        .arg(m_settings.path);
}

Result<Models::HrSnapshot> CsvWorkerSource::read(const Models::CancelToken& cancel)
{
    QFile file(m_settings.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    QStringLiteral("Cannot open the HR file %1: %2").arg(m_settings.path, file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Unavailable,
                    QStringLiteral("Cannot read the HR file %1: %2").arg(m_settings.path, file.errorString()));
    return parse(data, cancel);
}

Result<Models::HrSnapshot> CsvWorkerSource::parse(const QByteArray& data, const Models::CancelToken& cancel) const
{
    Models::HrSnapshot snapshot;
    const char delimiter = m_settings.delimiter ? m_settings.delimiter : CsvParser::detectDelimiter(data);
    CsvParser parser(data, delimiter);
    CsvRecord record;
    if (!parser.next(&record))
        return snapshot;   // an empty file: no workers, which the planner refuses to act on

    if (!record.error.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The header of %1 is malformed: %2").arg(m_settings.path, record.error),
                    {}, {{}, {}, {}, record.line});
    QStringList header;
    QHash<QString, int> columnOf;
    for (const auto& raw : record.fields) {
        const auto name = decodeUtf8(raw);
        if (!name)
            return fail(ErrorCode::InvalidInput, QStringLiteral("The header of %1 is not valid UTF-8").arg(m_settings.path),
                        {}, {{}, {}, {}, record.line});
        const auto trimmed = name->trimmed();
        if (trimmed.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("Column %1 of the header of %2 has no name").arg(header.size() + 1).arg(m_settings.path),
                        {}, {{}, {}, {}, record.line});
        if (columnOf.contains(trimmed))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The header of %1 names column '%2' twice").arg(m_settings.path, trimmed), {},
                        {{}, {}, trimmed, record.line});
        columnOf.insert(trimmed, int(header.size()));
        header.append(trimmed);
    }
    const int idColumn = columnOf.value(m_settings.workerIdColumn, -1);
    if (idColumn < 0)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The header of %1 has no %2 column (delimiter '%3'; columns: %4)")
                        .arg(m_settings.path, m_settings.workerIdColumn, delimiterName(delimiter),
                             header.join(QStringLiteral(", "))),
                    {}, {{}, {}, m_settings.workerIdColumn, record.line});

    int count = 0;
    while (parser.next(&record)) {
        if (++count % CancelCheckInterval == 0 && cancel.isCancelled())
            return fail(ErrorCode::Cancelled, QStringLiteral("Reading %1 was cancelled").arg(m_settings.path));
        // The worker id is kept even for a broken record, so the planner knows whose account not to touch.
        const auto id = idColumn < record.fields.size() ? decodeUtf8(record.fields.at(idColumn)).value_or(QString()).trimmed()
                                                        : QString();
        if (!record.error.isEmpty()) {
            snapshot.errors.append({id, record.line, record.error});
            continue;
        }
        if (record.fields.size() != header.size()) {
            snapshot.errors.append({id, record.line, QStringLiteral("expected %1 fields as in the header, found %2")
                                                         .arg(header.size())
                                                         .arg(record.fields.size())});
            continue;
        }
        Models::Worker worker;
        worker.workerId = id;
        worker.sourceLine = record.line;
        QString badField;
        for (int i = 0; i < header.size(); ++i) {
            auto value = decodeUtf8(record.fields.at(i));
            if (!value) {
                badField = header.at(i);
                break;
            }
            if (!value->isEmpty())
                worker.attributes.insert(header.at(i), {*value});
        }
        if (!badField.isEmpty()) {
            snapshot.errors.append({id, record.line, QStringLiteral("field %1 is not valid UTF-8").arg(badField)});
            continue;
        }
        snapshot.workers.append(std::move(worker));
    }
    return snapshot;
}

} // namespace Tenure::Connectors
