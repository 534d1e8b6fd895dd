#include "graphfields.h"

#include "ui/tenantvalidation.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

class EntraFields {
    Q_DECLARE_TR_FUNCTIONS(EntraFields)

public:
    static QList<FieldSpec> app();
    static QList<FieldSpec> endpoints();
};

const auto CredentialKey = QStringLiteral("credential");
const auto GlobalAuthority = QStringLiteral("https://login.microsoftonline.com");
const auto GlobalGraph = QStringLiteral("https://graph.microsoft.com/v1.0");

bool usesCertificate(const QJsonObject& settings)
{
    return settings.value(CredentialKey).toString() == QLatin1String("certificate");
}

QList<FieldSpec> EntraFields::app()
{
    return {
        {.key = QStringLiteral("tenantId"),
         .label = tr("Tenant &ID:"),
         .accessibleName = tr("Directory (tenant) ID"),
         .placeholder = tr("The directory (tenant) ID, or a verified domain such as contoso.onmicrosoft.com"),
         .check = entraTenantProblem},
        {.key = QStringLiteral("clientId"),
         .label = tr("A&pplication (client) ID:"),
         .accessibleName = tr("Application (client) ID"),
         .placeholder = tr("The app registration's application (client) ID, a GUID"),
         .check = guidProblem},
        {.key = CredentialKey,
         .type = FieldType::Choice,
         .label = tr("Cr&edential:"),
         .accessibleName = tr("App credential type"),
         .toolTip = tr("Microsoft recommends a certificate over a client secret for apps that run unattended."),
         .defaultValue = QStringLiteral("secret"),
         .choices = {{tr("Client secret"), QStringLiteral("secret")},
                     {tr("Certificate"), QStringLiteral("certificate")}}},
        {.key = QStringLiteral("clientSecret"),
         .type = FieldType::Secret,
         .label = tr("&Client secret:"),
         .accessibleName = tr("Client secret"),
         .visibleWhen = [](const QJsonObject& s) { return !usesCertificate(s); }},
        {.key = QStringLiteral("certificate"),
         .type = FieldType::SecretFile,
         .label = tr("Certifi&cate:"),
         .accessibleName = tr("Certificate and private key file"),
         .placeholder = tr("A PEM file with the certificate and its private key; read into the keychain"),
         .toolTip = tr("The file is read once, when you test or save; the keychain keeps its content, the workspace "
                       "neither the content nor the path."),
         .fileFilter = tr("PEM files (*.pem *.crt *.key);;All files (*)"),
         .visibleWhen = usesCertificate},
    };
}

// The sign-in (authority) and Graph roots of each cloud, from "Microsoft Graph national cloud
// deployments" (learn.microsoft.com/graph/deployments): an app registered in a national cloud
// signs in to that cloud's authority and calls its own Graph root.
QList<FieldSpec> EntraFields::endpoints()
{
    const auto cloud = [](const QString& text, const QString& authority, const QString& graph) {
        return FieldChoice{text, {}, {{QStringLiteral("authorityUrl"), authority}, {QStringLiteral("graphUrl"), graph}}};
    };
    return {
        {.key = QStringLiteral("cloud"),
         .type = FieldType::Preset,
         .label = tr("Cl&oud:"),
         .accessibleName = tr("Microsoft cloud"),
         .toolTip = tr("Sets the sign-in and Graph URLs of the cloud the tenant lives in."),
         .choices = {cloud(tr("Global (microsoft.com)"), GlobalAuthority, GlobalGraph),
                     cloud(tr("US Government L4 (GCC High)"), QStringLiteral("https://login.microsoftonline.us"),
                           QStringLiteral("https://graph.microsoft.us/v1.0")),
                     cloud(tr("US Government L5 (DoD)"), QStringLiteral("https://login.microsoftonline.us"),
                           QStringLiteral("https://dod-graph.microsoft.us/v1.0")),
                     cloud(tr("China, operated by 21Vianet"), QStringLiteral("https://login.chinacloudapi.cn"),
                           QStringLiteral("https://microsoftgraph.chinacloudapi.cn/v1.0")),
                     {tr("Other: the URLs below"), {}, {}}}},
        {.key = QStringLiteral("authorityUrl"),
         .label = tr("Sign-in &URL:"),
         .accessibleName = tr("Sign-in authority URL"),
         .placeholder = GlobalAuthority,
         .defaultValue = GlobalAuthority,
         .omitWhenEmpty = true,
         .check = httpsUrlProblem},
        {.key = QStringLiteral("graphUrl"),
         .label = tr("&Graph URL:"),
         .accessibleName = tr("Microsoft Graph URL"),
         .placeholder = GlobalGraph,
         .defaultValue = GlobalGraph,
         .omitWhenEmpty = true,
         .check = httpsUrlProblem},
        {.key = QStringLiteral("caFile"),
         .type = FieldType::File,
         .label = tr("C&A file:"),
         .accessibleName = tr("CA certificate file"),
         .placeholder = tr("Empty: the system's trusted CAs"),
         .toolTip = tr("Only for a proxy or a test server with its own CA; the certificate is always verified."),
         .omitWhenEmpty = true,
         .fileFilter = tr("Certificates (*.pem *.crt *.cer);;All files (*)")},
    };
}

} // namespace

QList<FieldSpec> entraAppFields() { return EntraFields::app(); }
QList<FieldSpec> entraEndpointFields() { return EntraFields::endpoints(); }
QString entraCredentialKey() { return CredentialKey; }

} // namespace Tenure::Ui
