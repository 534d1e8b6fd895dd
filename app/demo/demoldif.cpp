#include "demoldif.h"

#include "connectors/directory/ldap/ldapsettings.h"
#include "demomapping.h"
#include "models/domain/operation.h"

namespace Tenure::App::Demo {
namespace {

// RFC 2849 SAFE-STRING: ASCII without NUL, CR, LF, not starting with space, ':' or '<'. Anything
// else (here: every name with a diacritic) is written base64 after "::". A trailing space is
// base64 too, because some readers strip it.
bool isSafe(const QByteArray& value)
{
    if (value.isEmpty())
        return true;
    const char first = value.front();
    if (first == ' ' || first == ':' || first == '<' || value.back() == ' ')
        return false;
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0 || byte == '\n' || byte == '\r' || byte > 0x7F)
            return false;
    }
    return true;
}

void line(QByteArray& out, const QString& attribute, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    out += attribute.toLatin1();
    if (isSafe(utf8))
        out += ": " + utf8;
    else
        out += ":: " + utf8.toBase64();
    out += '\n';
}

} // namespace

QString permanentLockTime() { return QStringLiteral("000001010000Z"); }

QByteArray seedLdif(const QStringList& departments, const QList<Models::Account>& accounts)
{
    // The suffix entry, ou=People and the password policy come from installer/local-ldap.sh, which
    // loads them before the seed: a seed that brought its own suffix would be loaded after the
    // policy entries that need it. The department OUs come first here: slapadd wants parents
    // before their children, and the sync creates and moves accounts into them.
    QByteArray out;   // no "version: 1" line: slapadd takes it for an entry without a dn
    for (const auto& department : departments) {
        line(out, QStringLiteral("dn"), departmentDn(department));
        line(out, QStringLiteral("objectClass"), QStringLiteral("top"));
        line(out, QStringLiteral("objectClass"), QStringLiteral("organizationalUnit"));
        line(out, QStringLiteral("ou"), department);
        out += '\n';
    }
    for (const auto& account : accounts) {
        line(out, QStringLiteral("dn"), account.id);
        for (const auto& objectClass : Connectors::LdapSettings::defaultObjectClasses())
            line(out, QStringLiteral("objectClass"), objectClass);
        for (auto it = account.attributes.cbegin(); it != account.attributes.cend(); ++it) {
            // Where the entry is, which its DN says: not an attribute of the entry.
            if (it.key() == QLatin1String(Models::ParentDnAttribute))
                continue;
            for (const auto& value : it.value())
                line(out, it.key(), value);
        }
        if (!account.enabled)
            line(out, QStringLiteral("pwdAccountLockedTime"), permanentLockTime());
        out += '\n';
    }
    return out;
}

} // namespace Tenure::App::Demo
