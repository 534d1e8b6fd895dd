#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QString>
#include <QStringList>

#include <memory>

namespace Tenure::Tests {

// An independent SCIM 2.0 service provider for one test: tests/servers/scim/server.js (scimmy +
// scimmy-routers) run with the machine's node on a free 127.0.0.1 port, with a random bearer
// token. Its npm dependencies are installed with `npm ci` on first use when node_modules is
// missing (a clean checkout). Stopped (by pid) when the fixture is destroyed; the server also
// exits when its stdin closes, so a test that crashes leaves nothing running.
//
//   ScimPeerFixture scim;
//   QVERIFY2(scim.start(), qPrintable(scim.errorString()));
//   auto settings = ScimSettings::fromJson(scim.settings());
//   ScimDirectory directory(*settings, scim.token());
class ScimPeerFixture {
public:
    ScimPeerFixture();
    ~ScimPeerFixture();
    ScimPeerFixture(const ScimPeerFixture&) = delete;
    ScimPeerFixture& operator=(const ScimPeerFixture&) = delete;

    // flags for server.js: "--no-patch", "--no-filter", "--etag", "--bulk=N", "--bulk-payload=BYTES".
    // False with errorString() when node, npm or the server failed.
    [[nodiscard]] bool start(const QStringList& flags = {});
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QString token() const { return m_token; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString baseUrl() const;   // http://127.0.0.1:<port>/scim/v2
    // ScimSettings JSON for this server; `overrides` replace keys.
    [[nodiscard]] QJsonObject settings(const QJsonObject& overrides = {}) const;

    // The requests the server received since the last call (or its start), from its own request
    // log, in order: {"method": "POST", "path": "/scim/v2/Bulk", "bytes": 812, "operations":
    // ["POST", "PATCH"]} ("operations" for /Bulk only). The server writes each line before it
    // handles the request, so every request already answered is in the list.
    [[nodiscard]] QList<QJsonObject> takeRequests();

    // Installs the server's npm dependencies if node_modules is missing (once per machine, under
    // a lock so parallel tests do not race). Called by start().
    [[nodiscard]] static bool ensureDependencies(QString* error);
    [[nodiscard]] static QString serverDirectory();

private:
    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_logDir;
    qint64 m_logOffset = 0;
    QString m_token;
    QString m_error;
    int m_port = 0;
};

} // namespace Tenure::Tests
