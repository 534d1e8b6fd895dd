#pragma once

#include <QByteArray>
#include <QString>

namespace Tenure::Tests {

// A throwaway self-signed certificate and RSA key, made with the openssl command line (as
// ../shared/PEERS.md does for slapd): for a local HTTPS server (CN=localhost, SAN DNS:localhost and
// IP:127.0.0.1, so hostname verification passes) or as an app's certificate credential.
struct TestCertificate {
    QString certificateFile;
    QString keyFile;
    QByteArray certificatePem;
    QByteArray keyPem;

    // Writes cert.pem/key.pem (prefixed by `name`) into `folder`. Empty result on failure.
    [[nodiscard]] static TestCertificate generate(const QString& folder, const QString& name = QStringLiteral("server"));
    [[nodiscard]] bool isValid() const { return !certificatePem.isEmpty() && !keyPem.isEmpty(); }
};

} // namespace Tenure::Tests
