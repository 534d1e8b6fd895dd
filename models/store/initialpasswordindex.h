#pragma once

#include "workspacedatabase.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Tenure::Models {

// An initial password waiting in a keychain for an administrator to collect: where it is and whose
// it is, never the password itself.
struct WaitingPassword {
    QString reference;   // the keychain entry: "tenure/<tenant>/initial-password/<account>"
    QString tenant;
    QString account;     // the account's id in the target (an AD DN)
    QDateTime keptAt;    // UTC
    QString host;        // the computer whose keychain holds it (a run on another computer keeps its own)
};

// The index of waiting initial passwords in the workspace database. A keychain cannot list its
// entries by prefix portably (Windows Credential Manager, the Secret Service and the macOS keychain
// each enumerate differently, and Qt Keychain offers none of it), so the workspace keeps the
// references, names only. Handing a password over removes its row and audits it in one
// transaction.
class InitialPasswordIndex {
public:
    InitialPasswordIndex(const WorkspaceDatabase& db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    // A password just kept (a later create of the same account replaces the row).
    [[nodiscard]] Result<void> record(const WaitingPassword& waiting) const;
    // The row of a password discarded unused (its create failed); nothing to audit.
    [[nodiscard]] Result<void> forget(const QString& reference) const;
    // By tenant, then account.
    [[nodiscard]] Result<QList<WaitingPassword>> list() const;
    // The password waiting for `account` (its DN as the run showed it, in any letter case), or
    // for the keychain reference itself; within `tenant` when one is given. Conflict when several
    // tenants have one for the account and none is given.
    [[nodiscard]] Result<std::optional<WaitingPassword>> find(const QString& accountOrReference,
                                                             const QString& tenant = {}) const;
    // The password was shown to the actor once: the row goes and "password.handed-over" is
    // audited (tenant, account, reference; never the password) in the same transaction.
    [[nodiscard]] Result<void> handedOver(const WaitingPassword& waiting) const;

private:
    const WorkspaceDatabase& m_db;
    QString m_actor;
};

} // namespace Tenure::Models
