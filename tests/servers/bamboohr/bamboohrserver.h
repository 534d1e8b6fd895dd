#pragma once

#include "bamboohrservice.h"

#include "tests/servers/common/localhttpsserver.h"

namespace Tenure::Tests::BambooHr {

// The local BambooHR API (bamboohrservice.h) over HTTPS on 127.0.0.1.
class BambooHrServer {
public:
    explicit BambooHrServer(ServiceOptions options = {});

    [[nodiscard]] bool start(quint16 port = 0, const QString& certificateFile = {}, const QString& keyFile = {});
    [[nodiscard]] QString errorString() const { return m_http.errorString(); }

    [[nodiscard]] QString apiUrl() const { return m_http.baseUrl(); }   // what BambooHrSettings::apiUrl takes
    [[nodiscard]] QString caFile() const { return m_http.caFile(); }
    [[nodiscard]] BambooHrService& service() { return m_service; }

private:
    BambooHrService m_service;
    LocalHttpsServer m_http;
};

} // namespace Tenure::Tests::BambooHr
