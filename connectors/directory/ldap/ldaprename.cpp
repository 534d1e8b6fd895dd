#include "ldaprename.h"

#include "ldapescaping.h"

namespace Tenure::Connectors {
namespace {

bool isAttribute(const Models::AttributeChange& change, const QString& name)
{
    return change.attribute.compare(name, Qt::CaseInsensitive) == 0;
}

const Models::AttributeChange* findChange(const Models::Operation& operation, const QString& name)
{
    for (const auto& change : operation.changes) {
        if (isAttribute(change, name) && !change.after.isEmpty() && !change.after.constFirst().isEmpty())
            return &change;
    }
    return nullptr;
}

bool isNamedBy(const QString& rdn, const QString& rdnAttribute)
{
    return rdn.startsWith(rdnAttribute + QLatin1Char('='), Qt::CaseInsensitive) && !rdn.contains(QLatin1Char('+'));
}

} // namespace

Models::Result<std::optional<LdapRename>> renameFor(const Models::Operation& operation, const QString& rdnAttribute)
{
    const QString current = canonicalDn(operation.targetId);
    if (current.isEmpty())
        return Models::fail(Models::ErrorCode::InvalidInput,
                            QStringLiteral("\"%1\" is not a DN (RFC 4514)").arg(operation.targetId));
    const QString currentRdn = firstRdn(current);
    const QString currentParent = parentDn(current);

    LdapRename rename{currentRdn, {}, current};
    bool renames = false;
    if (const auto* moved = findChange(operation, QLatin1String(Models::ParentDnAttribute))) {
        const QString target = canonicalDn(moved->after.constFirst());
        if (target.isEmpty()) {
            Models::ErrorContext context;
            context.workerId = operation.workerId;
            context.attribute = QLatin1String(Models::ParentDnAttribute);
            return Models::fail(Models::ErrorCode::InvalidInput,
                                QStringLiteral("Cannot move %1: the new container \"%2\" is not a DN (RFC 4514)")
                                    .arg(operation.targetId, moved->after.constFirst()),
                                {}, context);
        }
        if (comparableDn(target) != comparableDn(currentParent)) {
            rename.newSuperior = target;
            renames = true;
        }
    }
    // Only when the entry is named by that attribute (an entry named otherwise keeps its RDN).
    if (const auto* named = findChange(operation, rdnAttribute); named && isNamedBy(currentRdn, rdnAttribute)) {
        const QString rdn = canonicalDn(joinRdn(rdnAttribute, named->after.constFirst(), {}));
        if (comparableDn(rdn) != comparableDn(currentRdn)) {
            rename.newRdn = rdn;
            renames = true;
        }
    }
    if (!renames)
        return std::nullopt;
    const QString parent = rename.newSuperior.isEmpty() ? currentParent : rename.newSuperior;
    rename.newDn = canonicalDn(parent.isEmpty() ? rename.newRdn : rename.newRdn + QLatin1Char(',') + parent);
    return rename;
}

QList<Models::AttributeChange> changesAfterRename(const Models::Operation& operation, const QString& rdnAttribute)
{
    const bool renamed = isNamedBy(firstRdn(operation.targetId), rdnAttribute);
    QList<Models::AttributeChange> changes;
    for (const auto& change : operation.changes) {
        if (isAttribute(change, QLatin1String(Models::ParentDnAttribute)))
            continue;
        if (renamed && isAttribute(change, rdnAttribute) && change.after.size() == 1)
            continue;
        changes << change;
    }
    return changes;
}

} // namespace Tenure::Connectors
