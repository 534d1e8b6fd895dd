// Throttling: through a storm of 429s every request eventually succeeds and none is sent before
// its Retry-After has expired (the server records arrival times); with the write quota enforced,
// the client-side limiter keeps the server from having to throttle at all.

#include "graphfixture.h"

#include <QElapsedTimer>

#include <thread>

using namespace Tenure;
using namespace Tenure::Tests::Graph;
using Kind = Models::OperationKind;

namespace {

QList<Models::Operation> creates(const QString& prefix, int count)
{
    QList<Models::Operation> ops;
    for (int i = 0; i < count; ++i)
        ops.append(operation(Kind::Create, QStringLiteral("%1%2@contoso.test").arg(prefix).arg(i),
                             {{QStringLiteral("displayName"), QStringLiteral("%1 %2").arg(prefix).arg(i)},
                              {QStringLiteral("employeeId"), QStringLiteral("%1-%2").arg(prefix).arg(i)}}));
    return ops;
}

} // namespace

class TestGraphThrottling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stormEveryRequestSucceedsAndNoneIsSentBeforeItsRetryAfter()
    {
        GraphFixture fixture;
        QVERIFY(fixture.start());
        auto directory = fixture.directory();
        GraphService& service = fixture.server.service();
        service.startThrottleStorm(45, 1);   // the next 45 calls (sub-requests included) get 429, Retry-After 1

        QElapsedTimer timer;
        timer.start();
        const auto outcomes = applyAll(*directory, creates(QStringLiteral("storm"), 60));
        QVERIFY2(failures(outcomes).isEmpty(), qPrintable(failures(outcomes)));
        const auto snapshot = directory->readAccounts({QStringLiteral("employeeId")}, Models::CancelToken());
        QVERIFY(snapshot);

        QCOMPARE(snapshot->accounts.size(), 60);
        QCOMPARE(service.throttledResponses(), 45);
        QCOMPARE(service.earlyArrivals(), 0);
        for (const StoredUser& user : service.users())
            QCOMPARE(user.creates, 1);
        QVERIFY(timer.elapsed() >= 1000);   // at least one Retry-After was waited out
    }

    void stormOnReadsIsWaitedOutToo()
    {
        GraphFixture fixture;
        QVERIFY(fixture.start());
        fixture.server.service().addUsers({{{QStringLiteral("userPrincipalName"), QStringLiteral("a@contoso.test")}}});
        auto directory = fixture.directory();
        QVERIFY(directory->testConnection());   // sign in outside the storm
        fixture.server.service().startThrottleStorm(3, 1);
        const auto snapshot = directory->readAccounts({QStringLiteral("displayName")}, Models::CancelToken());
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().describe()));
        QCOMPARE(snapshot->accounts.size(), 1);
        QCOMPARE(fixture.server.service().earlyArrivals(), 0);
    }

    void writeQuotaIsKeptByTheClientSideLimiter()
    {
        // The documented shape (N writes per window per app and tenant) at a scale a test can wait for.
        GraphServiceOptions options;
        options.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        options.writeQuota = 200;
        options.writeWindow = std::chrono::seconds(2);
        GraphFixture fixture(options);
        QVERIFY(fixture.start());
        auto directory = fixture.directory();
        const auto outcomes = applyAll(*directory, creates(QStringLiteral("paced"), 600));
        QVERIFY2(failures(outcomes).isEmpty(), qPrintable(failures(outcomes)));
        QCOMPARE(fixture.server.service().users().size(), 600);
        QCOMPARE(fixture.server.service().throttledResponses(), 0);
        QCOMPARE(fixture.server.service().earlyArrivals(), 0);
    }

    void cancelStopsAWaitForRetryAfter()
    {
        GraphFixture fixture;
        QVERIFY(fixture.start());
        auto directory = fixture.directory();
        QVERIFY(directory->testConnection());
        fixture.server.service().startThrottleStorm(1000, 30);
        Models::CancelToken cancel;
        std::thread canceller([cancel] {   // a person pressing Cancel, from another thread
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        bool cancelled = false;
        Connectors::BatchCallbacks callbacks;
        callbacks.done = [&](qsizetype, const Models::Result<QString>& outcome) {
            cancelled = !outcome && outcome.error().code == Models::ErrorCode::Cancelled;
            return true;
        };
        directory->applyBatch(creates(QStringLiteral("c"), 1), callbacks, cancel);
        canceller.join();
        QVERIFY(cancelled);
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestGraphThrottling)
#include "tst_graphthrottling.moc"
