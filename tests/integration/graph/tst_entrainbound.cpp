// Entra API-driven inbound provisioning: the SCIM bulk shape of Microsoft's examples, at most 50
// operations per request, at most 40 requests per 5 s, and the server's refusals beyond that.

#include "graphfixture.h"

#include "connectors/directory/entrainbound/entrainboundtarget.h"
#include "connectors/net/oauth2clientcredentials.h"

#include <QJsonDocument>

using namespace Tenure;
using namespace Tenure::Tests::Graph;
using Kind = Models::OperationKind;

class TestEntraInbound : public QObject {
    Q_OBJECT

    std::unique_ptr<GraphFixture> m_fixture;
    GraphService& service() { return m_fixture->server.service(); }

    std::unique_ptr<Connectors::EntraInboundTarget> target()
    {
        Connectors::EntraInboundSettings settings;
        settings.graph = m_fixture->settings();
        settings.servicePrincipalId = service().options().servicePrincipalId;
        settings.jobId = service().options().jobId;
        settings.customSchema = QStringLiteral("urn:contoso:employee");
        auto created = Connectors::EntraInboundTarget::create(settings, service().options().clientSecret);
        return created ? std::move(*created) : nullptr;
    }

    static Models::Operation worker(const QString& id, Kind kind = Kind::Create)
    {
        Models::Operation op = operation(kind, id, {
            {QStringLiteral("userName"), id + QStringLiteral("@contoso.test")},
            {QStringLiteral("externalId"), id},
            {QStringLiteral("name.givenName"), QStringLiteral("Barbara")},
            {QStringLiteral("name.familyName"), QStringLiteral("Jensen")},
            {QStringLiteral("displayName"), QStringLiteral("Babs Jensen")},
            {QStringLiteral("emails.work"), id + QStringLiteral("@contoso.test")},
            {QStringLiteral("employeeNumber"), id},
            {QStringLiteral("department"), QStringLiteral("Tour Operations")},
            {QStringLiteral("manager"), QStringLiteral("89607")},
            {QStringLiteral("HireDate"), QStringLiteral("2021-05-01T00:00:00-05:00")},
        });
        op.workerId = id;
        return op;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<GraphFixture>();
        QVERIFY(m_fixture->start());
    }

    void bulkRequestHasTheShapeOfMicrosoftsExamples()
    {
        auto inbound = target();
        QVERIFY(inbound);
        const auto outcomes = applyAll(*inbound, {worker(QStringLiteral("701984")), worker(QStringLiteral("701985"), Kind::Disable)});
        QVERIFY2(failures(outcomes).isEmpty(), qPrintable(failures(outcomes)));
        const auto accepted = service().bulkRequestsAccepted();
        QCOMPARE(accepted.size(), 1);
        const QJsonObject request = accepted.constFirst();
        QCOMPARE(request.value(QLatin1String("schemas")).toArray().at(0).toString(),
                 QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest"));
        const QJsonArray operations = request.value(QLatin1String("Operations")).toArray();
        QCOMPARE(operations.size(), 2);
        const QJsonObject first = operations.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(first.value(QLatin1String("bulkId")).toString(), QStringLiteral("701984"));
        QCOMPARE(first.value(QLatin1String("path")).toString(), QStringLiteral("/Users"));
        const QJsonObject data = first.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("schemas")).toArray(),
                 QJsonArray({QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"),
                             QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
                             QStringLiteral("urn:contoso:employee")}));
        QCOMPARE(data.value(QLatin1String("externalId")).toString(), QStringLiteral("701984"));
        QCOMPARE(data.value(QLatin1String("name")).toObject().value(QLatin1String("familyName")).toString(), QStringLiteral("Jensen"));
        const QJsonObject email = data.value(QLatin1String("emails")).toArray().at(0).toObject();
        QCOMPARE(email.value(QLatin1String("type")).toString(), QStringLiteral("work"));
        QCOMPARE(email.value(QLatin1String("primary")).toBool(), true);
        const QJsonObject enterprise = data.value(QLatin1String("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")).toObject();
        QCOMPARE(enterprise.value(QLatin1String("employeeNumber")).toString(), QStringLiteral("701984"));
        QCOMPARE(enterprise.value(QLatin1String("manager")).toObject().value(QLatin1String("value")).toString(), QStringLiteral("89607"));
        QCOMPARE(data.value(QLatin1String("urn:contoso:employee")).toObject().value(QLatin1String("HireDate")).toString(),
                 QStringLiteral("2021-05-01T00:00:00-05:00"));
        const QJsonObject disabled = operations.at(1).toObject().value(QLatin1String("data")).toObject();
        QCOMPARE(disabled.value(QLatin1String("active")).toBool(true), false);
    }

    void moreThan50WorkersAreSplitAndPacedUnder40RequestsPer5Seconds()
    {
        auto inbound = target();
        const int before = int(service().bulkRequestsAccepted().size());
        QList<Models::Operation> ops;
        for (int i = 0; i < 120; ++i)
            ops.append(worker(QStringLiteral("w%1").arg(i)));
        const auto outcomes = applyAll(*inbound, ops);
        QVERIFY2(failures(outcomes).isEmpty(), qPrintable(failures(outcomes)));
        const auto accepted = service().bulkRequestsAccepted().mid(before);
        QCOMPARE(accepted.size(), 3);
        QCOMPARE(accepted.at(0).value(QLatin1String("Operations")).toArray().size(), 50);
        QCOMPARE(accepted.at(2).value(QLatin1String("Operations")).toArray().size(), 20);

        // One worker per request, 50 requests: the limiter keeps every 5 s window at ≤ 40.
        for (int i = 0; i < 50; ++i)
            QVERIFY(inbound->apply(worker(QStringLiteral("single%1").arg(i))));
        QCOMPARE(service().throttledResponses(), 0);
        QCOMPARE(service().earlyArrivals(), 0);
    }

    void serverRefusesWhatTheDocsForbid()
    {
        // Straight to the endpoint, without the target's splitting and pacing.
        const auto settings = m_fixture->settings();
        Connectors::Net::HttpClientOptions options;
        options.caFile = settings.caFile;
        auto tokenClient = *Connectors::Net::HttpClient::create(options);
        options.auth = std::make_shared<Connectors::Net::OAuth2ClientCredentials>(
            Connectors::Net::OAuth2ClientCredentials::Settings{settings.tokenEndpoint(), settings.clientId,
                                                               QStringLiteral("https://graph.microsoft.com/.default")},
            service().options().clientSecret, tokenClient);
        options.retry.maxThrottled = 0;   // see the 429 itself
        const auto http = *Connectors::Net::HttpClient::create(options);
        const QUrl url = settings.graph(QStringLiteral("servicePrincipals/%1/synchronization/jobs/%2/bulkUpload")
                                            .arg(service().options().servicePrincipalId, service().options().jobId));
        const Connectors::ScimBulkPayload payload(QStringLiteral("urn:contoso:employee"));
        const auto bulk = [&](int count) {
            QJsonArray operations;
            for (int i = 0; i < count; ++i)
                operations.append(payload.operation(worker(QStringLiteral("x%1").arg(i)), QStringLiteral("x%1").arg(i)));
            return Connectors::ScimBulkPayload::request(operations);
        };

        QTest::qWait(5100);   // the earlier tests' calls leave the 5-second window
        auto response = http.send(Connectors::Net::HttpRequest::json("POST", url, bulk(51), "application/scim+json"), {});
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        response = http.send(Connectors::Net::HttpRequest::json("POST", url, bulk(1), "application/json"), {});
        QCOMPARE(response->status, 400);   // Content-Type must be application/scim+json

        QTest::qWait(5100);   // a fresh 5-second window
        int throttled = 0;
        for (int i = 0; i < 41; ++i) {
            response = http.send(Connectors::Net::HttpRequest::json("POST", url, bulk(1), "application/scim+json"), {});
            if (response->status == 429) {
                ++throttled;
                QVERIFY(!response->header("Retry-After").isEmpty());
            }
        }
        QCOMPARE(throttled, 1);   // the 41st
    }
};

QTEST_GUILESS_MAIN(TestEntraInbound)
#include "tst_entrainbound.moc"
