#include "connectorkinds.h"

#include "connectors/hr/bamboohr/bamboohrsettings.h"
#include "ui/tenantvalidation.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

// BambooHR's REST API (connectors/hr/bamboohr: BambooHrSettings), with an API key as the
// tenant's secret. The report's fields and the record rules are kept as the JSON has them.
class BambooHrKind {
    Q_DECLARE_TR_FUNCTIONS(BambooHrKind)

public:
    static ConnectorKind describe();
};

ConnectorKind BambooHrKind::describe()
{
    ConnectorKind kind;
    kind.id = QStringLiteral("bamboohr");
    kind.type = QStringLiteral("bamboohr");
    kind.role = Models::TenantRole::HrSource;
    kind.title = tr("BambooHR");
    kind.summary = tr("Employees from BambooHR's API: a custom report of every employee, or the directory.");
    kind.icon = QStringLiteral(":/icons/cloud.svg");
    kind.defaults = {{QStringLiteral("fullRead"), QStringLiteral("report")}};
    kind.fields = {
        {.key = QStringLiteral("companyDomain"),
         .label = tr("&Company domain:"),
         .accessibleName = tr("BambooHR company domain"),
         .placeholder = tr("The subdomain only: acme for acme.bamboohr.com")},
        {.key = QStringLiteral("apiKey"),
         .type = FieldType::Secret,
         .label = tr("API ke&y:"),
         .accessibleName = tr("BambooHR API key")},
        {.key = QStringLiteral("fullRead"),
         .type = FieldType::Choice,
         .label = tr("R&ead:"),
         .accessibleName = tr("How employees are read"),
         .toolTip = tr("The directory lists current employees only, so leavers are not seen: use it only when the "
                       "API key may not run reports."),
         .defaultValue = QStringLiteral("report"),
         .choices = {{tr("A custom report of every employee"), QStringLiteral("report")},
                     {tr("The employee directory (current employees only)"), QStringLiteral("directory")}}},
        {.key = QStringLiteral("onlyCurrent"),
         .type = FieldType::Flag,
         .label = tr("Leave out f&uture-dated changes (onlyCurrent)"),
         .accessibleName = tr("Leave out future-dated changes"),
         .toolTip = tr("Off: a hire who starts next month is read now and planned for the start date."),
         .defaultValue = false,
         .enabledWhen = [](const QJsonObject& s) {
             return s.value(QStringLiteral("fullRead")).toString() != QLatin1String("directory");
         }},
        // BambooHR has one API server; another one is a gateway in between (or a local test
        // server), which is also when a CA of its own is needed.
        {.key = QStringLiteral("apiUrl"),
         .label = tr("API ser&ver:"),
         .accessibleName = tr("BambooHR API server"),
         .placeholder = tr("Empty: https://api.bamboohr.com"),
         .toolTip = tr("Only for a gateway between Tenure and BambooHR: requests go to this server's "
                       "/api/gateway.php/ and the company domain."),
         .omitWhenEmpty = true,
         .check = httpsUrlProblem},
        {.key = QStringLiteral("caFile"),
         .type = FieldType::File,
         .label = tr("C&A file:"),
         .accessibleName = tr("CA certificate file"),
         .placeholder = tr("Empty: the system's trusted CAs"),
         .toolTip = tr("The certificate is always verified; name a CA only if the server uses a private one."),
         .omitWhenEmpty = true,
         .fileFilter = tr("Certificates (*.pem *.crt *.cer);;All files (*)")},
    };
    kind.check = [](const QJsonObject& settings) -> Models::Result<void> {
        if (auto parsed = Connectors::BambooHrSettings::fromJson(settings); !parsed)
            return std::unexpected(parsed.error());
        return {};
    };
    kind.secretMissing = tr("Enter the API key; it is stored in the keychain, never in the workspace.");
    return kind;
}

} // namespace

ConnectorKind bambooHrKind() { return BambooHrKind::describe(); }

} // namespace Tenure::Ui
