#include "workdayclient.h"

#include "workdayattributes.h"

namespace Tenure::Connectors::Workday {
namespace {

using Models::ErrorCode;

const QString Wd = QLatin1String(Namespace);

std::optional<int> count(const Xml::Element& results, const char* name)
{
    const Xml::Element* element = results.child(Wd, QLatin1String(name));
    if (!element)
        return std::nullopt;
    bool ok = false;
    // Workday writes these as decimals ("17" or "17.0"): whole numbers either way.
    const double value = element->text.trimmed().toDouble(&ok);
    if (!ok || value < 0 || value != double(qint64(value)))
        return std::nullopt;
    return int(value);
}

} // namespace

Models::Result<WorkdayClient> WorkdayClient::create(WorkdaySettings settings, QString password)
{
    if (password.isEmpty())
        return Models::fail(ErrorCode::Secrets,
                            QStringLiteral("The Workday integration user %1 has no password; set it on the Tenants page")
                                .arg(settings.userName));
    Net::HttpClientOptions options;
    options.caFile = settings.caFile;
    options.timeout = std::chrono::seconds(settings.timeoutSeconds);
    auto http = Net::HttpClient::create(std::move(options));
    if (!http)
        return std::unexpected(http.error());
    SoapClient soap(std::move(*http), settings.serviceUrl(), settings.userName, std::move(password));
    return WorkdayClient(std::move(settings), std::move(soap));
}

Models::Result<int> WorkdayClient::forEachWorker(GetWorkersQuery query, const QString& what,
                                                 const std::function<void(const Xml::Element&, int)>& visit,
                                                 const Models::CancelToken& cancel) const
{
    int visited = 0;
    int totalPages = -1;
    int totalResults = -1;
    for (int page = 1; totalPages < 0 || page <= totalPages; ++page) {
        if (cancel.isCancelled())
            return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(what));
        query.page = page;
        const QString action = QStringLiteral("%1, page %2").arg(what).arg(page);
        auto document = m_soap.call(
            action, [&](QXmlStreamWriter& w) { writeGetWorkers(w, m_settings.apiVersion, query); }, cancel);
        if (!document)
            return std::unexpected(document.error());
        const Xml::Element* response = responseOf(*document);
        if (!response || !response->is(Wd, QStringLiteral("Get_Workers_Response")))
            return Models::fail(ErrorCode::InvalidInput,
                                QStringLiteral("%1: Workday's answer is not a Get_Workers_Response").arg(action));
        const Xml::Element* results = response->child(Wd, QStringLiteral("Response_Results"));
        const auto pages = results ? count(*results, "Total_Pages") : std::nullopt;
        const auto total = results ? count(*results, "Total_Results") : std::nullopt;
        const auto pageNumber = results ? count(*results, "Page") : std::nullopt;
        const auto onPage = results ? count(*results, "Page_Results") : std::nullopt;
        if (!pages || !total || !onPage)
            return Models::fail(ErrorCode::InvalidInput,
                                QStringLiteral("%1: Workday's answer has no complete Response_Results "
                                               "(Total_Results, Total_Pages, Page_Results)").arg(action));
        if (totalPages < 0) {
            totalPages = *pages;
            totalResults = *total;
        } else if (*pages != totalPages || *total != totalResults) {
            return Models::fail(ErrorCode::Unavailable,
                                QStringLiteral("%1: the result changed while it was read (%2 workers on %3 pages, now %4 on "
                                               "%5); read again").arg(action).arg(totalResults).arg(totalPages).arg(*total).arg(*pages));
        }
        if (totalPages == 0)
            break;
        if (pageNumber && *pageNumber != page)
            return Models::fail(ErrorCode::InvalidInput,
                                QStringLiteral("%1: Workday answered with page %2").arg(action).arg(*pageNumber));
        const Xml::Element* data = response->child(Wd, QStringLiteral("Response_Data"));
        const QList<const Xml::Element*> workers =
            data ? data->childrenNamed(Wd, QStringLiteral("Worker")) : QList<const Xml::Element*>();
        if (workers.size() != *onPage)
            return Models::fail(ErrorCode::InvalidInput,
                                QStringLiteral("%1: Workday announced %2 workers on the page and sent %3")
                                    .arg(action)
                                    .arg(*onPage)
                                    .arg(workers.size()));
        for (const Xml::Element* worker : workers)
            visit(*worker, ++visited);
    }
    if (totalResults >= 0 && visited != totalResults)
        return Models::fail(ErrorCode::InvalidInput, QStringLiteral("%1: Workday announced %2 workers and sent %3")
                                                         .arg(what)
                                                         .arg(totalResults)
                                                         .arg(visited));
    return visited;
}

} // namespace Tenure::Connectors::Workday
