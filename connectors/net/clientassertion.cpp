#include "clientassertion.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace Tenure::Connectors::Net {
namespace {

using Models::ErrorCode;

struct BioFree { void operator()(BIO* b) const { BIO_free(b); } };
struct KeyFree { void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); } };
struct CtxFree { void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); } };
struct X509Free { void operator()(X509* x) const { X509_free(x); } };

std::unique_ptr<BIO, BioFree> memoryBio(const QByteArray& pem)
{
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(pem.constData(), int(pem.size())));
}

} // namespace

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Models::Result<QByteArray> makeClientAssertion(const ClientCertificate& certificate, const QString& clientId,
                                               const QString& audience, const QDateTime& now)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certificate.certificatePem, QSsl::Pem);
    if (certs.isEmpty())
        return Models::fail(ErrorCode::InvalidInput, QStringLiteral("The client certificate is not a PEM certificate"));
    const QByteArray der = certs.constFirst().toDer();

    const auto bio = memoryBio(certificate.privateKeyPem);
    std::unique_ptr<EVP_PKEY, KeyFree> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key || EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA)
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The client certificate's private key is not an unencrypted RSA key in PEM"));

    const QJsonObject header{
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("x5t#S256"), QString::fromLatin1(base64Url(QCryptographicHash::hash(der, QCryptographicHash::Sha256)))},
        {QStringLiteral("x5t"), QString::fromLatin1(base64Url(QCryptographicHash::hash(der, QCryptographicHash::Sha1)))},
    };
    const qint64 issuedAt = now.toSecsSinceEpoch();
    const QJsonObject claims{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), clientId},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("nbf"), issuedAt},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), issuedAt + 600},
    };
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                    + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    std::unique_ptr<EVP_MD_CTX, CtxFree> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char*>(signingInput.constData()), size_t(signingInput.size())) != 1)
        return Models::fail(ErrorCode::Internal, QStringLiteral("Could not sign the client assertion"));
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(signingInput.constData()), size_t(signingInput.size())) != 1)
        return Models::fail(ErrorCode::Internal, QStringLiteral("Could not sign the client assertion"));
    signature.resize(qsizetype(length));
    return signingInput + '.' + base64Url(signature);
}

Models::Result<QJsonObject> verifyClientAssertion(const QByteArray& jwt, const QByteArray& certificatePem)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return Models::fail(ErrorCode::Authentication, QStringLiteral("The client assertion is not a JWT"));
    const auto decode = [](const QByteArray& part) {
        return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QJsonObject header = QJsonDocument::fromJson(decode(parts[0])).object();
    if (header.value(QLatin1String("alg")).toString() != QLatin1String("RS256"))
        return Models::fail(ErrorCode::Authentication, QStringLiteral("The client assertion is not signed with RS256"));

    const auto bio = memoryBio(certificatePem);
    std::unique_ptr<X509, X509Free> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    std::unique_ptr<EVP_PKEY, KeyFree> key(cert ? X509_get_pubkey(cert.get()) : nullptr);
    std::unique_ptr<EVP_MD_CTX, CtxFree> ctx(EVP_MD_CTX_new());
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    const QByteArray signature = decode(parts[2]);
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(signingInput.constData()), size_t(signingInput.size())) != 1)
        return Models::fail(ErrorCode::Authentication, QStringLiteral("The client assertion's signature does not verify"));
    return QJsonDocument::fromJson(decode(parts[1])).object();
}

} // namespace Tenure::Connectors::Net
