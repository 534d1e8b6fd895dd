#include "workdaysettings.h"

#include "workdayattributes.h"
#include "xpath.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;
using Models::Result;

std::unexpected<Models::Error> invalid(const QString& key, const QString& what)
{
    Models::ErrorContext context;
    context.attribute = key;
    return Models::fail(ErrorCode::InvalidInput, QStringLiteral("Workday setting \"%1\" %2").arg(key, what), {},
                        std::move(context));
}

Result<void> readString(const QJsonObject& json, const char* key, QString* out, bool required)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
        return required ? Result<void>(invalid(QLatin1String(key), QStringLiteral("is required"))) : Result<void>();
    if (!value.isString())
        return invalid(QLatin1String(key), QStringLiteral("must be a string"));
    *out = value.toString().trimmed();
    return {};
}

Result<void> readInt(const QJsonObject& json, const char* key, int* out, int min, int max)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < min || value.toInt() > max)
        return invalid(QLatin1String(key), QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    *out = value.toInt();
    return {};
}

const QRegularExpression& versionPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^v\\d{2}(\\.\\d)?$"));
    return pattern;
}

// https://<host>/ccx/service/<tenant>[/Human_Resources[/<version>]] → endpoint, tenant, version.
Result<void> readEndpoint(const QJsonObject& json, WorkdaySettings& s, QString* versionInUrl)
{
    QString text;
    if (auto read = readString(json, "endpoint", &text, true); !read)
        return read;
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    QUrl url(text, QUrl::StrictMode);
    // The integration user's password goes with every request: only ever over TLS.
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return invalid(QStringLiteral("endpoint"), QStringLiteral("must be an https:// URL such as "
                                                                  "https://wd2-impl-services1.workday.com/ccx/service/acme"));
    if (url.hasQuery() || url.hasFragment())
        return invalid(QStringLiteral("endpoint"), QStringLiteral("must not have a query or a fragment"));
    QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty() && versionPattern().match(segments.last()).hasMatch() && segments.size() >= 2 &&
        segments.at(segments.size() - 2) == QLatin1String("Human_Resources")) {
        *versionInUrl = segments.takeLast();
    }
    if (!segments.isEmpty() && segments.last() == QLatin1String("Human_Resources"))
        segments.removeLast();
    if (segments.size() < 3 || segments.at(segments.size() - 3) != QLatin1String("ccx") ||
        segments.at(segments.size() - 2) != QLatin1String("service"))
        return invalid(QStringLiteral("endpoint"),
                       QStringLiteral("must end with /ccx/service/<tenant>, as Workday's \"View API Clients\" shows it"));
    s.tenant = segments.last();
    url.setPath(QLatin1Char('/') + segments.join(QLatin1Char('/')));
    s.endpoint = url;
    return {};
}

Result<void> readAttributes(const QJsonObject& json, WorkdaySettings& s)
{
    const QJsonValue value = json.value(QLatin1String("attributes"));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return invalid(QStringLiteral("attributes"), QStringLiteral("must be an object of attribute name → XPath (or null)"));
    const Xml::XPath::Namespaces namespaces{{QStringLiteral("wd"), QLatin1String(Workday::Namespace)}};
    const QJsonObject overrides = value.toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const QString key = QStringLiteral("attributes.") + it.key();
        if (it.key().trimmed().isEmpty() || it.key() == QLatin1String(Workday::WorkerStatusAttribute))
            return invalid(key, QStringLiteral("is not a name an attribute can have (WorkerStatus is derived, not read)"));
        if (it.value().isNull()) {
            if (it.key() == QLatin1String("WorkerID"))
                return invalid(key, QStringLiteral("cannot be removed: every worker is known by its WorkerID"));
            continue;
        }
        if (!it.value().isString())
            return invalid(key, QStringLiteral("must be an XPath string, or null to leave the attribute out"));
        auto compiled = Xml::XPath::compile(it.value().toString(), namespaces);
        if (!compiled)
            return invalid(key, QStringLiteral("is not a valid XPath: %1").arg(compiled.error().message));
    }
    s.attributeOverrides = overrides;
    return {};
}

} // namespace

Result<WorkdaySettings> WorkdaySettings::fromJson(const QJsonObject& json)
{
    WorkdaySettings s;
    QString versionInUrl;
    QString version;
    for (auto read : {readEndpoint(json, s, &versionInUrl), readString(json, "apiVersion", &version, false),
                      readString(json, "userName", &s.userName, true), readInt(json, "pageSize", &s.pageSize, 1, 999),
                      readString(json, "emailUsageType", &s.emailUsageType, false),
                      readString(json, "caFile", &s.caFile, false),
                      readInt(json, "timeoutSeconds", &s.timeoutSeconds, 1, 600), readAttributes(json, s)}) {
        if (!read)
            return std::unexpected(read.error());
    }
    if (!version.isEmpty())
        s.apiVersion = version;
    else if (!versionInUrl.isEmpty())
        s.apiVersion = versionInUrl;
    if (!versionPattern().match(s.apiVersion).hasMatch())
        return invalid(QStringLiteral("apiVersion"), QStringLiteral("must look like v40.1"));
    if (!versionInUrl.isEmpty() && versionInUrl != s.apiVersion)
        return invalid(QStringLiteral("apiVersion"),
                       QStringLiteral("is %1 but the endpoint names %2; give one of them").arg(s.apiVersion, versionInUrl));

    // Workday authenticates "user@tenant": a user name for another tenant can never sign in here.
    const qsizetype at = s.userName.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return invalid(QStringLiteral("userName"),
                       QStringLiteral("must be the integration user followed by @ and the tenant (isu_tenure@%1)").arg(s.tenant));
    if (s.userName.mid(at + 1) != s.tenant)
        return invalid(QStringLiteral("userName"), QStringLiteral("names the tenant '%1' but the endpoint is for '%2'")
                                                       .arg(s.userName.mid(at + 1), s.tenant));

    const QJsonValue dates = json.value(QLatin1String("dateAttributes"));
    if (!dates.isUndefined() && !dates.isNull()) {
        if (!dates.isArray())
            return invalid(QStringLiteral("dateAttributes"), QStringLiteral("must be a list of attribute names"));
        for (const auto& name : dates.toArray()) {
            if (!name.isString() || name.toString().isEmpty())
                return invalid(QStringLiteral("dateAttributes"), QStringLiteral("must hold only attribute names"));
            s.dateAttributes.append(name.toString());
        }
        const auto known = s.attributes();
        for (const auto& name : std::as_const(s.dateAttributes)) {
            if (!known.contains(name))
                return invalid(QStringLiteral("dateAttributes"), QStringLiteral("names %1, which is not read").arg(name));
        }
    }

    auto records = HrRecordRules::fromJson(json.value(QLatin1String("records")).toObject());
    if (!records)
        return std::unexpected(records.error());
    s.records = std::move(*records);
    return s;
}

QJsonObject WorkdaySettings::toJson() const
{
    QJsonObject json{{QStringLiteral("endpoint"), endpoint.toString()},
                     {QStringLiteral("apiVersion"), apiVersion},
                     {QStringLiteral("userName"), userName},
                     {QStringLiteral("pageSize"), pageSize},
                     {QStringLiteral("emailUsageType"), emailUsageType},
                     {QStringLiteral("timeoutSeconds"), timeoutSeconds}};
    if (!attributeOverrides.isEmpty())
        json.insert(QStringLiteral("attributes"), attributeOverrides);
    if (!dateAttributes.isEmpty())
        json.insert(QStringLiteral("dateAttributes"), QJsonArray::fromStringList(dateAttributes));
    if (!caFile.isEmpty())
        json.insert(QStringLiteral("caFile"), caFile);
    if (const auto rules = records.toJson(); !rules.isEmpty())
        json.insert(QStringLiteral("records"), rules);
    return json;
}

QMap<QString, QString> WorkdaySettings::attributes() const
{
    QMap<QString, QString> map = Workday::defaultAttributes();
    for (auto it = attributeOverrides.begin(); it != attributeOverrides.end(); ++it) {
        if (it.value().isNull())
            map.remove(it.key());
        else
            map.insert(it.key(), it.value().toString());
    }
    return map;
}

QStringList WorkdaySettings::effectiveDateAttributes() const
{
    if (!dateAttributes.isEmpty())
        return dateAttributes;
    QStringList dates;
    const auto map = attributes();
    for (const auto& name : Workday::defaultDateAttributes()) {
        if (map.contains(name))
            dates.append(name);
    }
    return dates;
}

QUrl WorkdaySettings::serviceUrl() const
{
    QUrl url = endpoint;
    url.setPath(url.path() + QStringLiteral("/Human_Resources/") + apiVersion);
    return url;
}

} // namespace Tenure::Connectors
