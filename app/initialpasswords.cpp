#include "initialpasswords.h"

#include "logging/log.h"
#include "secrets/secretstore.h"
#include "workspace.h"

#include <QSysInfo>

namespace Tenure::App {

using Models::ErrorCode;

QString initialPasswordReference(const QString& tenant, const QString& account)
{
    return QStringLiteral("tenure/%1/initial-password/%2").arg(tenant, account);
}

Connectors::Ad::InitialPasswordHandover initialPasswordHandover(SecretStore& secrets, const QString& tenant,
                                                                std::optional<Models::InitialPasswordIndex> index)
{
    return {[&secrets, tenant, index](const QString& account, const QString& password) -> Models::Result<QString> {
                const QString reference = initialPasswordReference(tenant, account);
                if (auto written = secrets.write(reference, password); !written)
                    return std::unexpected(written.error());
                if (index) {
                    const Models::WaitingPassword waiting{reference, tenant, account, QDateTime::currentDateTimeUtc(),
                                                          QSysInfo::machineHostName()};
                    if (auto recorded = index->record(waiting); !recorded) {
                        // Not listed, it could never be collected: keep nothing, and the create fails.
                        (void)secrets.remove(reference);
                        return std::unexpected(recorded.error());
                    }
                }
                return reference;
            },
            [&secrets, index](const QString& reference) {
                (void)secrets.remove(reference);
                if (index)
                    (void)index->forget(reference);
            }};
}

InitialPasswords::InitialPasswords(const Workspace& workspace, SecretStore& secrets, QString operatorName)
    : m_workspace(workspace), m_secrets(secrets), m_operator(std::move(operatorName))
{
}

Models::Result<QList<Models::WaitingPassword>> InitialPasswords::waiting() const
{
    return Models::InitialPasswordIndex(m_workspace.database(), m_operator).list();
}

Models::Result<QString> InitialPasswords::take(const QString& account, const QString& tenant) const
{
    const Models::InitialPasswordIndex index(m_workspace.database(), m_operator);
    auto found = index.find(account.trimmed(), tenant);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return Models::fail(ErrorCode::NotFound,
                            QStringLiteral("No initial password waits for %1: it was handed over already, or Tenure did "
                                           "not create that account with one. `tenure-cli passwords list` shows what waits.")
                                .arg(account));
    const Models::WaitingPassword waiting = **found;
    auto password = m_secrets.read(waiting.reference);
    if (!password) {
        Models::Error error = password.error();
        if (error.code == ErrorCode::NotFound)
            error = Models::makeError(
                ErrorCode::Secrets,
                QStringLiteral("The initial password of %1 is not in this computer's keychain; it was kept on %2 on %3. "
                               "Collect it there.")
                    .arg(waiting.account, waiting.host, waiting.keptAt.toString(Qt::ISODate)),
                error.detail);
        error.context.tenant = waiting.tenant;
        return std::unexpected(error);
    }
    // Gone from the keychain before anyone sees it: shown once, never twice.
    if (auto removed = m_secrets.remove(waiting.reference); !removed) {
        password->fill(QLatin1Char('\0'));
        return std::unexpected(removed.error());
    }
    if (auto recorded = index.handedOver(waiting); !recorded) {
        // Without its audit record the hand-over did not happen: the password goes back.
        (void)m_secrets.write(waiting.reference, *password);
        password->fill(QLatin1Char('\0'));
        return std::unexpected(recorded.error());
    }
    spdlog::info("initial password of {} ({}) handed over to {}", waiting.account.toStdString(),
                 waiting.tenant.toStdString(), m_operator.toStdString());
    return password;
}

} // namespace Tenure::App
