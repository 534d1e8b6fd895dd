#include "ldapfields.h"

#include "connectors/directory/ldap/ldapsettings.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

class LdapFields {
    Q_DECLARE_TR_FUNCTIONS(LdapFields)

public:
    static QList<FieldSpec> describe(bool activeDirectory);
};

bool usesPlainLdap(const QJsonObject& settings)
{
    return settings.value(QStringLiteral("url")).toString().trimmed().startsWith(QLatin1String("ldap://"), Qt::CaseInsensitive);
}

QList<FieldSpec> LdapFields::describe(bool activeDirectory)
{
    return {
        {.key = QStringLiteral("url"),
         .label = tr("&URL:"),
         .accessibleName = tr("Directory URL"),
         .placeholder = activeDirectory ? tr("ldaps://dc1.corp.example.com (AD takes passwords over LDAPS only)")
                                        : tr("ldaps://ldap.example.com or ldap://host:389")},
        {.key = QStringLiteral("bindDn"),
         .label = tr("B&ind DN:"),
         .accessibleName = tr("Bind DN"),
         .placeholder = activeDirectory ? tr("CN=svc-tenure,OU=Service Accounts,DC=corp,DC=example,DC=com")
                                        : tr("cn=tenure,ou=Services,dc=example,dc=com")},
        {.key = QStringLiteral("password"),
         .type = FieldType::Secret,
         .label = tr("Bind &password:"),
         .accessibleName = tr("Bind password")},
        {.key = QStringLiteral("baseDn"),
         .label = tr("Bas&e DN:"),
         .accessibleName = tr("Base DN"),
         .placeholder = tr("The subtree that holds the accounts")},
        {.key = QStringLiteral("accountContainer"),
         .label = tr("Account &container:"),
         .accessibleName = tr("Account container"),
         .placeholder = tr("Where new accounts go; empty: the base DN"),
         .omitWhenEmpty = true},
        {.key = QStringLiteral("startTls"),
         .type = FieldType::Flag,
         .label = tr("Upgrade &with StartTLS"),
         .accessibleName = tr("Use StartTLS"),
         .toolTip = tr("Encrypt an ldap:// connection before binding (RFC 4511 §4.14). "
                       "Not used with ldaps://, which is encrypted from the start."),
         .defaultValue = false,
         // ldaps:// is TLS already; left open while checked, so that it can be unchecked.
         .enabledWhen = [](const QJsonObject& s) {
             return !s.value(QStringLiteral("url")).toString().trimmed().startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive)
                    || s.value(QStringLiteral("startTls")).toBool();
         }},
        {.key = QStringLiteral("caFile"),
         .type = FieldType::File,
         .label = tr("C&A file:"),
         .accessibleName = tr("CA certificate file"),
         .placeholder = tr("Empty: the system's trusted CAs"),
         .omitWhenEmpty = true,
         .fileFilter = tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
         // A CA only matters once the connection is encrypted.
         .enabledWhen = [](const QJsonObject& s) {
             return !usesPlainLdap(s) || s.value(QStringLiteral("startTls")).toBool();
         }},
        {.key = QStringLiteral("verifyCertificate"),
         .type = FieldType::Flag,
         .label = tr("&Verify the server certificate"),
         .accessibleName = tr("Verify the server certificate"),
         .defaultValue = true,   // verified unless said otherwise
         .warning = [](const QJsonObject& s) {
             return s.value(QStringLiteral("verifyCertificate")).toBool(true)
                        ? QString()
                        : tr("Warning: without verification anyone on the network path can pose as this directory and "
                             "read the bind password. Configure the CA file instead.");
         }},
    };
}

} // namespace

QList<FieldSpec> ldapConnectionFields(bool activeDirectory) { return LdapFields::describe(activeDirectory); }

Models::Result<void> checkLdapSettings(const QJsonObject& settings)
{
    if (auto parsed = Connectors::LdapSettings::fromJson(settings); !parsed)
        return std::unexpected(parsed.error());
    return {};
}

bool isActiveDirectorySettings(const QJsonObject& settings)
{
    return settings.value(QStringLiteral("directoryType")).toString()
           == Connectors::LdapSettings::typeName(Connectors::LdapDirectoryType::ActiveDirectory);
}

} // namespace Tenure::Ui
