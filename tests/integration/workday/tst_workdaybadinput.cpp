// What a Workday read does with bad input: a broken worker is an error with its record and
// reason, never a silent drop; a broken or refused answer blocks the whole read, so nothing is
// planned from half of it; throttling and passing server errors are waited out and retried;
// wrong credentials say so at once.
#include "workdayfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace Tenure;
using namespace Tenure::Tests::Workday;

namespace {

QList<StoredWorker> team(int size)
{
    QList<StoredWorker> workers;
    for (int n = 1; n <= size; ++n)
        workers.append(hiredWorker(QStringLiteral("E%1").arg(n), QStringLiteral("Given%1").arg(n),
                                   QStringLiteral("Family%1").arg(n), QDate(2022, 5, 1)));
    return workers;
}

QString errorFor(const Models::HrSnapshot& snapshot, const QString& workerId)
{
    QStringList messages;
    for (const auto& e : snapshot.errors) {
        if (e.workerId == workerId)
            messages.append(QStringLiteral("%1: %2").arg(e.line).arg(e.message));
    }
    return messages.join(QStringLiteral(" | "));
}

} // namespace

class TestWorkdayBadInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workerWithoutWorkerIdIsAnErrorNamingItsWid()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        auto workers = team(3);
        StoredWorker nameless = hiredWorker(QStringLiteral("E99"), QStringLiteral("No"), QStringLiteral("Id"), QDate(2022, 5, 1));
        nameless.workerId.clear();
        workers.insert(1, nameless);
        fx.server.service().setWorkers(workers);
        auto snapshot = fx.source()->read({});
        QVERIFY_RESULT(snapshot);
        QCOMPARE(workerIds(*snapshot), (QStringList{QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3")}));
        QCOMPARE(snapshot->errors.size(), 1);
        QCOMPARE(snapshot->errors.first().line, 2);
        QCOMPARE(snapshot->errors.first().message,
                 QStringLiteral("the worker record with WID %1 has no WorkerID").arg(widFor(QStringLiteral("E99"))));
    }

    void duplicateWorkerIdsAreErrorsOnEveryRecordHoldingThem()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        auto workers = team(3);
        StoredWorker twin = hiredWorker(QStringLiteral("E2"), QStringLiteral("Other"), QStringLiteral("Person"), QDate(2023, 1, 1));
        twin.wid = widFor(QStringLiteral("E2-twin"));
        twin.contingent = true;   // Workday keeps employee and contingent ids apart; an export may not
        workers.append(twin);
        fx.server.service().setWorkers(workers);
        auto snapshot = fx.source()->read({});
        QVERIFY_RESULT(snapshot);
        QCOMPARE(workerIds(*snapshot), (QStringList{QStringLiteral("E1"), QStringLiteral("E3")}));
        QCOMPARE(snapshot->errors.size(), 2);
        QVERIFY2(errorFor(*snapshot, QStringLiteral("E2")).contains(QStringLiteral("occurs more than once (first at record 2)")),
                 qPrintable(errorFor(*snapshot, QStringLiteral("E2"))));
    }

    void invalidDatesAreErrorsNamingTheField()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        auto workers = team(2);
        workers.append(hiredWorker(QStringLiteral("E7"), QStringLiteral("Bad"), QStringLiteral("Hire"), QDate(2022, 5, 1),
                                   {{QLatin1String(Field::HireDate), QStringLiteral("2022-13-45")}}));
        workers.append(hiredWorker(QStringLiteral("E8"), QStringLiteral("Bad"), QStringLiteral("Leave"), QDate(2022, 5, 1),
                                   {{QLatin1String(Field::TerminationDate), QStringLiteral("31/12/2030")}}));
        fx.server.service().setWorkers(workers);
        auto snapshot = fx.source()->read({});
        QVERIFY_RESULT(snapshot);
        QCOMPARE(workerIds(*snapshot), (QStringList{QStringLiteral("E1"), QStringLiteral("E2")}));
        QCOMPARE(errorFor(*snapshot, QStringLiteral("E7")),
                 QStringLiteral("3: field StatusHireDate holds '2022-13-45', which is not a date (yyyy-MM-dd)"));
        QCOMPARE(errorFor(*snapshot, QStringLiteral("E8")),
                 QStringLiteral("4: field StatusTerminationDate holds '31/12/2030', which is not a date (yyyy-MM-dd)"));
    }

    void unknownStatusCodesAreErrors()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        auto workers = team(1);
        workers.append(hiredWorker(QStringLiteral("E5"), QStringLiteral("Odd"), QStringLiteral("Status"), QDate(2022, 5, 1),
                                   {{QLatin1String(Field::Active), QStringLiteral("Y")}}));
        workers.append(hiredWorker(QStringLiteral("E6"), QStringLiteral("Odd"), QStringLiteral("Leaver"), QDate(2022, 5, 1),
                                   {{QLatin1String(Field::Terminated), QStringLiteral("maybe")}}));
        fx.server.service().setWorkers(workers);
        auto snapshot = fx.source()->read({});
        QVERIFY_RESULT(snapshot);
        QCOMPARE(workerIds(*snapshot), QStringList{QStringLiteral("E1")});
        QCOMPARE(errorFor(*snapshot, QStringLiteral("E5")),
                 QStringLiteral("2: field Active holds the unknown status 'Y' (Workday sends 1 or 0)"));
        QCOMPARE(errorFor(*snapshot, QStringLiteral("E6")),
                 QStringLiteral("3: field StatusTerminated holds the unknown status 'maybe' (Workday sends 1 or 0)"));
    }

    void truncatedAnswerBlocksTheWholeRead_data()
    {
        QTest::addColumn<int>("failure");
        QTest::newRow("truncated") << int(Failure::Truncated);
        QTest::newRow("malformed XML") << int(Failure::MalformedXml);
    }

    void truncatedAnswerBlocksTheWholeRead()
    {
        QFETCH(int, failure);
        WorkdayFixture fx;
        QVERIFY(fx.start());
        fx.server.service().setWorkers(team(50));
        // Page 1 arrives whole; page 2 is damaged.
        fx.server.service().failNext(Failure(failure), 1, 1);
        auto snapshot = fx.source(fx.settingsJson(20))->read({});
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, Models::ErrorCode::InvalidInput);
        QVERIFY2(snapshot.error().message.contains(QStringLiteral("page 2")), qPrintable(snapshot.error().message));
        QVERIFY2(snapshot.error().message.contains(QStringLiteral("not well-formed XML")), qPrintable(snapshot.error().message));
        QVERIFY2(snapshot.error().message.contains(QStringLiteral("nothing from it is used")), qPrintable(snapshot.error().message));
        QCOMPARE(fx.getWorkersRequests().size(), 2);   // page 3 is never asked for
    }

    void serverErrorsAndThrottlingAreWaitedOutAndRetried()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        fx.server.service().setWorkers(team(40));
        fx.server.service().failNext(Failure::ServerError, 2);
        fx.server.service().failNext(Failure::Throttled, 1);
        QElapsedTimer clock;
        clock.start();
        auto snapshot = fx.source(fx.settingsJson(20))->read({});
        QVERIFY_RESULT(snapshot);
        QCOMPARE(snapshot->workers.size(), 40);
        // Two 500s, one 429, then the two pages.
        QList<int> statuses;
        for (const auto& arrival : fx.server.service().arrivals())
            statuses.append(arrival.status);
        QCOMPARE(statuses, (QList<int>{500, 500, 429, 200, 200}));
        // Retry-After: 1 was honoured: nothing arrived before it ran out.
        QCOMPARE(fx.server.service().earlyArrivals(), 0);
        QVERIFY(clock.elapsed() >= 1000);
    }

    void aTenantRateLimitIsRespected()
    {
        WorkdayServiceOptions options;
        options.requestsPerSecond = 2;
        WorkdayFixture fx(options);
        QVERIFY(fx.start());
        fx.server.service().setWorkers(team(30));
        auto snapshot = fx.source(fx.settingsJson(5))->read({});   // six pages at two a second
        QVERIFY_RESULT(snapshot);
        QCOMPARE(snapshot->workers.size(), 30);
        QCOMPARE(fx.server.service().earlyArrivals(), 0);
    }

    void wrongPasswordIsAnAuthenticationErrorAtOnce()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        fx.server.service().setWorkers(team(3));
        const QString wrong = QStringLiteral("not-the-password");
        auto source = fx.source(fx.settingsJson(), wrong);
        auto snapshot = source->read({});
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, Models::ErrorCode::Authentication);
        QVERIFY2(snapshot.error().message.contains(QStringLiteral("isu_tenure@acme")), qPrintable(snapshot.error().message));
        QVERIFY(!snapshot.error().describe().contains(wrong));
        QCOMPARE(fx.server.service().arrivals().size(), 1);   // a refused password is never retried
        auto tested = source->testConnection();
        QVERIFY(!tested);
        QCOMPARE(tested.error().code, Models::ErrorCode::Authentication);
    }

    void aFailedIncrementalReadKeepsTheWatermark()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        fx.server.service().setWorkers(team(3));
        auto source = fx.source();
        QString watermark = QStringLiteral("2031-03-09T12:00:00.000Z");
        fx.server.service().failNext(Failure::MalformedXml, 1);
        auto changes = source->readChanges(watermark, {});
        QVERIFY(!changes);
        QCOMPARE(watermark, QStringLiteral("2031-03-09T12:00:00.000Z"));

        QString garbage = QStringLiteral("yesterday-ish");
        auto refused = source->readChanges(garbage, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Models::ErrorCode::InvalidInput);
        QCOMPARE(garbage, QStringLiteral("yesterday-ish"));
    }

    void settingsErrorsNameTheKey_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("key");
        const QJsonObject good{{QStringLiteral("endpoint"), QStringLiteral("https://wd2-impl-services1.workday.com/ccx/service/acme")},
                               {QStringLiteral("userName"), QStringLiteral("isu@acme")}};
        const auto with = [&](const QString& key, const QJsonValue& value) {
            QJsonObject json = good;
            json.insert(key, value);
            return json;
        };
        QTest::newRow("plain http") << with(QStringLiteral("endpoint"), QStringLiteral("http://wd2.workday.com/ccx/service/acme"))
                                    << QStringLiteral("endpoint");
        QTest::newRow("no tenant") << with(QStringLiteral("endpoint"), QStringLiteral("https://wd2.workday.com/"))
                                   << QStringLiteral("endpoint");
        QTest::newRow("user of another tenant") << with(QStringLiteral("userName"), QStringLiteral("isu@other"))
                                                << QStringLiteral("userName");
        QTest::newRow("user without tenant") << with(QStringLiteral("userName"), QStringLiteral("isu")) << QStringLiteral("userName");
        QTest::newRow("page too big") << with(QStringLiteral("pageSize"), 1000) << QStringLiteral("pageSize");
        QTest::newRow("version") << with(QStringLiteral("apiVersion"), QStringLiteral("40")) << QStringLiteral("apiVersion");
        QTest::newRow("bad XPath") << with(QStringLiteral("attributes"),
                                           QJsonObject{{QStringLiteral("Title"), QStringLiteral("wd:Worker/wd:Job[")}})
                                   << QStringLiteral("attributes.Title");
        QTest::newRow("WorkerID removed") << with(QStringLiteral("attributes"),
                                                  QJsonObject{{QStringLiteral("WorkerID"), QJsonValue::Null}})
                                          << QStringLiteral("attributes.WorkerID");
        QTest::newRow("unknown date attribute") << with(QStringLiteral("dateAttributes"), QJsonArray{QStringLiteral("Birthday")})
                                                << QStringLiteral("dateAttributes");
    }

    void settingsErrorsNameTheKey()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, key);
        auto settings = Connectors::WorkdaySettings::fromJson(json);
        QVERIFY(!settings);
        QCOMPARE(settings.error().code, Models::ErrorCode::InvalidInput);
        QCOMPARE(settings.error().context.attribute, key);
        QVERIFY2(settings.error().message.contains(key), qPrintable(settings.error().message));
    }

    void endpointWithServiceAndVersionIsUnderstood()
    {
        auto settings = Connectors::WorkdaySettings::fromJson(
            {{QStringLiteral("endpoint"), QStringLiteral("https://wd3-impl-services1.workday.com/ccx/service/contoso4/Human_Resources/v38.2/")},
             {QStringLiteral("userName"), QStringLiteral("isu@contoso4")}});
        QVERIFY_RESULT(settings);
        QCOMPARE(settings->tenant, QStringLiteral("contoso4"));
        QCOMPARE(settings->apiVersion, QStringLiteral("v38.2"));
        QCOMPARE(settings->serviceUrl().toString(),
                 QStringLiteral("https://wd3-impl-services1.workday.com/ccx/service/contoso4/Human_Resources/v38.2"));
        QCOMPARE(settings->pageSize, 30);
    }
};

QTEST_GUILESS_MAIN(TestWorkdayBadInput)
#include "tst_workdaybadinput.moc"
