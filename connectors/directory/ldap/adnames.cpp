#include "adnames.h"

#include <QRegularExpression>

namespace Tenure::Connectors::Ad {
namespace {

constexpr int samAccountNameMaxLength = 20;
constexpr int userPrincipalNameMaxLength = 1024;
constexpr char16_t forbidden[] = u"\"/\\[]:;|=,+*?<>";

QString forbiddenCharacterIn(const QString& value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return QStringLiteral("a control character");
        if (QStringView(forbidden).contains(c))
            return QStringLiteral("'%1'").arg(c);
    }
    return {};
}

} // namespace

QString samAccountNameProblem(const QString& value)
{
    if (value.isEmpty())
        return QStringLiteral("sAMAccountName is empty");
    if (value.size() > samAccountNameMaxLength)
        return QStringLiteral("sAMAccountName \"%1\" is %2 characters long; Active Directory allows at most %3")
            .arg(value)
            .arg(value.size())
            .arg(samAccountNameMaxLength);
    if (const QString bad = forbiddenCharacterIn(value); !bad.isEmpty())
        return QStringLiteral("sAMAccountName \"%1\" contains %2, which Active Directory does not allow in a logon "
                              "name")
            .arg(value, bad);
    static const QRegularExpression onlyDotsAndSpaces(QStringLiteral("^[. ]+$"));
    if (onlyDotsAndSpaces.match(value).hasMatch())
        return QStringLiteral("sAMAccountName \"%1\" consists only of periods and spaces").arg(value);
    return {};
}

QString userPrincipalNameProblem(const QString& value)
{
    if (value.size() > userPrincipalNameMaxLength)
        return QStringLiteral("userPrincipalName is longer than %1 characters").arg(userPrincipalNameMaxLength);
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != value.lastIndexOf(QLatin1Char('@')) || at == value.size() - 1)
        return QStringLiteral("userPrincipalName \"%1\" must have the form name@suffix with one '@'").arg(value);
    const QString prefix = value.left(at);
    if (prefix.contains(QLatin1Char(' ')))
        return QStringLiteral("userPrincipalName \"%1\" contains a space").arg(value);
    if (const QString bad = forbiddenCharacterIn(prefix); !bad.isEmpty())
        return QStringLiteral("userPrincipalName \"%1\" contains %2 before the '@'").arg(value, bad);
    if (prefix.startsWith(QLatin1Char('.')) || prefix.endsWith(QLatin1Char('.')) || prefix.contains(QLatin1String("..")))
        return QStringLiteral("userPrincipalName \"%1\" has a period at the start or end of its name, or two in a row")
            .arg(value);
    static const QRegularExpression suffix(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
                                                          "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    if (!suffix.match(value.mid(at + 1)).hasMatch())
        return QStringLiteral("userPrincipalName \"%1\" has a suffix that is not a domain name").arg(value);
    return {};
}

QString valueProblem(const QString& attribute, const QString& value)
{
    if (attribute.compare(QLatin1String("sAMAccountName"), Qt::CaseInsensitive) == 0)
        return samAccountNameProblem(value);
    if (attribute.compare(QLatin1String("userPrincipalName"), Qt::CaseInsensitive) == 0)
        return userPrincipalNameProblem(value);
    return {};
}

} // namespace Tenure::Connectors::Ad
