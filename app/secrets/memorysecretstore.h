#pragma once

#include "secretstore.h"

#include <QHash>
#include <QMutex>

namespace Tenure::App {

// Secrets held in memory only: for unit tests and throwaway sessions.
class MemorySecretStore : public SecretStore {
public:
    [[nodiscard]] Result<QString> read(const QString& reference) override;
    [[nodiscard]] Result<void> write(const QString& reference, const QString& secret) override;
    [[nodiscard]] Result<void> remove(const QString& reference) override;

private:
    QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

} // namespace Tenure::App
