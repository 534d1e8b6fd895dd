#include "connectorkinds.h"
#include "writebackfields.h"
#include "graphfields.h"

#include "connectors/directory/graph/graphsettings.h"
#include "ui/tenantvalidation.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

// Microsoft Entra ID through Microsoft Graph (connectors/directory/graph: GraphSettings), signed
// in as an app with a client secret or a certificate. Pacing keys (timeoutSeconds, writeQuota,
// writeQuotaSeconds) are kept as they are.
class GraphKind {
    Q_DECLARE_TR_FUNCTIONS(GraphKind)

public:
    static ConnectorKind describe();
};

ConnectorKind GraphKind::describe()
{
    ConnectorKind kind;
    kind.id = QStringLiteral("graph");
    kind.type = QStringLiteral("graph");
    kind.role = Models::TenantRole::Directory;
    kind.title = tr("Microsoft Entra ID");
    kind.summary = tr("Cloud accounts through Microsoft Graph, signed in as an app registration.");
    kind.icon = QStringLiteral(":/icons/cloud.svg");
    kind.defaults = {{entraCredentialKey(), QStringLiteral("secret")}};
    kind.fields = entraAppFields();
    kind.fields.append({.key = QStringLiteral("domain"),
                        .label = tr("Domain for ne&w users:"),
                        .accessibleName = tr("Verified domain for new user principal names"),
                        .placeholder = tr("A verified domain such as contoso.com: new users are alias@domain"),
                        .toolTip = tr("Used when the mapping gives no userPrincipalName."),
                        .check = domainProblem});
    kind.fields.append(entraEndpointFields());
    kind.fields.append({.key = QStringLiteral("delta"),
                        .type = FieldType::Flag,
                        .label = tr("Read only the changes after the first read (delta &query)"),
                        .accessibleName = tr("Use delta queries"),
                        .defaultValue = true});
    kind.fields.append({.key = QStringLiteral("revokeSessionsOnDisable"),
                        .type = FieldType::Flag,
                        .label = tr("Sign a disabled user out everywhere (re&voke sessions)"),
                        .accessibleName = tr("Revoke sign-in sessions when disabling"),
                        .defaultValue = true});
    kind.fields.append(writeBackFields(QStringLiteral("userPrincipalName")));
    kind.check = [](const QJsonObject& settings) -> Models::Result<void> {
        if (auto parsed = Connectors::GraphSettings::fromJson(settings); !parsed)
            return std::unexpected(parsed.error());
        return {};
    };
    kind.secretMissing = tr("Give the app's credential; it is stored in the keychain, never in the workspace.");
    kind.secretShapeKey = entraCredentialKey();
    return kind;
}

} // namespace

ConnectorKind graphKind() { return GraphKind::describe(); }

} // namespace Tenure::Ui
