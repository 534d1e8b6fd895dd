#include "successfactorsclient.h"

#include "connectors/hr/successfactors/odatav2.h"

#include <QJsonDocument>
#include <QSet>

namespace Tenure::Connectors {

using Models::ErrorCode;
using Models::Result;

namespace {

// SuccessFactors pages must stay on the API server the credentials were meant for: a __next
// pointing elsewhere would carry the Authorization header away.
bool sameServer(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(443) == b.port(443);
}

} // namespace

Result<SuccessFactorsClient> SuccessFactorsClient::create(const SuccessFactorsSettings& settings, const QString& password)
{
    if (password.isEmpty())
        return Models::fail(ErrorCode::Secrets,
                            QStringLiteral("The SuccessFactors API user %1@%2 has no password in the keychain; set it "
                                           "on the Tenants page")
                                .arg(settings.username, settings.companyId));
    Net::HttpClientOptions options;
    options.caFile = settings.caFile;
    options.timeout = std::chrono::seconds(settings.timeoutSeconds);
    options.authorization = settings.basicAuthorization(password);
    auto http = Net::HttpClient::create(std::move(options));
    if (!http)
        return std::unexpected(http.error());
    return SuccessFactorsClient(settings, std::move(*http));
}

Net::HttpRequest SuccessFactorsClient::request(const QByteArray& method, const QUrl& url, const QString& what) const
{
    Net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.what = what;
    request.setHeader("Accept", "application/json");
    return request;
}

Result<Net::HttpResponse> SuccessFactorsClient::send(const Net::HttpRequest& request, const Models::CancelToken& cancel) const
{
    auto response = m_http.send(request, cancel);
    if (!response)
        return response;
    if (!response->isSuccess())
        return std::unexpected(ODataV2::errorFromResponse(*response, request.what));
    return response;
}

Result<qint64> SuccessFactorsClient::count(const QString& entitySet, const Models::CancelToken& cancel) const
{
    const QString what = QStringLiteral("Counting %1 in SuccessFactors company %2").arg(entitySet, m_settings.companyId);
    auto response = send(request("GET", m_settings.odata(entitySet + QStringLiteral("/$count")), what), cancel);
    if (!response)
        return std::unexpected(response.error());
    bool ok = false;
    const qint64 count = QString::fromUtf8(response->body).trimmed().toLongLong(&ok);
    if (!ok)
        return Models::fail(ErrorCode::Rejected, QStringLiteral("%1: the answer is not a number").arg(what),
                            QString::fromUtf8(response->body.left(100)));
    return count;
}

Result<int> SuccessFactorsClient::readAll(const QString& entitySet, Parameters parameters, const QString& what,
                                          const PageHandler& onPage, const Models::CancelToken& cancel) const
{
    parameters.append({QStringLiteral("$format"), QStringLiteral("json")});
    parameters.append({QStringLiteral("customPageSize"), QString::number(m_settings.pageSize)});
    // Snapshot paging: the server fixes the result set at the first page, so records changed
    // while we page are neither skipped nor read twice (SAP KBA 2723468).
    parameters.append({QStringLiteral("paging"), QStringLiteral("snapshot")});
    QStringList encoded;
    for (const auto& [name, value] : parameters)
        encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(name, "$") + '=' + QUrl::toPercentEncoding(value, "$,/'")));
    QUrl url = m_settings.odata(entitySet);
    url.setQuery(encoded.join(QLatin1Char('&')), QUrl::StrictMode);

    QSet<QString> visited;
    int records = 0;
    for (int page = 1;; ++page) {
        if (cancel.isCancelled())
            return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(what));
        const QString pageWhat = QStringLiteral("%1 (page %2)").arg(what).arg(page);
        auto response = send(request("GET", url, pageWhat), cancel);
        if (!response)
            return std::unexpected(response.error());
        auto body = ODataV2::jsonBody(*response, QStringLiteral("Page %1 of %2").arg(page).arg(what));
        if (!body)
            return std::unexpected(body.error());
        const QJsonObject d = body->value(QLatin1String("d")).toObject();
        const QJsonValue results = d.value(QLatin1String("results"));
        if (!results.isArray())
            return Models::fail(ErrorCode::Rejected,
                                QStringLiteral("Page %1 of %2 is not an OData v2 collection (no d.results); nothing is "
                                               "planned from a partial read")
                                    .arg(page)
                                    .arg(what),
                                QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Compact).left(200)));
        records += int(results.toArray().size());
        if (auto handled = onPage(results.toArray()); !handled)
            return std::unexpected(handled.error());

        const QString next = d.value(QLatin1String("__next")).toString();
        if (next.isEmpty())
            return records;
        const QUrl nextUrl(next, QUrl::StrictMode);
        if (!nextUrl.isValid() || !sameServer(nextUrl, m_settings.apiUrl))
            return Models::fail(ErrorCode::Rejected,
                                QStringLiteral("Page %1 of %2 links its next page to another server (%3); the read stops "
                                               "so the credentials never leave %4")
                                    .arg(page)
                                    .arg(what, nextUrl.host(), m_settings.apiUrl.host()));
        if (visited.contains(next))
            return Models::fail(ErrorCode::Rejected,
                                QStringLiteral("Page %1 of %2 links back to a page already read; the read stops").arg(page).arg(what));
        visited.insert(next);
        url = nextUrl;
    }
}

Result<QJsonArray> SuccessFactorsClient::upsert(const QJsonArray& entities, const Models::CancelToken& cancel) const
{
    const QString what = QStringLiteral("Writing back to SuccessFactors company %1").arg(m_settings.companyId);
    QUrl url = m_settings.odata(QStringLiteral("upsert"));
    url.setQuery(QStringLiteral("$format=json"));
    Net::HttpRequest post = request("POST", url, what);
    post.setHeader("Content-Type", "application/json");
    post.body = QJsonDocument(entities).toJson(QJsonDocument::Compact);
    // Upserting the same values again leaves SuccessFactors as it was: safe to resend after a
    // lost answer.
    post.idempotent = true;
    auto response = send(post, cancel);
    if (!response)
        return std::unexpected(response.error());
    auto body = ODataV2::jsonBody(*response, QStringLiteral("The answer to the upsert"));
    if (!body)
        return std::unexpected(body.error());
    const QJsonValue d = body->value(QLatin1String("d"));
    if (!d.isArray())
        return Models::fail(ErrorCode::Rejected, QStringLiteral("%1: the answer holds no status per record (d)").arg(what));
    return d.toArray();
}

} // namespace Tenure::Connectors
