#include "bamboohrserver.h"

namespace Tenure::Tests::BambooHr {

BambooHrServer::BambooHrServer(ServiceOptions options)
    : m_service(std::move(options)), m_http([this](const LocalRequest& request) { return m_service.handle(request); })
{
}

bool BambooHrServer::start(quint16 port, const QString& certificateFile, const QString& keyFile)
{
    return m_http.start(port, certificateFile, keyFile);
}

} // namespace Tenure::Tests::BambooHr
