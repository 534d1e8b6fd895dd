// tenure-bamboohr-server, the standalone local API the demo can point a BambooHR tenant at: started
// on a demo HR export, it prints its URL and CA file, and the connector reads the export's workers
// from it under BambooHR's field names.
#include "connectors/hr/bamboohr/bamboohrsource.h"
#include "tests/servers/bamboohr/bamboohrservice.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;

namespace {

const QByteArray DemoExport =
    "WorkerID,FirstName,LastName,DisplayName,Email,JobTitle,Department,Location,ManagerID,WorkerType,Status,HireDate,"
    "TerminationDate,Phone\n"
    "W10001,Ann,Lee,Ann Lee,ann.lee@example.com,Engineer,R&D,Oslo,,Employee,Active,2019-03-01,,\n"
    "W10002,Bo,Stone,Bo Stone,bo.stone@example.com,Analyst,Finance,Oslo,W10001,Contractor,Active,2021-06-01,,\n"
    "W10003,Di,Roe,Di Roe,di.roe@example.com,Clerk,Finance,Bergen,W10001,Employee,Terminated,2015-01-01,2024-05-31,\n";

} // namespace

class TestBambooHrDemoServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theDemoServerServesTheDemoExport()
    {
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("workers.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(DemoExport);
        csv.close();

        QProcess server;
        server.start(QStringLiteral(TENURE_BAMBOOHR_SERVER), {QStringLiteral("--data"), csv.fileName()});
        QVERIFY(server.waitForStarted(10000));
        QStringList lines;
        QVERIFY(QTest::qWaitFor([&] {
            while (server.canReadLine())
                lines.append(QString::fromUtf8(server.readLine()).trimmed());
            return lines.size() >= 3 || server.state() == QProcess::NotRunning;
        }, 30000));
        QVERIFY2(lines.size() >= 3, qPrintable(QString::fromUtf8(server.readAllStandardError())));
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("https://127.0.0.1:")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("3 employees")), qPrintable(lines.at(1)));

        const Tests::BambooHr::ServiceOptions defaults;
        Connectors::BambooHrSettings settings;
        settings.companyDomain = defaults.companyDomain;
        settings.apiUrl = QUrl(lines.at(0));
        settings.caFile = lines.at(2).mid(8);
        settings.records = Connectors::BambooHrSettings::defaultRecordRules();
        auto source = Connectors::BambooHrSource::create(settings, defaults.apiKey);
        QVERIFY(source);
        auto snapshot = (*source)->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QCOMPARE(snapshot->workers.size(), 3);
        QVERIFY(snapshot->errors.isEmpty());
        QHash<QString, Models::Attributes> byId;
        for (const auto& w : snapshot->workers)
            byId.insert(w.workerId, w.attributes);
        QCOMPARE(Models::firstValue(byId.value("10002"), QStringLiteral("employeeNumber")), QStringLiteral("W10002"));
        QCOMPARE(Models::firstValue(byId.value("10002"), QStringLiteral("supervisorEId")), QStringLiteral("10001"));
        QCOMPARE(Models::firstValue(byId.value("10003"), QStringLiteral("status")), QStringLiteral("Inactive"));
        QCOMPARE(Models::firstValue(byId.value("10003"), QStringLiteral("terminationDate")), QStringLiteral("2024-05-31"));
        QVERIFY(!byId.value("10001").contains(QStringLiteral("supervisorEId")));
        QVERIFY(!byId.value("10001").contains(QStringLiteral("terminationDate")));

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QVERIFY(!QFile::exists(settings.caFile));
    }
};

QTEST_GUILESS_MAIN(TestBambooHrDemoServer)
#include "tst_bamboohrdemoserver.moc"
