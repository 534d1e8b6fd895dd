#include "keychainsecretstore.h"

#include "app/logging/log.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Tenure::App {
namespace {

using Models::ErrorCode;
using Models::fail;

// Runs a Qt Keychain job to completion in the calling (non-GUI) thread, bounded by a timeout:
// a keyring that waits for a password prompt nobody answers must not hang a run.
bool runJob(QKeychain::Job& job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Models::Error keychainError(const QKeychain::Job& job, const QString& reference, const QString& action)
{
    const auto code = job.error() == QKeychain::EntryNotFound ? ErrorCode::NotFound : ErrorCode::Secrets;
    const auto message = job.error() == QKeychain::EntryNotFound
                             ? QStringLiteral("The keychain holds no secret '%1'; set it on the Tenants page").arg(reference)
                             : QStringLiteral("Cannot %1 secret '%2' in the keychain").arg(action, reference);
    return Models::Error{code, message, job.errorString(), {}, false};
}

Models::Error timeoutError(const QString& reference)
{
    return Models::Error{ErrorCode::Secrets,
                         QStringLiteral("The keychain did not answer for secret '%1': is it locked or not running?").arg(reference),
                         {}, {}, true};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

Result<QString> KeychainSecretStore::read(const QString& reference)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(reference);
    if (!runJob(job, m_timeoutMs))
        return std::unexpected(timeoutError(reference));
    if (job.error() != QKeychain::NoError)
        return std::unexpected(keychainError(job, reference, QStringLiteral("read")));
    const auto secret = job.textData();
    Log::neverLog(secret);
    return secret;
}

Result<void> KeychainSecretStore::write(const QString& reference, const QString& secret)
{
    Log::neverLog(secret);
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(reference);
    job.setTextData(secret);
    if (!runJob(job, m_timeoutMs))
        return std::unexpected(timeoutError(reference));
    if (job.error() != QKeychain::NoError)
        return std::unexpected(keychainError(job, reference, QStringLiteral("store")));
    return {};
}

Result<void> KeychainSecretStore::remove(const QString& reference)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(reference);
    if (!runJob(job, m_timeoutMs))
        return std::unexpected(timeoutError(reference));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return std::unexpected(keychainError(job, reference, QStringLiteral("delete")));
    return {};
}

} // namespace Tenure::App
