#include "connectorkinds.h"
#include "writebackfields.h"

#include "connectors/directory/scim/scimsettings.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

// Any SCIM 2.0 service provider (RFC 7643/7644; connectors/directory/scim: ScimSettings),
// authenticated with a bearer token.
class ScimKind {
    Q_DECLARE_TR_FUNCTIONS(ScimKind)

public:
    static ConnectorKind describe();
};

ConnectorKind ScimKind::describe()
{
    ConnectorKind kind;
    kind.id = QStringLiteral("scim");
    kind.type = QStringLiteral("scim");
    kind.role = Models::TenantRole::Directory;
    kind.title = tr("SCIM 2.0 app");
    kind.summary = tr("Any application with a SCIM 2.0 /Users endpoint and a bearer token.");
    kind.icon = QStringLiteral(":/icons/cloud.svg");
    kind.defaults = {{QStringLiteral("matchAttribute"), QStringLiteral("externalId")},
                     {QStringLiteral("patch"), QStringLiteral("auto")},
                     {QStringLiteral("bulk"), QStringLiteral("auto")}};
    kind.fields = {
        {.key = QStringLiteral("baseUrl"),
         .label = tr("Bas&e URL:"),
         .accessibleName = tr("SCIM base URL"),
         .placeholder = tr("The SCIM service root, e.g. https://app.example.com/scim/v2"),
         .warning = [](const QJsonObject& s) {
             return s.value(QStringLiteral("baseUrl")).toString().trimmed().startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                        ? tr("Warning: over http:// the bearer token and every account travel unencrypted. Use https://.")
                        : QString();
         }},
        {.key = QStringLiteral("token"),
         .type = FieldType::Secret,
         .label = tr("Bearer t&oken:"),
         .accessibleName = tr("Bearer token")},
        {.key = QStringLiteral("caFile"),
         .type = FieldType::File,
         .label = tr("C&A file:"),
         .accessibleName = tr("CA certificate file"),
         .placeholder = tr("Empty: the system's trusted CAs"),
         .toolTip = tr("The certificate is always verified; name a CA only if the service uses a private one."),
         .omitWhenEmpty = true,
         .fileFilter = tr("Certificates (*.pem *.crt *.cer);;All files (*)")},
        {.key = QStringLiteral("matchAttribute"),
         .type = FieldType::Choice,
         .label = tr("&Match users by:"),
         .accessibleName = tr("Attribute users are matched by"),
         .toolTip = tr("Before a create, the user is looked up by it, so a create resumed after a lost connection "
                       "never makes a duplicate."),
         .defaultValue = QStringLiteral("externalId"),
         .choices = {{QStringLiteral("externalId"), QStringLiteral("externalId")},
                     {QStringLiteral("userName"), QStringLiteral("userName")}}},
        {.key = QStringLiteral("patch"),
         .type = FieldType::Choice,
         .label = tr("&Updates:"),
         .accessibleName = tr("How updates are sent"),
         .defaultValue = QStringLiteral("auto"),
         .choices = {{tr("PATCH when the service says it supports it, else PUT"), QStringLiteral("auto")},
                     {tr("Always PUT the whole user"), QStringLiteral("never")}}},
        {.key = QStringLiteral("bulk"),
         .type = FieldType::Choice,
         .label = tr("Bat&ches:"),
         .accessibleName = tr("How batches are sent"),
         .toolTip = tr("When the service's /ServiceProviderConfig offers /Bulk (RFC 7644 §3.7), a run sends many "
                       "operations per request, within the service's maxOperations and maxPayloadSize. Choose one "
                       "request per operation for a service whose /Bulk misbehaves."),
         .defaultValue = QStringLiteral("auto"),
         .choices = {{tr("/Bulk when the service says it supports it, else one request each"), QStringLiteral("auto")},
                     {tr("Always one request per operation"), QStringLiteral("never")}}},
        {.key = QStringLiteral("pageSize"),
         .type = FieldType::Number,
         .label = tr("&Page size:"),
         .accessibleName = tr("Users per page"),
         .defaultValue = 100,
         .minimum = 1,
         .maximum = 1000},
    };
    kind.fields.append(writeBackFields(QStringLiteral("userName")));
    kind.check = [](const QJsonObject& settings) -> Models::Result<void> {
        if (auto parsed = Connectors::ScimSettings::fromJson(settings); !parsed)
            return std::unexpected(parsed.error());
        return {};
    };
    kind.secretMissing = tr("Enter the bearer token; it is stored in the keychain, never in the workspace.");
    return kind;
}

} // namespace

ConnectorKind scimKind() { return ScimKind::describe(); }

} // namespace Tenure::Ui
