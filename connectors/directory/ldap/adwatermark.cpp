#include "adwatermark.h"

#include <QRegularExpression>

#include <ldap.h>

namespace Tenure::Connectors::Ad {
namespace {

// The values of one attribute of the single entry a base search at dn returns.
int readBase(::ldap* ld, const QByteArray& dn, const char* attribute, QList<QByteArray>* values)
{
    QByteArray name(attribute);
    char* attributes[] = {name.data(), nullptr};
    LDAPMessage* result = nullptr;
    const int rc = ldap_search_ext_s(ld, dn.constData(), LDAP_SCOPE_BASE, "(objectClass=*)", attributes, 0, nullptr,
                                     nullptr, nullptr, 1, &result);
    if (rc == LDAP_SUCCESS) {
        if (LDAPMessage* entry = ldap_first_entry(ld, result)) {
            berval** raw = ldap_get_values_len(ld, entry, attribute);
            for (int i = 0; raw && raw[i]; ++i)
                values->append(QByteArray(raw[i]->bv_val, static_cast<qsizetype>(raw[i]->bv_len)));
            ldap_value_free_len(raw);
        }
    }
    ldap_msgfree(result);
    return rc;
}

} // namespace

QString ServerPosition::toString() const
{
    return invocationId + QLatin1Char(':') + QString::number(highestCommittedUsn);
}

std::optional<ServerPosition> ServerPosition::parse(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9a-f]{32}):([0-9]+)$"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 usn = match.captured(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return ServerPosition{match.captured(1), usn};
}

int readServerPosition(::ldap* ld, ServerPosition* out)
{
    QList<QByteArray> usn;
    QList<QByteArray> service;
    int rc = readBase(ld, QByteArray(), "highestCommittedUSN", &usn);
    if (rc == LDAP_SUCCESS)
        rc = readBase(ld, QByteArray(), "dsServiceName", &service);
    if (rc != LDAP_SUCCESS)
        return rc;
    if (usn.isEmpty() || service.isEmpty())
        return LDAP_NO_RESULTS_RETURNED;
    QList<QByteArray> invocation;
    rc = readBase(ld, service.constFirst(), "invocationId", &invocation);
    if (rc != LDAP_SUCCESS)
        return rc;
    // A GUID: 16 octets ([MS-DTYP] 2.3.4.2).
    if (invocation.isEmpty() || invocation.constFirst().size() != 16)
        return LDAP_NO_RESULTS_RETURNED;
    bool ok = false;
    out->highestCommittedUsn = usn.constFirst().toLongLong(&ok);
    if (!ok)
        return LDAP_NO_RESULTS_RETURNED;
    out->invocationId = QString::fromLatin1(invocation.constFirst().toHex());
    return LDAP_SUCCESS;
}

QString changedSinceFilter(const QString& filter, const ServerPosition& since)
{
    // AD offers only >= on integers (RFC 4515 has no >): usn+1 and up.
    return QStringLiteral("(&%1(uSNChanged>=%2))").arg(filter).arg(since.highestCommittedUsn + 1);
}

} // namespace Tenure::Connectors::Ad
