// Reading workers from the local Workday tenant the way its documentation says to: every page of
// a full read at one pinned moment, the default attributes (Entra's XPaths), overrides, the
// incremental read over the transaction log that catches effective-dated changes and
// terminations, and future-dated hires read as of their hire date.
#include "workdayfixture.h"

#include <QJsonArray>

using namespace Tenure;
using namespace Tenure::Tests::Workday;

namespace {

QString id(int n)
{
    return QStringLiteral("W%1").arg(1000 + n);
}

// 75 workers: W1001 heads the company, W1002 heads Finance, everyone else reports to one of them.
QList<StoredWorker> company()
{
    QList<StoredWorker> workers;
    for (int n = 1; n <= 75; ++n) {
        QMap<QString, QString> fields;
        if (n > 1)
            fields.insert(QLatin1String(Field::ManagerID), n % 2 == 0 && n > 2 ? id(2) : id(1));
        workers.append(hiredWorker(id(n), QStringLiteral("First%1").arg(n), QStringLiteral("Last%1").arg(n),
                                   QDate(2020, 1, 1).addDays(n), fields));
    }
    return workers;
}

} // namespace

class TestWorkdayReads : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullReadFollowsEveryPageAtOnePinnedMoment()
    {
        WorkdayFixture fx;
        QVERIFY2(fx.start(), qPrintable(fx.server.errorString()));
        fx.server.service().setWorkers(company());
        auto source = fx.source();
        QVERIFY(source);

        auto snapshot = source->read({});
        QVERIFY_RESULT(snapshot);
        QVERIFY(snapshot->isFullSnapshot);
        QCOMPARE(snapshot->workers.size(), 75);
        QVERIFY(snapshot->errors.isEmpty());

        // 75 workers at Count 30: pages 1, 2 and 3, each asked as of the same moment.
        const auto requests = fx.getWorkersRequests();
        QCOMPARE(requests.size(), 3);
        for (int page = 1; page <= 3; ++page) {
            QCOMPARE(requestValue(requests.at(page - 1), QStringLiteral("Page")), QString::number(page));
            QCOMPARE(requestValue(requests.at(page - 1), QStringLiteral("Count")), QStringLiteral("30"));
            QCOMPARE(requestValue(requests.at(page - 1), QStringLiteral("As_Of_Entry_DateTime")),
                     QStringLiteral("2031-03-10T12:00:00.000Z"));
            QCOMPARE(requestValue(requests.at(page - 1), QStringLiteral("As_Of_Effective_Date")), QStringLiteral("2031-03-10"));
        }
        // The full read asks for everyone with a hire or contract transaction, as Entra's does.
        QVERIFY(requests.first().contains("Hire Employee"));
        QVERIFY(requests.first().contains("Contract Contingent Worker"));
        // Record numbers run over the pages, so an error names the record a person can find.
        QCOMPARE(workerById(*snapshot, id(75))->sourceLine, 75);
    }

    void defaultAttributesFollowEntrasXPaths()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        fx.server.service().setWorkers(company());
        fx.server.service().addWorker(hiredWorker(QStringLiteral("C9001"), QStringLiteral("Zoë"), QStringLiteral("Núñez"),
                                                  QDate(2029, 6, 1),
                                                  {{QLatin1String(Field::PreferredFirstName), QStringLiteral("Zo")},
                                                   {QLatin1String(Field::MiddleName), QStringLiteral("Ana")},
                                                   {QLatin1String(Field::ManagerID), id(10)}},
                                                  true));
        auto source = fx.source();
        QVERIFY(source);
        auto snapshot = source->read({});
        QVERIFY_RESULT(snapshot);

        const Models::Worker* w = workerById(*snapshot, QStringLiteral("C9001"));
        QVERIFY(w);
        QCOMPARE(value(w, "WID"), widFor(QStringLiteral("C9001")));
        QCOMPARE(value(w, "ContingentWorkerID"), QStringLiteral("C9001"));
        QCOMPARE(value(w, "EmployeeID"), QString());
        QCOMPARE(value(w, "FirstName"), QStringLiteral("Zoë"));
        QCOMPARE(value(w, "MiddleName"), QStringLiteral("Ana"));
        QCOMPARE(value(w, "LastName"), QStringLiteral("Núñez"));
        QCOMPARE(value(w, "PreferredFirstName"), QStringLiteral("Zo"));
        QCOMPARE(value(w, "PreferredLastName"), QStringLiteral("Núñez"));
        QCOMPARE(value(w, "DisplayName"), QStringLiteral("Zo Núñez"));
        QCOMPARE(value(w, "EmailAddress"), QStringLiteral("zoë.núñez@acme.test"));
        QCOMPARE(value(w, "BusinessTitle"), QStringLiteral("Analyst"));
        QCOMPARE(value(w, "PositionID"), QStringLiteral("P-C9001"));
        QCOMPARE(value(w, "JobProfile"), QStringLiteral("Analyst"));
        QCOMPARE(value(w, "WorkerType"), QStringLiteral("Contractor"));
        QCOMPARE(value(w, "SupervisoryOrganization"), QStringLiteral("Finance"));
        QCOMPARE(value(w, "Company"), QStringLiteral("Acme Ltd"));
        QCOMPARE(value(w, "LocationName"), QStringLiteral("Lyon"));
        QCOMPARE(value(w, "LocationIdentifier"), QStringLiteral("LYO"));
        QCOMPARE(value(w, "Municipality"), QStringLiteral("Lyon"));
        QCOMPARE(value(w, "CountryReferenceTwoLetter"), QStringLiteral("FR"));
        // The chain runs W1001 → W1002 → W1010 → C9001: the direct manager is the last level.
        QCOMPARE(value(w, "ManagerID"), id(10));
        QCOMPARE(value(w, "Active"), QStringLiteral("1"));
        QCOMPARE(value(w, "StatusTerminated"), QStringLiteral("0"));
        QCOMPARE(value(w, "StatusRehire"), QStringLiteral("0"));
        QCOMPARE(value(w, "WorkerStatus"), QStringLiteral("Active"));
        // Workday sends "2029-06-01-08:00": the date is what the lifecycle needs.
        QCOMPARE(value(w, "StatusHireDate"), QStringLiteral("2029-06-01"));
        QCOMPARE(value(w, "StatusOriginalHireDate"), QStringLiteral("2029-06-01"));
        QVERIFY(!w->attributes.contains(QStringLiteral("StatusTerminationDate")));
        // The head of the company has no manager.
        QCOMPARE(value(workerById(*snapshot, id(1)), "ManagerID"), QString());
    }

    void attributeOverridesReplaceRemoveAndAskForTheirDataSets()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        StoredWorker ada = hiredWorker(QStringLiteral("W2001"), QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                       QDate(2024, 2, 1), {{QLatin1String(Field::PositionTitle), QStringLiteral("Senior Analyst")}});
        ada.userName = QStringLiteral("alovelace");
        fx.server.service().addWorker(ada);

        QJsonObject json = fx.settingsJson();
        json.insert(QStringLiteral("attributes"),
                    QJsonObject{{QStringLiteral("BusinessTitle"),
                                 QStringLiteral("wd:Worker/wd:Worker_Data/wd:Employment_Data/wd:Worker_Job_Data"
                                                "[@wd:Primary_Job=1]/wd:Position_Data/wd:Position_Title/text()")},
                                {QStringLiteral("MiddleName"), QJsonValue::Null},
                                {QStringLiteral("Initials"),
                                 QStringLiteral("concat(substring(wd:Worker/wd:Worker_Data/wd:Personal_Data/wd:Name_Data/"
                                                "wd:Legal_Name_Data/wd:Name_Detail_Data/wd:First_Name, 1, 1), "
                                                "substring(wd:Worker/wd:Worker_Data/wd:Personal_Data/wd:Name_Data/"
                                                "wd:Legal_Name_Data/wd:Name_Detail_Data/wd:Last_Name, 1, 1))")},
                                {QStringLiteral("UserName"),
                                 QStringLiteral("wd:Worker/wd:Worker_Data/wd:User_Account_Data/wd:User_Name/text()")}});
        auto source = fx.source(json);
        QVERIFY(source);
        auto snapshot = source->read({});
        QVERIFY_RESULT(snapshot);
        const Models::Worker* w = workerById(*snapshot, QStringLiteral("W2001"));
        QCOMPARE(value(w, "BusinessTitle"), QStringLiteral("Senior Analyst"));
        QCOMPARE(value(w, "Initials"), QStringLiteral("AL"));
        QVERIFY(!w->attributes.contains(QStringLiteral("MiddleName")));
        // User_Account_Data is not in the default data sets: the XPath makes the read ask for it.
        QCOMPARE(value(w, "UserName"), QStringLiteral("alovelace"));
        QVERIFY(fx.getWorkersRequests().first().contains("Include_User_Account"));
    }

    void incrementalReadCatchesEffectiveDatedChangesAndTerminations()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        fx.server.service().setWorkers(company());
        auto source = fx.source();
        QVERIFY(source);

        // The first incremental read is a full one and sets the watermark.
        QString watermark;
        auto first = source->readChanges(watermark, {});
        QVERIFY_RESULT(first);
        QVERIFY(first->isFullSnapshot);
        QCOMPARE(first->workers.size(), 75);
        QCOMPARE(watermark, QStringLiteral("2031-03-10T12:00:00.000Z"));

        const QDateTime t0 = fx.now;
        auto& service = fx.server.service();
        // A promotion entered an hour after the last read, effective the same day (a manual update).
        QVERIFY(service.addVersion(id(5), t0.date(), t0.addSecs(3600), QStringLiteral("Change Job"),
                                   {{QLatin1String(Field::BusinessTitle), QStringLiteral("Lead Analyst")}}));
        // A termination entered last week, effective tomorrow: nothing was entered since the last
        // read, but it takes effect after it.
        QVERIFY(service.addVersion(id(6), t0.date().addDays(1), t0.addDays(-7), QStringLiteral("Terminate Employee"),
                                   {{QLatin1String(Field::Active), QStringLiteral("0")},
                                    {QLatin1String(Field::Terminated), QStringLiteral("1")},
                                    {QLatin1String(Field::TerminationDate), t0.date().toString(Qt::ISODate)}}));
        // A transfer entered long ago that took effect long ago: not a change since the last read.
        QVERIFY(service.addVersion(id(7), QDate(2030, 1, 1), QDateTime(QDate(2029, 12, 1), QTime(9, 0), Qt::UTC),
                                   QStringLiteral("Change Job"), {{QLatin1String(Field::SupervisoryOrganization), QStringLiteral("Sales")}}));

        fx.now = t0.addDays(1).addSecs(3600);
        auto changes = source->readChanges(watermark, {});
        QVERIFY_RESULT(changes);
        QVERIFY(!changes->isFullSnapshot);
        QCOMPARE(workerIds(*changes), (QStringList{id(5), id(6)}));
        QCOMPARE(value(workerById(*changes, id(5)), "BusinessTitle"), QStringLiteral("Lead Analyst"));
        const Models::Worker* leaver = workerById(*changes, id(6));
        QCOMPARE(value(leaver, "WorkerStatus"), QStringLiteral("Terminated"));
        QCOMPARE(value(leaver, "StatusTerminated"), QStringLiteral("1"));
        QCOMPARE(value(leaver, "StatusTerminationDate"), t0.date().toString(Qt::ISODate));
        QCOMPARE(watermark, QStringLiteral("2031-03-11T13:00:00.000Z"));

        // Both transaction-log queries went out, from the watermark to now.
        const auto requests = fx.getWorkersRequests();
        const auto entered = std::find_if(requests.cbegin(), requests.cend(),
                                          [](const QByteArray& r) { return r.contains("Updated_From"); });
        const auto effective = std::find_if(requests.cbegin(), requests.cend(),
                                            [](const QByteArray& r) { return r.contains("Effective_From"); });
        QVERIFY(entered != requests.cend());
        QVERIFY(effective != requests.cend());
        QCOMPARE(requestValue(*entered, QStringLiteral("Updated_From")), QStringLiteral("2031-03-10T12:00:00.000Z"));
        QCOMPARE(requestValue(*effective, QStringLiteral("Effective_Through")), QStringLiteral("2031-03-11T13:00:00.000Z"));

        // Nothing happened since: nothing to read, and the watermark moves on.
        fx.now = fx.now.addSecs(600);
        auto quiet = source->readChanges(watermark, {});
        QVERIFY_RESULT(quiet);
        QVERIFY(quiet->workers.isEmpty());
        QVERIFY(!quiet->isFullSnapshot);
        QCOMPARE(watermark, QStringLiteral("2031-03-11T13:10:00.000Z"));
    }

    void futureDatedHireIsReadAsOfTheHireDate()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        fx.server.service().setWorkers(company());
        const QDate start = fx.now.date().addDays(20);
        // Hired as an intern three days ago; corrected to engineer in Engineering yesterday.
        StoredWorker hire = hiredWorker(QStringLiteral("W3001"), QStringLiteral("Grace"), QStringLiteral("Hopper"), start,
                                        {{QLatin1String(Field::BusinessTitle), QStringLiteral("Intern")}});
        hire.versions.first().entered = fx.now.addDays(-3);
        fx.server.service().addWorker(hire);
        QVERIFY(fx.server.service().addVersion(QStringLiteral("W3001"), start, fx.now.addDays(-1), QStringLiteral("Change Job"),
                                               {{QLatin1String(Field::BusinessTitle), QStringLiteral("Engineer")},
                                                {QLatin1String(Field::SupervisoryOrganization), QStringLiteral("Engineering")}}));
        auto source = fx.source();
        QVERIFY(source);

        auto snapshot = source->read({});
        QVERIFY_RESULT(snapshot);
        const Models::Worker* grace = workerById(*snapshot, QStringLiteral("W3001"));
        QVERIFY(grace);
        // As of today Workday shows a pre-hire (Active 0, the first version); as of the hire
        // date the worker the directory must be prepared for.
        QCOMPARE(value(grace, "BusinessTitle"), QStringLiteral("Engineer"));
        QCOMPARE(value(grace, "SupervisoryOrganization"), QStringLiteral("Engineering"));
        QCOMPARE(value(grace, "Active"), QStringLiteral("1"));
        QCOMPARE(value(grace, "StatusHireDate"), start.toString(Qt::ISODate));

        const auto requests = fx.getWorkersRequests();
        const auto asOfHire = std::find_if(requests.cbegin(), requests.cend(),
                                           [](const QByteArray& r) { return r.contains("Request_References"); });
        QVERIFY(asOfHire != requests.cend());
        QCOMPARE(requestValue(*asOfHire, QStringLiteral("As_Of_Effective_Date")), start.toString(Qt::ISODate));
        QVERIFY(asOfHire->contains(widFor(QStringLiteral("W3001")).toLatin1()));
    }

    void testConnectionSaysWhatItReached()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        fx.server.service().setWorkers(company());
        auto source = fx.source();
        QVERIFY(source);
        auto said = source->testConnection();
        QVERIFY_RESULT(said);
        QCOMPARE(*said, QStringLiteral("Workday tenant acme answered isu_tenure@acme: 75 workers (Human_Resources v40.1)"));
    }

    void certificatesAreVerifiedUnlessTheCaIsTrusted()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        QJsonObject json = fx.settingsJson();
        json.remove(QStringLiteral("caFile"));   // the system store does not know the local server's CA
        auto source = fx.source(json);
        QVERIFY(source);
        auto snapshot = source->read({});
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, Models::ErrorCode::Tls);
        QVERIFY(fx.getWorkersRequests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkdayReads)
#include "tst_workdayreads.moc"
