#include "ldapescaping.h"

#include <ldap.h>

namespace Tenure::Connectors {

QString escapeFilterValue(const QString& value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        // RFC 4515 §3: valueencoding escapes exactly these as '\' and two hex digits.
        switch (c.unicode()) {
        case u'*': out += QLatin1String("\\2a"); break;
        case u'(': out += QLatin1String("\\28"); break;
        case u')': out += QLatin1String("\\29"); break;
        case u'\\': out += QLatin1String("\\5c"); break;
        case u'\0': out += QLatin1String("\\00"); break;
        default: out += c;
        }
    }
    return out;
}

QString escapeDnValue(const QString& value)
{
    QString out;
    out.reserve(value.size() + 8);
    const qsizetype last = value.size() - 1;
    for (qsizetype i = 0; i <= last; ++i) {
        const QChar c = value.at(i);
        switch (c.unicode()) {
        // RFC 4514 §2.4: these are always escaped with a backslash ('=' is allowed to be,
        // and escaping it keeps "a=b" values unambiguous for lenient parsers).
        case u'"': case u'+': case u',': case u';': case u'<': case u'>': case u'\\': case u'=':
            out += QLatin1Char('\\');
            out += c;
            break;
        // §2.4: NUL is escaped as a hex pair.
        case u'\0':
            out += QLatin1String("\\00");
            break;
        // §2.4: a space at the start or end of the value, and '#' at its start (which would
        // otherwise announce a BER-encoded value, §2.4 / §3 hexstring).
        case u' ':
            if (i == 0 || i == last)
                out += QLatin1Char('\\');
            out += c;
            break;
        case u'#':
            if (i == 0)
                out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString joinRdn(const QString& attribute, const QString& value, const QString& parentDn)
{
    QString dn = attribute + QLatin1Char('=') + escapeDnValue(value);
    if (!parentDn.isEmpty())
        dn += QLatin1Char(',') + parentDn;
    return dn;
}

namespace {

// Parses dn and prints its RDNs from index `from` on (0: all of them); empty on error or when
// nothing is left.
QString printFrom(const QString& dn, int from)
{
    LDAPDN parsed = nullptr;
    const QByteArray bytes = dn.toUtf8();
    if (ldap_str2dn(bytes.constData(), &parsed, LDAP_DN_FORMAT_LDAPV3) != LDAP_SUCCESS) {
        if (parsed)
            ldap_dnfree(parsed);
        return {};
    }
    QString result;
    int count = 0;
    while (parsed && parsed[count])
        ++count;
    if (from < count) {
        char* printed = nullptr;
        // LDAP_DN_PRETTY: UTF-8 printed as characters, not as hex pairs.
        if (ldap_dn2str(parsed + from, &printed, LDAP_DN_FORMAT_LDAPV3 | LDAP_DN_PRETTY) == LDAP_SUCCESS)
            result = QString::fromUtf8(printed);
        ldap_memfree(printed);
    }
    ldap_dnfree(parsed);
    return result;
}

} // namespace

QString canonicalDn(const QString& dn)
{
    return printFrom(dn, 0);
}

QString comparableDn(const QString& dn)
{
    const QString canonical = canonicalDn(dn);
    return canonical.isEmpty() ? dn : canonical.toCaseFolded();
}

QString parentDn(const QString& dn)
{
    return printFrom(dn, 1);
}

QString firstRdn(const QString& dn)
{
    const QString canonical = canonicalDn(dn);
    if (canonical.isEmpty())
        return {};
    const QString parent = parentDn(canonical);
    return parent.isEmpty() ? canonical : canonical.left(canonical.size() - parent.size() - 1);
}

} // namespace Tenure::Connectors
