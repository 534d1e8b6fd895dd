#include "ldapmodlist.h"

#include <ldap.h>

namespace Tenure::Connectors {

struct LdapModList::Mod {
    QByteArray type;
    std::vector<QByteArray> bytes;
    std::vector<berval> values;
    std::vector<berval*> valuePointers;
    LDAPMod mod{};
};

LdapModList::LdapModList() = default;
LdapModList::~LdapModList()
{
    for (const auto& entry : m_mods)
        for (QByteArray& bytes : entry->bytes)
            bytes.fill('\0');
}

void LdapModList::append(Kind kind, const QString& attribute, const QStringList& values)
{
    QList<QByteArray> bytes;
    bytes.reserve(values.size());
    for (const QString& value : values)
        bytes << value.toUtf8();
    appendBytes(kind, attribute, bytes);
}

void LdapModList::appendBytes(Kind kind, const QString& attribute, const QList<QByteArray>& values)
{
    auto entry = std::make_unique<Mod>();
    entry->type = attribute.toUtf8();
    entry->bytes.reserve(values.size());
    for (const QByteArray& value : values)
        entry->bytes.push_back(QByteArray(value.constData(), value.size()));   // a copy of our own to scrub
    entry->values.reserve(entry->bytes.size());
    for (QByteArray& bytes : entry->bytes)
        entry->values.push_back(berval{static_cast<ber_len_t>(bytes.size()), bytes.data()});
    for (berval& value : entry->values)
        entry->valuePointers.push_back(&value);
    entry->valuePointers.push_back(nullptr);

    int op = LDAP_MOD_ADD;
    if (kind == Kind::Replace)
        op = LDAP_MOD_REPLACE;
    else if (kind == Kind::Delete)
        op = LDAP_MOD_DELETE;
    entry->mod.mod_op = op | LDAP_MOD_BVALUES;
    entry->mod.mod_type = entry->type.data();
    // No values: a null list, which libldap encodes as an empty SET (delete or clear all values).
    entry->mod.mod_bvalues = entry->values.empty() ? nullptr : entry->valuePointers.data();
    m_mods.push_back(std::move(entry));
}

QStringList LdapModList::attributes() const
{
    QStringList names;
    for (const auto& entry : m_mods)
        names << QString::fromUtf8(entry->type);
    return names;
}

ldapmod** LdapModList::data()
{
    m_pointers.clear();
    for (const auto& entry : m_mods)
        m_pointers.push_back(&entry->mod);
    m_pointers.push_back(nullptr);
    return m_pointers.data();
}

} // namespace Tenure::Connectors
