#pragma once

// Values the local Graph server works with (see graphservice.h for what it implements).

#include <QByteArray>
#include <QJsonArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <chrono>

namespace Tenure::Tests::Graph {

using Header = QPair<QByteArray, QByteArray>;
using Clock = std::chrono::steady_clock;

struct GraphRequest {
    QByteArray method;
    QString path;            // "/v1.0/users/abc", decoded
    QUrlQuery query;
    QList<Header> headers;
    QByteArray body;
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
};

struct GraphResponse {
    int status = 200;
    QList<Header> headers;
    QByteArray body;
    bool dropConnection = false;   // fault: close the connection instead of answering

    [[nodiscard]] static GraphResponse json(int status, const QJsonObject& body);
    // {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}
    [[nodiscard]] static GraphResponse error(int status, const QString& code, const QString& message);
    [[nodiscard]] static GraphResponse noContent();
};

struct GraphServiceOptions {
    QString tenantId = QStringLiteral("0785ef7c-2d7a-4542-b048-95bcab406e0b");
    QString clientId = QStringLiteral("9a3d526c-b3c1-4479-ba74-197b5c5751ae");
    QString clientSecret = QStringLiteral("s3cr3t~Value+With/Specials=");
    QByteArray clientCertificatePem;        // a certificate credential of the app (optional)
    QStringList verifiedDomains{QStringLiteral("contoso.test")};
    int tokenLifetimeSeconds = 3599;
    // Identity and access, per app + tenant: writes per window, resource units per 10 s (L tenant).
    int writeQuota = 3000;
    std::chrono::milliseconds writeWindow{150'000};
    int readUnitsPer10Seconds = 8000;
    // API-driven inbound provisioning.
    QString servicePrincipalId = QStringLiteral("5b1c7f0e-6f3a-4c9e-9d7b-2a6f0c1d3e4f");
    QString jobId = QStringLiteral("API2AAD.b16687d38faf42adb29892cdcaf01c6e.1a03de52-b9c3-4e2c-a1e3-9145aaa8e530");
    int bulkMaxOperations = 50;
    int bulkCallsPer5Seconds = 40;
    int bulkCallsPerDay = 6000;
};

// What the server saw, for tests and the benchmark to judge the client by.
struct Arrival {
    Clock::time_point at;
    QByteArray method;
    QString path;
    int status = 0;
    bool beforeRetryAfter = false;   // arrived while a Retry-After given to this app was running
};

struct StoredUser {
    QJsonObject properties;          // as Graph stores them (passwordProfile kept apart)
    QString managerId;
    // The manager taken away by the last DELETE …/manager/$ref and when: delta reports it as
    // "manager@delta": [{"id": …, "@removed": {"reason": "deleted"}}] to rounds that span it.
    QString removedManagerId;
    qint64 managerRemovedSequence = 0;
    bool deleted = false;
    int creates = 0;                 // POSTs that created this user (1, unless something went wrong)
    int sessionRevocations = 0;
    bool forceChangePasswordNextSignIn = false;   // passwordProfile is write-only in Graph
    qint64 changeSequence = 0;
};

} // namespace Tenure::Tests::Graph
