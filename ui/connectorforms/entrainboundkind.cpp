#include "connectorkinds.h"
#include "writebackfields.h"
#include "graphfields.h"

#include "connectors/directory/entrainbound/entrainboundtarget.h"
#include "ui/tenantvalidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Tenure::Ui {
namespace {

// Entra's API-driven inbound provisioning (connectors/directory/entrainbound:
// EntraInboundSettings): workers pushed as SCIM bulk requests to a provisioning job, which maps
// and matches them itself.
class EntraInboundKind {
    Q_DECLARE_TR_FUNCTIONS(EntraInboundKind)

public:
    static ConnectorKind describe();
};

ConnectorKind EntraInboundKind::describe()
{
    ConnectorKind kind;
    kind.id = QStringLiteral("entra-inbound");
    kind.type = QStringLiteral("entra-inbound");
    kind.role = Models::TenantRole::Directory;
    kind.title = tr("Entra inbound provisioning");
    kind.summary = tr("Pushes workers to an API-driven inbound provisioning app; its job maps and matches them.");
    kind.icon = QStringLiteral(":/icons/cloud.svg");
    kind.defaults = {{entraCredentialKey(), QStringLiteral("secret")}};
    kind.fields = entraAppFields();
    kind.fields.append({.key = QStringLiteral("servicePrincipalId"),
                        .label = tr("Ser&vice principal ID:"),
                        .accessibleName = tr("Provisioning app's service principal object ID"),
                        .placeholder = tr("The object ID of the provisioning app's service principal, a GUID"),
                        .check = guidProblem});
    kind.fields.append({.key = QStringLiteral("jobId"),
                        .label = tr("&Job ID:"),
                        .accessibleName = tr("Provisioning job ID"),
                        .placeholder = tr("The provisioning job, e.g. API2AAD.b16687d38faf42ad…"),
                        .toolTip = tr("Both IDs are in the provisioning app's API endpoint: …/servicePrincipals/{service "
                                      "principal ID}/synchronization/jobs/{job ID}/bulkUpload."),
                        .check = [](const QString& value) {
                            // It becomes one segment of the bulkUpload URL.
                            static const QRegularExpression segment(QStringLiteral("^[A-Za-z0-9._-]*$"));
                            return segment.match(value.trimmed()).hasMatch()
                                       ? QString()
                                       : tr("A job ID holds only letters, digits, '.', '_' and '-'.");
                        }});
    kind.fields.append({.key = QStringLiteral("customSchema"),
                        .label = tr("Custo&m schema:"),
                        .accessibleName = tr("Custom SCIM schema namespace"),
                        .placeholder = tr("urn:ietf:params:scim:schemas:extension:tenure:1.0:User"),
                        .toolTip = tr("The namespace of attributes outside the core and enterprise schemas; the job's "
                                      "attribute mapping must know it."),
                        .omitWhenEmpty = true,
                        .check = [](const QString& value) {
                            const QString text = value.trimmed();
                            return text.isEmpty() || text.startsWith(QLatin1String("urn:"))
                                       ? QString()
                                       : tr("A schema namespace is a URN, starting with \"urn:\".");
                        }});
    kind.fields.append(entraEndpointFields());
    kind.fields.append(writeBackFields(QStringLiteral("userName")));
    kind.check = [](const QJsonObject& settings) -> Models::Result<void> {
        if (auto parsed = Connectors::EntraInboundSettings::fromJson(settings); !parsed)
            return std::unexpected(parsed.error());
        return {};
    };
    kind.secretMissing = tr("Give the app's credential; it is stored in the keychain, never in the workspace.");
    kind.secretShapeKey = entraCredentialKey();
    return kind;
}

} // namespace

ConnectorKind entraInboundKind() { return EntraInboundKind::describe(); }

} // namespace Tenure::Ui
