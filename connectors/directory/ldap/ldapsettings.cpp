#include "ldapsettings.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <functional>

#include <ldap.h>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;
using Models::Result;

namespace Key {
constexpr auto directoryType = "directoryType";
constexpr auto setInitialPassword = "setInitialPassword";
constexpr auto forcePasswordChange = "forcePasswordChange";
constexpr auto url = "url";
constexpr auto startTls = "startTls";
constexpr auto caFile = "caFile";
constexpr auto verifyCertificate = "verifyCertificate";
constexpr auto bindDn = "bindDn";
constexpr auto baseDn = "baseDn";
constexpr auto accountContainer = "accountContainer";
constexpr auto rdnAttribute = "rdnAttribute";
constexpr auto objectClasses = "objectClasses";
constexpr auto accountFilter = "accountFilter";
constexpr auto disableMethod = "disableMethod";
constexpr auto pageSize = "pageSize";
constexpr auto timeoutSeconds = "timeoutSeconds";
} // namespace Key

constexpr const char* allKeys[] = {Key::url, Key::startTls, Key::caFile, Key::verifyCertificate,
                                   Key::bindDn, Key::baseDn, Key::accountContainer, Key::rdnAttribute,
                                   Key::objectClasses, Key::accountFilter, Key::disableMethod,
                                   Key::pageSize, Key::timeoutSeconds, Key::directoryType,
                                   Key::setInitialPassword, Key::forcePasswordChange};

constexpr int maxPageSize = 100000;
// AD answers at most MaxPageSize entries per page (default 1000, [MS-ADTS] 3.1.1.3.4.6).
constexpr int adMaxPageSize = 1000;
constexpr int maxTimeoutSeconds = 3600;

std::unexpected<Models::Error> invalid(const char* key, const QString& what)
{
    Models::ErrorContext context;
    context.attribute = QLatin1String(key);
    return Models::fail(ErrorCode::InvalidInput,
                        QStringLiteral("LDAP setting \"%1\" %2").arg(QLatin1String(key), what), {},
                        std::move(context));
}

// Reads one optional key into *out; a present key of the wrong type is an error.
Result<void> readString(const QJsonObject& json, const char* key, QString* out, bool required)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return invalid(key, QStringLiteral("is required"));
        return {};
    }
    if (!value.isString())
        return invalid(key, QStringLiteral("must be a string"));
    const QString text = value.toString().trimmed();
    if (required && text.isEmpty())
        return invalid(key, QStringLiteral("is required"));
    if (!text.isEmpty())
        *out = text;
    return {};
}

Result<void> readBool(const QJsonObject& json, const char* key, bool* out)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isBool())
        return invalid(key, QStringLiteral("must be true or false"));
    *out = value.toBool();
    return {};
}

Result<void> readInt(const QJsonObject& json, const char* key, int* out, int min, int max)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    const double number = value.toDouble(-1);
    // Range first: converting an out-of-range double to int is undefined.
    if (!value.isDouble() || number < min || number > max || number != static_cast<int>(number))
        return invalid(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    *out = static_cast<int>(number);
    return {};
}

// RFC 4514 §3 syntax, checked by libldap's own parser so we accept exactly what it will send.
bool isValidDn(const QString& dn)
{
    LDAPDN parsed = nullptr;
    const QByteArray utf8 = dn.toUtf8();
    const int rc = ldap_str2dn(utf8.constData(), &parsed, LDAP_DN_FORMAT_LDAPV3);
    if (parsed)
        ldap_dnfree(parsed);
    return rc == LDAP_SUCCESS && !dn.isEmpty();
}

Result<void> checkDn(const char* key, const QString& dn)
{
    if (!isValidDn(dn))
        return invalid(key, QStringLiteral("is not a valid DN (RFC 4514): \"%1\"").arg(dn));
    return {};
}

// RFC 4512 §1.4: an attribute description is a keystring (letter, then letters, digits,
// hyphens) or a numeric OID.
bool isAttributeName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+)$"));
    return pattern.match(name).hasMatch();
}

// RFC 4515 §3: a filter is one parenthesised item; this catches what people mistype (a missing
// or unbalanced parenthesis). libldap and the server reject the remaining syntax errors.
bool looksLikeFilter(const QString& filter)
{
    if (!filter.startsWith(QLatin1Char('(')) || !filter.endsWith(QLatin1Char(')')))
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < filter.size(); ++i) {
        const QChar c = filter.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;   // an escaped character (\28) is not structure
            continue;
        }
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && --depth < 0)
            return false;
        if (depth == 0 && i != filter.size() - 1)
            return false;
    }
    return depth == 0;
}

Result<void> checkKeyCase(const QJsonObject& json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        for (const char* key : allKeys) {
            const QLatin1String known(key);
            if (it.key() != known && it.key().compare(known, Qt::CaseInsensitive) == 0)
                return invalid(key, QStringLiteral("is spelled \"%1\"; keys are case-sensitive").arg(it.key()));
        }
    }
    return {};
}

Result<void> readUrl(const QJsonObject& json, LdapSettings* s)
{
    if (auto ok = readString(json, Key::url, &s->url, true); !ok)
        return ok;
    const QUrl url(s->url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool shapeOk = url.isValid() && (scheme == QLatin1String("ldap") || scheme == QLatin1String("ldaps"))
                         && !url.host().isEmpty() && (url.path().isEmpty() || url.path() == QLatin1String("/"))
                         && !url.hasQuery() && url.userInfo().isEmpty();
    if (!shapeOk)
        return invalid(Key::url, QStringLiteral("must look like ldap://host:port or ldaps://host:port (got \"%1\")")
                                     .arg(s->url));
    return {};
}

Result<void> readObjectClasses(const QJsonObject& json, LdapSettings* s)
{
    const QJsonValue value = json.value(QLatin1String(Key::objectClasses));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        return invalid(Key::objectClasses, QStringLiteral("must be an array of object class names"));
    QStringList classes;
    for (const QJsonValue& item : value.toArray()) {
        const QString name = item.toString().trimmed();
        if (!item.isString() || !isAttributeName(name))
            return invalid(Key::objectClasses, QStringLiteral("must hold object class names only"));
        classes << name;
    }
    if (classes.isEmpty())
        return invalid(Key::objectClasses, QStringLiteral("must name at least one object class"));
    s->objectClasses = classes;
    return {};
}

Result<void> readDisableMethod(const QJsonObject& json, LdapSettings* s)
{
    QString name;
    if (auto ok = readString(json, Key::disableMethod, &name, false); !ok)
        return ok;
    const LdapDisableMethod native =
        s->isActiveDirectory() ? LdapDisableMethod::UserAccountControl : LdapDisableMethod::PpolicyLock;
    if (name.isEmpty() || name == LdapSettings::disableMethodName(native))
        s->disableMethod = native;
    else if (name == LdapSettings::disableMethodName(LdapDisableMethod::None))
        s->disableMethod = LdapDisableMethod::None;
    else
        return invalid(Key::disableMethod, QStringLiteral("must be \"%1\" or \"none\" for this directoryType (got \"%2\")")
                                               .arg(LdapSettings::disableMethodName(native), name));
    return {};
}

// directoryType first: it decides the defaults the other keys override.
Result<void> readDirectoryType(const QJsonObject& json, LdapSettings* s)
{
    QString name;
    if (auto ok = readString(json, Key::directoryType, &name, false); !ok)
        return ok;
    if (name.isEmpty() || name == LdapSettings::typeName(LdapDirectoryType::OpenLdap))
        return {};
    if (name != LdapSettings::typeName(LdapDirectoryType::ActiveDirectory))
        return invalid(Key::directoryType,
                       QStringLiteral("must be \"openLdap\" or \"activeDirectory\" (got \"%1\")").arg(name));
    s->type = LdapDirectoryType::ActiveDirectory;
    s->rdnAttribute = QStringLiteral("cn");
    s->objectClasses = {QStringLiteral("top"), QStringLiteral("person"), QStringLiteral("organizationalPerson"),
                        QStringLiteral("user")};
    // objectCategory is indexed in AD; objectClass=user alone also matches computer accounts.
    s->accountFilter = QStringLiteral("(&(objectCategory=person)(objectClass=user))");
    s->pageSize = adMaxPageSize;
    s->setInitialPassword = true;
    return {};
}

Result<void> checkActiveDirectory(const LdapSettings& s)
{
    if (!s.isActiveDirectory()) {
        if (s.setInitialPassword)
            return invalid(Key::setInitialPassword, QStringLiteral("is only available with \"directoryType\": \"activeDirectory\""));
        return {};
    }
    if (s.pageSize > adMaxPageSize)
        return invalid(Key::pageSize, QStringLiteral("must be at most %1 for Active Directory (its MaxPageSize)")
                                          .arg(adMaxPageSize));
    // AD accepts unicodePwd only over an encrypted connection ([MS-ADTS] 3.1.1.3.1.5.1).
    if (s.setInitialPassword && !s.usesTls())
        return invalid(Key::setInitialPassword,
                       QStringLiteral("needs an encrypted connection: use an ldaps:// url or startTls, or set it to false"));
    return {};
}

Result<void> readAll(const QJsonObject& json, LdapSettings* s)
{
    const std::initializer_list<std::function<Result<void>()>> steps = {
        [&] { return checkKeyCase(json); },
        [&] { return readDirectoryType(json, s); },
        [&] { return readUrl(json, s); },
        [&] { return readBool(json, Key::startTls, &s->startTls); },
        [&] {
            if (s->startTls && s->isLdaps())
                return Result<void>(invalid(Key::startTls,
                                            QStringLiteral("cannot be used with an ldaps:// url, which is TLS already")));
            return Result<void>();
        },
        [&] { return readString(json, Key::caFile, &s->caFile, false); },
        [&] { return readBool(json, Key::verifyCertificate, &s->verifyCertificate); },
        [&] { return readString(json, Key::bindDn, &s->bindDn, true); },
        [&] { return checkDn(Key::bindDn, s->bindDn); },
        [&] { return readString(json, Key::baseDn, &s->baseDn, true); },
        [&] { return checkDn(Key::baseDn, s->baseDn); },
        [&] {
            s->accountContainer = s->baseDn;
            return readString(json, Key::accountContainer, &s->accountContainer, false);
        },
        [&] { return checkDn(Key::accountContainer, s->accountContainer); },
        [&] { return readString(json, Key::rdnAttribute, &s->rdnAttribute, false); },
        [&] {
            if (!isAttributeName(s->rdnAttribute))
                return Result<void>(invalid(Key::rdnAttribute, QStringLiteral("must be an attribute name such as uid or cn")));
            return Result<void>();
        },
        [&] { return readObjectClasses(json, s); },
        [&] { return readString(json, Key::accountFilter, &s->accountFilter, false); },
        [&] {
            if (!looksLikeFilter(s->accountFilter))
                return Result<void>(invalid(Key::accountFilter,
                                            QStringLiteral("must be one LDAP filter in parentheses (RFC 4515), "
                                                           "such as (objectClass=inetOrgPerson)")));
            return Result<void>();
        },
        [&] { return readDisableMethod(json, s); },
        [&] { return readInt(json, Key::pageSize, &s->pageSize, 1, maxPageSize); },
        [&] { return readInt(json, Key::timeoutSeconds, &s->timeoutSeconds, 1, maxTimeoutSeconds); },
        [&] { return readBool(json, Key::setInitialPassword, &s->setInitialPassword); },
        [&] { return readBool(json, Key::forcePasswordChange, &s->forcePasswordChange); },
        [&] { return checkActiveDirectory(*s); },
    };
    for (const auto& step : steps) {
        if (auto ok = step(); !ok)
            return ok;
    }
    return {};
}

} // namespace

Models::Result<LdapSettings> LdapSettings::fromJson(const QJsonObject& json)
{
    LdapSettings settings;
    if (auto ok = readAll(json, &settings); !ok)
        return std::unexpected(ok.error());
    return settings;
}

QJsonObject LdapSettings::toJson() const
{
    QJsonObject json{
        {QLatin1String(Key::url), url},
        {QLatin1String(Key::startTls), startTls},
        {QLatin1String(Key::verifyCertificate), verifyCertificate},
        {QLatin1String(Key::bindDn), bindDn},
        {QLatin1String(Key::baseDn), baseDn},
        {QLatin1String(Key::rdnAttribute), rdnAttribute},
        {QLatin1String(Key::objectClasses), QJsonArray::fromStringList(objectClasses)},
        {QLatin1String(Key::accountFilter), accountFilter},
        {QLatin1String(Key::disableMethod), disableMethodName(disableMethod)},
        {QLatin1String(Key::pageSize), pageSize},
        {QLatin1String(Key::timeoutSeconds), timeoutSeconds},
    };
    if (!caFile.isEmpty())
        json.insert(QLatin1String(Key::caFile), caFile);
    if (isActiveDirectory()) {
        json.insert(QLatin1String(Key::directoryType), typeName(type));
        json.insert(QLatin1String(Key::setInitialPassword), setInitialPassword);
        json.insert(QLatin1String(Key::forcePasswordChange), forcePasswordChange);
    }
    // Left out when it is the default, so that it keeps following baseDn.
    if (!accountContainer.isEmpty() && accountContainer != baseDn)
        json.insert(QLatin1String(Key::accountContainer), accountContainer);
    return json;
}

bool LdapSettings::isLdaps() const
{
    return QUrl(url).scheme().compare(QLatin1String("ldaps"), Qt::CaseInsensitive) == 0;
}

QString LdapSettings::host() const
{
    return QUrl(url).host();
}

int LdapSettings::port() const
{
    return QUrl(url).port(isLdaps() ? LDAPS_PORT : LDAP_PORT);
}

QString LdapSettings::hostPort() const
{
    const QString h = host();
    const QString shown = h.contains(QLatin1Char(':')) ? QLatin1Char('[') + h + QLatin1Char(']') : h;
    return shown + QLatin1Char(':') + QString::number(port());
}

QStringList LdapSettings::defaultObjectClasses()
{
    return {QStringLiteral("top"), QStringLiteral("person"), QStringLiteral("organizationalPerson"),
            QStringLiteral("inetOrgPerson")};
}

QString LdapSettings::disableMethodName(LdapDisableMethod method)
{
    switch (method) {
    case LdapDisableMethod::PpolicyLock: return QStringLiteral("ppolicy-lock");
    case LdapDisableMethod::None: return QStringLiteral("none");
    case LdapDisableMethod::UserAccountControl: return QStringLiteral("userAccountControl");
    }
    return {};
}

QString LdapSettings::typeName(LdapDirectoryType type)
{
    switch (type) {
    case LdapDirectoryType::OpenLdap: return QStringLiteral("openLdap");
    case LdapDirectoryType::ActiveDirectory: return QStringLiteral("activeDirectory");
    }
    return {};
}

} // namespace Tenure::Connectors
