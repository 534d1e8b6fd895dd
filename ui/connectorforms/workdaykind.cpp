#include "connectorkinds.h"

#include "connectors/hr/workday/workdaysettings.h"
#include "ui/tenantvalidation.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

// Workday's Human_Resources web service (connectors/hr/workday: WorkdaySettings), signed in as an
// integration system user whose password is the tenant's secret. Attribute XPaths, date
// attributes, page size and the write-back email type are kept as the JSON has them.
class WorkdayKind {
    Q_DECLARE_TR_FUNCTIONS(WorkdayKind)

public:
    static ConnectorKind describe();
};

ConnectorKind WorkdayKind::describe()
{
    ConnectorKind kind;
    kind.id = QStringLiteral("workday");
    kind.type = QStringLiteral("workday");
    kind.role = Models::TenantRole::HrSource;
    kind.title = tr("Workday");
    kind.summary = tr("Workers from Workday's Human_Resources web service (Get_Workers), as an integration user.");
    kind.icon = QStringLiteral(":/icons/cloud.svg");
    kind.fields = {
        {.key = QStringLiteral("endpoint"),
         .label = tr("&Endpoint:"),
         .accessibleName = tr("Workday web services endpoint"),
         .placeholder = tr("https://wd2-impl-services1.workday.com/ccx/service/acme"),
         .toolTip = tr("The tenant's web services URL, ending in /ccx/service/ and the tenant name."),
         .check = httpsUrlProblem},
        {.key = QStringLiteral("userName"),
         .label = tr("Integration &user:"),
         .accessibleName = tr("Integration system user"),
         .placeholder = tr("The user and the tenant, e.g. isu_tenure@acme")},
        {.key = QStringLiteral("password"),
         .type = FieldType::Secret,
         .label = tr("Pass&word:"),
         .accessibleName = tr("Integration user password")},
        {.key = QStringLiteral("apiVersion"),
         .label = tr("API &version:"),
         .accessibleName = tr("Workday Web Services version"),
         .placeholder = tr("v40.1"),
         .omitWhenEmpty = true},
        {.key = QStringLiteral("caFile"),
         .type = FieldType::File,
         .label = tr("C&A file:"),
         .accessibleName = tr("CA certificate file"),
         .placeholder = tr("Empty: the system's trusted CAs"),
         .omitWhenEmpty = true,
         .fileFilter = tr("Certificates (*.pem *.crt *.cer);;All files (*)")},
    };
    kind.check = [](const QJsonObject& settings) -> Models::Result<void> {
        if (auto parsed = Connectors::WorkdaySettings::fromJson(settings); !parsed)
            return std::unexpected(parsed.error());
        return {};
    };
    kind.secretMissing = tr("Enter the integration user's password; it is stored in the keychain, never in the workspace.");
    return kind;
}

} // namespace

ConnectorKind workdayKind() { return WorkdayKind::describe(); }

} // namespace Tenure::Ui
