#include "aderrors.h"

#include <QRegularExpression>

#include <ldap.h>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;

// The "data NNN" sub-codes of a refused bind (Win32 errors, in hex; Microsoft Learn "LDAP bind
// errors", [MS-ERREF] 2.2): what the account's state is, not only "invalid credentials".
struct BindReason {
    const char* data;
    const char* words;
};
constexpr BindReason bindReasons[] = {
    {"525", "the account does not exist: check bindDn"},
    {"52e", "the user name or password is wrong"},
    {"530", "the account may not log on at this time of day"},
    {"531", "the account may not log on from this computer"},
    {"532", "the account's password has expired"},
    {"533", "the account is disabled"},
    {"568", "the account is in too many groups for a logon token"},
    {"701", "the account has expired (accountExpires)"},
    {"773", "the password must be changed before the first logon (pwdLastSet is 0)"},
    {"775", "the account is locked out after too many wrong passwords"},
};

// The Win32 error at the start of a write's diagnostic, upper-case hex without "0x".
QString win32Code(const QString& diagnostic)
{
    static const QRegularExpression code(QStringLiteral("^([0-9A-Fa-f]{8}):"));
    const auto match = code.match(diagnostic.trimmed());
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

Models::Error make(ErrorCode code, const QString& message, const QString& detail)
{
    return Models::makeError(code, message, detail);
}

// "… samAccountName 'jdoe' already in use!" (Samba): the value in quotes, when it is there.
QString quotedValue(const QString& diagnostic)
{
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    const auto match = quoted.match(diagnostic);
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<Models::Error> bindError(const QString& diagnostic, const LdapErrorSubject& subject,
                                       const QString& detail)
{
    static const QRegularExpression data(QStringLiteral("\\bdata ([0-9a-fA-F]+)\\b"));
    const auto match = data.match(diagnostic);
    if (!match.hasMatch())
        return std::nullopt;
    const QString sub = match.captured(1).toLower();
    for (const auto& reason : bindReasons) {
        if (sub == QLatin1String(reason.data))
            return make(ErrorCode::Authentication,
                        QStringLiteral("Active Directory at %1 refused to %2: %3 (AD error %4)")
                            .arg(subject.hostPort, subject.action, QLatin1String(reason.words), sub),
                        detail);
    }
    return std::nullopt;
}

} // namespace

std::optional<Models::Error> activeDirectoryError(int resultCode, const QString& diagnostic,
                                                  const LdapErrorSubject& subject)
{
    QString detail = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(ldap_err2string(resultCode))).arg(resultCode);
    if (!diagnostic.isEmpty())
        detail += QStringLiteral(": ") + diagnostic;
    if (resultCode == LDAP_INVALID_CREDENTIALS)
        return bindError(diagnostic, subject, detail);

    const QString code = win32Code(diagnostic);
    if (code.isEmpty())
        return std::nullopt;
    const QString& action = subject.action;
    const QString& at = subject.hostPort;

    // ERROR_DS_OBJ_STRING_NAME_EXISTS (0x2071). Samba reuses it for a taken sAMAccountName;
    // Windows answers that with ERROR_USER_EXISTS (0x523).
    if ((code == QLatin1String("00002071") && diagnostic.contains(QLatin1String("samAccountName"), Qt::CaseInsensitive))
        || code == QLatin1String("00000523")) {
        const QString value = quotedValue(diagnostic);
        return make(ErrorCode::Conflict,
                    QStringLiteral("Cannot %1: the sAMAccountName %2is already in use by another account in the "
                                   "domain. Make it unique in the mapping (SelectUniqueValue).")
                        .arg(action, value.isEmpty() ? QString() : QStringLiteral("\"%1\" ").arg(value)),
                    detail);
    }
    // ERROR_DS_UPN_VALUE_NOT_UNIQUE_IN_FOREST (0x21C8, Windows Server 2012 R2 and later).
    if (code == QLatin1String("000021C8"))
        return make(ErrorCode::Conflict,
                    QStringLiteral("Cannot %1: the userPrincipalName is already used by another account in the "
                                   "forest. Make it unique in the mapping.")
                        .arg(action),
                    detail);
    if (code == QLatin1String("00002071"))
        return make(ErrorCode::Conflict, QStringLiteral("Cannot %1: an entry with that name already exists").arg(action),
                    detail);
    // ERROR_PASSWORD_RESTRICTION (0x52D): length, complexity, history or minimum age.
    if (code == QLatin1String("0000052D")) {
        static const QRegularExpression why(QStringLiteral("check_password_restrictions: (.*)$"));
        const auto match = why.match(diagnostic.trimmed());
        return make(ErrorCode::Rejected,
                    QStringLiteral("Cannot %1: the password does not meet the domain's password policy%2. Check "
                                   "the policy with samba-tool domain passwordsettings show or Get-ADDefaultDomain"
                                   "PasswordPolicy.")
                        .arg(action, match.hasMatch() ? QStringLiteral(" (%1)").arg(match.captured(1)) : QString()),
                    detail);
    }
    // ERROR_DS_NAME_REFERENCE_INVALID (0x20B5) and ERROR_DS_OBJ_NOT_FOUND (0x208D) on a write:
    // a DN-valued attribute names an entry that does not exist.
    if (code == QLatin1String("000020B5")
        || (code == QLatin1String("0000208D") && resultCode == LDAP_CONSTRAINT_VIOLATION))
        return make(ErrorCode::NotFound,
                    QStringLiteral("Cannot %1: a DN-valued attribute (such as manager) names an entry that does not "
                                   "exist in the directory at %2")
                        .arg(action, at),
                    detail);
    // ERROR_DS_NO_PARENT_OBJECT (0x2095, Samba on a rename or add) and ERROR_DS_OBJ_NOT_FOUND.
    if (code == QLatin1String("00002095") || code == QLatin1String("0000208D") || code == QLatin1String("00002030"))
        return make(ErrorCode::NotFound,
                    QStringLiteral("Cannot %1: the entry or the container (OU) it goes to does not exist").arg(action),
                    detail);
    // ERROR_DS_INSUFF_ACCESS_RIGHTS (0x2098) and ERROR_ACCESS_DENIED (0x5).
    if (code == QLatin1String("00002098") || code == QLatin1String("00000005"))
        return make(ErrorCode::Rejected,
                    QStringLiteral("The bind account has no right to %1 in Active Directory at %2: delegate control "
                                   "of the OU to it (create, delete and manage user accounts, reset passwords)")
                        .arg(action, at),
                    detail);
    // ERROR_DS_REFERRAL (0x202B): the DN is in a naming context this DC does not hold.
    if (code == QLatin1String("0000202B") || resultCode == LDAP_REFERRAL)
        return make(ErrorCode::Rejected,
                    QStringLiteral("Cannot %1: the domain controller at %2 does not hold that DN and referred "
                                   "elsewhere; check baseDn and accountContainer, or connect to a DC of that domain")
                        .arg(action, at),
                    detail);
    // ERROR_DS_ATT_VAL_ALREADY_EXISTS (0x2083).
    if (code == QLatin1String("00002083"))
        return make(ErrorCode::Conflict, QStringLiteral("Cannot %1: the value is already present").arg(action), detail);
    // Samba's ERROR_DS_NOT_ALLOWED_ON_RDN (0x2016): the naming attribute changes only by a rename.
    if (code == QLatin1String("00002016"))
        return make(ErrorCode::Rejected,
                    QStringLiteral("Cannot %1: the naming attribute (cn) can only change by renaming the entry").arg(action),
                    detail);
    if (resultCode == LDAP_CONSTRAINT_VIOLATION || resultCode == LDAP_UNWILLING_TO_PERFORM)
        return make(ErrorCode::Rejected,
                    QStringLiteral("Active Directory at %1 refused to %2: a value breaks one of its rules (AD error "
                                   "%3); the detail names it")
                        .arg(at, action, code),
                    detail);
    return std::nullopt;
}

} // namespace Tenure::Connectors
