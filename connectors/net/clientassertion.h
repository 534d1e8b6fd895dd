#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QDateTime>
#include <QString>

namespace Tenure::Connectors::Net {

// An app registration's certificate credential: the certificate uploaded to Entra and its
// private key (PEM, RSA). The key is a secret: it comes from the SecretStore and is never logged.
struct ClientCertificate {
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

// The signed JWT a confidential client sends instead of a secret (RFC 7523 §2.2; Microsoft
// identity platform "certificate credentials",
// https://learn.microsoft.com/entra/identity-platform/certificate-credentials):
//   header  {"alg":"RS256","typ":"JWT","x5t#S256":<base64url SHA-256 of the cert DER>,
//            "x5t":<base64url SHA-1 of the cert DER, for older tenants>}
//   claims  {"aud":<token endpoint>,"iss":clientId,"sub":clientId,"jti":<uuid>,
//            "nbf":now,"iat":now,"exp":now+10 min}
// RS256 = RSASSA-PKCS1-v1_5 with SHA-256 (RFC 7518 §3.3), signed with OpenSSL's libcrypto
// because QSslKey cannot sign.
[[nodiscard]] Models::Result<QByteArray> makeClientAssertion(const ClientCertificate& certificate,
                                                             const QString& clientId, const QString& audience,
                                                             const QDateTime& now = QDateTime::currentDateTimeUtc());

// Checks an RS256 JWT's signature against a PEM certificate and returns its claims; used by the
// local Graph server's token endpoint. An error when malformed or the signature does not verify.
[[nodiscard]] Models::Result<QJsonObject> verifyClientAssertion(const QByteArray& jwt, const QByteArray& certificatePem);

[[nodiscard]] QByteArray base64Url(const QByteArray& data);

} // namespace Tenure::Connectors::Net
