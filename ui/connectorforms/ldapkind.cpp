#include "connectorkinds.h"
#include "writebackfields.h"
#include "ldapfields.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

// Any LDAP v3 directory (OpenLDAP and the like), over LDAPS or StartTLS. Keys the form does not
// show (rdnAttribute, objectClasses, accountFilter, pageSize, timeoutSeconds) are kept.
class LdapKind {
    Q_DECLARE_TR_FUNCTIONS(LdapKind)

public:
    static ConnectorKind describe();
};

ConnectorKind LdapKind::describe()
{
    ConnectorKind kind;
    kind.id = QStringLiteral("ldap");
    kind.type = QStringLiteral("ldap");
    kind.role = Models::TenantRole::Directory;
    kind.title = tr("LDAP directory");
    kind.summary = tr("OpenLDAP or any LDAP v3 directory; accounts are inetOrgPerson entries.");
    kind.icon = QStringLiteral(":/icons/tenants.svg");
    kind.defaults = {{QStringLiteral("verifyCertificate"), true}};
    kind.fields = ldapConnectionFields(false);
    kind.fields.append(
        {.key = QStringLiteral("disableMethod"),
         .type = FieldType::Choice,
         .label = tr("H&ow leavers are disabled:"),
         .accessibleName = tr("How leavers are disabled"),
         .toolTip = tr("OpenLDAP's ppolicy overlay locks an account with pwdAccountLockedTime; without it, Tenure "
                       "plans no disables."),
         .defaultValue = QStringLiteral("ppolicy-lock"),
         .choices = {{tr("Locking the account (ppolicy)"), QStringLiteral("ppolicy-lock")},
                     {tr("Nothing: this directory cannot disable"), QStringLiteral("none")}}});
    kind.fields.append(writeBackFields(QStringLiteral("uid")));
    kind.matches = [](const Models::Tenant& tenant) {
        return tenant.type == QLatin1String("ldap") && !isActiveDirectorySettings(tenant.settings);
    };
    kind.check = checkLdapSettings;
    kind.secretMissing = tr("Enter the bind password; it is stored in the keychain, never in the workspace.");
    return kind;
}

} // namespace

ConnectorKind ldapKind() { return LdapKind::describe(); }

} // namespace Tenure::Ui
