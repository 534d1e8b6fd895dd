#include "ldapdirectory.h"

#include "ldapescaping.h"
#include "ldapmodlist.h"
#include "ldaprename.h"

#include <ldap.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>

namespace Tenure::Connectors {

using Models::ErrorCode;
using Models::OperationKind;

namespace {

// ppolicy reads a pwdAccountLockedTime of 000001010000Z as "locked until an administrator
// unlocks it" (draft-behera-ldap-password-policy-10 §5.3.3; slapd-ppolicy(5)).
constexpr char permanentLock[] = "000001010000Z";

// Attributes whose values are DNs (RFC 4519, RFC 4524, inetOrgPerson RFC 2798, AD's schema),
// compared as DNs so that spelling differences are no change.
constexpr const char* dnValuedAttributes[] = {
    Models::ParentDnAttribute, "manager", "secretary", "seeAlso", "owner", "member", "uniqueMember", "memberOf",
    "roleOccupant", "distinguishedName", "directReports", "assistant", "managedBy",
};

Models::ErrorContext contextOf(const Models::Operation& operation, const QString& attribute = {})
{
    Models::ErrorContext context;
    context.workerId = operation.workerId;
    context.attribute = attribute;
    return context;
}

std::optional<Models::AttributeValue> findCaseInsensitive(const Models::Attributes& attributes, const QString& name)
{
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return std::nullopt;
}

QStringList nonEmpty(const QStringList& values)
{
    QStringList kept;
    for (const QString& value : values) {
        if (!value.isEmpty())
            kept << value;
    }
    return kept;
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
    capabilities.move = true;
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

Models::Error LdapDirectory::errorFor(int resultCode, const QString& action, const Models::Operation& operation)
{
    auto error = m_connection.error(resultCode, action);
    error.context.workerId = operation.workerId;
    if (isConnectionLost(resultCode))
        m_connection.close();
    return error;
}

Result<bool> LdapDirectory::entryExists(const QString& dn)
{
    const QByteArray base = dn.toUtf8();
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
    if (*rc == LDAP_NO_SUCH_OBJECT)
        return false;
    if (*rc != LDAP_SUCCESS)
        return std::unexpected(errorFor(*rc, QStringLiteral("read %1").arg(dn), {}));
    return true;
}

Result<QStringList> LdapDirectory::readAttribute(const QString& dn, const QString& attribute)
{
    const QByteArray base = dn.toUtf8();
    QByteArray name = attribute.toUtf8();
    QStringList values;
    auto rc = withConnection([&](::ldap* ld) {
        values.clear();
        char* attributes[] = {name.data(), nullptr};
        LDAPMessage* result = nullptr;
        const int code = ldap_search_ext_s(ld, base.constData(), LDAP_SCOPE_BASE, "(objectClass=*)", attributes, 0,
                                           nullptr, nullptr, nullptr, 1, &result);
        if (code == LDAP_SUCCESS) {
            if (LDAPMessage* entry = ldap_first_entry(ld, result)) {
                berval** raw = ldap_get_values_len(ld, entry, name.constData());
                for (int i = 0; raw && raw[i]; ++i)
                    values << QString::fromUtf8(raw[i]->bv_val, static_cast<qsizetype>(raw[i]->bv_len));
                ldap_value_free_len(raw);
            }
        }
        ldap_msgfree(result);
        return code;
    });
    if (!rc)
        return std::unexpected(rc.error());
    if (*rc != LDAP_SUCCESS)
        return std::unexpected(errorFor(*rc, QStringLiteral("read %1 of %2").arg(attribute, dn), {}));
    return values;
}

Result<QString> LdapDirectory::testConnection()
{
    m_connection.close();
    auto exists = entryExists(m_settings.baseDn);
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists) {
        Models::ErrorContext context;
        context.attribute = QStringLiteral("baseDn");
        return Models::fail(ErrorCode::NotFound,
                            QStringLiteral("Connected to %1, but baseDn %2 does not exist")
                                .arg(m_settings.url, m_settings.baseDn),
                            {}, context);
    }
    return QStringLiteral("Connected to %1 as %2 (%3)")
        .arg(m_settings.url, m_settings.bindDn, m_connection.securityDescription());
}

LdapAccountQuery LdapDirectory::accountQuery(const QStringList& attributes) const
{
    return LdapAccountQuery{m_settings.baseDn, m_settings.accountFilter, attributes, m_settings.pageSize};
}

Result<Models::DirectorySnapshot> LdapDirectory::readAccounts(const QStringList& attributes,
                                                              const Models::CancelToken& cancel)
{
    return search(accountQuery(attributes), cancel);
}

Result<Models::DirectorySnapshot> LdapDirectory::search(const LdapAccountQuery& query, const Models::CancelToken& cancel)
{
    Models::DirectorySnapshot snapshot;
    auto rc = withConnection([&](::ldap* ld) {
        snapshot.accounts.clear();   // a retry after a lost connection starts over
        return searchAccounts(ld, query, cancel, &snapshot.accounts);
    });
    if (!rc)
        return std::unexpected(rc.error());
    if (*rc == LDAP_USER_CANCELLED)
        return Models::fail(ErrorCode::Cancelled, QStringLiteral("Reading the directory was cancelled"));
    if (*rc != LDAP_SUCCESS)
        return std::unexpected(errorFor(*rc, QStringLiteral("read the accounts under %1").arg(query.baseDn), {}));
    // The server's order is its storage order; a DN order keeps snapshots (and plans) stable.
    std::sort(snapshot.accounts.begin(), snapshot.accounts.end(),
              [](const Models::Account& a, const Models::Account& b) { return a.id < b.id; });
    spdlog::debug("LDAP: read {} accounts under {}", snapshot.accounts.size(), query.baseDn.toStdString());
    return snapshot;
}

Result<QString> LdapDirectory::newAccountId(const Models::Attributes& attributes) const
{
    const auto value = findCaseInsensitive(attributes, m_settings.rdnAttribute);
    if (!value || value->isEmpty() || value->constFirst().isEmpty()) {
        Models::ErrorContext context;
        context.attribute = m_settings.rdnAttribute;
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("Cannot name the new account: its %1 (the naming attribute, "
                                           "rdnAttribute) has no value")
                                .arg(m_settings.rdnAttribute),
                            {}, context);
    }
    QString container = m_settings.accountContainer;
    if (const auto parent = findCaseInsensitive(attributes, QLatin1String(Models::ParentDnAttribute));
        parent && !parent->isEmpty() && !parent->constFirst().isEmpty()) {
        container = canonicalDn(parent->constFirst());
        if (container.isEmpty()) {
            Models::ErrorContext context;
            context.attribute = QLatin1String(Models::ParentDnAttribute);
            return Models::fail(ErrorCode::InvalidInput,
                                QStringLiteral("Cannot place the new account: its %1 \"%2\" is not a DN (RFC 4514)")
                                    .arg(QLatin1String(Models::ParentDnAttribute), parent->constFirst()),
                                {}, context);
        }
    }
    // The spelling a later read returns, so the preview's id and the read's id compare equal.
    return canonicalDn(joinRdn(m_settings.rdnAttribute, value->constFirst(), container));
}

QString LdapDirectory::comparableValue(const QString& attribute, const QString& value) const
{
    for (const char* name : dnValuedAttributes) {
        if (attribute.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return comparableDn(value);
    }
    return value;
}

Result<void> LdapDirectory::checkOperation(const Models::Operation& operation) const
{
    if (operation.kind != OperationKind::Create && operation.targetId.isEmpty())
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The %1 operation names no account (no DN)")
                                .arg(Models::operationKindName(operation.kind)),
                            {}, contextOf(operation));
    if (operation.kind == OperationKind::Delete)
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("Tenure does not delete LDAP entries; %1 was not deleted").arg(operation.targetId),
                            {}, contextOf(operation));
    if ((operation.kind == OperationKind::Disable || operation.kind == OperationKind::Enable)
        && m_settings.disableMethod == LdapDisableMethod::None)
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("The directory at %1 is set up with disableMethod \"none\": it cannot "
                                           "disable or enable %2")
                                .arg(m_settings.hostPort(), operation.targetId),
                            {}, contextOf(operation));
    return {};
}

Result<void> LdapDirectory::apply(const Models::Operation& operation)
{
    auto applied = applyOne(operation);
    if (!applied)
        return std::unexpected(applied.error());
    return {};
}

Result<QString> LdapDirectory::applyOne(const Models::Operation& operation)
{
    if (operation.kind == OperationKind::None)
        return QString();
    if (auto ok = checkOperation(operation); !ok)
        return std::unexpected(ok.error());
    if (operation.kind == OperationKind::Create) {
        auto write = prepareCreate(operation);
        if (!write)
            return std::unexpected(write.error());
        return send(*write, operation);
    }
    // A move, a new RDN, or both: the modify DN first, then the attributes on the new DN
    // (Update, Enable and Disable may carry such a change too).
    auto move = renameFor(operation, m_settings.rdnAttribute);
    if (!move)
        return std::unexpected(move.error());
    QString dn = operation.targetId;
    if (*move) {
        auto renamed = rename(operation, **move);
        if (!renamed)
            return renamed;
        dn = *renamed;
    }
    auto write = prepareModify(operation, dn);
    if (!write)
        return std::unexpected(write.error());
    return send(*write, operation);
}

Result<LdapDirectory::Write> LdapDirectory::prepareCreate(const Models::Operation& operation)
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
    return createWrite(operation, dn);
}

Result<LdapDirectory::Write> LdapDirectory::createWrite(const Models::Operation& operation, const QString& dn)
{
    Write write;
    write.add = true;
    write.dn = dn;
    write.action = QStringLiteral("create %1").arg(dn);
    write.mods = std::make_unique<LdapModList>();
    QStringList objectClasses = m_settings.objectClasses;
    for (const auto& change : operation.changes) {
        const QStringList values = writtenValues(change.attribute, change.after);
        // Absent: an add never carries empty values (RFC 4511 §4.7). The parent is the DN's.
        if (values.isEmpty() || change.attribute == QLatin1String(Models::ParentDnAttribute))
            continue;
        if (change.attribute.compare(QLatin1String("objectClass"), Qt::CaseInsensitive) == 0) {
            for (const QString& extra : values) {
                if (!objectClasses.contains(extra, Qt::CaseInsensitive))
                    objectClasses << extra;
            }
            continue;
        }
        write.mods->append(LdapModList::Kind::Add, change.attribute, values);
    }
    write.mods->append(LdapModList::Kind::Add, QStringLiteral("objectClass"), objectClasses);
    // A pre-hire account is created locked, in the same add, and enabled on its start date.
    if (!operation.accountEnabled && m_settings.disableMethod == LdapDisableMethod::PpolicyLock)
        write.mods->append(LdapModList::Kind::Add, QStringLiteral("pwdAccountLockedTime"), {QString::fromLatin1(permanentLock)});
    return write;
}

QStringList LdapDirectory::writtenValues(const QString& attribute, const QStringList& after) const
{
    Q_UNUSED(attribute);
    return nonEmpty(after);
}

void LdapDirectory::appendChange(const Models::AttributeChange& change, LdapModList& mods) const
{
    // An empty "after" means absent: the attribute is removed, as a replace with no values
    // (RFC 4511 §4.6), which also succeeds when it is already gone, so that an operation resumed
    // after a lost connection does not fail.
    const QStringList after = writtenValues(change.attribute, change.after);
    if (!after.isEmpty())
        mods.append(LdapModList::Kind::Replace, change.attribute, after);
    else if (!change.before.isEmpty())
        mods.append(LdapModList::Kind::Replace, change.attribute);
}

Result<void> LdapDirectory::appendStateChange(const Models::Operation& operation, const QString& dn, LdapModList& mods)
{
    Q_UNUSED(dn);
    const QString lock = QString::fromLatin1(lockAttribute);
    if (operation.kind == OperationKind::Disable)
        mods.append(LdapModList::Kind::Replace, lock, {QString::fromLatin1(permanentLock)});
    else   // Replace with no values (RFC 4511 §4.6): unlocks, and succeeds if already unlocked.
        mods.append(LdapModList::Kind::Replace, lock);
    return {};
}

bool LdapDirectory::isSingleWrite(const Models::Operation& operation) const
{
    if (operation.kind == OperationKind::Create)
        return true;
    auto move = renameFor(operation, m_settings.rdnAttribute);
    return move && !*move;
}

Result<LdapDirectory::Write> LdapDirectory::prepareModify(const Models::Operation& operation, const QString& dn)
{
    Write write;
    write.dn = dn;
    write.action = QStringLiteral("%1 %2").arg(Models::operationKindName(operation.kind), dn);
    write.mods = std::make_unique<LdapModList>();
    for (const auto& change : changesAfterRename(operation, m_settings.rdnAttribute))
        appendChange(change, *write.mods);
    if (operation.kind == OperationKind::Disable || operation.kind == OperationKind::Enable) {
        if (auto ok = appendStateChange(operation, dn, *write.mods); !ok)
            return std::unexpected(ok.error());
    }
    return write;
}

Result<QString> LdapDirectory::send(Write& write, const Models::Operation& operation)
{
    if (write.mods->isEmpty())
        return write.note;   // a pure move, already done
    const QByteArray dn = write.dn.toUtf8();
    auto rc = withConnection([&](::ldap* ld) {
        return write.add ? ldap_add_ext_s(ld, dn.constData(), write.mods->data(), nullptr, nullptr)
                         : ldap_modify_ext_s(ld, dn.constData(), write.mods->data(), nullptr, nullptr);
    });
    if (rc && *rc == LDAP_SUCCESS) {
        spdlog::debug("LDAP: {} done", write.action.toStdString());
        return write.note;
    }
    if (write.onFailure)
        write.onFailure();
    if (!rc) {
        auto error = rc.error();
        error.context.workerId = operation.workerId;
        return std::unexpected(error);
    }
    auto error = errorFor(*rc, write.action, operation);
    if (*rc == LDAP_ALREADY_EXISTS && write.add)
        error = collision(std::move(error), write.dn, operation);
    return std::unexpected(error);
}

Models::Error LdapDirectory::collision(Models::Error error, const QString& dn, const Models::Operation& operation)
{
    if (error.message.contains(QLatin1String("sAMAccountName")))
        return error;   // another attribute is taken, not the name (AD 00002071 from samldb)
    error.message = QStringLiteral("Cannot create %1: an entry with that DN already exists (another person with the "
                                   "same %2?)")
                        .arg(dn, m_settings.rdnAttribute);
    error.context.attribute = m_settings.rdnAttribute;
    // Where the plan knows the worker, suggest the name a unique mapping would give.
    const QString rdnValue = firstRdn(dn).section(QLatin1Char('='), 1);
    if (!operation.workerId.isEmpty() && !rdnValue.isEmpty()) {
        const QString suggestion = canonicalDn(
            joinRdn(m_settings.rdnAttribute, QStringLiteral("%1 (%2)").arg(rdnValue, operation.workerId), parentDn(dn)));
        if (auto taken = entryExists(suggestion); taken && !*taken)
            error.message += QStringLiteral(". Make %1 unique in the mapping, e.g. with SelectUniqueValue: %2 is free")
                                 .arg(m_settings.rdnAttribute, suggestion);
    }
    return error;
}

Result<QString> LdapDirectory::rename(const Models::Operation& operation, const LdapRename& move)
{
    const QByteArray dn = operation.targetId.toUtf8();
    const QByteArray newRdn = move.newRdn.toUtf8();
    const QByteArray newSuperior = move.newSuperior.toUtf8();
    const QString action = move.newSuperior.isEmpty()
                               ? QStringLiteral("rename %1 to %2").arg(operation.targetId, move.newDn)
                               : QStringLiteral("move %1 to %2").arg(operation.targetId, move.newSuperior);
    auto rc = withConnection([&](::ldap* ld) {
        return ldap_rename_s(ld, dn.constData(), newRdn.constData(),
                             move.newSuperior.isEmpty() ? nullptr : newSuperior.constData(), 1, nullptr, nullptr);
    });
    if (!rc) {
        auto error = rc.error();
        error.context.workerId = operation.workerId;
        return std::unexpected(error);
    }
    if (*rc == LDAP_SUCCESS) {
        spdlog::debug("LDAP: {} done", action.toStdString());
        return move.newDn;
    }
    auto error = errorFor(*rc, action, operation);
    if (isConnectionLost(*rc))
        return std::unexpected(error);
    // Resumed after the rename went through but before the outcome was journaled: the entry is
    // at its new DN already, and only the modify is left. Nothing is done twice.
    if (auto there = entryExists(move.newDn); there && *there) {
        if (auto here = entryExists(operation.targetId); here && !*here)
            return move.newDn;
    }
    // The container must exist: slapd answers noSuchObject, Samba "00002095 … parent does not exist".
    if (!move.newSuperior.isEmpty()) {
        if (auto target = entryExists(move.newSuperior); target && !*target) {
            error.code = ErrorCode::NotFound;
            error.message = QStringLiteral("Cannot move %1: the target OU %2 does not exist")
                                .arg(operation.targetId, move.newSuperior);
            error.context.attribute = QLatin1String(Models::ParentDnAttribute);
        }
    }
    return std::unexpected(error);
}

} // namespace Tenure::Connectors
