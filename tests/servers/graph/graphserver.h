#pragma once

#include "graphservice.h"
#include "tests/servers/common/testcertificate.h"

#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace Tenure::Tests::Graph {

class GraphHttpServer;

// The local Graph server over HTTPS on 127.0.0.1 (an ephemeral port), on its own thread so that a
// blocking client on the test's thread is served while it waits. The certificate is generated at
// start(); trust it through caFile(). The behaviour lives in GraphService (graphservice.h).
// QHttpServer is HTTP/1.1 only and its API changes in Qt 6.8: keep this adapter small.
class GraphServer {
public:
    explicit GraphServer(GraphServiceOptions options = {});
    ~GraphServer();
    GraphServer(const GraphServer&) = delete;
    GraphServer& operator=(const GraphServer&) = delete;

    [[nodiscard]] bool start();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString baseUrl() const;          // https://127.0.0.1:<port>
    [[nodiscard]] QString graphUrl() const;         // baseUrl() + "/v1.0"
    [[nodiscard]] QString tokenEndpoint() const;    // baseUrl() + "/<tenant>/oauth2/v2.0/token"
    [[nodiscard]] QString caFile() const { return m_certificate.certificateFile; }
    [[nodiscard]] QString folder() const { return m_folder.path(); }

    [[nodiscard]] GraphService& service() { return m_service; }

private:
    GraphService m_service;
    QTemporaryDir m_folder;
    TestCertificate m_certificate;
    QThread m_thread;
    QObject* m_anchor = nullptr;            // lives in m_thread
    GraphHttpServer* m_server = nullptr;    // lives in m_thread
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Tenure::Tests::Graph
