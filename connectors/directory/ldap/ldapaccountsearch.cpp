#include "ldapaccountsearch.h"

#include "ldapescaping.h"

#include "models/domain/operation.h"

#include <QHash>

#include <ldap.h>

#include <vector>

namespace Tenure::Connectors {
namespace {

// The requested names, lower-cased → as requested: attribute descriptions are case-insensitive
// (RFC 4512 §2.5), and servers answer in their schema's spelling ("mail" asked, "Mail" sent).
class AttributeNames {
public:
    explicit AttributeNames(const QStringList& requested)
    {
        for (const QString& name : requested)
            m_byLower.insert(name.toLower(), name);
    }

    // The requested spelling of what the server returned, or an empty string when not asked for.
    [[nodiscard]] QString requested(const QString& returned) const
    {
        const QString lower = returned.toLower();
        if (const auto it = m_byLower.constFind(lower); it != m_byLower.cend())
            return *it;
        // "userCertificate;binary" answers "userCertificate" (RFC 4512 §2.5 options).
        return m_byLower.value(lower.section(QLatin1Char(';'), 0, 0));
    }

    [[nodiscard]] bool contains(const QString& lower) const { return m_byLower.contains(lower); }

private:
    QHash<QString, QString> m_byLower;
};

QStringList readValues(::ldap* ld, LDAPMessage* entry, char* attribute)
{
    QStringList values;
    berval** raw = ldap_get_values_len(ld, entry, attribute);
    for (int i = 0; raw && raw[i]; ++i)
        values << QString::fromUtf8(raw[i]->bv_val, static_cast<qsizetype>(raw[i]->bv_len));
    ldap_value_free_len(raw);
    return values;
}

// How entries become Accounts: the names asked for, the state attribute, the synthesized parent.
struct EntryReader {
    AttributeNames names;
    QString stateLower;
    bool keepState = false;
    QString parentName;   // the requested spelling of parentDistinguishedName; empty: not asked
    std::function<bool(const QStringList&)> isDisabled;
};

Models::Account readEntry(::ldap* ld, LDAPMessage* entry, const EntryReader& reader)
{
    Models::Account account;
    char* dn = ldap_get_dn(ld, entry);
    const QString returned = QString::fromUtf8(dn);
    ldap_memfree(dn);
    const QString canonical = canonicalDn(returned);
    account.id = canonical.isEmpty() ? returned : canonical;
    if (!reader.parentName.isEmpty()) {
        if (const QString parent = parentDn(account.id); !parent.isEmpty())
            account.attributes.insert(reader.parentName, {parent});
    }

    BerElement* ber = nullptr;
    for (char* attribute = ldap_first_attribute(ld, entry, &ber); attribute;
         attribute = ldap_next_attribute(ld, entry, ber)) {
        const QString returnedName = QString::fromUtf8(attribute);
        QStringList values = readValues(ld, entry, attribute);
        ldap_memfree(attribute);
        if (returnedName.toLower() == reader.stateLower) {
            if (reader.isDisabled(values))
                account.enabled = false;
            if (!reader.keepState)
                continue;
        }
        const QString name = reader.names.requested(returnedName);
        if (!name.isEmpty() && name != reader.parentName && !values.isEmpty())
            account.attributes.insert(name, values);
    }
    if (ber)
        ber_free(ber, 0);
    account.attributes.squeeze();   // a snapshot holds every account at once: no room kept for growth
    return account;
}

// The paged results response control's cookie; empty when the server has no more pages
// (RFC 2696 §3) or did not page at all.
QByteArray nextCookie(::ldap* ld, LDAPControl** controls)
{
    LDAPControl* page = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, controls, nullptr);
    if (!page)
        return {};
    ber_int_t estimate = 0;
    berval cookie{0, nullptr};
    if (ldap_parse_pageresponse_control(ld, page, &estimate, &cookie) != LDAP_SUCCESS)
        return {};
    QByteArray bytes(cookie.bv_val, static_cast<qsizetype>(cookie.bv_len));
    ber_memfree(cookie.bv_val);
    return bytes;
}

// The query's own controls, then the page control; owns them.
class SearchControls {
public:
    explicit SearchControls(const QList<QByteArray>& criticalOids)
    {
        for (const QByteArray& oid : criticalOids) {
            LDAPControl* control = nullptr;
            if (ldap_control_create(oid.constData(), 1, nullptr, 0, &control) == LDAP_SUCCESS)
                m_controls.push_back(control);
            else
                m_failed = true;
        }
    }
    ~SearchControls()
    {
        for (LDAPControl* control : m_controls)
            ldap_control_free(control);
    }
    SearchControls(const SearchControls&) = delete;
    SearchControls& operator=(const SearchControls&) = delete;

    [[nodiscard]] bool failed() const { return m_failed; }
    // A NULL-terminated array of the query's controls followed by `page`.
    [[nodiscard]] std::vector<LDAPControl*> with(LDAPControl* page) const
    {
        std::vector<LDAPControl*> all = m_controls;
        all.push_back(page);
        all.push_back(nullptr);
        return all;
    }

private:
    std::vector<LDAPControl*> m_controls;
    bool m_failed = false;
};

// RFC 2696 §3: a request with size 0 and the last cookie tells the server to drop the search.
void abandonPaging(::ldap* ld, const QByteArray& base, int scope, const QByteArray& filter, const QByteArray& cookie,
                   const SearchControls& own)
{
    berval value{static_cast<ber_len_t>(cookie.size()), const_cast<char*>(cookie.constData())};
    LDAPControl* control = nullptr;
    if (ldap_create_page_control(ld, 0, &value, 0, &control) != LDAP_SUCCESS)
        return;
    std::vector<LDAPControl*> controls = own.with(control);
    char noAttributes[] = LDAP_NO_ATTRS;
    char* attributes[] = {noAttributes, nullptr};
    LDAPMessage* result = nullptr;
    (void)ldap_search_ext_s(ld, base.constData(), scope, filter.constData(), attributes, 1, controls.data(), nullptr,
                            nullptr, LDAP_NO_LIMIT, &result);
    ldap_msgfree(result);
    ldap_control_free(control);
}

} // namespace

int searchAccounts(::ldap* ld, const LdapAccountQuery& query, const Models::CancelToken& cancel,
                   QList<Models::Account>* out)
{
    EntryReader reader{AttributeNames(query.attributes), query.stateAttribute.toLower(), false, {}, query.isDisabled};
    reader.keepState = reader.names.contains(reader.stateLower);

    QStringList wanted;
    for (const QString& name : query.attributes) {
        if (name.compare(QLatin1String(Models::ParentDnAttribute), Qt::CaseInsensitive) == 0)
            reader.parentName = name;   // synthesized from the DN, not an attribute of the entry
        else
            wanted << name;
    }
    if (!reader.keepState)
        wanted << query.stateAttribute;   // ppolicy's is operational: only returned when asked
    std::vector<QByteArray> wantedBytes;
    for (const QString& name : wanted)
        wantedBytes.push_back(name.toUtf8());
    std::vector<char*> attributes;
    for (QByteArray& bytes : wantedBytes)
        attributes.push_back(bytes.data());
    attributes.push_back(nullptr);

    const QByteArray base = query.baseDn.toUtf8();
    const QByteArray filter = query.filter.toUtf8();
    const int scope = query.oneLevel ? LDAP_SCOPE_ONELEVEL : LDAP_SCOPE_SUBTREE;
    const SearchControls own(query.criticalControls);
    if (own.failed())
        return LDAP_NO_MEMORY;
    QByteArray cookie;
    do {
        if (cancel.isCancelled()) {
            if (!cookie.isEmpty())
                abandonPaging(ld, base, scope, filter, cookie, own);
            return LDAP_USER_CANCELLED;
        }
        berval cookieValue{static_cast<ber_len_t>(cookie.size()), cookie.data()};
        LDAPControl* page = nullptr;
        // Not critical (RFC 2696 §3 allows either): a server without paging answers in one piece.
        int rc = ldap_create_page_control(ld, static_cast<ber_int_t>(query.pageSize),
                                          cookie.isEmpty() ? nullptr : &cookieValue, 0, &page);
        if (rc != LDAP_SUCCESS)
            return rc;
        std::vector<LDAPControl*> requestControls = own.with(page);
        LDAPMessage* result = nullptr;
        rc = ldap_search_ext_s(ld, base.constData(), scope, filter.constData(), attributes.data(), 0,
                               requestControls.data(), nullptr, nullptr, LDAP_NO_LIMIT, &result);
        ldap_control_free(page);
        if (rc != LDAP_SUCCESS) {
            ldap_msgfree(result);
            return rc;
        }
        for (LDAPMessage* entry = ldap_first_entry(ld, result); entry; entry = ldap_next_entry(ld, entry))
            out->append(readEntry(ld, entry, reader));

        int resultCode = LDAP_SUCCESS;
        LDAPControl** responseControls = nullptr;
        rc = ldap_parse_result(ld, result, &resultCode, nullptr, nullptr, nullptr, &responseControls, 1);
        if (rc != LDAP_SUCCESS)
            return rc;
        cookie = nextCookie(ld, responseControls);
        ldap_controls_free(responseControls);
        if (resultCode != LDAP_SUCCESS)
            return resultCode;
    } while (!cookie.isEmpty());
    return LDAP_SUCCESS;
}

} // namespace Tenure::Connectors
