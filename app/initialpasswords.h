#pragma once

#include "connectors/directory/ldap/adpassword.h"
#include "models/store/initialpasswordindex.h"

#include <QList>

namespace Tenure::App {

class SecretStore;
class Workspace;

// The keychain reference of a new account's initial password.
[[nodiscard]] QString initialPasswordReference(const QString& tenant, const QString& account);

// Where an Active Directory target hands a new account's random initial password: the SecretStore
// under initialPasswordReference(), and, with an index, a row naming it in the workspace so that
// `tenure-cli passwords` and the console can list what waits. A password whose create fails is
// removed from both. The password itself never reaches a log, an error, an outcome or the database.
[[nodiscard]] Connectors::Ad::InitialPasswordHandover
initialPasswordHandover(SecretStore& secrets, const QString& tenant, std::optional<Models::InitialPasswordIndex> index);

// Collecting initial passwords, once each: what waits, and taking one. Blocking (the keychain):
// call from worker threads or the CLI, never the GUI thread.
class InitialPasswords {
public:
    InitialPasswords(const Workspace& workspace, SecretStore& secrets, QString operatorName);

    // What waits, names only (no keychain access).
    [[nodiscard]] Models::Result<QList<Models::WaitingPassword>> waiting() const;

    // The initial password of `account` (its DN, in any letter case, or the keychain reference),
    // within `tenant` when given. It is removed from the keychain and the index, and
    // "password.handed-over" audited with the operator, before it is returned, so it can be taken
    // only once; should the workspace refuse the record, it goes back into the keychain and the
    // call fails. NotFound when none waits (or it was taken already); Secrets when the keychain of
    // this computer does not hold it (a run on another computer keeps its passwords there).
    [[nodiscard]] Models::Result<QString> take(const QString& account, const QString& tenant = {}) const;

private:
    const Workspace& m_workspace;
    SecretStore& m_secrets;
    QString m_operator;
};

} // namespace Tenure::App
