#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Tenure::Connectors {

// How the directory disables an account.
enum class LdapDisableMethod {
    // OpenLDAP ppolicy: pwdAccountLockedTime=000001010000Z, which the overlay treats as locked
    // until an administrator removes it (draft-behera-ldap-password-policy §5.3.3).
    PpolicyLock,
    // The target cannot disable: the planner must not plan disables or enables.
    None,
    // Active Directory: the ACCOUNTDISABLE bit (0x2) of userAccountControl, every other flag kept
    // ([MS-ADTS] 2.2.16 userAccountControl bits).
    UserAccountControl,
};

// Which server the directory is; decides the defaults and the AD behaviour (ActiveDirectoryTarget).
enum class LdapDirectoryType { OpenLdap, ActiveDirectory };

// The connection settings of one LDAP directory tenant, as the console and the CLI store them
// (Tenant::settings). The bind password is not a setting: it comes from the SecretStore.
struct LdapSettings {
    LdapDirectoryType type = LdapDirectoryType::OpenLdap;   // key "directoryType"
    QString url;                 // "ldap://host:port" or "ldaps://host:port"
    bool startTls = false;       // upgrade ldap:// with StartTLS (RFC 4511 §4.14)
    QString caFile;              // PEM of the CA to trust; empty: the system trust store
    bool verifyCertificate = true;
    QString bindDn;
    QString baseDn;              // the subtree that holds managed accounts
    QString accountContainer;    // where new accounts are created; defaults to baseDn
    QString rdnAttribute = QStringLiteral("uid");
    QStringList objectClasses = defaultObjectClasses();
    QString accountFilter = QStringLiteral("(objectClass=inetOrgPerson)");
    LdapDisableMethod disableMethod = LdapDisableMethod::PpolicyLock;
    int pageSize = 500;          // AD: at most 1000, its default MaxPageSize
    int timeoutSeconds = 10;
    // AD only: a random initial password (unicodePwd) on create, which needs TLS, and
    // pwdLastSet=0 so that the person must change it at the first logon.
    bool setInitialPassword = false;
    bool forcePasswordChange = true;

    // Validates every key; an error names the offending key in its message and in
    // context.attribute. Unknown keys are ignored, except a known key in the wrong case.
    [[nodiscard]] static Models::Result<LdapSettings> fromJson(const QJsonObject& json);
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] bool isLdaps() const;
    [[nodiscard]] bool usesTls() const { return isLdaps() || startTls; }
    [[nodiscard]] QString host() const;
    [[nodiscard]] int port() const;        // the URL's port, else 389 / 636
    [[nodiscard]] QString hostPort() const; // "127.0.0.1:3899", what messages name

    [[nodiscard]] static QStringList defaultObjectClasses();
    [[nodiscard]] static QString disableMethodName(LdapDisableMethod method);   // "ppolicy-lock"
    [[nodiscard]] static QString typeName(LdapDirectoryType type);   // "openLdap", "activeDirectory"
    [[nodiscard]] bool isActiveDirectory() const { return type == LdapDirectoryType::ActiveDirectory; }
};

} // namespace Tenure::Connectors
