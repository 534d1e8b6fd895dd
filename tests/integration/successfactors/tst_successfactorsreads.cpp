// The SuccessFactors source against the local OData v2 server: paging, effective dating, incremental
// reads, authentication failures, throttling, damaged pages and bad records.
#include "sffixture.h"

#include <QElapsedTimer>

using namespace Tenure;
using namespace Tenure::Tests::SuccessFactors;
using Models::ErrorCode;

Q_DECLARE_METATYPE(Tenure::Tests::SuccessFactors::PageFault)

class TestSuccessFactorsReads : public QObject {
    Q_OBJECT

    QList<Arrival> arrivalsFor(SfFixture& f, const QString& entitySet)
    {
        QList<Arrival> result;
        for (const auto& a : f.server.service().arrivals()) {
            if (a.path.endsWith(entitySet))
                result.append(a);
        }
        return result;
    }

private Q_SLOTS:
    void aFullReadFollowsEveryPageOfTheSnapshot()
    {
        SfFixture f;
        QVERIFY2(f.start(), qPrintable(f.server.errorString()));
        QList<Person> people;
        for (int i = 1; i <= 250; ++i)
            people.append(person(QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("First%1").arg(i),
                                 QStringLiteral("Last%1").arg(i)));
        f.server.service().addPeople(people);
        auto settings = f.settings();
        QCOMPARE(settings.pageSize, 100);   // customPageSize=100 is the default
        auto source = f.source(settings);
        QVERIFY(source);

        auto snapshot = source->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QVERIFY(snapshot->isFullSnapshot);
        QCOMPARE(snapshot->workers.size(), 250);
        QVERIFY(snapshot->errors.isEmpty());
        QCOMPARE(snapshot->workers.first().workerId, QStringLiteral("P0001"));
        QCOMPARE(snapshot->workers.last().workerId, QStringLiteral("P0250"));
        QCOMPARE(snapshot->workers.last().sourceLine, 250);

        const auto pages = arrivalsFor(f, QStringLiteral("/PerPerson"));
        QCOMPARE(pages.size(), 3);
        for (const auto& page : pages) {
            QVERIFY2(page.query.contains(QStringLiteral("customPageSize=100")), qPrintable(page.query));
            QVERIFY2(page.query.contains(QStringLiteral("paging=snapshot")), qPrintable(page.query));
            QVERIFY2(page.query.contains(QStringLiteral("asOfDate=2025-06-16")), qPrintable(page.query));
            QVERIFY2(page.query.contains(QStringLiteral("employmentNav/jobInfoNav")), qPrintable(page.query));
        }
        QVERIFY(!pages.at(0).query.contains(QStringLiteral("$skiptoken")));
        QVERIFY(pages.at(1).query.contains(QStringLiteral("$skiptoken")));
        QVERIFY(pages.at(2).query.contains(QStringLiteral("$skiptoken")));
    }

    void attributesAreTextAndDatesAreCalendarDays()
    {
        SfFixture f;
        QVERIFY(f.start());
        Person ann = person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(2019, 3, 1));
        ann.emails.first().primary = false;
        ann.emails.append({PersonalEmail, QStringLiteral("ann@home.test"), false, ann.lastModified});
        ann.emails.append({QStringLiteral("8450"), QStringLiteral("ann.lee@acme.test"), true, ann.lastModified});
        f.server.service().addPeople({ann});
        auto source = f.source();
        auto snapshot = source->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QCOMPARE(snapshot->workers.size(), 1);
        const auto& a = snapshot->workers.first().attributes;
        QCOMPARE(a.value(QStringLiteral("personIdExternal")), QStringList{"1001"});
        QCOMPARE(a.value(QStringLiteral("userId")), QStringList{"u1001"});
        QCOMPARE(a.value(QStringLiteral("username")), QStringList{"ann"});
        QCOMPARE(a.value(QStringLiteral("firstName")), QStringList{"Ann"});
        QCOMPARE(a.value(QStringLiteral("displayName")), QStringList{"Ann Lee"});
        QCOMPARE(a.value(QStringLiteral("jobTitle")), QStringList{"Engineer"});
        QCOMPARE(a.value(QStringLiteral("company")), QStringList{"ACME_DE"});
        QCOMPARE(a.value(QStringLiteral("managerId")), QStringList{"uM1"});
        QCOMPARE(a.value(QStringLiteral("emplStatus")), QStringList{"A"});   // the picklist's external code
        QCOMPARE(a.value(QStringLiteral("startDate")), QStringList{"2019-03-01"});
        QVERIFY(!a.contains(QStringLiteral("endDate")));                    // null: no value
        QVERIFY(!a.contains(QStringLiteral("preferredName")));
        QCOMPARE(a.value(QStringLiteral("email")), QStringList{"ann.lee@acme.test"});   // only the primary one
    }

    void aFullReadSeesTheRecordsInEffectOnItsAsOfDate()
    {
        SfFixture f;
        QVERIFY(f.start());
        Person bo = person(QStringLiteral("1002"), QStringLiteral("Bo"), QStringLiteral("Stone"));
        bo.jobs.first().end = QDate(2025, 6, 30);
        TimeSlice promoted = bo.jobs.first();
        promoted.start = QDate(2025, 7, 1);
        promoted.end = QDate(9999, 12, 31);
        promoted.fields.insert(QStringLiteral("jobTitle"), QStringLiteral("Lead Engineer"));
        bo.jobs.append(promoted);
        bo.personal.first().end = QDate(2025, 6, 30);
        TimeSlice married = bo.personal.first();
        married.start = QDate(2025, 7, 1);
        married.end = QDate(9999, 12, 31);
        married.fields.insert(QStringLiteral("lastName"), QStringLiteral("Rivers"));
        bo.personal.append(married);
        f.server.service().addPeople({bo});

        auto today = f.source()->read({});
        QVERIFY(today);
        QCOMPARE(attribute(*today, QStringLiteral("1002"), QStringLiteral("jobTitle")), QStringLiteral("Engineer"));
        QCOMPARE(attribute(*today, QStringLiteral("1002"), QStringLiteral("lastName")), QStringLiteral("Stone"));

        auto settings = f.settings();
        settings.asOfDate = QDate(2025, 7, 1);
        auto july = f.source(settings)->read({});
        QVERIFY(july);
        QCOMPARE(attribute(*july, QStringLiteral("1002"), QStringLiteral("jobTitle")), QStringLiteral("Lead Engineer"));
        QCOMPARE(attribute(*july, QStringLiteral("1002"), QStringLiteral("lastName")), QStringLiteral("Rivers"));
    }

    void aFutureHireIsReadAsOfTheirStartDate()
    {
        SfFixture f;
        QVERIFY(f.start());
        f.server.service().addPeople({person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                                      person(QStringLiteral("2001"), QStringLiteral("Fay"), QStringLiteral("Future"),
                                             QDate(2025, 7, 14), QStringLiteral("Intern"))});
        auto snapshot = f.source()->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QCOMPARE(snapshot->workers.size(), 2);
        QVERIFY(snapshot->errors.isEmpty());
        // As of today Fay has no personal or job record yet; read as of 2025-07-14 she has both.
        QCOMPARE(attribute(*snapshot, QStringLiteral("2001"), QStringLiteral("firstName")), QStringLiteral("Fay"));
        QCOMPARE(attribute(*snapshot, QStringLiteral("2001"), QStringLiteral("jobTitle")), QStringLiteral("Intern"));
        QCOMPARE(attribute(*snapshot, QStringLiteral("2001"), QStringLiteral("startDate")), QStringLiteral("2025-07-14"));
        QCOMPARE(findWorker(*snapshot, QStringLiteral("2001"))->sourceLine, 2);   // keeps its place in the read
        bool readAsOfStart = false;
        for (const auto& a : f.server.service().arrivals())
            readAsOfStart |= a.query.contains(QStringLiteral("asOfDate=2025-07-14")) &&
                             a.query.contains(QStringLiteral("personIdExternal in '2001'"));
        QVERIFY(readAsOfStart);
    }

    void aTerminationShowsItsStatusAndLastDay()
    {
        SfFixture f;
        QVERIFY(f.start());
        Person di = person(QStringLiteral("1004"), QStringLiteral("Di"), QStringLiteral("Roe"));
        di.employmentEnd = QDate(2025, 5, 31);
        di.jobs.first().end = QDate(2025, 5, 31);
        TimeSlice terminated = di.jobs.first();
        terminated.start = QDate(2025, 6, 1);
        terminated.end = QDate(9999, 12, 31);
        terminated.fields.insert(QStringLiteral("emplStatus"), QStringLiteral("T"));
        di.jobs.append(terminated);
        f.server.service().addPeople({di});
        auto snapshot = f.source()->read({});
        QVERIFY(snapshot);
        QCOMPARE(attribute(*snapshot, QStringLiteral("1004"), QStringLiteral("emplStatus")), QStringLiteral("T"));
        QCOMPARE(attribute(*snapshot, QStringLiteral("1004"), QStringLiteral("endDate")), QStringLiteral("2025-05-31"));
    }

    void anIncrementalReadReturnsOnlyWhatChangedSinceTheWatermark()
    {
        SfFixture f;
        QVERIFY(f.start());
        Person renamed = person(QStringLiteral("1002"), QStringLiteral("Bo"), QStringLiteral("Rivers"));
        renamed.personal.first().lastModified = QDateTime(QDate(2025, 6, 12), QTime(9, 30), Qt::UTC);
        Person newEmail = person(QStringLiteral("1003"), QStringLiteral("Cy"), QStringLiteral("Lo"));
        newEmail.emails.first().lastModified = QDateTime(QDate(2025, 6, 11), QTime(9, 30), Qt::UTC);
        f.server.service().addPeople({person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee")), renamed,
                                      newEmail});
        auto settings = f.settings();
        settings.overlapMinutes = 0;
        auto source = f.source(settings);

        QString watermark = QStringLiteral("2025-06-10T00:00:00Z");
        auto delta = source->readChanges(watermark, {});
        QVERIFY2(delta, delta ? "" : qPrintable(delta.error().describe()));
        QVERIFY(!delta->isFullSnapshot);
        QStringList ids;
        for (const auto& w : delta->workers)
            ids.append(w.workerId);
        QCOMPARE(ids, (QStringList{QStringLiteral("1002"), QStringLiteral("1003")}));
        QCOMPARE(attribute(*delta, QStringLiteral("1002"), QStringLiteral("lastName")), QStringLiteral("Rivers"));
        QVERIFY(QDateTime::fromString(watermark, Qt::ISODate) > QDateTime(QDate(2025, 6, 10), QTime(0, 0), Qt::UTC));

        bool filtered = false;
        for (const auto& a : arrivalsFor(f, QStringLiteral("/PerPerson")))
            filtered |= a.query.contains(QStringLiteral("personalInfoNav/lastModifiedDateTime ge "
                                                        "datetimeoffset'2025-06-10T00:00:00Z'"));
        QVERIFY(filtered);
    }

    void anIncrementalReadPicksUpAJobChangeOnTheDayItTakesEffect()
    {
        SfFixture f;
        QVERIFY(f.start());
        // Keyed in January, in effect from 12 June: the change is due now, not when it was keyed.
        Person mover = person(QStringLiteral("1005"), QStringLiteral("Ed"), QStringLiteral("Moss"));
        mover.jobs.first().end = QDate(2025, 6, 11);
        TimeSlice moved = mover.jobs.first();
        moved.start = QDate(2025, 6, 12);
        moved.end = QDate(9999, 12, 31);
        moved.fields.insert(QStringLiteral("department"), QStringLiteral("Sales"));
        mover.jobs.append(moved);
        // Keyed in January, in effect only from July: not part of today's changes.
        Person later = person(QStringLiteral("1006"), QStringLiteral("Gil"), QStringLiteral("Later"));
        later.jobs.first().end = QDate(2025, 6, 30);
        TimeSlice july = later.jobs.first();
        july.start = QDate(2025, 7, 1);
        july.end = QDate(9999, 12, 31);
        later.jobs.append(july);
        f.server.service().addPeople({person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee")), mover, later});
        auto settings = f.settings();
        settings.overlapMinutes = 0;
        QString watermark = QStringLiteral("2025-06-10T00:00:00Z");
        auto delta = f.source(settings)->readChanges(watermark, {});
        QVERIFY2(delta, delta ? "" : qPrintable(delta.error().describe()));
        QCOMPARE(delta->workers.size(), 1);
        QCOMPARE(delta->workers.first().workerId, QStringLiteral("1005"));
        QCOMPARE(attribute(*delta, QStringLiteral("1005"), QStringLiteral("department")), QStringLiteral("Sales"));

        const auto jobs = arrivalsFor(f, QStringLiteral("/EmpJob"));
        QCOMPARE(jobs.size(), 1);
        QVERIFY2(jobs.first().query.contains(QStringLiteral("fromDate=2025-06-10")), qPrintable(jobs.first().query));
        QVERIFY2(jobs.first().query.contains(QStringLiteral("toDate=2025-06-16")), qPrintable(jobs.first().query));
        QVERIFY(!jobs.first().query.contains(QStringLiteral("asOfDate")));   // never both (SAP KBA 2853045)
    }

    void anEmptyWatermarkIsAFullReadAndAnUnknownOneIsRefused()
    {
        SfFixture f;
        QVERIFY(f.start());
        f.server.service().addPeople({person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee"))});
        auto source = f.source();
        QString watermark;
        auto first = source->readChanges(watermark, {});
        QVERIFY(first);
        QVERIFY(first->isFullSnapshot);
        QCOMPARE(first->workers.size(), 1);
        QVERIFY(QDateTime::fromString(watermark, Qt::ISODate).isValid());

        QString garbage = QStringLiteral("page 7");
        auto refused = source->readChanges(garbage, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(garbage, QStringLiteral("page 7"));   // left as it was
    }

    void aWrongPasswordIsRefusedInSuccessFactorsWords()
    {
        SfFixture f;
        QVERIFY(f.start());
        const QString wrong = QStringLiteral("not-the-password");
        auto snapshot = f.source(f.settings(), wrong)->read({});
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, ErrorCode::Authentication);
        QVERIFY2(snapshot.error().message.contains(QStringLiteral("[LGN0015]")), qPrintable(snapshot.error().message));
        QVERIFY(snapshot.error().message.contains(QStringLiteral("username@companyId")));
        QVERIFY(!snapshot.error().describe().contains(wrong));
    }

    void anUnknownCompanyIsNamed()
    {
        SfFixture f;
        QVERIFY(f.start());
        auto settings = f.settings();
        settings.companyId = QStringLiteral("ACMETYPO");
        auto result = f.source(settings)->testConnection();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Authentication);
        QVERIFY2(result.error().message.contains(QStringLiteral("Company [ACMETYPO] not found")),
                 qPrintable(result.error().message));
    }

    void testConnectionSaysWhatItReached()
    {
        SfFixture f;
        QVERIFY(f.start());
        f.server.service().addPeople({person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                                      person(QStringLiteral("1002"), QStringLiteral("Bo"), QStringLiteral("Stone"))});
        auto result = f.source()->testConnection();
        QVERIFY2(result, result ? "" : qPrintable(result.error().describe()));
        QCOMPARE(*result, QStringLiteral("2 people visible to tenure_api in SuccessFactors company ACMETEST (127.0.0.1)"));
    }

    void throttlingIsWaitedOutAsRetryAfterSays()
    {
        SfFixture f;
        QVERIFY(f.start());
        QList<Person> people;
        for (int i = 1; i <= 30; ++i)
            people.append(person(QString::number(5000 + i), QStringLiteral("N%1").arg(i), QStringLiteral("S%1").arg(i)));
        f.server.service().addPeople(people);
        auto settings = f.settings();
        settings.pageSize = 10;
        f.server.service().throttleNext(2, 1);
        QElapsedTimer clock;
        clock.start();
        auto snapshot = f.source(settings)->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QCOMPARE(snapshot->workers.size(), 30);
        QVERIFY(clock.elapsed() >= 1900);   // two Retry-After: 1 waits
        int throttled = 0;
        for (const auto& a : f.server.service().arrivals())
            throttled += a.status == 429;
        QCOMPARE(throttled, 2);
        QCOMPARE(f.server.service().earlyArrivals(), 0);
    }

    void aDamagedPageBlocksTheRead_data()
    {
        QTest::addColumn<PageFault>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("malformed JSON on page 2") << PageFault::MalformedJson << QStringLiteral("Page 2 of");
        QTest::newRow("JSON cut short") << PageFault::TruncatedJson << QStringLiteral("truncated or damaged download");
        QTest::newRow("not a collection") << PageFault::NotACollection << QStringLiteral("no d.results");
    }

    void aDamagedPageBlocksTheRead()
    {
        QFETCH(PageFault, fault);
        QFETCH(QString, says);
        SfFixture f;
        QVERIFY(f.start());
        QList<Person> people;
        for (int i = 1; i <= 25; ++i)
            people.append(person(QString::number(7000 + i), QStringLiteral("N%1").arg(i), QStringLiteral("S%1").arg(i)));
        f.server.service().addPeople(people);
        auto settings = f.settings();
        settings.pageSize = 10;
        f.server.service().failPages(fault, 1);   // page 1 fine, page 2 damaged
        auto snapshot = f.source(settings)->read({});
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, ErrorCode::Rejected);
        QVERIFY2(snapshot.error().message.contains(says), qPrintable(snapshot.error().message));
        QVERIFY2(snapshot.error().message.contains(QStringLiteral("Page 2")), qPrintable(snapshot.error().message));
    }

    void aTransferCutShortIsAskedForAgainNotTakenForAnEmptyPage()
    {
        SfFixture f;
        QVERIFY(f.start());
        QList<Person> people;
        for (int i = 1; i <= 25; ++i)
            people.append(person(QString::number(8000 + i), QStringLiteral("N%1").arg(i), QStringLiteral("S%1").arg(i)));
        f.server.service().addPeople(people);
        auto settings = f.settings();
        settings.pageSize = 10;
        f.server.service().failPages(PageFault::TruncatedTransfer, 1);
        auto snapshot = f.source(settings)->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QCOMPARE(snapshot->workers.size(), 25);
        QCOMPARE(arrivalsFor(f, QStringLiteral("/PerPerson")).size(), 4);   // page 2 twice
    }

    void badRecordsAreErrorsNamingTheWorkerAndTheRestIsRead()
    {
        SfFixture f;
        QVERIFY(f.start());
        Person noFirstName = person(QStringLiteral("B1"), QStringLiteral("x"), QStringLiteral("NoFirst"));
        noFirstName.personal.first().fields.remove(QStringLiteral("firstName"));
        Person badDate = person(QStringLiteral("B3"), QStringLiteral("Dee"), QStringLiteral("Date"));
        badDate.wireOverrides.append({QStringLiteral("employmentNav/startDate"), QStringLiteral("/Date(2025-01-01)/")});
        Person unknownStatus = person(QStringLiteral("B4"), QStringLiteral("Ugo"), QStringLiteral("Status"), QDate(2020, 1, 6),
                                      QStringLiteral("Engineer"), QStringLiteral("X"));
        Person noId = person(QStringLiteral("B6"), QStringLiteral("Nia"), QStringLiteral("Noid"));
        noId.wireOverrides.append({QStringLiteral("personIdExternal"), QJsonValue(QJsonValue::Null)});
        f.server.service().addPeople({noFirstName, person(QStringLiteral("B2"), QStringLiteral("Twin"), QStringLiteral("One")),
                                      badDate, unknownStatus,
                                      person(QStringLiteral("B5"), QStringLiteral("Good"), QStringLiteral("Worker")),
                                      person(QStringLiteral("B2"), QStringLiteral("Twin"), QStringLiteral("Two")), noId});
        auto snapshot = f.source()->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QCOMPARE(snapshot->workers.size(), 1);
        QCOMPARE(snapshot->workers.first().workerId, QStringLiteral("B5"));

        QHash<QString, QStringList> messages;
        for (const auto& e : snapshot->errors)
            messages[e.workerId].append(e.message);
        QCOMPARE(snapshot->errors.size(), 6);
        QVERIFY2(messages.value("B1").join("").contains(QStringLiteral("required field firstName")),
                 qPrintable(messages.value("B1").join("|")));
        QCOMPARE(messages.value("B2").size(), 2);
        QVERIFY(messages.value("B2").first().contains(QStringLiteral("occurs more than once")));
        QVERIFY2(messages.value("B3").join("").contains(QStringLiteral("worker B3: attribute startDate")),
                 qPrintable(messages.value("B3").join("|")));
        QVERIFY(messages.value("B3").join("").contains(QStringLiteral("not an OData date")));
        QVERIFY2(messages.value("B4").join("").contains(QStringLiteral("unknown status 'X'")),
                 qPrintable(messages.value("B4").join("|")));
        QVERIFY2(messages.value({}).join("").contains(QStringLiteral("no worker id")), qPrintable(messages.value({}).join("|")));
        for (const auto& e : snapshot->errors)
            QVERIFY(e.line > 0);   // every error points at its record
    }

    void aCancelledReadStops()
    {
        SfFixture f;
        QVERIFY(f.start());
        f.server.service().addPeople({person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee"))});
        Models::CancelToken cancel;
        cancel.cancel();
        auto snapshot = f.source()->read(cancel);
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSuccessFactorsReads)
#include "tst_successfactorsreads.moc"
