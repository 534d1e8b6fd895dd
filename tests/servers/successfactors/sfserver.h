#pragma once

#include "sfservice.h"

#include "tests/servers/common/localhttpsserver.h"

namespace Tenure::Tests::SuccessFactors {

// The local SuccessFactors API (sfservice.h) over HTTPS on 127.0.0.1.
class SuccessFactorsServer {
public:
    explicit SuccessFactorsServer(ServiceOptions options = {});

    [[nodiscard]] bool start(quint16 port = 0, const QString& certificateFile = {}, const QString& keyFile = {});
    [[nodiscard]] QString errorString() const { return m_http.errorString(); }

    [[nodiscard]] QString apiUrl() const { return m_http.baseUrl(); }   // what SuccessFactorsSettings::apiUrl takes
    [[nodiscard]] QString caFile() const { return m_http.caFile(); }
    [[nodiscard]] SuccessFactorsService& service() { return m_service; }

private:
    SuccessFactorsService m_service;
    LocalHttpsServer m_http;
};

} // namespace Tenure::Tests::SuccessFactors
