// JSON batching: dependsOn is respected and a failed dependency is 424; a connection dropped
// after the server carried out a batch is retried without applying anything twice.

#include "graphfixture.h"

#include "connectors/directory/graph/graphbatchsender.h"

using namespace Tenure;
using namespace Tenure::Tests::Graph;
using Kind = Models::OperationKind;

class TestGraphBatch : public QObject {
    Q_OBJECT

    std::unique_ptr<GraphFixture> m_fixture;
    GraphService& service() { return m_fixture->server.service(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<GraphFixture>();
        QVERIFY(m_fixture->start());
    }

    void failedDependencyIsAnswered424AndNotCarriedOut()
    {
        const auto settings = m_fixture->settings();
        // Two calls in one batch: a PATCH of a user that does not exist and a revoke that depends on it.
        auto directory = m_fixture->directory();
        service().addUsers({{{QStringLiteral("userPrincipalName"), QStringLiteral("kept@contoso.test")}}});
        const QList<Models::Operation> ops{
            operation(Kind::Disable, QStringLiteral("missing@contoso.test")),
            operation(Kind::Disable, QStringLiteral("kept@contoso.test")),
        };
        const auto outcomes = applyAll(*directory, ops);
        QVERIFY(!outcomes[0]);
        QCOMPARE(outcomes[0].error().code, Models::ErrorCode::NotFound);
        QVERIFY2(outcomes[1], qPrintable(failures(outcomes)));
        QCOMPARE(service().userByUpn(QStringLiteral("kept@contoso.test"))->sessionRevocations, 1);

        // What the batch sender saw for the dependent call.
        QList<Connectors::GraphCall> calls = *Connectors::GraphUsers::callsFor(ops[0], 0, settings);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[1].dependsOn, QStringList{calls[0].id});
    }

    void batchSenderReports424ForTheDependant()
    {
        auto settings = m_fixture->settings();
        const auto ops = QList<Models::Operation>{operation(Kind::Disable, QStringLiteral("nobody@contoso.test"))};
        const auto calls = *Connectors::GraphUsers::callsFor(ops[0], 0, settings);
        Connectors::Net::HttpClientOptions options;
        options.caFile = settings.caFile;
        auto tokenClient = *Connectors::Net::HttpClient::create(options);
        options.auth = std::make_shared<Connectors::Net::OAuth2ClientCredentials>(
            Connectors::Net::OAuth2ClientCredentials::Settings{settings.tokenEndpoint(), settings.clientId,
                                                               QStringLiteral("https://graph.microsoft.com/.default")},
            service().options().clientSecret, tokenClient);
        const auto http = *Connectors::Net::HttpClient::create(options);
        const Connectors::GraphBatchSender sender(http, http, settings);
        const auto results = sender.send(calls, Models::CancelToken());
        QVERIFY(results);
        QCOMPARE(results->value(calls[0].id).status, 404);
        QCOMPARE(results->value(calls[1].id).status, 424);
    }

    void droppedConnectionMidBatchAppliesNothingTwice()
    {
        auto directory = m_fixture->directory();
        const QString kept = service().userByUpn(QStringLiteral("kept@contoso.test"))->properties.value(QLatin1String("id")).toString();
        QList<Models::Operation> ops;
        for (int i = 0; i < 8; ++i)
            ops.append(operation(Kind::Create, QStringLiteral("drop%1@contoso.test").arg(i),
                                 {{QStringLiteral("displayName"), QStringLiteral("Drop %1").arg(i)},
                                  {QStringLiteral("manager"), QStringLiteral("kept@contoso.test")}}));
        ops.append(operation(Kind::Update, kept, {{QStringLiteral("jobTitle"), QStringLiteral("Keeper")}}));
        ops.append(operation(Kind::Delete, QStringLiteral("drop-nonexistent-placeholder")));
        ops.removeLast();

        service().dropConnectionAfterNextBatch();   // the server does the work, the answer is lost
        const auto outcomes = applyAll(*directory, ops);
        QVERIFY2(failures(outcomes).isEmpty(), qPrintable(failures(outcomes)));

        for (int i = 0; i < 8; ++i) {
            const auto user = service().userByUpn(QStringLiteral("drop%1@contoso.test").arg(i));
            QVERIFY(user);
            QCOMPARE(user->creates, 1);
            QCOMPARE(user->managerId, kept);
        }
        QCOMPARE(service().userByUpn(QStringLiteral("kept@contoso.test"))->properties.value(QLatin1String("jobTitle")).toString(),
                 QStringLiteral("Keeper"));
        // Nothing was refused as a duplicate: the creates were looked up, not sent again.
        const auto arrivals = service().arrivals();
        QVERIFY(std::none_of(arrivals.cbegin(), arrivals.cend(), [](const Arrival& a) {
            return a.method == "POST" && a.path == QLatin1String("/v1.0/users") && a.status == 400;
        }));
        const auto lookups = std::count_if(arrivals.cbegin(), arrivals.cend(), [](const Arrival& a) {
            return a.method == "GET" && a.path.startsWith(QLatin1String("/v1.0/users/drop"));
        });
        QCOMPARE(lookups, 8);
    }

    void deleteWhoseAnswerWasLostCountsAsDone()
    {
        auto directory = m_fixture->directory();
        const QString id = service().userByUpn(QStringLiteral("drop0@contoso.test"))->properties.value(QLatin1String("id")).toString();
        service().dropConnectionAfterNextBatch();
        const auto outcome = directory->apply(operation(Kind::Delete, id));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().describe()));
        QVERIFY(!service().userByUpn(QStringLiteral("drop0@contoso.test")));
    }

    void moreThanTwentyCallsAreSplitIntoBatches()
    {
        auto directory = m_fixture->directory();
        QList<Models::Operation> ops;
        for (int i = 0; i < 45; ++i)
            ops.append(operation(Kind::Create, QStringLiteral("many%1@contoso.test").arg(i),
                                 {{QStringLiteral("displayName"), QStringLiteral("Many %1").arg(i)}}));
        const int before = int(service().arrivals().size());
        const auto outcomes = applyAll(*directory, ops);
        QVERIFY2(failures(outcomes).isEmpty(), qPrintable(failures(outcomes)));
        const auto arrivals = service().arrivals().mid(before);
        QCOMPARE(std::count_if(arrivals.cbegin(), arrivals.cend(), [](const Arrival& a) { return a.path == QLatin1String("/v1.0/$batch"); }),
                 3);   // 20 + 20 + 5
    }
};

QTEST_GUILESS_MAIN(TestGraphBatch)
#include "tst_graphbatch.moc"
