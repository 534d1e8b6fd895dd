#pragma once

#include "adpassword.h"
#include "adwatermark.h"
#include "ldapdirectory.h"

#include <optional>

namespace Tenure::Connectors {

// Active Directory (and Samba AD) over LDAP: LdapDirectory with AD's rules.
//  - Disable and enable flip only ACCOUNTDISABLE in userAccountControl, read first, so every
//    other flag an administrator set stays (512 ⇄ 514 for a plain user).
//  - A create writes userAccountControl 512, and over TLS a random initial password as
//    unicodePwd with pwdLastSet=0 (change at first logon) in the same add, so an account never
//    exists half made. The password goes to the InitialPasswordHandover before the add (and is
//    discarded there if the add fails); the outcome says only "password set" and the reference.
//  - sAMAccountName and userPrincipalName candidates AD would refuse are refused in the plan.
//  - accountExpires is written from a date as a FILETIME; "never" is 0.
//  - Delta reads by uSNChanged, with a full read when the DC (invocationId) is another one.
//    Accounts deleted since are read as tombstones with the Show Deleted control
//    (addeletedaccounts.h) and reported in removedIds by the DN they had. When the DC shows the
//    bind account no deleted object at all (no rights on Deleted Objects, or a domain without a
//    deletion in its tombstone lifetime) the read is a full one, which sees deletions by absence.
//  - AD's extended errors (52e, 533, 0000052D, 00002071, …) read as words (aderrors.h).
class ActiveDirectoryTarget : public LdapDirectory {
public:
    ActiveDirectoryTarget(LdapSettings settings, QString password, Ad::InitialPasswordHandover handover);

    [[nodiscard]] DirectoryCapabilities capabilities() const override;
    [[nodiscard]] bool acceptsValue(const QString& attribute, const QString& value) const override;
    // DNs as LdapDirectory does; accountExpires as a FILETIME, both forms of "never" alike.
    [[nodiscard]] QString comparableValue(const QString& attribute, const QString& value) const override;
    // watermark: ServerPosition (adwatermark.h), read before the search.
    [[nodiscard]] Result<DirectoryChanges> readChanges(const QStringList& attributes, const DirectoryWatermark& since,
                                                       const Models::CancelToken& cancel) override;

    // Replaces the random password generator (tests: a weak password shows AD's policy error).
    void setPasswordGenerator(std::function<QString(const QStringList& avoid)> generator);

protected:
    [[nodiscard]] LdapAccountQuery accountQuery(const QStringList& attributes) const override;
    [[nodiscard]] Result<Write> createWrite(const Models::Operation& operation, const QString& dn) override;
    [[nodiscard]] QStringList writtenValues(const QString& attribute, const QStringList& after) const override;
    [[nodiscard]] Result<void> appendStateChange(const Models::Operation& operation, const QString& dn,
                                                 LdapModList& mods) override;
    [[nodiscard]] bool isSingleWrite(const Models::Operation& operation) const override;

private:
    [[nodiscard]] Result<void> addInitialPassword(const Models::Operation& operation, Write& write);
    // The DNs of the managed accounts (under baseDn) deleted after `since`, sorted; nullopt when
    // the DC does not show deleted objects to the bind account.
    [[nodiscard]] Result<std::optional<QStringList>> deletedSince(const Ad::ServerPosition& since,
                                                                  const Models::CancelToken& cancel);

    Ad::InitialPasswordHandover m_handover;
    std::function<QString(const QStringList& avoid)> m_generator;
};

} // namespace Tenure::Connectors
