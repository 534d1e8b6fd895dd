#pragma once

#include "connectors/hr/successfactors/successfactorssettings.h"
#include "connectors/net/httpclient.h"

#include <QJsonArray>

#include <functional>

namespace Tenure::Connectors {

// The OData v2 API of one SuccessFactors company, on the connectors' HttpClient (TLS verified,
// retries, Retry-After honoured: SuccessFactors answers 429 with a Retry-After when it throttles,
// SAP KBA 3159263). Every request carries Basic authentication (username@companyId and the
// password); the header is built here and never logged (HttpClient logs no headers).
// Calls block; make them from a worker thread.
class SuccessFactorsClient {
public:
    [[nodiscard]] static Models::Result<SuccessFactorsClient> create(const SuccessFactorsSettings& settings,
                                                                    const QString& password);

    // GET {entitySet}/$count: how many records the API user can see.
    [[nodiscard]] Models::Result<qint64> count(const QString& entitySet, const Models::CancelToken& cancel) const;

    // Reads every page of a query: GET {entitySet}?{query} with server-side snapshot paging
    // (customPageSize, paging=snapshot, $format=json added here), then each "__next" link
    // until a page has none. onPage gets each page's d.results. A page that is not an OData
    // result (malformed or truncated), or a __next that leaves the API server, blocks the read.
    // `parameters` are plain text (name, value); they are percent-encoded here, so a quote, '+',
    // '&' or '%' in a worker id reaches SuccessFactors as written.
    using PageHandler = std::function<Models::Result<void>(const QJsonArray& results)>;
    using Parameters = QList<QPair<QString, QString>>;
    [[nodiscard]] Models::Result<int> readAll(const QString& entitySet, Parameters parameters, const QString& what,
                                              const PageHandler& onPage, const Models::CancelToken& cancel) const;

    // POST upsert?$format=json with the entities (each with __metadata.uri). The answer's d is one
    // status object per entity, in order: {"key", "status": "OK"|"ERROR", "message", "index",
    // "httpCode", …}.
    [[nodiscard]] Models::Result<QJsonArray> upsert(const QJsonArray& entities, const Models::CancelToken& cancel) const;

    [[nodiscard]] const SuccessFactorsSettings& settings() const { return m_settings; }

private:
    SuccessFactorsClient(SuccessFactorsSettings settings, Net::HttpClient http)
        : m_settings(std::move(settings)), m_http(std::move(http))
    {
    }
    [[nodiscard]] Net::HttpRequest request(const QByteArray& method, const QUrl& url, const QString& what) const;
    [[nodiscard]] Models::Result<Net::HttpResponse> send(const Net::HttpRequest& request,
                                                         const Models::CancelToken& cancel) const;

    SuccessFactorsSettings m_settings;
    Net::HttpClient m_http;
};

} // namespace Tenure::Connectors
