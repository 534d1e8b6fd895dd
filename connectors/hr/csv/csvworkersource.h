#pragma once

#include "connectors/hr/hrrecordrules.h"
#include "connectors/hr/hrsource.h"
#include "textencoding.h"

#include <QJsonObject>
#include <QMap>

namespace Tenure::Connectors {

struct CsvSourceSettings {
    QString path;
    char delimiter = 0;                               // 0: detect from the header
    QString workerIdColumn = QStringLiteral("WorkerID");   // a field name (after `columns`)
    TextEncoding encoding = TextEncoding::Auto;       // Auto: detectTextEncoding()'s rule
    // Header mapping: column as the file names it → field name Tenure uses ("Employee
    // Number" → "WorkerID"). A mapped column missing from the file blocks the read.
    QMap<QString, QString> columns{};
    HrRecordRules records{};

    // Keys: path, delimiter (auto | , | ; | tab | "|"), workerIdColumn, encoding (auto |
    // utf-8 | utf-16le | utf-16be | windows-1252), columns {file column: field}, records.
    [[nodiscard]] static Result<CsvSourceSettings> fromJson(const QJsonObject& json);
    [[nodiscard]] QJsonObject toJson() const;
};

// Workers from a CSV export: the header names the fields, every later record is one worker.
class CsvWorkerSource : public HrSource {
public:
    explicit CsvWorkerSource(CsvSourceSettings settings) : m_settings(std::move(settings)) {}

    [[nodiscard]] Result<QString> testConnection() override;
    [[nodiscard]] Result<Models::HrSnapshot> read(const Models::CancelToken& cancel) override;

    // Parse CSV bytes already in memory (what read() does after loading the file).
    [[nodiscard]] Result<Models::HrSnapshot> parse(const QByteArray& data, const Models::CancelToken& cancel) const;

private:
    CsvSourceSettings m_settings;
};

} // namespace Tenure::Connectors
