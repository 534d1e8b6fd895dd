#include "addeletedaccounts.h"

#include "ldapescaping.h"

#include <ldap.h>

namespace Tenure::Connectors::Ad {
namespace {

bool isDomainComponent(const QString& rdn)
{
    return rdn.section(QLatin1Char('='), 0, 0).trimmed().compare(QLatin1String("DC"), Qt::CaseInsensitive) == 0
           && !rdn.contains(QLatin1Char('+'));   // a multi-valued RDN is not a domain component
}

QString firstValue(const Models::Account& account, const char* attribute)
{
    const QStringList values = account.attributes.value(QString::fromLatin1(attribute));
    return values.isEmpty() ? QString() : values.constFirst();
}

} // namespace

QString domainOf(const QString& dn)
{
    QString level = canonicalDn(dn);
    QString domain;
    // From the entry up: every level whose own RDN is a DC= one may start the domain; one that is
    // not ends the candidates below it.
    while (!level.isEmpty()) {
        if (isDomainComponent(firstRdn(level))) {
            if (domain.isEmpty())
                domain = level;
        } else {
            domain.clear();
        }
        level = parentDn(level);   // empty above the last RDN
    }
    return domain;
}

LdapAccountQuery deletedAccountsQuery(const QString& domain, const ServerPosition& since, int pageSize)
{
    LdapAccountQuery query;
    query.baseDn = QStringLiteral("<WKGUID=%1,%2>").arg(QLatin1String(DeletedObjectsContainerGuid), domain);
    query.oneLevel = true;   // the container has one level
    // AD offers only >= on integers (RFC 4515 has no >): since+1 and up, as for changed accounts.
    query.filter = QStringLiteral("(&(isDeleted=TRUE)(objectClass=user)(!(objectClass=computer))(uSNChanged>=%1))")
                       .arg(since.highestCommittedUsn + 1);
    query.attributes = {QString::fromLatin1(NameAttribute), QString::fromLatin1(LastKnownParentAttribute),
                        QString::fromLatin1(LastKnownRdnAttribute)};
    query.pageSize = pageSize;
    query.criticalControls = {QByteArray(ShowDeletedControl)};
    // Every tombstone is deleted; the state attribute only has to be one it has.
    query.stateAttribute = QStringLiteral("isDeleted");
    query.isDisabled = [](const QStringList&) { return true; };
    return query;
}

int probeDeletedObjects(::ldap* ld, const QString& domain, bool* visible)
{
    *visible = false;
    const QByteArray base = QStringLiteral("<WKGUID=%1,%2>").arg(QLatin1String(DeletedObjectsContainerGuid), domain).toUtf8();
    LDAPControl* showDeleted = nullptr;
    int rc = ldap_control_create(ShowDeletedControl, 1, nullptr, 0, &showDeleted);
    if (rc != LDAP_SUCCESS)
        return rc;
    LDAPControl* controls[] = {showDeleted, nullptr};
    char noAttributes[] = LDAP_NO_ATTRS;
    char* attributes[] = {noAttributes, nullptr};
    LDAPMessage* result = nullptr;
    rc = ldap_search_ext_s(ld, base.constData(), LDAP_SCOPE_ONELEVEL, "(isDeleted=TRUE)", attributes, 1, controls,
                           nullptr, nullptr, 1, &result);
    ldap_control_free(showDeleted);
    // One entry is all it takes: the size limit of 1 is then "exceeded" as soon as there are more.
    if (rc == LDAP_SUCCESS || rc == LDAP_SIZELIMIT_EXCEEDED) {
        *visible = ldap_count_entries(ld, result) > 0;
        rc = LDAP_SUCCESS;
    }
    ldap_msgfree(result);
    return rc;
}

QString dnBeforeDeletion(const Models::Account& tombstone)
{
    const QString parent = firstValue(tombstone, LastKnownParentAttribute);
    const QString rdnType = firstRdn(tombstone.id).section(QLatin1Char('='), 0, 0).trimmed();
    QString value = firstValue(tombstone, LastKnownRdnAttribute);
    if (value.isEmpty()) {
        // "<value>\nDEL:<objectGUID>" ([MS-ADTS] 3.1.1.5.5.1.2): the value is all before the last
        // "\nDEL:", which a value of its own cannot hold (AD refuses a line feed in an RDN).
        value = firstValue(tombstone, NameAttribute);
        const qsizetype mangled = value.lastIndexOf(QLatin1String("\nDEL:"));
        if (mangled < 0)
            return {};
        value.truncate(mangled);
    }
    if (parent.isEmpty() || rdnType.isEmpty() || value.isEmpty())
        return {};
    return canonicalDn(joinRdn(rdnType, value, parent));
}

} // namespace Tenure::Connectors::Ad
