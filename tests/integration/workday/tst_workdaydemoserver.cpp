// tenure-workday-server, the standalone local tenant the demo can point a Workday source at: it
// writes the demo company as effective-dated workers, serves them, prints its endpoint and CA
// file, and the connector reads the demo's people from it, the two malformed ones as errors.
#include "tests/servers/workday/workdaytypes.h"

#include "app/demo/demodata.h"
#include "connectors/hr/workday/workdayworkersource.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;

class TestWorkdayDemoServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theDemoServerServesTheDemoCompany()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("workers.json"));
        QProcess writer;
        writer.start(QStringLiteral(TENURE_WORKDAY_SERVER), {QStringLiteral("--write-demo-data"), data});
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitCode(), 0);

        // The people the demo's HR export holds, as generated the same day.
        const auto people = App::Demo::generatePeople(QDate::currentDate(), App::Demo::DefaultDemoSeed);
        const auto inHr = std::count_if(people.cbegin(), people.cend(), [](const auto& p) { return p.inHr(); });
        QVERIFY2(QString::fromUtf8(writer.readAllStandardOutput()).startsWith(QStringLiteral("%1 workers").arg(inHr)),
                 "the data file holds every person of the demo's HR export");

        QProcess server;
        server.start(QStringLiteral(TENURE_WORKDAY_SERVER), {QStringLiteral("--data"), data});
        QVERIFY(server.waitForStarted(10000));
        QStringList lines;
        QVERIFY(QTest::qWaitFor(
            [&] {
                while (server.canReadLine())
                    lines.append(QString::fromUtf8(server.readLine()).trimmed());
                return lines.size() >= 3 || server.state() == QProcess::NotRunning;
            },
            60000));
        QVERIFY2(lines.size() >= 3, qPrintable(QString::fromUtf8(server.readAllStandardError())));
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("https://127.0.0.1:")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).endsWith(QStringLiteral("/ccx/service/tenure_demo")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("isu_tenure@tenure_demo")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("CA file ")));
        const QString caFile = lines.at(2).mid(8);

        auto settings = Connectors::WorkdaySettings::fromJson({{QStringLiteral("endpoint"), lines.at(0)},
                                                               {QStringLiteral("userName"), QStringLiteral("isu_tenure@tenure_demo")},
                                                               {QStringLiteral("caFile"), caFile},
                                                               {QStringLiteral("pageSize"), 500}});
        QVERIFY2(settings, settings ? "" : qPrintable(settings.error().describe()));
        auto source = Connectors::WorkdayWorkerSource::create(*settings, Tests::Workday::WorkdayServiceOptions().password);
        QVERIFY(source);
        auto snapshot = (*source)->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        // Everyone is there; the export's two malformed rows are Workday records that break a read.
        QCOMPARE(snapshot->workers.size() + snapshot->errors.size(), inHr);
        QCOMPARE(snapshot->errors.size(), 2);
        for (const auto& person : people) {
            if (person.role == App::Demo::DemoRole::Mover && person.change == App::Demo::MoverChange::Title) {
                const auto it = std::find_if(snapshot->workers.cbegin(), snapshot->workers.cend(),
                                             [&](const auto& w) { return w.workerId == person.workerId; });
                QVERIFY(it != snapshot->workers.cend());
                QCOMPARE(Models::firstValue(it->attributes, QStringLiteral("BusinessTitle")), person.jobTitle);
                break;
            }
        }

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);   // a clean stop, the certificate removed
        QVERIFY(!QFile::exists(caFile));
    }
};

QTEST_GUILESS_MAIN(TestWorkdayDemoServer)
#include "tst_workdaydemoserver.moc"
