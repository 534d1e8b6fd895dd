#include "testcertificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace Tenure::Tests {

TestCertificate TestCertificate::generate(const QString& folder, const QString& name)
{
    TestCertificate result;
    result.certificateFile = QDir(folder).filePath(name + QStringLiteral("-cert.pem"));
    result.keyFile = QDir(folder).filePath(name + QStringLiteral("-key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"),
                   result.keyFile, QStringLiteral("-out"), result.certificateFile});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    QFile cert(result.certificateFile);
    QFile key(result.keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return {};
    result.certificatePem = cert.readAll();
    result.keyPem = key.readAll();
    return result;
}

} // namespace Tenure::Tests
