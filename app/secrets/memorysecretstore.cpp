#include "memorysecretstore.h"

namespace Tenure::App {

Result<QString> MemorySecretStore::read(const QString& reference)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_secrets.constFind(reference);
    if (it == m_secrets.cend())
        return Models::fail(Models::ErrorCode::NotFound, QStringLiteral("No secret '%1' is stored").arg(reference));
    return *it;
}

Result<void> MemorySecretStore::write(const QString& reference, const QString& secret)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.insert(reference, secret);
    return {};
}

Result<void> MemorySecretStore::remove(const QString& reference)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.remove(reference);
    return {};
}

} // namespace Tenure::App
