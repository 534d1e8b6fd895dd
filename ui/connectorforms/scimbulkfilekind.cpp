#include "connectorkinds.h"

#include "connectors/hr/scim/scimbulkfilesource.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

// A SCIM BulkRequest file in the shape of Entra's API-driven inbound provisioning, read as an HR
// source (connectors/hr/scim: ScimBulkFileSettings).
class ScimBulkFileKind {
    Q_DECLARE_TR_FUNCTIONS(ScimBulkFileKind)

public:
    static ConnectorKind describe();
};

ConnectorKind ScimBulkFileKind::describe()
{
    ConnectorKind kind;
    kind.id = QStringLiteral("scim-bulk-file");
    kind.type = QStringLiteral("scim-bulk-file");
    kind.role = Models::TenantRole::HrSource;
    kind.title = tr("SCIM bulk file");
    kind.summary = tr("A SCIM BulkRequest file, as an HR integration would send to Entra inbound provisioning.");
    kind.icon = QStringLiteral(":/icons/audit.svg");
    kind.defaults = {{QStringLiteral("workerIdAttribute"), QStringLiteral("externalId")}};
    kind.fields = {
        {.key = QStringLiteral("path"),
         .type = FieldType::File,
         .label = tr("Bulk &file:"),
         .accessibleName = tr("SCIM bulk request file"),
         .placeholder = tr("A JSON file holding one SCIM BulkRequest"),
         .fileFilter = tr("SCIM bulk requests (*.json *.scim);;All files (*)")},
        {.key = QStringLiteral("workerIdAttribute"),
         .label = tr("&Worker id attribute:"),
         .accessibleName = tr("Worker id attribute"),
         .placeholder = tr("The attribute with each worker's id, e.g. externalId or employeeNumber"),
         .defaultValue = QStringLiteral("externalId"),
         .check = [](const QString& value) {
             return value.trimmed().isEmpty() ? tr("Name the attribute that holds the worker id.") : QString();
         }},
    };
    kind.check = [](const QJsonObject& settings) -> Models::Result<void> {
        if (auto parsed = Connectors::ScimBulkFileSettings::fromJson(settings); !parsed)
            return std::unexpected(parsed.error());
        return {};
    };
    return kind;
}

} // namespace

ConnectorKind scimBulkFileKind() { return ScimBulkFileKind::describe(); }

} // namespace Tenure::Ui
