#include "csvworkersource.h"

#include "csvparser.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <numeric>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;
using Models::fail;

constexpr int CancelCheckInterval = 4096;

// Strict UTF-8: a field with invalid bytes is an error for its record, never silently altered.
std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    if (!isValidUtf8(bytes))
        return std::nullopt;
    return QString::fromUtf8(bytes);
}

QString delimiterName(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter));
}

Models::ErrorContext fieldContext(const QString& field) { return {{}, {}, field, 0}; }

} // namespace

Result<CsvSourceSettings> CsvSourceSettings::fromJson(const QJsonObject& json)
{
    CsvSourceSettings settings;
    settings.path = json.value(QStringLiteral("path")).toString();
    if (settings.path.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The CSV source needs a file path"), {},
                    fieldContext(QStringLiteral("path")));
    const auto delimiter = json.value(QStringLiteral("delimiter")).toString(QStringLiteral("auto"));
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\t"))
        settings.delimiter = '\t';
    else if (delimiter == QLatin1String(",") || delimiter == QLatin1String(";"))
        settings.delimiter = delimiter.at(0).toLatin1();
    else if (delimiter != QLatin1String("auto"))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The CSV delimiter must be auto, a comma, a semicolon or tab, not '%1'").arg(delimiter),
                    {}, fieldContext(QStringLiteral("delimiter")));
    settings.workerIdColumn = json.value(QStringLiteral("workerIdColumn")).toString(QStringLiteral("WorkerID"));
    const auto encoding = textEncodingFromName(json.value(QStringLiteral("encoding")).toString());
    if (!encoding)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The CSV encoding must be auto, utf-8, utf-16le, utf-16be or windows-1252, not '%1'")
                        .arg(json.value(QStringLiteral("encoding")).toString()),
                    {}, fieldContext(QStringLiteral("encoding")));
    settings.encoding = *encoding;
    const auto columns = json.value(QStringLiteral("columns"));
    if (!columns.isUndefined() && !columns.isObject())
        return fail(ErrorCode::InvalidInput, QStringLiteral("columns must map file columns to field names"), {},
                    fieldContext(QStringLiteral("columns")));
    const auto mapping = columns.toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, QStringLiteral("columns.%1 must name a field").arg(it.key()), {},
                        fieldContext(QStringLiteral("columns.") + it.key()));
        settings.columns.insert(it.key().trimmed(), it.value().toString().trimmed());
    }
    auto records = HrRecordRules::fromJson(json.value(QStringLiteral("records")).toObject());
    if (!records)
        return std::unexpected(records.error());
    settings.records = std::move(*records);
    return settings;
}

QJsonObject CsvSourceSettings::toJson() const
{
    QJsonObject json{{QStringLiteral("path"), path},
                     {QStringLiteral("delimiter"), delimiter == 0 ? QStringLiteral("auto") : delimiterName(delimiter)},
                     {QStringLiteral("workerIdColumn"), workerIdColumn},
                     {QStringLiteral("encoding"), textEncodingName(encoding)}};
    if (!columns.isEmpty()) {
        QJsonObject mapping;
        for (auto it = columns.begin(); it != columns.end(); ++it)
            mapping.insert(it.key(), it.value());
        json.insert(QStringLiteral("columns"), mapping);
    }
    const auto rules = records.toJson();
    if (!rules.isEmpty())
        json.insert(QStringLiteral("records"), rules);
    return json;
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

Result<Models::HrSnapshot> CsvWorkerSource::parse(const QByteArray& raw, const Models::CancelToken& cancel) const
{
    Models::HrSnapshot snapshot;
    const auto encoding = m_settings.encoding == TextEncoding::Auto ? detectTextEncoding(raw) : m_settings.encoding;
    const QByteArray data = toUtf8(raw, encoding);
    // Validated once for the whole file: a valid file then decodes every field without a check.
    const bool validUtf8 = isValidUtf8(data);
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
    int mapped = 0;
    for (const auto& raw : record.fields) {
        const auto name = decodeUtf8(raw);
        if (!name)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The header of %1 is not valid %2").arg(m_settings.path, textEncodingName(encoding)),
                        {}, {{}, {}, {}, record.line});
        auto trimmed = name->trimmed();
        if (trimmed.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("Column %1 of the header of %2 has no name").arg(header.size() + 1).arg(m_settings.path),
                        {}, {{}, {}, {}, record.line});
        if (const auto it = m_settings.columns.constFind(trimmed); it != m_settings.columns.cend()) {
            trimmed = *it;
            ++mapped;
        }
        if (columnOf.contains(trimmed))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The header of %1 names column '%2' twice").arg(m_settings.path, trimmed), {},
                        {{}, {}, trimmed, record.line});
        columnOf.insert(trimmed, int(header.size()));
        header.append(trimmed);
    }
    if (mapped != m_settings.columns.size()) {
        QStringList missing;
        for (auto it = m_settings.columns.cbegin(); it != m_settings.columns.cend(); ++it)
            if (!columnOf.contains(it.value()))
                missing.append(it.key());
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The header of %1 has no column %2 that the header mapping renames")
                        .arg(m_settings.path, missing.join(QStringLiteral(", "))),
                    {}, {{}, {}, missing.value(0), record.line});
    }
    const int idColumn = columnOf.value(m_settings.workerIdColumn, -1);
    if (idColumn < 0)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The header of %1 has no %2 column (delimiter '%3'; columns: %4)")
                        .arg(m_settings.path, m_settings.workerIdColumn, delimiterName(delimiter),
                             header.join(QStringLiteral(", "))),
                    {}, {{}, {}, m_settings.workerIdColumn, record.line});

    // Columns in the order of their names, so each attribute is appended at the end of the
    // worker's (ordered) map: a hinted insert in O(1) instead of a search.
    QList<int> byName(header.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&](int a, int b) { return header.at(a) < header.at(b); });

    // A rough guess of the record count saves the list from regrowing.
    snapshot.workers.reserve(qsizetype(data.size() / (header.size() * 12 + 1)));
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
        for (const int i : byName) {
            const auto bytes = record.fields.at(i);
            if (bytes.isEmpty())
                continue;
            if (!validUtf8 && !isValidUtf8(bytes)) {
                badField = header.at(i);
                break;
            }
            worker.attributes.insert(worker.attributes.cend(), header.at(i), {QString::fromUtf8(bytes)});
        }
        if (!badField.isEmpty()) {
            snapshot.errors.append({id, record.line, QStringLiteral("field %1 is not valid UTF-8").arg(badField)});
            continue;
        }
        worker.attributes.squeeze();   // a snapshot holds every worker at once: no room kept for growth
        snapshot.workers.append(std::move(worker));
    }
    snapshot.workers.squeeze();
    applyRecordRules(snapshot, m_settings.records);
    return snapshot;
}

} // namespace Tenure::Connectors
