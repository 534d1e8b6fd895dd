#pragma once

#include "connectors/hr/bamboohr/bamboohrsettings.h"
#include "connectors/net/httpclient.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Tenure::Connectors {

// The REST API of one BambooHR company on the connectors' HttpClient: TLS verified, every request
// with "Accept: application/json" and HTTP Basic authentication (the API key as user name, built
// here and never logged). BambooHR throttles with 503 and a Retry-After today and with 429 and a
// Retry-After from 16 September 2026 (documentation.bamboohr.com/docs/planned-changes-to-the-api);
// HttpClient waits out both and retries. BambooHR explains errors in the X-BambooHR-Error-Message
// header, which the errors here quote. Calls block; make them from a worker thread.
class BambooHrClient {
public:
    [[nodiscard]] static Models::Result<BambooHrClient> create(const BambooHrSettings& settings, const QString& apiKey);

    // GET {relative} and its JSON object. `what` says what was asked ("Reading the employee directory").
    [[nodiscard]] Models::Result<QJsonObject> get(const QString& relative, const QUrlQuery& query, const QString& what,
                                                  const Models::CancelToken& cancel) const;
    // POST {relative} with a JSON body; a read (a report), so it is safe to resend.
    [[nodiscard]] Models::Result<QJsonObject> postRead(const QString& relative, const QUrlQuery& query,
                                                       const QJsonObject& body, const QString& what,
                                                       const Models::CancelToken& cancel) const;

    [[nodiscard]] const BambooHrSettings& settings() const { return m_settings; }

    // A non-2xx answer as an Error a person can act on (exposed for unit tests).
    [[nodiscard]] static Models::Error errorFromResponse(const Net::HttpResponse& response, const QString& action);

private:
    BambooHrClient(BambooHrSettings settings, Net::HttpClient http)
        : m_settings(std::move(settings)), m_http(std::move(http))
    {
    }
    [[nodiscard]] Models::Result<QJsonObject> send(Net::HttpRequest request, const Models::CancelToken& cancel) const;

    BambooHrSettings m_settings;
    Net::HttpClient m_http;
};

} // namespace Tenure::Connectors
