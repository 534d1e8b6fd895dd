#include "connectorkinds.h"

#include "connectors/hr/csv/csvworkersource.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

// A CSV export from the HR system (connectors/hr/csv: CsvSourceSettings). Header mapping
// ("columns") and record rules ("records") are kept as they are; the JSON carries them.
class CsvKind {
    Q_DECLARE_TR_FUNCTIONS(CsvKind)

public:
    static ConnectorKind describe();
};

ConnectorKind CsvKind::describe()
{
    ConnectorKind kind;
    kind.id = QStringLiteral("csv");
    kind.type = QStringLiteral("csv");
    kind.role = Models::TenantRole::HrSource;
    kind.title = tr("CSV export");
    kind.summary = tr("A file HR exports: one worker per line, the header names the fields.");
    kind.icon = QStringLiteral(":/icons/audit.svg");
    kind.defaults = {{QStringLiteral("delimiter"), QStringLiteral("auto")},
                     {QStringLiteral("workerIdColumn"), QStringLiteral("WorkerID")}};
    kind.fields = {
        {.key = QStringLiteral("path"),
         .type = FieldType::File,
         .label = tr("CSV &file:"),
         .accessibleName = tr("CSV file"),
         .placeholder = tr("The HR export, e.g. /srv/hr/workers.csv"),
         .fileFilter = tr("CSV files (*.csv *.txt);;All files (*)")},
        // The values are the setting's own spellings (CsvSourceSettings::fromJson).
        {.key = QStringLiteral("delimiter"),
         .type = FieldType::Choice,
         .label = tr("De&limiter:"),
         .accessibleName = tr("Delimiter"),
         .defaultValue = QStringLiteral("auto"),
         .choices = {{tr("Detect from the header"), QStringLiteral("auto")},
                     {tr("Comma (,)"), QStringLiteral(",")},
                     {tr("Semicolon (;)"), QStringLiteral(";")},
                     {tr("Vertical bar (|)"), QStringLiteral("|")},
                     {tr("Tab"), QStringLiteral("tab")}}},
        {.key = QStringLiteral("encoding"),
         .type = FieldType::Choice,
         .label = tr("&Encoding:"),
         .accessibleName = tr("Encoding"),
         .toolTip = tr("Detect: a byte order mark decides; else UTF-8 when the file is valid UTF-8, else Windows-1252."),
         .defaultValue = QStringLiteral("auto"),
         .choices = {{tr("Detect"), QStringLiteral("auto")},
                     {tr("UTF-8"), QStringLiteral("utf-8")},
                     {tr("UTF-16 (little endian)"), QStringLiteral("utf-16le")},
                     {tr("UTF-16 (big endian)"), QStringLiteral("utf-16be")},
                     {tr("Windows-1252 (Western European)"), QStringLiteral("windows-1252")}}},
        {.key = QStringLiteral("workerIdColumn"),
         .label = tr("&Worker id column:"),
         .accessibleName = tr("Worker id column"),
         .placeholder = tr("The header of the column with each worker's id, e.g. WorkerID"),
         .defaultValue = QStringLiteral("WorkerID"),
         .check = [](const QString& value) {
             return value.trimmed().isEmpty() ? tr("Name the column that holds the worker id.") : QString();
         }},
    };
    kind.check = [](const QJsonObject& settings) -> Models::Result<void> {
        if (auto parsed = Connectors::CsvSourceSettings::fromJson(settings); !parsed)
            return std::unexpected(parsed.error());
        return {};
    };
    return kind;
}

} // namespace

ConnectorKind csvKind() { return CsvKind::describe(); }

} // namespace Tenure::Ui
