#include "ldapdirectory.h"

#include "ldapaccountsearch.h"
#include "ldapescaping.h"
#include "ldapmodlist.h"

#include <ldap.h>
#include <spdlog/spdlog.h>

#include <algorithm>

namespace Tenure::Connectors {

using Models::ErrorCode;
using Models::OperationKind;

namespace {

// ppolicy reads a pwdAccountLockedTime of 000001010000Z as "locked until an administrator
// unlocks it" (draft-behera-ldap-password-policy-10 §5.3.3; slapd-ppolicy(5)).
constexpr char permanentLock[] = "000001010000Z";

Models::ErrorContext contextOf(const Models::Operation& operation)
{
    Models::ErrorContext context;
    context.workerId = operation.workerId;
    return context;
}

const Models::AttributeValue* findCaseInsensitive(const Models::Attributes& attributes, const QString& name)
{
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return &it.value();
    }
    return nullptr;
}

// The attribute changes of an update, disable or enable. An empty "after" means absent: the
// attribute is removed, as a replace with no values (RFC 4511 §4.6), which also succeeds when
// it is already gone, so that an operation resumed after a lost connection does not fail.
void appendChanges(const Models::Operation& operation, LdapModList& mods)
{
    for (const auto& change : operation.changes) {
        if (!change.after.isEmpty())
            mods.append(LdapModList::Kind::Replace, change.attribute, change.after);
        else if (!change.before.isEmpty())
            mods.append(LdapModList::Kind::Replace, change.attribute);
    }
}

} // namespace

LdapDirectory::LdapDirectory(LdapSettings settings, QString password)
    : m_settings(settings), m_connection(std::move(settings), password)
{
}

LdapDirectory::~LdapDirectory() = default;

DirectoryCapabilities LdapDirectory::capabilities() const
{
    DirectoryCapabilities capabilities;
    capabilities.disable = m_settings.disableMethod != LdapDisableMethod::None;
    capabilities.enable = capabilities.disable;
    return capabilities;
}

Result<int> LdapDirectory::withConnection(const Attempt& attempt)
{
    const bool wasOpen = m_connection.isOpen();
    if (!wasOpen) {
        if (auto ok = m_connection.open(); !ok)
            return std::unexpected(ok.error());
    }
    int rc = attempt(m_connection.handle());
    if (isConnectionLost(rc) && wasOpen) {
        spdlog::info("LDAP: connection to {} was lost; reconnecting once", m_settings.hostPort().toStdString());
        if (auto ok = m_connection.open(); !ok)
            return std::unexpected(ok.error());
        rc = attempt(m_connection.handle());
    }
    return rc;
}

Result<QString> LdapDirectory::testConnection()
{
    m_connection.close();
    const QByteArray base = m_settings.baseDn.toUtf8();
    auto rc = withConnection([&base](::ldap* ld) {
        char noAttributes[] = LDAP_NO_ATTRS;
        char* attributes[] = {noAttributes, nullptr};
        LDAPMessage* result = nullptr;
        const int code = ldap_search_ext_s(ld, base.constData(), LDAP_SCOPE_BASE, "(objectClass=*)", attributes, 1,
                                           nullptr, nullptr, nullptr, 1, &result);
        ldap_msgfree(result);
        return code;
    });
    if (!rc)
        return std::unexpected(rc.error());
    if (*rc != LDAP_SUCCESS) {
        auto error = m_connection.error(*rc, QStringLiteral("read baseDn %1").arg(m_settings.baseDn));
        if (error.code == ErrorCode::NotFound) {
            error.message = QStringLiteral("Connected to %1, but baseDn %2 does not exist")
                                .arg(m_settings.url, m_settings.baseDn);
            error.context.attribute = QStringLiteral("baseDn");
        }
        return std::unexpected(error);
    }
    return QStringLiteral("Connected to %1 as %2 (%3)")
        .arg(m_settings.url, m_settings.bindDn, m_connection.securityDescription());
}

Result<Models::DirectorySnapshot> LdapDirectory::readAccounts(const QStringList& attributes,
                                                              const Models::CancelToken& cancel)
{
    const LdapAccountQuery query{m_settings.baseDn, m_settings.accountFilter, attributes, m_settings.pageSize};
    Models::DirectorySnapshot snapshot;
    auto rc = withConnection([&](::ldap* ld) {
        snapshot.accounts.clear();   // a retry after a lost connection starts over
        return searchAccounts(ld, query, cancel, &snapshot.accounts);
    });
    if (!rc)
        return std::unexpected(rc.error());
    if (*rc == LDAP_USER_CANCELLED)
        return Models::fail(ErrorCode::Cancelled, QStringLiteral("Reading the directory was cancelled"));
    if (*rc != LDAP_SUCCESS) {
        auto error = m_connection.error(*rc, QStringLiteral("read the accounts under %1").arg(m_settings.baseDn));
        if (isConnectionLost(*rc))
            m_connection.close();
        return std::unexpected(error);
    }
    // The server's order is its storage order; a DN order keeps snapshots (and plans) stable.
    std::sort(snapshot.accounts.begin(), snapshot.accounts.end(),
              [](const Models::Account& a, const Models::Account& b) { return a.id < b.id; });
    spdlog::debug("LDAP: read {} accounts under {}", snapshot.accounts.size(), m_settings.baseDn.toStdString());
    return snapshot;
}

Result<QString> LdapDirectory::newAccountId(const Models::Attributes& attributes) const
{
    const Models::AttributeValue* value = findCaseInsensitive(attributes, m_settings.rdnAttribute);
    if (!value || value->isEmpty() || value->constFirst().isEmpty()) {
        Models::ErrorContext context;
        context.attribute = m_settings.rdnAttribute;
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("Cannot name the new account: its %1 (the naming attribute, "
                                           "rdnAttribute) has no value")
                                .arg(m_settings.rdnAttribute),
                            {}, context);
    }
    // The spelling a later read returns, so the preview's id and the read's id compare equal.
    return canonicalDn(joinRdn(m_settings.rdnAttribute, value->constFirst(), m_settings.accountContainer));
}

Result<void> LdapDirectory::apply(const Models::Operation& operation)
{
    if (operation.kind == OperationKind::None)
        return {};
    if (operation.kind == OperationKind::Create)
        return create(operation);
    if (operation.targetId.isEmpty())
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The %1 operation names no account (no DN)")
                                .arg(Models::operationKindName(operation.kind)),
                            {}, contextOf(operation));

    LdapModList mods;
    appendChanges(operation, mods);
    if (operation.kind == OperationKind::Update)
        return modify(operation, mods, QStringLiteral("update"));

    if (m_settings.disableMethod == LdapDisableMethod::None)
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("The directory at %1 is set up with disableMethod \"none\": it cannot "
                                           "disable or enable %2")
                                .arg(m_settings.hostPort(), operation.targetId),
                            {}, contextOf(operation));
    const QString lock = QString::fromLatin1(lockAttribute);
    if (operation.kind == OperationKind::Disable) {
        mods.append(LdapModList::Kind::Replace, lock, {QString::fromLatin1(permanentLock)});
        return modify(operation, mods, QStringLiteral("disable"));
    }
    // Replace with no values (RFC 4511 §4.6): unlocks, and succeeds if already unlocked.
    mods.append(LdapModList::Kind::Replace, lock);
    return modify(operation, mods, QStringLiteral("enable"));
}

Result<void> LdapDirectory::create(const Models::Operation& operation)
{
    QString dn = operation.targetId;
    if (dn.isEmpty()) {
        Models::Attributes after;
        for (const auto& change : operation.changes)
            after.insert(change.attribute, change.after);
        auto id = newAccountId(after);
        if (!id) {
            auto error = id.error();
            error.context.workerId = operation.workerId;
            return std::unexpected(error);
        }
        dn = *id;
    }

    QStringList objectClasses = m_settings.objectClasses;
    LdapModList mods;
    for (const auto& change : operation.changes) {
        if (change.after.isEmpty())
            continue;   // absent: an add never carries empty values (RFC 4511 §4.7)
        if (change.attribute.compare(QLatin1String("objectClass"), Qt::CaseInsensitive) == 0) {
            for (const QString& extra : change.after) {
                if (!objectClasses.contains(extra, Qt::CaseInsensitive))
                    objectClasses << extra;
            }
            continue;
        }
        mods.append(LdapModList::Kind::Add, change.attribute, change.after);
    }
    mods.append(LdapModList::Kind::Add, QStringLiteral("objectClass"), objectClasses);

    const QByteArray dnBytes = dn.toUtf8();
    auto rc = withConnection([&](::ldap* ld) {
        return ldap_add_ext_s(ld, dnBytes.constData(), mods.data(), nullptr, nullptr);
    });
    return finish(std::move(rc), QStringLiteral("create %1").arg(dn), operation);
}

Result<void> LdapDirectory::modify(const Models::Operation& operation, LdapModList& mods, const QString& verb)
{
    if (mods.isEmpty())
        return {};
    const QByteArray dn = operation.targetId.toUtf8();
    auto rc = withConnection([&](::ldap* ld) {
        return ldap_modify_ext_s(ld, dn.constData(), mods.data(), nullptr, nullptr);
    });
    return finish(std::move(rc), verb + QLatin1Char(' ') + operation.targetId, operation);
}

Result<void> LdapDirectory::finish(Result<int> rc, const QString& action, const Models::Operation& operation)
{
    if (!rc) {
        auto error = rc.error();
        error.context.workerId = operation.workerId;
        return std::unexpected(error);
    }
    if (*rc == LDAP_SUCCESS) {
        spdlog::debug("LDAP: {} done", action.toStdString());
        return {};
    }
    auto error = m_connection.error(*rc, action);
    error.context.workerId = operation.workerId;
    if (isConnectionLost(*rc))
        m_connection.close();
    return std::unexpected(error);
}

} // namespace Tenure::Connectors
