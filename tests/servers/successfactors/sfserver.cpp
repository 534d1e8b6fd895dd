#include "sfserver.h"

namespace Tenure::Tests::SuccessFactors {

SuccessFactorsServer::SuccessFactorsServer(ServiceOptions options)
    : m_service(std::move(options)),
      m_http([this](const LocalRequest& request) { return m_service.handle(request, m_http.baseUrl()); })
{
}

bool SuccessFactorsServer::start(quint16 port, const QString& certificateFile, const QString& keyFile)
{
    return m_http.start(port, certificateFile, keyFile);
}

} // namespace Tenure::Tests::SuccessFactors
