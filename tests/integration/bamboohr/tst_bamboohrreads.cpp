// The BambooHR source against the local REST API server: custom reports and the directory, changes
// since a watermark, authentication failures, throttling, damaged answers and bad records.
#include "bamboohrfixture.h"

#include <QElapsedTimer>

using namespace Tenure;
using namespace Tenure::Tests::BambooHr;
using Models::ErrorCode;

Q_DECLARE_METATYPE(Tenure::Tests::BambooHr::ThrottleStatus)
Q_DECLARE_METATYPE(Tenure::Tests::BambooHr::ResponseFault)

class TestBambooHrReads : public QObject {
    Q_OBJECT

    static QStringList ids(const Models::HrSnapshot& snapshot)
    {
        QStringList result;
        for (const auto& w : snapshot.workers)
            result.append(w.workerId);
        return result;
    }

private Q_SLOTS:
    void aFullReadIsACustomReportOfEveryEmployee()
    {
        BambooHrFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.errorString()));
        Employee left = employee(QStringLiteral("4"), QStringLiteral("Di"), QStringLiteral("Roe"), QStringLiteral("2015-01-01"),
                                 QStringLiteral("Inactive"));
        left.fields.insert(QStringLiteral("terminationDate"), QStringLiteral("2025-05-31"));
        f.server.service().addEmployees({employee(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                                         employee(QStringLiteral("2"), QStringLiteral("Bo"), QStringLiteral("Stone")),
                                         employee(QStringLiteral("3"), QStringLiteral("Cy"), QStringLiteral("Lo"),
                                                  QStringLiteral("2099-01-05")),
                                         left});
        auto snapshot = f.source()->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QVERIFY(snapshot->isFullSnapshot);
        QVERIFY(snapshot->errors.isEmpty());
        QCOMPARE(ids(*snapshot), (QStringList{"1", "2", "3", "4"}));   // a future hire too: onlyCurrent=false
        QCOMPARE(attribute(*snapshot, "4", "status"), QStringLiteral("Inactive"));
        QCOMPARE(attribute(*snapshot, "4", "terminationDate"), QStringLiteral("2025-05-31"));
        QVERIFY(!findWorker(*snapshot, "1")->attributes.contains(QStringLiteral("terminationDate")));   // 0000-00-00
        QCOMPARE(attribute(*snapshot, "1", "employeeNumber"), QStringLiteral("E1"));
        QCOMPARE(attribute(*snapshot, "1", "workEmail"), QStringLiteral("ann@acme.test"));
        QCOMPARE(attribute(*snapshot, "1", "supervisorEId"), QStringLiteral("1"));
        const auto reports = f.arrivalsFor(QStringLiteral("/v1/reports/custom"));
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().method, QByteArray("POST"));
    }

    void theDirectoryListsCurrentEmployeesAsActive()
    {
        BambooHrFixture f;
        QVERIFY(f.start());
        f.server.service().addEmployees({employee(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                                         employee(QStringLiteral("4"), QStringLiteral("Di"), QStringLiteral("Roe"),
                                                  QStringLiteral("2015-01-01"), QStringLiteral("Inactive"))});
        auto settings = f.settings();
        settings.fullRead = Connectors::BambooHrSettings::FullRead::Directory;
        auto snapshot = f.source(settings)->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QCOMPARE(ids(*snapshot), QStringList{"1"});   // Di is absent: a full snapshot makes her a leaver
        QCOMPARE(attribute(*snapshot, "1", "status"), QStringLiteral("Active"));
        QCOMPARE(attribute(*snapshot, "1", "jobTitle"), QStringLiteral("Engineer"));
        QCOMPARE(f.arrivalsFor(QStringLiteral("/v1/employees/directory")).size(), 1);
    }

    void anIncrementalReadTakesTheChangesSinceTheWatermark()
    {
        BambooHrFixture f;
        QVERIFY(f.start());
        f.server.service().addEmployees({employee(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                                         employee(QStringLiteral("2"), QStringLiteral("Bo"), QStringLiteral("Stone")),
                                         employee(QStringLiteral("3"), QStringLiteral("Cy"), QStringLiteral("Lo")),
                                         employee(QStringLiteral("4"), QStringLiteral("Di"), QStringLiteral("Roe"))});
        f.server.service().updateEmployee(QStringLiteral("2"), {{QStringLiteral("jobTitle"), QStringLiteral("Lead Engineer")}});
        // A termination is an update that makes the employee Inactive.
        f.server.service().updateEmployee(QStringLiteral("3"), {{QStringLiteral("status"), QStringLiteral("Inactive")},
                                                                {QStringLiteral("terminationDate"), QStringLiteral("2025-06-13")}});
        f.server.service().deleteEmployee(QStringLiteral("4"));
        Employee hired = employee(QStringLiteral("5"), QStringLiteral("Ed"), QStringLiteral("New"));
        hired.created = {};
        hired.lastChanged = {};
        f.server.service().addEmployees({hired});

        QString watermark = QStringLiteral("2025-06-01T00:00:00Z");
        auto delta = f.source()->readChanges(watermark, {});
        QVERIFY2(delta, delta ? "" : qPrintable(delta.error().describe()));
        QVERIFY(!delta->isFullSnapshot);
        QCOMPARE(ids(*delta), (QStringList{"2", "3", "5"}));
        QCOMPARE(attribute(*delta, "2", "jobTitle"), QStringLiteral("Lead Engineer"));
        QCOMPARE(attribute(*delta, "3", "status"), QStringLiteral("Inactive"));
        QCOMPARE(attribute(*delta, "3", "terminationDate"), QStringLiteral("2025-06-13"));
        QCOMPARE(delta->errors.size(), 1);   // the deleted one, said plainly, not dropped
        QCOMPARE(delta->errors.first().workerId, QStringLiteral("4"));
        QVERIFY2(delta->errors.first().message.contains(QStringLiteral("was deleted")), qPrintable(delta->errors.first().message));
        // The next watermark is BambooHR's own "latest" change time.
        QVERIFY2(watermark.endsWith(QStringLiteral("+00:00")), qPrintable(watermark));
        QVERIFY(QDateTime::fromString(watermark, Qt::ISODate) > QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC));

        // The next delta starts where BambooHR said the last one ended.
        QTest::qWait(1100);   // BambooHR keeps change times to the second
        f.server.service().updateEmployee(QStringLiteral("1"), {{QStringLiteral("department"), QStringLiteral("Sales")}});
        const QString first = watermark;
        auto next = f.source()->readChanges(watermark, {});
        QVERIFY2(next, next ? "" : qPrintable(next.error().describe()));
        QVERIFY(ids(*next).contains(QStringLiteral("1")));
        QCOMPARE(attribute(*next, "1", "department"), QStringLiteral("Sales"));
        QVERIFY(QDateTime::fromString(watermark, Qt::ISODate) > QDateTime::fromString(first, Qt::ISODate));
    }

    void aChangedEmployeeTheReportLeavesOutIsReadOnItsOwn()
    {
        BambooHrFixture f;
        QVERIFY(f.start());
        f.server.service().addEmployees({employee(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"))});
        // onlyCurrent=true leaves a future hire out of reports; the change list still names her.
        Employee future = employee(QStringLiteral("7"), QStringLiteral("Fay"), QStringLiteral("Future"),
                                   QStringLiteral("2099-03-01"));
        future.created = {};
        future.lastChanged = {};
        f.server.service().addEmployees({future});
        auto settings = f.settings();
        settings.onlyCurrent = true;
        QString watermark = QStringLiteral("2025-06-01T00:00:00Z");
        auto delta = f.source(settings)->readChanges(watermark, {});
        QVERIFY2(delta, delta ? "" : qPrintable(delta.error().describe()));
        QCOMPARE(ids(*delta), QStringList{"7"});
        QCOMPARE(attribute(*delta, "7", "hireDate"), QStringLiteral("2099-03-01"));
        QCOMPARE(f.arrivalsFor(QStringLiteral("/v1/employees/7")).size(), 1);
    }

    void aWrongApiKeyIsRefusedWithBambooHrsReason()
    {
        BambooHrFixture f;
        QVERIFY(f.start());
        const QString wrong = QStringLiteral("0000000000000000000000000000000000000000");
        auto snapshot = f.source(f.settings(), wrong)->read({});
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, ErrorCode::Authentication);
        QVERIFY2(snapshot.error().message.contains(QStringLiteral("Invalid API key")), qPrintable(snapshot.error().message));
        QVERIFY(!snapshot.error().describe().contains(wrong));
    }

    void anUnknownCompanyDomainIsNotFound()
    {
        BambooHrFixture f;
        QVERIFY(f.start());
        auto settings = f.settings();
        settings.companyDomain = QStringLiteral("acmetypo");
        auto result = f.source(settings)->testConnection();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        QVERIFY2(result.error().message.contains(QStringLiteral("company domain")), qPrintable(result.error().message));
    }

    void testConnectionSaysWhatItReached()
    {
        BambooHrFixture f;
        QVERIFY(f.start());
        f.server.service().addEmployees({employee(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"))});
        auto result = f.source()->testConnection();
        QVERIFY2(result, result ? "" : qPrintable(result.error().describe()));
        QCOMPARE(*result, QStringLiteral("1 employees in a custom report of 16 fields from BambooHR company acmetest"));
    }

    void throttlingIsWaitedOutAsRetryAfterSays_data()
    {
        QTest::addColumn<ThrottleStatus>("status");
        QTest::newRow("503 (until September 2026)") << ThrottleStatus::ServiceUnavailable503;
        QTest::newRow("429 (from September 2026)") << ThrottleStatus::TooManyRequests429;
    }

    void throttlingIsWaitedOutAsRetryAfterSays()
    {
        QFETCH(ThrottleStatus, status);
        BambooHrFixture f;
        QVERIFY(f.start());
        f.server.service().addEmployees({employee(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"))});
        f.server.service().throttleNext(2, 1, status);
        QElapsedTimer clock;
        clock.start();
        auto snapshot = f.source()->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QCOMPARE(snapshot->workers.size(), 1);
        QVERIFY(clock.elapsed() >= 1900);
        QCOMPARE(f.server.service().arrivals().size(), 3);
        QCOMPARE(f.server.service().earlyArrivals(), 0);
    }

    void aDamagedAnswerBlocksTheRead_data()
    {
        QTest::addColumn<ResponseFault>("fault");
        QTest::newRow("HTML instead of JSON") << ResponseFault::MalformedJson;
        QTest::newRow("JSON cut short") << ResponseFault::TruncatedJson;
    }

    void aDamagedAnswerBlocksTheRead()
    {
        QFETCH(ResponseFault, fault);
        BambooHrFixture f;
        QVERIFY(f.start());
        f.server.service().addEmployees({employee(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"))});
        f.server.service().failResponses(fault);
        auto snapshot = f.source()->read({});
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, ErrorCode::Rejected);
        QVERIFY2(snapshot.error().message.contains(QStringLiteral("truncated or damaged download")),
                 qPrintable(snapshot.error().message));
    }

    void aTransferCutShortIsAskedForAgain()
    {
        BambooHrFixture f;
        QVERIFY(f.start());
        f.server.service().addEmployees({employee(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                                         employee(QStringLiteral("2"), QStringLiteral("Bo"), QStringLiteral("Stone"))});
        f.server.service().failResponses(ResponseFault::TruncatedTransfer);
        auto snapshot = f.source()->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QCOMPARE(snapshot->workers.size(), 2);
        QCOMPARE(f.arrivalsFor(QStringLiteral("/v1/reports/custom")).size(), 2);
    }

    void badRecordsAreErrorsNamingTheWorkerAndTheRestIsRead()
    {
        BambooHrFixture f;
        QVERIFY(f.start());
        Employee noLastName = employee(QStringLiteral("1"), QStringLiteral("Ann"), QString());
        Employee badDate = employee(QStringLiteral("3"), QStringLiteral("Cy"), QStringLiteral("Lo"), QStringLiteral("2025-02-30"));
        Employee oddStatus = employee(QStringLiteral("4"), QStringLiteral("Di"), QStringLiteral("Roe"),
                                      QStringLiteral("2020-01-06"), QStringLiteral("Suspended"));
        Employee twinA = employee(QStringLiteral("5"), QStringLiteral("Ed"), QStringLiteral("Twin"));
        Employee twinB = employee(QStringLiteral("6"), QStringLiteral("Eve"), QStringLiteral("Twin"));
        twinB.fields.insert(QStringLiteral("employeeNumber"), QStringLiteral("E5"));   // the same employee number
        Employee noNumber = employee(QStringLiteral("7"), QStringLiteral("Nia"), QStringLiteral("Nonumber"));
        noNumber.fields.remove(QStringLiteral("employeeNumber"));
        f.server.service().addEmployees({noLastName, employee(QStringLiteral("2"), QStringLiteral("Bo"), QStringLiteral("Stone")),
                                         badDate, oddStatus, twinA, twinB, noNumber});
        auto settings = f.settings();
        settings.workerIdField = QStringLiteral("employeeNumber");
        auto snapshot = f.source(settings)->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QCOMPARE(ids(*snapshot), QStringList{"E2"});
        QHash<QString, QString> messages;
        for (const auto& e : snapshot->errors) {
            messages[e.workerId] += e.message;
            QVERIFY(e.line > 0);
        }
        QCOMPARE(snapshot->errors.size(), 6);
        QVERIFY2(messages.value("E1").contains(QStringLiteral("required field lastName")), qPrintable(messages.value("E1")));
        QVERIFY2(messages.value("E3").contains(QStringLiteral("field hireDate holds '2025-02-30'")),
                 qPrintable(messages.value("E3")));
        QVERIFY2(messages.value("E4").contains(QStringLiteral("unknown status 'Suspended'")), qPrintable(messages.value("E4")));
        QVERIFY2(messages.value("E5").contains(QStringLiteral("occurs more than once")), qPrintable(messages.value("E5")));
        QVERIFY2(messages.value({}).contains(QStringLiteral("no worker id")), qPrintable(messages.value({})));
    }
};

QTEST_GUILESS_MAIN(TestBambooHrReads)
#include "tst_bamboohrreads.moc"
