#include "workdayserver.h"

namespace Tenure::Tests::Workday {

WorkdayServer::WorkdayServer(WorkdayServiceOptions options)
    : m_service(std::move(options)), m_transport([this](const LocalRequest& request) {
          SoapHttpRequest soap;
          soap.method = request.method;
          soap.path = request.path;
          soap.headers = request.headers;
          soap.body = request.body;
          const SoapHttpResponse answer = m_service.handle(soap);
          LocalResponse response;
          response.status = answer.status;
          response.headers = answer.headers;
          response.body = answer.body;
          return response;
      })
{
}

QString WorkdayServer::endpoint() const
{
    return baseUrl() + m_service.tenantPath();
}

} // namespace Tenure::Tests::Workday
