#include "connectorkinds.h"

#include "connectors/hr/successfactors/successfactorssettings.h"
#include "ui/tenantvalidation.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

// SAP SuccessFactors Employee Central over OData v2 (connectors/hr/successfactors:
// SuccessFactorsSettings), signed in as an API user whose password is the tenant's secret.
// Attribute JSONPaths, expands, paging and write-back keys are kept as the JSON has them.
class SuccessFactorsKind {
    Q_DECLARE_TR_FUNCTIONS(SuccessFactorsKind)

public:
    static ConnectorKind describe();
};

ConnectorKind SuccessFactorsKind::describe()
{
    ConnectorKind kind;
    kind.id = QStringLiteral("successfactors");
    kind.type = QStringLiteral("successfactors");
    kind.role = Models::TenantRole::HrSource;
    kind.title = tr("SAP SuccessFactors");
    kind.summary = tr("People from Employee Central (OData v2 PerPerson), as an API user.");
    kind.icon = QStringLiteral(":/icons/cloud.svg");
    kind.fields = {
        {.key = QStringLiteral("apiUrl"),
         .label = tr("API ser&ver:"),
         .accessibleName = tr("SuccessFactors API server"),
         .placeholder = tr("Your data centre's API server, e.g. https://api4.successfactors.com"),
         .check = httpsUrlProblem},
        {.key = QStringLiteral("companyId"),
         .label = tr("Compan&y ID:"),
         .accessibleName = tr("Company ID"),
         .placeholder = tr("As SuccessFactors shows it; letters are case-sensitive")},
        {.key = QStringLiteral("username"),
         .label = tr("API &user:"),
         .accessibleName = tr("API user"),
         .placeholder = tr("The API user, without @company")},
        {.key = QStringLiteral("password"),
         .type = FieldType::Secret,
         .label = tr("Pass&word:"),
         .accessibleName = tr("API user password")},
        {.key = QStringLiteral("workerIdAttribute"),
         .label = tr("Worker &id attribute:"),
         .accessibleName = tr("Worker id attribute"),
         .placeholder = tr("personIdExternal"),
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
        if (auto parsed = Connectors::SuccessFactorsSettings::fromJson(settings); !parsed)
            return std::unexpected(parsed.error());
        return {};
    };
    kind.secretMissing = tr("Enter the API user's password; it is stored in the keychain, never in the workspace.");
    return kind;
}

} // namespace

ConnectorKind successFactorsKind() { return SuccessFactorsKind::describe(); }

} // namespace Tenure::Ui
