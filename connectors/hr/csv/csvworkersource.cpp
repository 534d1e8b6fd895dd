#include "csvworkersource.h"

#include "csvparser.h"
#include "csvsplit.h"

#include "models/domain/parallelchunks.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <variant>
#include <vector>

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

// The header, resolved: each column's field name (after the header mapping) and its interned
// name, the columns in the order of their names, and which column holds the worker id.
struct CsvColumns {
    QStringList header;
    QList<int> byName;                             // column indexes in the order of their names
    QList<Models::AttributeName> namesInOrder;     // the interned names, in that order
    int idColumn = -1;
};

// What one piece of the body gave; its lines count from 1.
struct PieceRead {
    QList<Models::Worker> workers;
    QList<Models::RecordError> errors;
    int lines = 0;            // the lines the piece spans
    bool malformed = false;   // a record broke the format (its quotes), so the cuts may be wrong
};

struct PiecesRead {
    std::vector<PieceRead> pieces;
    bool malformed = false;
    bool cancelled = false;
};

// Pieces of a few megabytes, several per core so that one slow piece does not hold the rest up;
// a small file is read in one.
int piecesFor(qsizetype bytes)
{
    constexpr qsizetype MinPieceBytes = qsizetype(4) << 20;
    return int(std::clamp<qsizetype>(bytes / MinPieceBytes, 1, qsizetype(QThread::idealThreadCount()) * 4));
}

QString readWorkerId(const CsvRecord& record, const CsvColumns& columns, bool validUtf8)
{
    if (columns.idColumn >= record.fields.size())
        return {};
    const auto bytes = record.fields.at(columns.idColumn);
    return (validUtf8 ? QString::fromUtf8(bytes) : decodeUtf8(bytes).value_or(QString())).trimmed();
}

// One worker from a record with as many fields as the header, or the name of a field that is not
// UTF-8. One allocation per worker, of exactly what its fields hold.
std::variant<Models::Worker, QString> readWorker(const CsvRecord& record, const CsvColumns& columns, bool validUtf8)
{
    QVarLengthArray<QByteArrayView, 32> inNameOrder(columns.byName.size());
    for (qsizetype k = 0; k < columns.byName.size(); ++k) {
        const int column = columns.byName.at(k);
        inNameOrder[k] = record.fields.at(column);
        if (!validUtf8 && !isValidUtf8(inNameOrder[k]))
            return columns.header.at(column);
    }
    Models::Worker worker;
    worker.attributes = Models::Attributes::fromUtf8Fields(columns.namesInOrder.data(), inNameOrder.data(), inNameOrder.size());
    worker.sourceLine = record.line;
    return worker;
}

PieceRead readPiece(QByteArrayView piece, char delimiter, const CsvColumns& columns, bool validUtf8,
                    const Models::CancelToken& cancel, std::atomic_bool& stop)
{
    PieceRead read;
    CsvParser parser(piece, delimiter, false);
    CsvRecord record;
    // A rough guess of the record count saves the list from regrowing.
    read.workers.reserve(piece.size() / (columns.header.size() * 12 + 1));
    for (int count = 1; parser.next(&record); ++count) {
        if (count % CancelCheckInterval == 0 && (stop.load(std::memory_order_relaxed) || cancel.isCancelled())) {
            stop.store(true, std::memory_order_relaxed);
            return read;
        }
        // The worker id is kept even for a broken record, so the planner knows whose account not to touch.
        const auto id = readWorkerId(record, columns, validUtf8);
        if (!record.error.isEmpty()) {
            read.malformed = true;
            read.errors.append({id, record.line, record.error});
            continue;
        }
        if (record.fields.size() != columns.header.size()) {
            read.errors.append({id, record.line, QStringLiteral("expected %1 fields as in the header, found %2")
                                                     .arg(columns.header.size())
                                                     .arg(record.fields.size())});
            continue;
        }
        auto worker = readWorker(record, columns, validUtf8);
        if (const auto* badField = std::get_if<QString>(&worker)) {
            read.errors.append({id, record.line, QStringLiteral("field %1 is not valid UTF-8").arg(*badField)});
            continue;
        }
        auto& done = std::get<Models::Worker>(worker);
        done.workerId = id;
        read.workers.append(std::move(done));
    }
    read.lines = parser.line() - 1;
    return read;
}

PiecesRead readPieces(const QList<QByteArrayView>& pieces, char delimiter, const CsvColumns& columns, bool validUtf8,
                      const Models::CancelToken& cancel)
{
    PiecesRead read;
    read.pieces.resize(size_t(pieces.size()));
    std::atomic_bool stop{false};
    Models::parallelChunks(pieces.size(), [&](qsizetype i) {
        read.pieces[size_t(i)] = readPiece(pieces.at(i), delimiter, columns, validUtf8, cancel, stop);
    });
    read.cancelled = stop.load();
    read.malformed = std::any_of(read.pieces.cbegin(), read.pieces.cend(), [](const PieceRead& piece) { return piece.malformed; });
    return read;
}

Result<CsvColumns> readHeader(const CsvSourceSettings& settings, const CsvRecord& record, TextEncoding encoding, char delimiter)
{
    if (!record.error.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The header of %1 is malformed: %2").arg(settings.path, record.error),
                    {}, {{}, {}, {}, record.line});
    CsvColumns columns;
    QHash<QString, int> columnOf;
    int mapped = 0;
    for (const auto& raw : record.fields) {
        const auto name = decodeUtf8(raw);
        if (!name)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The header of %1 is not valid %2").arg(settings.path, textEncodingName(encoding)),
                        {}, {{}, {}, {}, record.line});
        auto trimmed = name->trimmed();
        if (trimmed.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("Column %1 of the header of %2 has no name").arg(columns.header.size() + 1).arg(settings.path),
                        {}, {{}, {}, {}, record.line});
        if (const auto it = settings.columns.constFind(trimmed); it != settings.columns.cend()) {
            trimmed = *it;
            ++mapped;
        }
        if (columnOf.contains(trimmed))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The header of %1 names column '%2' twice").arg(settings.path, trimmed), {},
                        {{}, {}, trimmed, record.line});
        columnOf.insert(trimmed, int(columns.header.size()));
        columns.header.append(trimmed);
    }
    if (mapped != settings.columns.size()) {
        QStringList missing;
        for (auto it = settings.columns.cbegin(); it != settings.columns.cend(); ++it)
            if (!columnOf.contains(it.value()))
                missing.append(it.key());
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The header of %1 has no column %2 that the header mapping renames")
                        .arg(settings.path, missing.join(QStringLiteral(", "))),
                    {}, {{}, {}, missing.value(0), record.line});
    }
    columns.idColumn = columnOf.value(settings.workerIdColumn, -1);
    if (columns.idColumn < 0)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The header of %1 has no %2 column (delimiter '%3'; columns: %4)")
                        .arg(settings.path, settings.workerIdColumn, delimiterName(delimiter),
                             columns.header.join(QStringLiteral(", "))),
                    {}, {{}, {}, settings.workerIdColumn, record.line});
    // A record is built from its fields in the order of their names (Attributes::fromUtf8Fields).
    columns.byName.resize(columns.header.size());
    std::iota(columns.byName.begin(), columns.byName.end(), 0);
    std::sort(columns.byName.begin(), columns.byName.end(),
              [&](int a, int b) { return columns.header.at(a) < columns.header.at(b); });
    for (const int column : std::as_const(columns.byName))
        columns.namesInOrder.append(Models::AttributeName(columns.header.at(column)));
    return columns;
}

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
    else if (delimiter == QLatin1String(",") || delimiter == QLatin1String(";") || delimiter == QLatin1String("|"))
        settings.delimiter = delimiter.at(0).toLatin1();
    else if (delimiter != QLatin1String("auto"))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The CSV delimiter must be auto, a comma, a semicolon, a vertical bar or tab, not '%1'")
                        .arg(delimiter),
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
    bool validUtf8 = false;
    const auto encoding = m_settings.encoding == TextEncoding::Auto ? detectTextEncoding(raw, &validUtf8) : m_settings.encoding;
    const QByteArray data = toUtf8(raw, encoding);
    // Validated once for the whole file: a valid file then decodes every field without a check.
    // Text converted from another encoding is valid UTF-8 by construction.
    if (!validUtf8)
        validUtf8 = encoding != TextEncoding::Utf8 && encoding != TextEncoding::Auto ? true : isValidUtf8(data);
    const char delimiter = m_settings.delimiter ? m_settings.delimiter : CsvParser::detectDelimiter(data);
    CsvParser parser(data, delimiter);
    CsvRecord record;
    if (!parser.next(&record))
        return snapshot;   // an empty file: no workers, which the planner refuses to act on

    auto columns = readHeader(m_settings, record, encoding, delimiter);
    if (!columns)
        return std::unexpected(columns.error());

    const QByteArrayView body = QByteArrayView(data).sliced(parser.position());
    const int bodyLine = parser.line();
    auto pieces = splitAtRecords(body, piecesFor(body.size()));
    auto read = readPieces(pieces, delimiter, *columns, validUtf8, cancel);
    if (!read.cancelled && read.malformed && pieces.size() > 1) {
        // A stray quote may have moved the cuts: only a reading in one piece is sure to be right.
        pieces = {body};
        read = readPieces(pieces, delimiter, *columns, validUtf8, cancel);
    }
    if (read.cancelled)
        return fail(ErrorCode::Cancelled, QStringLiteral("Reading %1 was cancelled").arg(m_settings.path));

    // The pieces' lines count from 1 each: move them to where the pieces sit in the file.
    qsizetype workers = 0;
    for (const auto& piece : read.pieces)
        workers += piece.workers.size();
    snapshot.workers.reserve(workers);
    int lineOffset = bodyLine - 1;
    for (auto& piece : read.pieces) {
        for (auto& worker : piece.workers) {
            worker.sourceLine += lineOffset;
            snapshot.workers.append(std::move(worker));
        }
        for (auto& error : piece.errors) {
            error.line += lineOffset;
            snapshot.errors.append(std::move(error));
        }
        lineOffset += piece.lines;
    }
    applyRecordRules(snapshot, m_settings.records);
    return snapshot;
}

} // namespace Tenure::Connectors
