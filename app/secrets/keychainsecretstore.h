#pragma once

#include "secretstore.h"

namespace Tenure::App {

// Secrets in the operating system's store through Qt Keychain: Windows Credential Manager,
// the macOS keychain, the Secret Service (GNOME Keyring, KWallet) on Linux. There is no
// plaintext fallback: if the store is unavailable, the call fails and says so.
class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Tenure"), int timeoutMs = 15000);

    [[nodiscard]] Result<QString> read(const QString& reference) override;
    [[nodiscard]] Result<void> write(const QString& reference, const QString& secret) override;
    [[nodiscard]] Result<void> remove(const QString& reference) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace Tenure::App
