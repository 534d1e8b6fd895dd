#include "connectorkinds.h"
#include "writebackfields.h"
#include "ldapfields.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

// Active Directory over LDAP: an "ldap" tenant with directoryType "activeDirectory", which gives
// the AD defaults (cn RDN, user objects, userAccountControl disables, pages of 1000) and the
// initial password set as unicodePwd over an encrypted connection (LdapSettings).
class ActiveDirectoryKind {
    Q_DECLARE_TR_FUNCTIONS(ActiveDirectoryKind)

public:
    static ConnectorKind describe();
};

bool setsInitialPassword(const QJsonObject& settings)
{
    return settings.value(QStringLiteral("setInitialPassword")).toBool(true);
}

ConnectorKind ActiveDirectoryKind::describe()
{
    ConnectorKind kind;
    kind.id = QStringLiteral("activeDirectory");
    kind.type = QStringLiteral("ldap");
    kind.role = Models::TenantRole::Directory;
    kind.title = tr("Active Directory");
    kind.summary = tr("A Windows domain over LDAPS: user objects, userAccountControl, initial passwords.");
    kind.icon = QStringLiteral(":/icons/tenants.svg");
    kind.defaults = {{QStringLiteral("directoryType"), QStringLiteral("activeDirectory")},
                     {QStringLiteral("verifyCertificate"), true}};
    kind.fields = ldapConnectionFields(true);
    kind.fields.append({.key = QStringLiteral("setInitialPassword"),
                        .type = FieldType::Flag,
                        .label = tr("&Give new accounts a random initial password"),
                        .accessibleName = tr("Set a random initial password on new accounts"),
                        .toolTip = tr("Set as unicodePwd, which AD accepts over LDAPS or StartTLS only; the password "
                                      "is handed over once through the keychain, never logged."),
                        .defaultValue = true});
    kind.fields.append({.key = QStringLiteral("forcePasswordChange"),
                        .type = FieldType::Flag,
                        .label = tr("Re&quire a password change at first sign-in"),
                        .accessibleName = tr("Require a password change at first sign-in"),
                        .defaultValue = true,
                        .enabledWhen = setsInitialPassword});
    kind.fields.append(writeBackFields(QStringLiteral("userPrincipalName")));
    kind.matches = [](const Models::Tenant& tenant) {
        return tenant.type == QLatin1String("ldap") && isActiveDirectorySettings(tenant.settings);
    };
    kind.check = checkLdapSettings;
    kind.secretMissing = tr("Enter the bind password; it is stored in the keychain, never in the workspace.");
    return kind;
}

} // namespace

ConnectorKind activeDirectoryKind() { return ActiveDirectoryKind::describe(); }

} // namespace Tenure::Ui
