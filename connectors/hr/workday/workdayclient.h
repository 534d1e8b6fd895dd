#pragma once

#include "workdayrequests.h"
#include "workdaysettings.h"
#include "workdaysoap.h"

namespace Tenure::Connectors::Workday {

// A tenant's Human_Resources service as the source and its write-back use it: the SOAP client
// built from the settings, and Get_Workers read page by page.
class WorkdayClient {
public:
    [[nodiscard]] static Models::Result<WorkdayClient> create(WorkdaySettings settings, QString password);

    // Every page of the query (query.page is ignored; query.count is the page size), each
    // wd:Worker handed to `visit` with its position in the whole result (1-based). Pages are read
    // while Response_Results says there are more, and checked against each other: the page
    // number Workday answers, the workers on it (Page_Results), and totals that must not change
    // between pages (query.asOfEntry pins the data). A page that breaks any of this fails the
    // whole call, so nothing is ever built from part of a result. `what` names the read in
    // messages ("Get_Workers (full read)"). Returns how many workers were visited.
    [[nodiscard]] Models::Result<int> forEachWorker(GetWorkersQuery query, const QString& what,
                                                    const std::function<void(const Xml::Element&, int)>& visit,
                                                    const Models::CancelToken& cancel) const;

    [[nodiscard]] const WorkdaySettings& settings() const { return m_settings; }
    [[nodiscard]] const SoapClient& soap() const { return m_soap; }

private:
    WorkdayClient(WorkdaySettings settings, SoapClient soap) : m_settings(std::move(settings)), m_soap(std::move(soap)) {}

    WorkdaySettings m_settings;
    SoapClient m_soap;
};

} // namespace Tenure::Connectors::Workday
