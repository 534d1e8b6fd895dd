#include "activedirectorytarget.h"

#include "adaccountcontrol.h"
#include "addeletedaccounts.h"
#include "adnames.h"
#include "ldapescaping.h"
#include "ldapmodlist.h"

#include <QSet>

#include <ldap.h>
#include <spdlog/spdlog.h>

namespace Tenure::Connectors {

using Models::ErrorCode;
using Models::OperationKind;

namespace {

bool is(const QString& attribute, const char* name)
{
    return attribute.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

bool hasValue(const Models::Operation& operation, const char* attribute)
{
    for (const auto& change : operation.changes) {
        if (is(change.attribute, attribute) && !change.after.isEmpty() && !change.after.constFirst().isEmpty())
            return true;
    }
    return false;
}

// The names AD's complexity rule keeps out of a password.
QStringList namesOf(const Models::Operation& operation)
{
    QStringList names{operation.displayName};
    for (const auto& change : operation.changes) {
        if (is(change.attribute, "sAMAccountName") || is(change.attribute, "displayName") || is(change.attribute, "cn"))
            names += change.after;
    }
    return names;
}

} // namespace

ActiveDirectoryTarget::ActiveDirectoryTarget(LdapSettings settings, QString password,
                                             Ad::InitialPasswordHandover handover)
    : LdapDirectory(std::move(settings), std::move(password)), m_handover(std::move(handover)),
      m_generator(&Ad::generateInitialPassword)
{
}

void ActiveDirectoryTarget::setPasswordGenerator(std::function<QString(const QStringList&)> generator)
{
    m_generator = std::move(generator);
}

DirectoryCapabilities ActiveDirectoryTarget::capabilities() const
{
    DirectoryCapabilities capabilities = LdapDirectory::capabilities();
    capabilities.setPassword = m_settings.setInitialPassword;
    capabilities.deltaReads = true;
    return capabilities;
}

bool ActiveDirectoryTarget::acceptsValue(const QString& attribute, const QString& value) const
{
    return Ad::valueProblem(attribute, value).isEmpty();
}

QString ActiveDirectoryTarget::comparableValue(const QString& attribute, const QString& value) const
{
    if (is(attribute, Ad::AccountExpiresAttribute))
        return Ad::accountExpiresValue(value).value_or(value);
    return LdapDirectory::comparableValue(attribute, value);
}

LdapAccountQuery ActiveDirectoryTarget::accountQuery(const QStringList& attributes) const
{
    LdapAccountQuery query = LdapDirectory::accountQuery(attributes);
    query.stateAttribute = QString::fromLatin1(Ad::AccountControlAttribute);
    query.isDisabled = &Ad::isDisabled;
    return query;
}

Result<DirectoryChanges> ActiveDirectoryTarget::readChanges(const QStringList& attributes,
                                                            const DirectoryWatermark& since,
                                                            const Models::CancelToken& cancel)
{
    Ad::ServerPosition now;
    auto rc = withConnection([&now](::ldap* ld) { return Ad::readServerPosition(ld, &now); });
    if (!rc)
        return std::unexpected(rc.error());
    if (*rc != LDAP_SUCCESS)
        return std::unexpected(errorFor(*rc, QStringLiteral("read the domain controller's invocationId and "
                                                             "highestCommittedUSN"),
                                        {}));
    LdapAccountQuery query = accountQuery(attributes);
    const auto previous = Ad::ServerPosition::parse(since.value);
    bool delta = previous && previous->invocationId == now.invocationId
                 && previous->highestCommittedUsn <= now.highestCommittedUsn;
    if (!delta && !since.value.isEmpty())
        spdlog::info("AD: {} is another domain controller or database than the last read (invocationId {}): "
                     "reading every account",
                     m_settings.hostPort().toStdString(), now.invocationId.toStdString());
    // Deletions first: a search of the managed subtree no longer finds a deleted account.
    std::optional<QStringList> removed;
    if (delta) {
        auto deleted = deletedSince(*previous, cancel);
        if (!deleted)
            return std::unexpected(deleted.error());
        removed = std::move(*deleted);
        delta = removed.has_value();
    }
    if (delta)
        query.filter = Ad::changedSinceFilter(query.filter, *previous);
    auto snapshot = search(query, cancel);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    DirectoryChanges changes;
    changes.snapshot = std::move(*snapshot);
    changes.full = !delta;
    changes.next.value = now.toString();
    if (delta) {
        // An account deleted and then made again under the same DN is there: it is not removed.
        QSet<QString> present;
        for (const auto& account : std::as_const(changes.snapshot.accounts))
            present.insert(comparableDn(account.id));
        for (const QString& dn : std::as_const(*removed)) {
            if (!present.contains(comparableDn(dn)))
                changes.removedIds.append(dn);
        }
    }
    return changes;
}

Result<std::optional<QStringList>> ActiveDirectoryTarget::deletedSince(const Ad::ServerPosition& since,
                                                                       const Models::CancelToken& cancel)
{
    const QString domain = Ad::domainOf(m_settings.baseDn);
    if (domain.isEmpty()) {
        spdlog::warn("AD: baseDn {} names no domain (no DC= components): deleted accounts cannot be looked up, "
                     "so every read is a full one", m_settings.baseDn.toStdString());
        return std::optional<QStringList>();
    }
    // Reading Deleted Objects takes rights a delegated bind account may lack: AD then shows it
    // nothing (or answers noSuchObject or insufficientAccess), and a server without the control
    // refuses the critical control. A full read is always right: a deleted account is simply
    // absent from it. So the delta goes on only once some deleted object is visible at all.
    const auto cannotSee = [this](const QString& why) {
        spdlog::warn("AD: {} shows {} no deleted objects ({}): reading every account so that deletions are seen. "
                     "Grant it List Contents and Read Property on the Deleted Objects container for incremental reads.",
                     m_settings.hostPort().toStdString(), m_settings.bindDn.toStdString(), why.toStdString());
        return std::optional<QStringList>();
    };
    const auto refusal = [](int rc) {
        return rc == LDAP_INSUFFICIENT_ACCESS || rc == LDAP_NO_SUCH_OBJECT || rc == LDAP_UNAVAILABLE_CRITICAL_EXTENSION;
    };
    bool visible = false;
    auto rc = withConnection([&](::ldap* ld) { return Ad::probeDeletedObjects(ld, domain, &visible); });
    if (!rc)
        return std::unexpected(rc.error());
    if (refusal(*rc))
        return cannotSee(QString::fromUtf8(ldap_err2string(*rc)));
    if (*rc != LDAP_SUCCESS)
        return std::unexpected(errorFor(*rc, QStringLiteral("look for deleted accounts in %1").arg(domain), {}));
    if (!visible)
        return cannotSee(QStringLiteral("none is visible: either nothing was deleted within the tombstone lifetime, "
                                        "or the account may not list them"));

    const LdapAccountQuery query = Ad::deletedAccountsQuery(domain, since, m_settings.pageSize);
    QList<Models::Account> tombstones;
    rc = withConnection([&](::ldap* ld) {
        tombstones.clear();   // a retry after a lost connection starts over
        return searchAccounts(ld, query, cancel, &tombstones);
    });
    if (!rc)
        return std::unexpected(rc.error());
    if (*rc == LDAP_USER_CANCELLED)
        return Models::fail(ErrorCode::Cancelled, QStringLiteral("Reading the directory was cancelled"));
    if (refusal(*rc))
        return cannotSee(QString::fromUtf8(ldap_err2string(*rc)));
    if (*rc != LDAP_SUCCESS)
        return std::unexpected(errorFor(*rc, QStringLiteral("read the accounts deleted since the last read"), {}));
    const QString base = comparableDn(m_settings.baseDn);
    QStringList dns;
    for (const Models::Account& tombstone : std::as_const(tombstones)) {
        const QString dn = Ad::dnBeforeDeletion(tombstone);
        const QString comparable = comparableDn(dn);
        if (!dn.isEmpty() && (comparable == base || comparable.endsWith(QLatin1Char(',') + base)))
            dns << dn;
    }
    dns.sort();
    dns.removeDuplicates();
    spdlog::debug("AD: {} managed accounts deleted since USN {}", dns.size(), since.highestCommittedUsn);
    return std::optional<QStringList>(std::move(dns));
}

Result<LdapDirectory::Write> ActiveDirectoryTarget::createWrite(const Models::Operation& operation, const QString& dn)
{
    auto write = LdapDirectory::createWrite(operation, dn);
    if (!write)
        return write;
    if (!hasValue(operation, Ad::AccountControlAttribute)) {
        // NORMAL_ACCOUNT, enabled, once it has a password; without one AD's password policy
        // refuses an enabled account (0000052D), so it starts disabled (514).
        // A pre-hire account (accountEnabled false) starts disabled too, until its start date.
        const qint64 flags = Ad::withDisabled(Ad::NormalAccount, !m_settings.setInitialPassword || !operation.accountEnabled);
        write->mods->append(LdapModList::Kind::Add, QString::fromLatin1(Ad::AccountControlAttribute),
                            {QString::number(flags)});
    }
    if (m_settings.setInitialPassword) {
        if (auto ok = addInitialPassword(operation, *write); !ok)
            return std::unexpected(ok.error());
    }
    return write;
}

Result<void> ActiveDirectoryTarget::addInitialPassword(const Models::Operation& operation, Write& write)
{
    Models::ErrorContext context;
    context.workerId = operation.workerId;
    if (!m_handover.isSet())
        return Models::fail(ErrorCode::Internal,
                            QStringLiteral("Cannot create %1 with an initial password: there is no place to hand the "
                                           "password over")
                                .arg(write.dn),
                            {}, context);
    QString password = m_generator(namesOf(operation));
    auto reference = m_handover.keep(write.dn, password);
    if (!reference) {
        Ad::scrub(password);
        auto error = reference.error();
        error.context.workerId = operation.workerId;
        error.message = QStringLiteral("Cannot create %1: its initial password could not be kept for hand-over (%2)")
                            .arg(write.dn, error.message);
        return std::unexpected(error);
    }
    QByteArray value = Ad::unicodePwdValue(password);
    Ad::scrub(password);
    write.mods->appendBytes(LdapModList::Kind::Add, QStringLiteral("unicodePwd"), {value});
    value.fill('\0');
    if (m_settings.forcePasswordChange)   // 0: "must change at next logon" ([MS-ADA3] 2.175 pwdLastSet)
        write.mods->append(LdapModList::Kind::Add, QStringLiteral("pwdLastSet"), {QStringLiteral("0")});
    write.note = QStringLiteral("password set; handed over once as secret %1").arg(*reference);
    write.onFailure = [handover = m_handover, ref = *reference] {
        if (handover.discard)
            handover.discard(ref);
    };
    return {};
}

QStringList ActiveDirectoryTarget::writtenValues(const QString& attribute, const QStringList& after) const
{
    if (is(attribute, Ad::AccountExpiresAttribute)) {
        // AD cannot remove accountExpires; absent means never. A value no date reads as is
        // written as given, and AD's own syntax check names it.
        const QString value = after.isEmpty() ? QString() : after.constFirst();
        return {Ad::accountExpiresValue(value).value_or(value)};
    }
    return LdapDirectory::writtenValues(attribute, after);
}

Result<void> ActiveDirectoryTarget::appendStateChange(const Models::Operation& operation, const QString& dn,
                                                      LdapModList& mods)
{
    if (hasValue(operation, Ad::AccountControlAttribute))
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("Cannot %1 %2: the mapping also sets userAccountControl; leave the "
                                           "ACCOUNTDISABLE flag to disable and enable")
                                .arg(Models::operationKindName(operation.kind), dn));
    const QString attribute = QString::fromLatin1(Ad::AccountControlAttribute);
    auto current = readAttribute(dn, attribute);
    if (!current) {
        auto error = current.error();
        error.context.workerId = operation.workerId;
        return std::unexpected(error);
    }
    const auto flags = current->isEmpty() ? std::nullopt : Ad::parseAccountControl(current->constFirst());
    if (!flags)
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("Cannot %1 %2: it has no readable userAccountControl (is it a user?)")
                                .arg(Models::operationKindName(operation.kind), dn));
    const bool disable = operation.kind == OperationKind::Disable;
    mods.append(LdapModList::Kind::Replace, attribute, {QString::number(Ad::withDisabled(*flags, disable))});
    return {};
}

bool ActiveDirectoryTarget::isSingleWrite(const Models::Operation& operation) const
{
    // A disable or enable reads userAccountControl first: two steps.
    if (operation.kind == OperationKind::Disable || operation.kind == OperationKind::Enable)
        return false;
    return LdapDirectory::isSingleWrite(operation);
}

} // namespace Tenure::Connectors
