#include "scimsettings.h"

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;
using Models::Result;

constexpr int maxPageSize = 1000;
constexpr int maxTimeoutSeconds = 600;

std::unexpected<Models::Error> invalid(const QString& key, const QString& what)
{
    Models::ErrorContext context;
    context.attribute = key;
    return Models::fail(ErrorCode::InvalidInput, QStringLiteral("SCIM setting \"%1\" %2").arg(key, what), {},
                        std::move(context));
}

Result<QString> readString(const QJsonObject& json, const QString& key, const QString& fallback)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString())
        return invalid(key, QStringLiteral("must be a string"));
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? fallback : text;
}

Result<int> readInt(const QJsonObject& json, const QString& key, int fallback, int min, int max)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(-1);
    // Range first: converting an out-of-range double to int is undefined.
    if (!value.isDouble() || number < min || number > max || number != static_cast<int>(number))
        return invalid(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    return static_cast<int>(number);
}

Result<QUrl> readBaseUrl(const QJsonObject& json)
{
    auto text = readString(json, QStringLiteral("baseUrl"), {});
    if (!text)
        return std::unexpected(text.error());
    if (text->isEmpty())
        return invalid(QStringLiteral("baseUrl"), QStringLiteral("is required (the SCIM service root, "
                                                                 "e.g. https://app.example.com/scim/v2)"));
    QUrl url(*text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return invalid(QStringLiteral("baseUrl"),
                       QStringLiteral("must look like https://host/path (got \"%1\")").arg(*text));
    // A trailing slash would double up when endpoints are appended.
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace

Result<ScimSettings> ScimSettings::fromJson(const QJsonObject& json)
{
    ScimSettings s;
    auto baseUrl = readBaseUrl(json);
    if (!baseUrl)
        return std::unexpected(baseUrl.error());
    s.baseUrl = *baseUrl;
    auto caFile = readString(json, QStringLiteral("caFile"), {});
    if (!caFile)
        return std::unexpected(caFile.error());
    s.caFile = *caFile;
    auto pageSize = readInt(json, QStringLiteral("pageSize"), s.pageSize, 1, maxPageSize);
    if (!pageSize)
        return std::unexpected(pageSize.error());
    s.pageSize = *pageSize;
    auto timeout = readInt(json, QStringLiteral("timeoutSeconds"), s.timeoutSeconds, 1, maxTimeoutSeconds);
    if (!timeout)
        return std::unexpected(timeout.error());
    s.timeoutSeconds = *timeout;

    auto match = readString(json, QStringLiteral("matchAttribute"), s.matchAttribute);
    if (!match)
        return std::unexpected(match.error());
    // Both are string attributes a service provider must be able to filter on (RFC 7643 §3.1, §4.1.1).
    if (match->compare(QLatin1String("externalId"), Qt::CaseInsensitive) == 0)
        s.matchAttribute = QStringLiteral("externalId");
    else if (match->compare(QLatin1String("userName"), Qt::CaseInsensitive) == 0)
        s.matchAttribute = QStringLiteral("userName");
    else
        return invalid(QStringLiteral("matchAttribute"),
                       QStringLiteral("must be \"externalId\" or \"userName\" (got \"%1\")").arg(*match));

    auto patch = readString(json, QStringLiteral("patch"), QStringLiteral("auto"));
    if (!patch)
        return std::unexpected(patch.error());
    if (*patch == QLatin1String("auto"))
        s.patch = ScimPatchMode::Auto;
    else if (*patch == QLatin1String("never"))
        s.patch = ScimPatchMode::Never;
    else
        return invalid(QStringLiteral("patch"), QStringLiteral("must be \"auto\" or \"never\" (got \"%1\")").arg(*patch));

    auto bulk = readString(json, QStringLiteral("bulk"), QStringLiteral("auto"));
    if (!bulk)
        return std::unexpected(bulk.error());
    if (*bulk == QLatin1String("auto"))
        s.bulk = ScimBulkMode::Auto;
    else if (*bulk == QLatin1String("never"))
        s.bulk = ScimBulkMode::Never;
    else
        return invalid(QStringLiteral("bulk"), QStringLiteral("must be \"auto\" or \"never\" (got \"%1\")").arg(*bulk));
    return s;
}

QJsonObject ScimSettings::toJson() const
{
    QJsonObject json{
        {QStringLiteral("baseUrl"), baseUrl.toString()},
        {QStringLiteral("pageSize"), pageSize},
        {QStringLiteral("matchAttribute"), matchAttribute},
        {QStringLiteral("patch"), patch == ScimPatchMode::Never ? QStringLiteral("never") : QStringLiteral("auto")},
        {QStringLiteral("bulk"), bulk == ScimBulkMode::Never ? QStringLiteral("never") : QStringLiteral("auto")},
        {QStringLiteral("timeoutSeconds"), timeoutSeconds},
    };
    if (!caFile.isEmpty())
        json.insert(QStringLiteral("caFile"), caFile);
    return json;
}

QUrl ScimSettings::endpoint(const QString& path) const
{
    QUrl url = baseUrl;
    url.setPath(baseUrl.path(QUrl::FullyEncoded) + QLatin1Char('/') + path, QUrl::TolerantMode);
    return url;
}

} // namespace Tenure::Connectors
