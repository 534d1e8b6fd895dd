#include "graphsettings.h"

#include <QStringList>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;
using Models::Result;

std::unexpected<Models::Error> invalid(const char* key, const QString& what)
{
    Models::ErrorContext context;
    context.attribute = QLatin1String(key);
    return Models::fail(ErrorCode::InvalidInput, QStringLiteral("Graph setting \"%1\" %2").arg(QLatin1String(key), what),
                        {}, std::move(context));
}

Result<void> readString(const QJsonObject& json, const char* key, QString* out, bool required)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
        return required ? Result<void>(invalid(key, QStringLiteral("is required"))) : Result<void>();
    if (!value.isString())
        return invalid(key, QStringLiteral("must be a string"));
    *out = value.toString().trimmed();
    return {};
}

Result<void> readUrl(const QJsonObject& json, const char* key, QUrl* out)
{
    QString text;
    if (auto read = readString(json, key, &text, false); !read)
        return read;
    if (text.isEmpty())
        return {};
    const QUrl url(text.endsWith(QLatin1Char('/')) ? text.chopped(1) : text, QUrl::StrictMode);
    // Tokens and directory data only ever travel over TLS.
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return invalid(key, QStringLiteral("must be an https:// URL"));
    *out = url;
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
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < min || value.toInt() > max)
        return invalid(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    *out = value.toInt();
    return {};
}

} // namespace

Result<GraphSettings> GraphSettings::fromJson(const QJsonObject& json, bool requireDomain)
{
    GraphSettings s;
    QString credential;
    for (auto read : {readString(json, "tenantId", &s.tenantId, true), readString(json, "clientId", &s.clientId, true),
                      readString(json, "domain", &s.domain, requireDomain), readString(json, "credential", &credential, false),
                      readUrl(json, "authorityUrl", &s.authorityUrl), readUrl(json, "graphUrl", &s.graphUrl),
                      readString(json, "caFile", &s.caFile, false), readBool(json, "delta", &s.delta),
                      readBool(json, "revokeSessionsOnDisable", &s.revokeSessionsOnDisable),
                      readInt(json, "timeoutSeconds", &s.timeoutSeconds, 1, 600),
                      // Never above the documented quota: pacing above it only earns 429s.
                      readInt(json, "writeQuota", &s.writeQuota, 20, 3000),
                      readInt(json, "writeQuotaSeconds", &s.writeQuotaSeconds, 1, 3600)}) {
        if (!read)
            return std::unexpected(read.error());
    }
    if (credential.isEmpty() || credential == QLatin1String("secret"))
        s.credential = GraphCredential::ClientSecret;
    else if (credential == QLatin1String("certificate"))
        s.credential = GraphCredential::Certificate;
    else
        return invalid("credential", QStringLiteral("must be \"secret\" or \"certificate\""));
    if (s.domain.contains(QLatin1Char('@')))
        return invalid("domain", QStringLiteral("is a domain such as contoso.com, without '@'"));
    return s;
}

QJsonObject GraphSettings::toJson() const
{
    QJsonObject json{{QStringLiteral("tenantId"), tenantId},
                     {QStringLiteral("clientId"), clientId},
                     {QStringLiteral("credential"), credential == GraphCredential::Certificate ? QStringLiteral("certificate")
                                                                                              : QStringLiteral("secret")},
                     {QStringLiteral("domain"), domain},
                     {QStringLiteral("authorityUrl"), authorityUrl.toString()},
                     {QStringLiteral("graphUrl"), graphUrl.toString()},
                     {QStringLiteral("delta"), delta},
                     {QStringLiteral("revokeSessionsOnDisable"), revokeSessionsOnDisable},
                     {QStringLiteral("timeoutSeconds"), timeoutSeconds},
                     {QStringLiteral("writeQuota"), writeQuota},
                     {QStringLiteral("writeQuotaSeconds"), writeQuotaSeconds}};
    if (!caFile.isEmpty())
        json.insert(QStringLiteral("caFile"), caFile);
    return json;
}

QUrl GraphSettings::tokenEndpoint() const
{
    QUrl url = authorityUrl;
    url.setPath(url.path() + QLatin1Char('/') + tenantId + QStringLiteral("/oauth2/v2.0/token"));
    return url;
}

QUrl GraphSettings::graph(const QString& relative) const
{
    QUrl url = graphUrl;
    url.setPath(url.path() + QLatin1Char('/') + relative);
    return url;
}

QString GraphSettings::tokenScope() const
{
    static const QStringList nationalRoots{QStringLiteral("graph.microsoft.us"), QStringLiteral("dod-graph.microsoft.us"),
                                           QStringLiteral("microsoftgraph.chinacloudapi.cn")};
    const QString host = graphUrl.host().toLower();
    return QStringLiteral("https://%1/.default")
        .arg(nationalRoots.contains(host) ? host : QStringLiteral("graph.microsoft.com"));
}

} // namespace Tenure::Connectors
