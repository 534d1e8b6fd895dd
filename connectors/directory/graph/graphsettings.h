#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Tenure::Connectors {

// How the app proves who it is to the identity platform.
enum class GraphCredential {
    ClientSecret,   // the secret (SecretStore) is the app's client secret value
    Certificate,    // the secret (SecretStore) is PEM: the certificate followed by its RSA private key
};

// The connection settings of one Microsoft Entra ID tenant reached through Microsoft Graph, as the
// console and the CLI store them (Tenant::settings). The credential is not a setting: it comes
// from the SecretStore through Tenant::secretRef (app/connectorfactory.cpp).
//
// JSON keys:
//   tenantId           required  the directory (tenant) id or a verified domain
//   clientId           required  the app registration's application (client) id
//   credential         "secret" (default) | "certificate"
//   domain             required  verified domain for new UPNs: mailNickname@domain when the
//                                mapping gives no userPrincipalName
//   authorityUrl       default https://login.microsoftonline.com   (overridable for a local server)
//   graphUrl           default https://graph.microsoft.com/v1.0    (overridable for a local server)
//   caFile             PEM of the CA to trust instead of the system store (a local server)
//   delta              default true: incremental reads through /users/delta, deltaLink kept
//   revokeSessionsOnDisable  default true: revokeSignInSessions after every disable
//   timeoutSeconds     default 30
//   writeQuota, writeQuotaSeconds   default 3000 per 150: the identity-and-access write limit per
//                                   app and tenant (learn.microsoft.com/graph/throttling-limits);
//                                   Tenure paces its writes below it. Lower only, never raise.
struct GraphSettings {
    QString tenantId;
    QString clientId;
    GraphCredential credential = GraphCredential::ClientSecret;
    QString domain;
    QUrl authorityUrl = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QUrl graphUrl = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0"));
    QString caFile;
    bool delta = true;
    bool revokeSessionsOnDisable = true;
    int timeoutSeconds = 30;
    int writeQuota = 3000;
    int writeQuotaSeconds = 150;

    // Validates every key; an error names the key in its message and in context.attribute.
    // requireDomain: false for targets that never name new users themselves (Entra inbound).
    [[nodiscard]] static Models::Result<GraphSettings> fromJson(const QJsonObject& json, bool requireDomain = true);
    [[nodiscard]] QJsonObject toJson() const;

    // {authorityUrl}/{tenantId}/oauth2/v2.0/token
    [[nodiscard]] QUrl tokenEndpoint() const;
    // graphUrl + "/" + relative ("users", "$batch", …)
    [[nodiscard]] QUrl graph(const QString& relative) const;
    // The scope of the app-only token: "<Graph service root>/.default". An app registered in a
    // national cloud must ask for its own cloud's Graph ("Any permission scope value (including the
    // .default scope) that contains the Microsoft Graph domain MUST use the domain of the Microsoft
    // Graph service root endpoint for the national cloud deployment",
    // learn.microsoft.com/graph/sdks/national-clouds; roots from learn.microsoft.com/graph/deployments).
    // Any other host (a proxy, a local server) stands in for the global service.
    [[nodiscard]] QString tokenScope() const;
};

} // namespace Tenure::Connectors
