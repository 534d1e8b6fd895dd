#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct ldapmod;   // libldap's LDAPMod

namespace Tenure::Connectors {

// The LDAPMod array that ldap_add_ext_s and ldap_modify_ext_s take, built from Tenure values
// and owning every byte it points to. Values are sent as UTF-8 octet strings.
class LdapModList {
public:
    enum class Kind { Add, Replace, Delete };

    LdapModList();
    ~LdapModList();
    LdapModList(const LdapModList&) = delete;
    LdapModList& operator=(const LdapModList&) = delete;

    // Replace or Delete with no values removes the attribute (RFC 4511 §4.6).
    void append(Kind kind, const QString& attribute, const QStringList& values = {});
    // Octet strings as they are (AD's unicodePwd is UTF-16LE). Every value byte this list holds
    // is overwritten when it is destroyed, so a password does not linger in freed memory.
    void appendBytes(Kind kind, const QString& attribute, const QList<QByteArray>& values);
    [[nodiscard]] bool isEmpty() const { return m_mods.empty(); }
    [[nodiscard]] QStringList attributes() const;
    // Null-terminated; valid while this list lives and is not appended to.
    [[nodiscard]] ldapmod** data();

private:
    struct Mod;
    std::vector<std::unique_ptr<Mod>> m_mods;
    std::vector<ldapmod*> m_pointers;
};

} // namespace Tenure::Connectors
