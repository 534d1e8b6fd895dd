#pragma once

#include "tests/servers/common/localhttpsserver.h"
#include "workdayservice.h"

namespace Tenure::Tests::Workday {

// The local Workday service over HTTPS on 127.0.0.1, on the local API servers' shared transport
// (tests/servers/common): its own thread, a throwaway certificate unless given one (trust it
// through caFile()). The behaviour lives in WorkdayService.
class WorkdayServer {
public:
    explicit WorkdayServer(WorkdayServiceOptions options = {});

    // port 0: an ephemeral port. certificateFile/keyFile empty: a generated certificate.
    [[nodiscard]] bool start(quint16 port = 0, const QString& certificateFile = {}, const QString& keyFile = {})
    {
        return m_transport.start(port, certificateFile, keyFile);
    }
    [[nodiscard]] QString errorString() const { return m_transport.errorString(); }

    [[nodiscard]] quint16 port() const { return m_transport.port(); }
    [[nodiscard]] QString baseUrl() const { return m_transport.baseUrl(); }   // https://127.0.0.1:<port>
    [[nodiscard]] QString endpoint() const;                                      // baseUrl() + "/ccx/service/<tenant>"
    [[nodiscard]] QString caFile() const { return m_transport.caFile(); }

    [[nodiscard]] WorkdayService& service() { return m_service; }

private:
    WorkdayService m_service;          // before the transport, whose thread calls it
    LocalHttpsServer m_transport;
};

} // namespace Tenure::Tests::Workday
